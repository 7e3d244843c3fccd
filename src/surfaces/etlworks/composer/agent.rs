//! The composer's "agent": not a language model but a fixed set of rules. It reads a
//! user message with [`super::grammar`], looks the connections it names up in the
//! caller's tenant, applies what it understood to the draft's [`Plan`] and writes a reply
//! saying what it understood, what it could not use and what is still missing.

use sea_orm::ConnectionTrait;

use super::grammar::{self, Clause, ConnectionRef, End, ObjectKind};
use super::plan::{EndPlan, Linked, Plan};
use crate::authz::etlworks::Caller;
use crate::store::etlworks::definitions::{self, Row, CONNECTIONS};
use crate::surfaces::etlworks::connectors::catalog::{self, Category, Reach};
use crate::surfaces::etlworks::error::EtlworksError;

/// An example the reply offers when nothing was understood.
const EXAMPLE: &str = "copy table orders from connection 'Orders DB' to connection 'Warehouse'";

/// Applies `message` to `plan`; the composer's reply.
pub async fn respond<C: ConnectionTrait>(
    db: &C,
    caller: &Caller,
    plan: &mut Plan,
    message: &str,
) -> Result<String, EtlworksError> {
    let mut understood = Vec::new();
    let mut problems = Vec::new();
    let mut unparsed = Vec::new();
    for sentence in grammar::read(message) {
        if sentence.clauses.is_empty() && sentence.problems.is_empty() {
            unparsed.push(format!("\"{}\"", sentence.text));
        }
        problems.extend(sentence.problems);
        for clause in sentence.clauses {
            match apply(db, caller, plan, clause).await? {
                Ok(said) => understood.push(said),
                Err(problem) => problems.push(problem),
            }
        }
    }
    Ok(reply(plan, &understood, &problems, &unparsed))
}

/// Applies one clause: what it set, or why it could not.
async fn apply<C: ConnectionTrait>(
    db: &C,
    caller: &Caller,
    plan: &mut Plan,
    clause: Clause,
) -> Result<Result<String, String>, EtlworksError> {
    Ok(Ok(match clause {
        Clause::Reset => {
            *plan = Plan::default();
            "starting over with an empty flow".into()
        }
        Clause::Copy(kind, name) => {
            set_object(&mut plan.source, kind, &name);
            set_object(&mut plan.destination, kind, &name);
            format!("copy {} {name}", kind_word(kind))
        }
        Clause::Object(end, kind, name) => {
            set_object(side(plan, end), kind, &name);
            format!("{} {} {name}", end_word(end), kind_word(kind))
        }
        Clause::Connection(end, reference) => match linked(db, caller, &reference).await? {
            Some(found) => {
                let said = format!(
                    "{} connection '{}' ({}){}",
                    end_word(end),
                    found.name,
                    found.id,
                    runnable_note(&found)
                );
                side(plan, end).connection = Some(found);
                said
            }
            None => {
                return Ok(Err(format!(
                    "there is no connection {} in this tenant",
                    shown(&reference)
                )))
            }
        },
        Clause::Map(source, destination) => {
            plan.mappings.retain(|(s, _)| s != &source);
            let said = format!("map {source} to {destination}");
            plan.mappings.push((source, destination));
            said
        }
        Clause::Action(action) => {
            let said = format!("action {action}");
            plan.action = Some(action);
            said
        }
        Clause::Upsert(fields) => {
            let said = format!("merge on {}", fields.join(", "));
            plan.action = Some("merge".into());
            plan.lookup_fields = fields;
            said
        }
        Clause::Name(name) => {
            let name = name.trim().to_string();
            if name.is_empty() || name.chars().count() > 255 {
                return Ok(Err("a flow name has 1 to 255 characters".into()));
            }
            let said = format!("the flow is named '{name}'");
            plan.flow_name = Some(name);
            said
        }
        Clause::Describe(text) => {
            let text = text.trim().to_string();
            plan.description = (!text.is_empty()).then(|| text.clone());
            format!("description '{text}'")
        }
    }))
}

fn set_object(end: &mut EndPlan, kind: ObjectKind, name: &str) {
    end.kind = Some(kind);
    end.object = Some(name.to_string());
}

fn side(plan: &mut Plan, end: End) -> &mut EndPlan {
    match end {
        End::Source => &mut plan.source,
        End::Destination => &mut plan.destination,
    }
}

fn end_word(end: End) -> &'static str {
    match end {
        End::Source => "source",
        End::Destination => "destination",
    }
}

fn kind_word(kind: ObjectKind) -> &'static str {
    match kind {
        ObjectKind::Table => "table",
        ObjectKind::File => "file",
    }
}

fn shown(reference: &ConnectionRef) -> String {
    match reference {
        ConnectionRef::Id(id) => id.to_string(),
        ConnectionRef::Name(name) => format!("'{name}'"),
    }
}

/// The tenant's live connection `reference` names (an id, else an exact name).
async fn linked<C: ConnectionTrait>(
    db: &C,
    caller: &Caller,
    reference: &ConnectionRef,
) -> Result<Option<Linked>, EtlworksError> {
    let row = match reference {
        ConnectionRef::Id(id) => match i32::try_from(*id) {
            Ok(id) => definitions::one(db, CONNECTIONS, caller.tenant_id(), id).await?,
            Err(_) => None,
        },
        ConnectionRef::Name(name) => {
            definitions::named(db, CONNECTIONS, caller.tenant_id(), name).await?
        }
    };
    Ok(row.map(|r| link(&r)))
}

/// A connection row as the plan keeps it.
pub fn link(row: &Row) -> Linked {
    let connector = catalog::connector(&row.kind);
    let holds = match connector.map(|c| (c.reach, c.category)) {
        Some((Reach::ServerStorage, _) | (_, Category::File)) => "file",
        Some((_, Category::Database)) | None => "db",
        Some((_, Category::Http | Category::Saas)) => "api",
        Some((_, Category::Queue)) => "queue",
        Some((_, Category::Listener)) => "listener",
        Some((_, Category::Email)) => "email",
    };
    Linked {
        id: i64::from(row.id),
        name: row.name.clone(),
        holds: holds.to_string(),
        runnable: connector.is_some_and(|c| {
            matches!(
                c.reach,
                Reach::Sqlite | Reach::Postgres | Reach::ServerStorage
            )
        }),
    }
}

fn runnable_note(found: &Linked) -> &'static str {
    if found.runnable {
        ""
    } else {
        " (note: Understudy's runner moves data through SQLite, PostgreSQL and server storage only)"
    }
}

fn reply(plan: &Plan, understood: &[String], problems: &[String], unparsed: &[String]) -> String {
    let mut parts = Vec::new();
    if understood.is_empty() {
        parts.push("I did not understand anything I could use.".to_string());
    } else {
        parts.push(format!("Understood: {}.", understood.join("; ")));
    }
    if !problems.is_empty() {
        parts.push(format!("Could not use: {}.", problems.join("; ")));
    }
    if !unparsed.is_empty() {
        parts.push(format!(
            "Could not parse: {} (try e.g. \"{EXAMPLE}\").",
            unparsed.join(", ")
        ));
    }
    let missing = plan.missing();
    if missing.is_empty() {
        parts.push(format!(
            "The draft is ready: a {} flow from {} to {}; promote it to create the flow.",
            plan.flow_type(),
            plan.source.object.as_deref().unwrap_or_default(),
            plan.destination.object.as_deref().unwrap_or_default()
        ));
    } else {
        parts.push(format!("Still missing: {}.", missing.join(", ")));
    }
    parts.join(" ")
}
