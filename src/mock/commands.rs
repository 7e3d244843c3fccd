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

use std::collections::HashMap;

use generated::support::Contract;
use serde_json::{Map, Value};

use crate::common::openapi::Keyword;
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

/// One command's effect, as its schema's extension gives it.
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

fn parse(ext: &Value) -> CommandEffect {
    let text = |k: &str| ext.get(k).and_then(Value::as_str).map(str::to_string);
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
        sets: ext
            .get("sets")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default(),
        status: ext
            .get("status")
            .and_then(Value::as_u64)
            .and_then(|s| u16::try_from(s).ok()),
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
        let mut checked = 0;
        for contract in crate::mock::product_contracts() {
            let model = Model::new(contract);
            for (op, bus) in &model.buses {
                for (name, effect) in &bus.commands {
                    let doc = &model.doc;
                    let answers = effect.answers.as_deref().and_then(|p| doc.pointer(p));
                    assert!(answers.is_some(), "{op} {name}: `answers` names no schema");
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
