//! Command buses: an operation whose body is a `oneOf` of commands told apart by a
//! discriminator (KAWA's `POST /commands/secured/run`). What each command does to the
//! world cannot be read off its shape, so the contract says it, on the command's schema:
//!
//! ```yaml
//! x-understudy-effect:
//!   answers: "#/components/schemas/Workspace"   # the answer's schema (a variant of the result)
//!   fields: /parameters                          # where the command's fields are in the body
//!   creates: /backoffice/workspaces              # or updates / deletes / requires an item
//!   sets: {status: RUNNING}                      # fields the answer (and a new item) always has
//!   status: 202                                  # the answer's status, when not the natural one
//! ```
//!
//! `{name}` in a path is the command's field `name` (`/backoffice/sheets/{sheetId}`).
//!
//! A command may also change every item an array field names, besides the item its
//! path names (`SetCurrentWorkspaceForPrincipals`); all must exist, or nothing changes:
//!
//! ```yaml
//!   each:
//!     updates: /backoffice/principals/{principalIds}  # one item per value of the array
//!     copies: {currentWorkspaceId: workspaceId}        # item field ← the command's field
//! ```
//!
//! `each: {requires: /backoffice/principals/{members.principalId}}` only needs them to
//! exist (here a field of each entry of `members`).
//!
//! An update may also edit an array of the item, entry by entry, and any effect may
//! depend on its subject (the item with the command's fields laid over it, or the new
//! fields alone when it creates) — the first case whose `when` holds applies:
//!
//! ```yaml
//!   adds: {members: {from: members, key: principalId}}        # upsert entries by key
//!   removes: {members: {from: principalIds, key: principalId}} # drop entries whose key is given
//!   cases:
//!   - when: {active: false}                 # a value, or {minimum: n} / {maximum: n}
//!     sets: {status: INACTIVE}
//!   - sets: {status: ACTIVE}
//! ```
//!
//! The same extension on an operation (not a bus) describes that operation, its fields
//! being the request body. There a case may also move the item it acts on into another
//! collection: `becomes: /records/{id}/files` with `keeps: [name, size]` (the fields the
//! new item takes from the old) and `status` — how a finished Kadi4Mat upload turns into
//! a file. `{name}` in such a path is the operation's path parameter. With `replaces:
//! file`, an upload whose `file` names a file of the record gives that file its kept
//! fields instead of making a new one; `spawns: /records/{id}/uploads` (with `keeps` and
//! `refers: file`) makes a new item from the one acted on, which stays — how replacing a
//! Kadi4Mat file's data starts an upload that refers to the file.
//!
//! A create may also clash with an item of another collection: `clashes: {with:
//! /records/{id}/files, on: name, shows: file}` refuses it (409) when an item there has
//! the `name` the body gives, and the error names that item in its `file` field — how
//! Kadi4Mat refuses an upload whose name a file of the record already has.
//!
//! Chunked uploads add a few case keys: `derives` works a field out of a number of the
//! subject (`chunk_count: {of: size, per: 10000000}`), `collects` keeps an entry per
//! request made from its parameters (a chunk from `Kadi-Chunk-Index`), `needs` refuses
//! (400) until an array has as many entries as a field says, `says` refuses outright,
//! and `marks`/`notes` keep the item acted on — changed, holding what its case made — as
//! the answer (a finished upload, `processing`, with its file under `_meta.task`).

use std::collections::HashMap;

use generated::support::Contract;
use serde_json::{Map, Value};

use crate::common::openapi::Keyword;
use crate::http::dispatch::Rejection;
use crate::mock::spec::{media, operation, resolve};

/// The extension that carries a command's effect.
pub const EXTENSION: &str = "x-understudy-effect";

/// What a command does to the item its path names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// Adds an item to the collection at the path (its parents must exist).
    Creates,
    /// Sets the command's fields that are fields of the item.
    Updates,
    /// Removes the item.
    Deletes,
    /// Only needs the item to exist (404 otherwise).
    Requires,
}

/// One command's effect (or an operation's), as its extension gives it.
#[derive(Debug, Clone)]
pub struct CommandEffect {
    /// JSON pointer to the answer's schema in the document.
    pub answers: Option<String>,
    /// JSON pointer to the command's fields in the request body (`""`: the body).
    pub fields: String,
    /// The change and the path it applies to, with `{field}` placeholders.
    pub change: Option<(Change, String)>,
    /// Fields the answer, and an item the command creates, always hold.
    pub sets: Map<String, Value>,
    pub status: Option<u16>,
    /// Array fields of the item whose entries the command adds or replaces.
    pub adds: Vec<ListEdit>,
    /// Array fields of the item whose entries the command removes.
    pub removes: Vec<ListEdit>,
    /// Changes that depend on the subject; the first that holds applies.
    pub cases: Vec<Case>,
    /// Another collection whose items a new item must not duplicate.
    pub clashes: Option<Clash>,
    /// A change made to every item an array field of the command names, besides the
    /// change to the item its path names.
    pub each: Option<Each>,
}

/// The same change made to several items, one per value of an array field of the
/// command: `SetCurrentWorkspaceForPrincipals` gives every user in `principalIds` the
/// workspace as their current one. Without `copies` the items need only exist
/// (`AddMembersToWorkspace` names users who must be there).
#[derive(Debug, Clone, PartialEq)]
pub struct Each {
    /// Item path template whose `{field}` is an array field of the command, or a field of
    /// that array's entries (`{members.principalId}`); each value names one item
    /// (`/backoffice/principals/{principalIds}`).
    pub path: String,
    /// Item field → the command's field whose value it takes
    /// (`currentWorkspaceId: workspaceId`); empty for `requires`.
    pub copies: Vec<(String, String)>,
}

impl Each {
    /// The path of every item named, in the order given; `None` when the array field is
    /// missing or holds anything but ids.
    pub fn paths(&self, fields: &Map<String, Value>) -> Option<Vec<String>> {
        let name = placeholder(&self.path)?;
        let (array, within) = match name.split_once('.') {
            Some((array, within)) => (array, Some(within)),
            None => (name, None),
        };
        fields
            .get(array)?
            .as_array()?
            .iter()
            .map(|entry| {
                let id = match within {
                    Some(field) => entry.get(field)?,
                    None => entry,
                };
                let mut one = fields.clone();
                one.insert(name.to_string(), id.clone());
                CommandEffect::concrete(&self.path, &one)
            })
            .collect()
    }

    /// The fields each item takes, as `like` (one of the items) holds them: an id sent
    /// as a number goes into a text field as text.
    pub fn changes(&self, fields: &Map<String, Value>, like: &Value) -> Map<String, Value> {
        self.copies
            .iter()
            .filter_map(|(to, from)| {
                let given = fields.get(from)?;
                let value = match (given, like.get(to)) {
                    (Value::Number(n), Some(Value::String(_) | Value::Null)) => {
                        Value::String(n.to_string())
                    }
                    _ => given.clone(),
                };
                Some((to.clone(), value))
            })
            .collect()
    }
}

/// A field a new item must not share with any item of another collection.
#[derive(Debug, Clone, PartialEq)]
pub struct Clash {
    /// The other collection (path template; `{name}` is a path parameter).
    pub with: String,
    /// The field compared, in the request body and in the other items.
    pub on: String,
    /// The error's field that holds the item clashed with, if it has one.
    pub shows: Option<String>,
}

/// An edit of an array field of an item, entry by entry.
#[derive(Debug, Clone, PartialEq)]
pub struct ListEdit {
    /// The item's array field.
    pub field: String,
    /// The command's field holding the entries (to add) or their keys (to remove).
    pub from: String,
    /// The entry field that tells entries apart.
    pub key: String,
}

/// A change that applies when its subject holds `when`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Case {
    /// Field → the value it must have, or `{minimum|maximum: n}`; empty: always holds.
    pub when: Map<String, Value>,
    pub sets: Map<String, Value>,
    /// The collection (path template) the item moves to, leaving its own.
    pub becomes: Option<String>,
    /// The moved item's field that may name an item of that collection (by its id): that
    /// item then takes the kept fields, instead of a new one being made.
    pub replaces: Option<String>,
    /// The collection (path template) a new item is made in from the item acted on,
    /// which stays; the new item is the answer.
    pub spawns: Option<String>,
    /// The new item's field that holds the item it was made from.
    pub refers: Option<String>,
    /// The fields the moved (or new) item takes from the item acted on.
    pub keeps: Vec<String>,
    pub status: Option<u16>,
    /// Refuses the request with this text (status 400 unless `status` says another).
    pub says: Option<String>,
    /// Array field → the item's number field its length must reach, else 400 (a
    /// chunked upload is finished only when every chunk is there).
    pub needs: Vec<(String, String)>,
    /// Entries made from the request's parameters and kept in an array of the item.
    pub collects: Vec<Collect>,
    /// Fields (JSON pointers below the item) worked out from the subject.
    pub derives: Vec<(String, Derive)>,
    /// Fields (pointers) the item acted on takes when it stays and is the answer, its
    /// case having made an item elsewhere (a finished upload is `processing`).
    pub marks: Map<String, Value>,
    /// Where (a pointer) the item acted on keeps the item its case made.
    pub notes: Option<String>,
}

/// How a derived field is worked out from a number field of the subject.
#[derive(Debug, Clone, PartialEq)]
pub struct Derive {
    /// The subject's field read.
    pub of: String,
    /// When given, the field is how many pieces of this size `of` takes (at least one):
    /// a chunked upload's `chunk_count`. Else it is `of` itself.
    pub per: Option<u64>,
}

impl Derive {
    /// The derived value, when the subject has the number it reads.
    pub fn value(&self, subject: &Map<String, Value>) -> Option<Value> {
        let of = subject.get(&self.of)?;
        match self.per {
            None => Some(of.clone()),
            Some(per) => {
                let n = of.as_u64()?;
                Some(Value::from(n.div_ceil(per.max(1)).max(1)))
            }
        }
    }
}

/// An entry of an item's array made from the request's parameters (a chunk from
/// Kadi4Mat's `Kadi-Chunk-Index` and `Kadi-Chunk-Size` headers), replacing the entry
/// with the same key.
#[derive(Debug, Clone, PartialEq)]
pub struct Collect {
    /// The item's array field.
    pub field: String,
    /// The entry field that tells entries apart; its parameter must be given.
    pub key: String,
    /// Entry field → the parameter it is read from.
    pub from: Vec<(String, String)>,
    /// The item's number field the key must stay below.
    pub below: Option<String>,
}

impl Collect {
    /// Puts the entry `params` make into `item`'s array.
    pub fn put(&self, item: &mut Value, params: &Map<String, Value>) -> Result<(), Rejection> {
        let key_param = self
            .from
            .iter()
            .find(|(f, _)| *f == self.key)
            .map_or(self.key.as_str(), |(_, p)| p.as_str());
        let Some(key) = params.get(key_param).filter(|v| !v.is_null()) else {
            return Err(Rejection::BadRequest {
                message: format!("{key_param} is required."),
                field: Some(key_param.to_string()),
            });
        };
        if let Some(limit) = self.below.as_deref() {
            let bound = item.get(limit).and_then(Value::as_u64);
            if let (Some(bound), Some(k)) = (bound, key.as_u64()) {
                if k >= bound {
                    return Err(Rejection::BadRequest {
                        message: format!("{key_param} must be below the {limit} ({bound})."),
                        field: Some(key_param.to_string()),
                    });
                }
            }
        }
        let mut entry = Map::new();
        entry.insert(self.key.clone(), key.clone());
        for (field, param) in &self.from {
            entry.insert(
                field.clone(),
                params.get(param).cloned().unwrap_or(Value::Null),
            );
        }
        let Some(Value::Array(list)) = item.get_mut(&self.field) else {
            return Ok(());
        };
        match list.iter_mut().find(|e| e.get(&self.key) == Some(key)) {
            Some(existing) => *existing = Value::Object(entry),
            None => list.push(Value::Object(entry)),
        }
        list.sort_by_key(|e| e.get(&self.key).and_then(Value::as_u64));
        Ok(())
    }
}

impl Case {
    /// Whether `subject` holds every condition.
    pub fn holds(&self, subject: &Map<String, Value>) -> bool {
        holds(&self.when, subject)
    }

    /// The refusal when an array of `item` is shorter than the number `needs` names.
    pub fn short_of(&self, item: &Value) -> Option<Rejection> {
        self.needs.iter().find_map(|(list, count)| {
            let have = item.get(list).and_then(Value::as_array).map_or(0, Vec::len);
            let want = item.get(count).and_then(Value::as_u64)?;
            (have < usize::try_from(want).unwrap_or(usize::MAX)).then(|| Rejection::BadRequest {
                message: format!("{have} of {want} {list} have been received."),
                field: Some(list.clone()),
            })
        })
    }

    /// The derived fields for `subject`, keyed by their pointers.
    pub fn derived(&self, subject: &Map<String, Value>) -> Map<String, Value> {
        self.derives
            .iter()
            .filter_map(|(at, how)| Some((at.clone(), how.value(subject)?)))
            .collect()
    }
}

/// The commands of one operation: the discriminator and each command's effect.
#[derive(Debug, Clone)]
pub struct Bus {
    pub tag: String,
    pub commands: HashMap<String, CommandEffect>,
}

impl Bus {
    /// The effect of the command a request body names, if the contract gives one.
    pub fn effect_of(&self, body: &Value) -> Option<&CommandEffect> {
        let name = body.get(&self.tag)?.as_str()?;
        self.commands.get(name)
    }
}

impl CommandEffect {
    /// The command's fields in a request body.
    pub fn fields_in<'b>(&self, body: &'b Value) -> Option<&'b Map<String, Value>> {
        body.pointer(&self.fields)?.as_object()
    }

    /// The case that applies to `subject`, if any.
    pub fn case_for(&self, subject: &Map<String, Value>) -> Option<&Case> {
        self.cases.iter().find(|c| c.holds(subject))
    }

    /// What the effect always sets, then what its applying case sets and derives.
    pub fn sets_for(&self, subject: &Map<String, Value>) -> Map<String, Value> {
        let mut sets = self.sets.clone();
        if let Some(case) = self.case_for(subject) {
            sets.extend(case.sets.clone());
            sets.extend(case.derived(subject));
        }
        sets
    }

    /// The command's fields an array edit reads, which are not copied field by field.
    pub fn edited_from(&self) -> impl Iterator<Item = &str> {
        self.adds
            .iter()
            .chain(&self.removes)
            .map(|e| e.from.as_str())
    }

    /// `item` with the array edits of `fields` made.
    pub fn edit_lists(&self, item: &mut Value, fields: &Map<String, Value>) {
        let key_of = |entry: &Value, key: &str| entry.get(key).cloned();
        for edit in &self.adds {
            let (Some(Value::Array(list)), Some(Value::Array(given))) =
                (item.get_mut(&edit.field), fields.get(&edit.from))
            else {
                continue;
            };
            for entry in given {
                let key = key_of(entry, &edit.key);
                match list
                    .iter_mut()
                    .find(|e| key.is_some() && key_of(e, &edit.key) == key)
                {
                    Some(existing) => *existing = entry.clone(),
                    None => list.push(entry.clone()),
                }
            }
        }
        for edit in &self.removes {
            let (Some(Value::Array(list)), Some(Value::Array(keys))) =
                (item.get_mut(&edit.field), fields.get(&edit.from))
            else {
                continue;
            };
            list.retain(|e| !key_of(e, &edit.key).is_some_and(|k| keys.contains(&k)));
        }
    }

    /// The change's path with the command's fields put in: `None` when a field it names
    /// is missing or not a string or number.
    pub fn concrete(template: &str, fields: &Map<String, Value>) -> Option<String> {
        template
            .split('/')
            .map(
                |seg| match seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                    Some(name) => match fields.get(name)? {
                        Value::String(s) if !s.is_empty() && !s.contains('/') => Some(s.clone()),
                        Value::Number(n) => Some(n.to_string()),
                        _ => None,
                    },
                    None => Some(seg.to_string()),
                },
            )
            .collect::<Option<Vec<String>>>()
            .map(|segs| segs.join("/"))
    }
}

/// The first `{name}` of a path template.
pub fn placeholder(template: &str) -> Option<&str> {
    template
        .split('/')
        .find_map(|s| s.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
}

/// Whether `subject` holds every condition of `when`: field → the value it must have, or
/// `{minimum|maximum: n}`.
pub fn holds(when: &Map<String, Value>, subject: &Map<String, Value>) -> bool {
    when.iter().all(|(k, want)| {
        let have = subject.get(k);
        let bound = |name: &str| want.get(name).and_then(Value::as_f64);
        match (
            have.and_then(Value::as_f64),
            bound("minimum"),
            bound("maximum"),
        ) {
            (Some(n), lo, hi) if lo.is_some() || hi.is_some() => {
                lo.is_none_or(|lo| n >= lo) && hi.is_none_or(|hi| n <= hi)
            }
            _ => have == Some(want),
        }
    })
}

/// Every command bus of a contract, by operation id.
pub fn buses(doc: &Value, contract: &Contract) -> HashMap<&'static str, Bus> {
    let mut out = HashMap::new();
    for op in contract.operations {
        let Some(spec_op) = operation(doc, op.path, op.method) else {
            continue;
        };
        let Some(schema) = spec_op
            .get("requestBody")
            .and_then(|b| media(doc, b))
            .and_then(|(_, m)| m.get("schema"))
            .map(|s| resolve(doc, s))
        else {
            continue;
        };
        let (Some(tag), Some(variants)) = (
            schema
                .pointer("/discriminator/propertyName")
                .and_then(Value::as_str),
            schema.keyword("oneOf").and_then(Value::as_array),
        ) else {
            continue;
        };
        let commands: HashMap<String, CommandEffect> = variants
            .iter()
            .map(|v| resolve(doc, v))
            .filter_map(|v| {
                let name = v
                    .pointer(&format!("/properties/{tag}"))
                    .map(|p| resolve(doc, p))
                    .and_then(|p| p.keyword("enum"))
                    .and_then(|e| e.get(0))
                    .and_then(Value::as_str)?;
                Some((name.to_string(), parse(v.get(EXTENSION)?)))
            })
            .collect();
        if !commands.is_empty() {
            out.insert(
                op.operation_id,
                Bus {
                    tag: tag.to_string(),
                    commands,
                },
            );
        }
    }
    out
}

/// The effects operations carry themselves, by operation id.
pub fn operation_effects(doc: &Value, contract: &Contract) -> HashMap<&'static str, CommandEffect> {
    contract
        .operations
        .iter()
        .filter_map(|op| {
            let ext = operation(doc, op.path, op.method)?.get(EXTENSION)?;
            Some((op.operation_id, parse(ext)))
        })
        .collect()
}

fn status_of(v: &Value) -> Option<u16> {
    v.get("status")
        .and_then(Value::as_u64)
        .and_then(|s| u16::try_from(s).ok())
}

fn text_of(v: &Value, k: &str) -> Option<String> {
    v.get(k).and_then(Value::as_str).map(str::to_string)
}

fn object_of(v: &Value, k: &str) -> Map<String, Value> {
    v.get(k)
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default()
}

fn list_edits(ext: &Value, k: &str) -> Vec<ListEdit> {
    object_of(ext, k)
        .into_iter()
        .filter_map(|(field, how)| {
            let text = |k: &str| text_of(&how, k);
            Some(ListEdit {
                field,
                from: text("from")?,
                key: text("key")?,
            })
        })
        .collect()
}

fn parse(ext: &Value) -> CommandEffect {
    let text = |k: &str| text_of(ext, k);
    let cases = ext
        .get("cases")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|case| Case {
            when: object_of(case, "when"),
            sets: object_of(case, "sets"),
            becomes: text_of(case, "becomes"),
            replaces: text_of(case, "replaces"),
            spawns: text_of(case, "spawns"),
            refers: text_of(case, "refers"),
            keeps: case.strings("keeps").map(str::to_string).collect(),
            status: status_of(case),
            says: text_of(case, "says"),
            needs: object_of(case, "needs")
                .into_iter()
                .filter_map(|(list, count)| Some((list, count.as_str()?.to_string())))
                .collect(),
            collects: object_of(case, "collects")
                .into_iter()
                .filter_map(|(field, how)| {
                    Some(Collect {
                        field,
                        key: text_of(&how, "key")?,
                        from: object_of(&how, "from")
                            .into_iter()
                            .filter_map(|(f, p)| Some((f, p.as_str()?.to_string())))
                            .collect(),
                        below: text_of(&how, "below"),
                    })
                })
                .collect(),
            derives: object_of(case, "derives")
                .into_iter()
                .filter_map(|(at, how)| {
                    let per = how.get("per").and_then(Value::as_u64);
                    Some((
                        at,
                        Derive {
                            of: text_of(&how, "of")?,
                            per,
                        },
                    ))
                })
                .collect(),
            marks: object_of(case, "marks"),
            notes: text_of(case, "notes"),
        })
        .collect();
    let change = [
        ("creates", Change::Creates),
        ("updates", Change::Updates),
        ("deletes", Change::Deletes),
        ("requires", Change::Requires),
    ]
    .into_iter()
    .find_map(|(k, change)| text(k).map(|path| (change, path)));
    CommandEffect {
        answers: text("answers").and_then(|r| r.strip_prefix('#').map(str::to_string)),
        fields: text("fields").unwrap_or_default(),
        change,
        sets: object_of(ext, "sets"),
        status: status_of(ext),
        adds: list_edits(ext, "adds"),
        removes: list_edits(ext, "removes"),
        cases,
        clashes: ext.get("clashes").and_then(|c| {
            let text = |k: &str| text_of(c, k);
            Some(Clash {
                with: text("with")?,
                on: text("on")?,
                shows: text("shows"),
            })
        }),
        each: ext.get("each").and_then(|e| {
            Some(Each {
                path: text_of(e, "updates").or_else(|| text_of(e, "requires"))?,
                copies: object_of(e, "copies")
                    .into_iter()
                    .filter_map(|(to, from)| Some((to, from.as_str()?.to_string())))
                    .collect(),
            })
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mock::model::Model;
    use serde_json::json;

    /// A command's path must name what its change acts on, or the mock would quietly
    /// answer without changing anything.
    #[test]
    fn every_command_effect_names_a_collection_of_its_contract() {
        let (mut checked, mut spread) = (0, 0);
        for contract in crate::mock::product_contracts() {
            let model = Model::new(contract);
            for (op, bus) in &model.buses {
                for (name, effect) in &bus.commands {
                    let doc = &model.doc;
                    let answers = effect.answers.as_deref().and_then(|p| doc.pointer(p));
                    assert!(answers.is_some(), "{op} {name}: `answers` names no schema");
                    if let Some(each) = &effect.each {
                        let index = match model.collection_at(&each.path) {
                            Some((index, true)) => index,
                            _ => panic!("{op} {name}: each {} is no item path", each.path),
                        };
                        let item = resolve(doc, &model.collections[index].item_schema);
                        for (to, _) in &each.copies {
                            assert!(
                                item.pointer(&format!("/properties/{to}")).is_some(),
                                "{op} {name}: each copies into {to}, no field of the item"
                            );
                        }
                        spread += 1;
                    }
                    let Some((change, template)) = &effect.change else {
                        continue;
                    };
                    let (_, names_item) = model
                        .collection_at(template)
                        .unwrap_or_else(|| panic!("{op} {name}: {template} is no collection"));
                    assert_eq!(
                        names_item,
                        *change != Change::Creates,
                        "{op} {name}: {change:?} wants {}",
                        if *change == Change::Creates {
                            "a list path"
                        } else {
                            "an item path"
                        }
                    );
                    checked += 1;
                }
            }
        }
        assert!(
            checked >= 17,
            "KAWA's commands carry their effects ({checked})"
        );
        assert_eq!(
            spread, 3,
            "SetCurrentWorkspaceForPrincipals, AddMembersToWorkspace and \
             RemoveWorkspaceMembers name users one by one"
        );
    }

    /// An array edit names an array of the item it changes, and a move names a list;
    /// else the effect would quietly do nothing.
    #[test]
    fn every_edit_and_move_names_what_it_changes() {
        let (mut edits, mut moves, mut spawns, mut clashes) = (0, 0, 0, 0);
        for contract in crate::mock::product_contracts() {
            let model = Model::new(contract);
            let doc = &model.doc;
            let declared = model.buses.values().flat_map(|b| b.commands.values());
            for effect in declared.chain(model.declared.values()) {
                for edit in effect.adds.iter().chain(&effect.removes) {
                    let Some((Change::Updates, template)) = &effect.change else {
                        panic!("{edit:?}: an array edit belongs to an update");
                    };
                    let (i, _) = model.collection_at(template).expect("a collection");
                    let item = resolve(doc, &model.collections[i].item_schema);
                    let field = item
                        .pointer(&format!("/properties/{}", edit.field))
                        .map(|f| resolve(doc, f));
                    assert_eq!(
                        field.and_then(|f| f.keyword("type")),
                        Some(&json!("array")),
                        "{template}: {} is no array of the item",
                        edit.field
                    );
                    edits += 1;
                }
                for target in effect.cases.iter().filter_map(|c| c.becomes.as_deref()) {
                    assert_eq!(
                        model.collection_at(target).map(|(_, item)| item),
                        Some(false),
                        "{target} is no collection to move into"
                    );
                    moves += 1;
                }
                for case in effect.cases.iter().filter(|c| c.spawns.is_some()) {
                    let target = case.spawns.as_deref().unwrap_or_default();
                    let (i, names_item) = model.collection_at(target).expect("a collection");
                    assert!(!names_item, "{target} is no collection to make items in");
                    let item = resolve(doc, &model.collections[i].item_schema);
                    if let Some(refers) = case.refers.as_deref() {
                        assert!(
                            item.pointer(&format!("/properties/{refers}")).is_some(),
                            "{target}: its items have no field {refers:?} to refer with"
                        );
                    }
                    spawns += 1;
                }
                if let Some(clash) = &effect.clashes {
                    let (i, names_item) = model.collection_at(&clash.with).expect("a collection");
                    assert!(!names_item, "{} is no collection", clash.with);
                    let item = resolve(doc, &model.collections[i].item_schema);
                    assert!(
                        item.pointer(&format!("/properties/{}", clash.on)).is_some(),
                        "{}: its items have no {}",
                        clash.with,
                        clash.on
                    );
                    clashes += 1;
                }
            }
        }
        assert_eq!(
            (edits, moves, spawns, clashes),
            (2, 1, 3, 1),
            "KAWA's member edits; Kadi4Mat's finished upload, the uploads that replace a \
             file's data (direct, chunked), the file a finished chunked upload makes, and \
             an upload's name"
        );
    }

    /// What a case reads or writes on the item an operation acts on must be a field of
    /// that item, of the right kind; else the case would quietly do nothing.
    #[test]
    fn every_case_names_fields_of_the_item_it_acts_on() {
        let (mut collects, mut needs, mut notes) = (0, 0, 0);
        for contract in crate::mock::product_contracts() {
            let model = Model::new(contract);
            let doc = &model.doc;
            for op in contract.operations {
                let Some(effect) = model.declared.get(op.operation_id) else {
                    continue;
                };
                let crate::mock::model::Role::Update(i) = model.role(op) else {
                    continue;
                };
                let item = resolve(doc, &model.collections[i].item_schema);
                let kind = |field: &str| {
                    item.pointer(&format!("/properties/{field}"))
                        .map(|f| resolve(doc, f))
                        .and_then(|f| f.keyword("type"))
                        .and_then(Value::as_str)
                        .unwrap_or("none")
                };
                let id = op.operation_id;
                for case in &effect.cases {
                    for collect in &case.collects {
                        assert_eq!(kind(&collect.field), "array", "{id}: {}", collect.field);
                        if let Some(below) = &collect.below {
                            assert_eq!(kind(below), "integer", "{id}: {below}");
                        }
                        collects += 1;
                    }
                    for (list, count) in &case.needs {
                        assert_eq!(kind(list), "array", "{id}: {list}");
                        assert_eq!(kind(count), "integer", "{id}: {count}");
                        needs += 1;
                    }
                    let first = |at: &str| at.split('/').next().unwrap_or_default().to_string();
                    for at in case.marks.keys().chain(&case.notes) {
                        assert_ne!(kind(&first(at)), "none", "{id}: {at}");
                        notes += 1;
                    }
                }
            }
        }
        assert_eq!(
            (collects, needs, notes),
            (1, 1, 3),
            "Kadi4Mat's chunks, the chunks a finish needs, a finished upload's state and task"
        );
    }

    #[test]
    fn a_case_holds_by_value_or_bound_and_lists_are_edited_by_key() {
        let effect = parse(&json!({
            "updates": "/w/{id}",
            "adds": {"members": {"from": "members", "key": "principalId"}},
            "removes": {"members": {"from": "gone", "key": "principalId"}},
            "cases": [
                {"when": {"size": {"maximum": 10}}, "sets": {"kind": "small"}},
                {"when": {"active": false}, "sets": {"kind": "off"}},
                {"sets": {"kind": "other"}}
            ]
        }));
        let subject = |v: Value| v.as_object().cloned().unwrap_or_default();
        let kind = |v: Value| effect.sets_for(&subject(v))["kind"].clone();
        assert_eq!(kind(json!({"size": 10})), "small");
        assert_eq!(kind(json!({"size": 11})), "other");
        assert_eq!(
            kind(json!({"size": "5"})),
            "other",
            "a bound wants a number"
        );
        assert_eq!(kind(json!({"active": false})), "off");
        assert_eq!(kind(json!({"active": true})), "other");
        assert_eq!(kind(json!({})), "other");

        let mut item =
            json!({"members": [{"principalId": "1", "p": 1}, {"principalId": "2", "p": 2}]});
        let fields = subject(json!({
            "members": [{"principalId": "2", "p": 9}, {"principalId": "3", "p": 3}],
            "gone": ["1"]
        }));
        effect.edit_lists(&mut item, &fields);
        assert_eq!(
            item,
            json!({"members": [{"principalId": "2", "p": 9}, {"principalId": "3", "p": 3}]})
        );
        assert_eq!(
            effect.edited_from().collect::<Vec<_>>(),
            ["members", "gone"]
        );
    }

    #[test]
    fn a_case_derives_counts_collects_entries_and_needs_them_all() {
        let effect = parse(&json!({
            "cases": [{
                "derives": {"count": {"of": "size", "per": 10}, "meta/size": {"of": "size"}},
                "collects": {"parts": {
                    "key": "index", "below": "count",
                    "from": {"index": "Part-Index", "size": "Part-Size"}
                }},
                "needs": {"parts": "count"}
            }]
        }));
        let case = &effect.cases[0];
        let subject = |v: Value| v.as_object().cloned().unwrap_or_default();
        assert_eq!(
            Value::Object(case.derived(&subject(json!({"size": 21})))),
            json!({"count": 3, "meta/size": 21})
        );
        assert_eq!(case.derived(&subject(json!({"size": 0})))["count"], 1);
        assert_eq!(case.derived(&subject(json!({"size": 20})))["count"], 2);
        assert!(case.derived(&subject(json!({}))).is_empty());

        let mut item = json!({"count": 2, "parts": []});
        let params = |v: Value| v.as_object().cloned().unwrap_or_default();
        let collect = &case.collects[0];
        assert_eq!(
            case.short_of(&item),
            Some(Rejection::BadRequest {
                message: "0 of 2 parts have been received.".to_string(),
                field: Some("parts".to_string()),
            })
        );
        collect
            .put(&mut item, &params(json!({"Part-Index": 1, "Part-Size": 5})))
            .expect("in range");
        collect
            .put(&mut item, &params(json!({"Part-Index": 0, "Part-Size": 9})))
            .expect("in range");
        collect
            .put(
                &mut item,
                &params(json!({"Part-Index": 0, "Part-Size": 10})),
            )
            .expect("sent again");
        assert_eq!(
            item["parts"],
            json!([{"index": 0, "size": 10}, {"index": 1, "size": 5}]),
            "entries are kept by key, in key order, the last sent winning"
        );
        assert_eq!(case.short_of(&item), None);
        let refused = collect
            .put(&mut item, &params(json!({"Part-Index": 2, "Part-Size": 1})))
            .expect_err("past the count");
        assert!(
            matches!(refused, Rejection::BadRequest { field: Some(f), .. } if f == "Part-Index")
        );
        let refused = collect
            .put(&mut item, &params(json!({"Part-Size": 1})))
            .expect_err("no key");
        assert!(
            matches!(refused, Rejection::BadRequest { message, .. } if message == "Part-Index is required."),
        );
        assert_eq!(item["parts"].as_array().map(Vec::len), Some(2));
    }

    #[test]
    fn an_effect_reads_its_extension_and_fills_its_path() {
        let effect = parse(&json!({
            "answers": "#/components/schemas/Sheet",
            "fields": "/parameters",
            "deletes": "/backoffice/sheets/{sheetId}",
            "sets": {"deleted": true},
            "status": 202
        }));
        assert_eq!(effect.answers.as_deref(), Some("/components/schemas/Sheet"));
        assert_eq!(
            effect.change,
            Some((Change::Deletes, "/backoffice/sheets/{sheetId}".into()))
        );
        assert_eq!(effect.status, Some(202));
        let body = json!({"command": "DeleteSheet", "parameters": {"sheetId": "57"}});
        let fields = effect.fields_in(&body).expect("fields");
        assert_eq!(
            CommandEffect::concrete("/backoffice/sheets/{sheetId}", fields).as_deref(),
            Some("/backoffice/sheets/57")
        );
        let unsafe_id = json!({"sheetId": "../x/y"});
        assert_eq!(
            CommandEffect::concrete(
                "/backoffice/sheets/{sheetId}",
                unsafe_id.as_object().unwrap()
            ),
            None,
            "a field with a slash would name another path"
        );
        assert_eq!(
            CommandEffect::concrete("/backoffice/sheets/{sheetId}", &Map::new()),
            None
        );
    }
}
