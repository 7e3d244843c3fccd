//! The resource model the mock reads off a contract: which paths are collections, which
//! are their items, which field is an item's id, and what each operation does to them.
//!
//! REST conventions decide it, not per-product code: a GET (or a POST, as Datawiza's
//! listing is) whose success answer holds an array of objects lists a collection; the
//! same path plus one `{param}` segment addresses its items; POST on the collection path
//! creates, PUT/PATCH on an item update, DELETE removes. Everything else is an action
//! answered from its schema, with references to the addressed items kept.

use std::collections::HashMap;

use generated::support::{Contract, Operation};
use serde_json::{Map, Value};

use crate::mock::commands::{buses, operation_effects, Bus, CommandEffect};
use crate::mock::links::Links;
use crate::mock::spec::{operation, resolve, response_schema};

/// What an operation does to the state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    List(usize),
    Create(usize),
    Read(usize),
    Update(usize),
    Delete(usize),
    /// Anything else: answered from the schema, 404 when an addressed item is missing.
    Action,
}

/// What an action does to a collection it does not address by path, read off the
/// schemas: a collection whose path shares the action's parameters and whose items are
/// what the action answers (or are named by it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// A POST to a path ending in a verb that starts something (`run`, `start`,
    /// `execute`, `trigger`, `launch`) whose answer names a new item of the collection by
    /// its id (a flow's run answers the `auditId` of the execution record it starts): the
    /// item is created.
    Records(usize),
    /// A GET answering one item of the collection (a flow's execution): the one the
    /// query names by its id field, else the newest.
    Reads(usize),
}

/// How a collection's ids look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdKind {
    Integer,
    Uuid,
    Hex32,
    /// Digits in a string (`"42"`), as KAWA sends ids.
    DigitText,
    Text,
}

/// One collection of the contract.
#[derive(Debug, Clone)]
pub struct Collection {
    /// The list path template, without a trailing slash (`/rest/v1/flows`).
    pub template: String,
    /// The item path template (`/rest/v1/flows/{flowId}`), when items are addressable.
    pub item_template: Option<String>,
    /// The item's id field (`id`, `pk` …).
    pub id_field: String,
    pub id_kind: IdKind,
    /// When the id is an enum (a role catalog keyed by role name): its values, which
    /// also bound how many items the collection can hold.
    pub id_values: Option<Vec<Value>>,
    /// The schema of one item, as the item GET (else the list) answers it.
    pub item_schema: Value,
    /// JSON pointer to the item array inside the list answer (`""` when the answer is
    /// the array).
    pub array_pointer: String,
    /// Where the field that must be unique among items is, as a JSON pointer (`/name`,
    /// `/identifier`, `/email` …, KAWA's `/displayInformation/displayName`).
    pub unique_pointer: Option<String>,
    /// When the product refuses a taken unique value as invalid input (its 400 naming
    /// the field) rather than with a 409: the field's message (Kadi4Mat's
    /// `{"errors": {"identifier": ["Identifier is already in use."]}}`).
    pub unique_invalid: Option<String>,
}

/// Collections and operation roles of one contract.
pub struct Model {
    pub contract: &'static Contract,
    pub doc: Value,
    pub collections: Vec<Collection>,
    roles: HashMap<&'static str, Role>,
    effects: HashMap<&'static str, Effect>,
    /// Per operation path template (and per collection, the path of a new item in it),
    /// what [`Model::addressed`] finds there, worked out once.
    addressing: HashMap<String, Vec<Addressing>>,
    /// Per operation id, the names of its query parameters (read on every request).
    query_names: HashMap<&'static str, Vec<String>>,
    /// Where answers link back to the product's own resources.
    pub links: Links,
    /// Command buses, by operation id, with what each command does.
    pub buses: HashMap<&'static str, Bus>,
    /// What operations say they do (`x-understudy-effect` on the operation), by id.
    pub declared: HashMap<&'static str, CommandEffect>,
}

/// A collection whose items a path template addresses: its index, and how many path
/// segments its item template has.
#[derive(Clone, Copy)]
struct Addressing {
    collection: usize,
    segments: usize,
}

/// The schema extension that overrides which field of an item is unique.
pub const UNIQUE_EXTENSION: &str = "x-understudy-unique";

/// The field of an item that names it, which the product keeps unique: a top-level
/// `name`, `identifier`, `email`, `username` or `title`, else a display name one object
/// down (KAWA's `displayInformation.displayName`). A schema that says otherwise wins:
/// `x-understudy-unique: false` (Kadi4Mat's uploads may share a name), a pointer, or
/// `{at: pointer, invalid: message}` (see [`unique_invalid`]).
fn unique_pointer(doc: &Value, item: &Value) -> Option<String> {
    const NAMES: [&str; 5] = ["name", "identifier", "email", "username", "title"];
    match item.get(UNIQUE_EXTENSION) {
        Some(Value::Bool(false)) => return None,
        Some(Value::String(pointer)) => return Some(pointer.clone()),
        Some(Value::Object(how)) => {
            if let Some(pointer) = how.get("at").and_then(Value::as_str) {
                return Some(pointer.to_string());
            }
        }
        _ => {}
    }
    let props = item.get("properties")?.as_object()?;
    if let Some(f) = NAMES.iter().find(|f| props.contains_key(**f)) {
        return Some(format!("/{f}"));
    }
    props.iter().find_map(|(k, v)| {
        let inner = resolve(doc, v).get("properties")?;
        inner
            .get("displayName")
            .map(|_| format!("/{k}/displayName"))
    })
}

/// The message of a schema's `x-understudy-unique: {at, invalid}`: Kadi4Mat answers a
/// taken identifier as invalid input (400, naming the field), not with a 409.
fn unique_invalid(item: &Value) -> Option<String> {
    let message = item.get(UNIQUE_EXTENSION)?.get("invalid")?.as_str()?;
    Some(message.to_string())
}

/// `/api/v1/workspaces/{id}/` → `/api/v1/workspaces/{id}`.
pub fn trim(path: &str) -> &str {
    match path.trim_end_matches('/') {
        "" => "/",
        t => t,
    }
}

impl Model {
    pub fn new(contract: &'static Contract) -> Self {
        let doc: Value = serde_yaml_ng::from_str(contract.spec_yaml).unwrap_or(Value::Null);
        let mut collections: Vec<Collection> = Vec::new();
        let templates: Vec<&str> = contract.operations.iter().map(|o| trim(o.path)).collect();

        // Collections: list operations. GETs first; a POST lists only when no GET does
        // and its answer is a plain envelope (Datawiza's search), never when the array is
        // buried in one object (a created flow's `transformations`).
        let candidates = contract
            .operations
            .iter()
            .filter(|op| op.method == "GET")
            .chain(contract.operations.iter().filter(|op| op.method == "POST"));
        for op in candidates {
            let Some(spec_op) = operation(&doc, op.path, op.method) else {
                continue;
            };
            let Some((pointer, items)) =
                success_schema(&doc, spec_op).and_then(|s| find_item_array(&doc, s, ""))
            else {
                continue;
            };
            if op.method == "POST" && !is_envelope_pointer(&pointer) {
                continue;
            }
            // An answer that has an id of its own is one resource, whatever arrays it
            // holds: an execution record is not a list of its metrics.
            if !is_envelope_pointer(&pointer)
                && success_schema(&doc, spec_op).is_some_and(|s| has_own_id(&doc, s))
            {
                continue;
            }
            let template = trim(op.path).to_string();
            if collections.iter().any(|c| c.template == template) {
                continue;
            }
            let item_template = templates
                .iter()
                .find(|t| {
                    t.strip_prefix(template.as_str())
                        .and_then(|rest| rest.strip_prefix("/{"))
                        .is_some_and(|rest| rest.ends_with('}') && !rest.contains('/'))
                })
                .map(|t| t.to_string());
            // The item GET's schema is the richer one when it exists.
            let item_schema = item_template
                .as_deref()
                .and_then(|it| {
                    contract
                        .operations
                        .iter()
                        .find(|o| o.method == "GET" && trim(o.path) == it)
                })
                .and_then(|o| operation(&doc, o.path, o.method))
                .and_then(|o| success_schema(&doc, o))
                .map(|s| unwrap_item(&doc, s, &items))
                .unwrap_or(items);
            let resolved = resolve(&doc, &item_schema).clone();
            let param = item_template
                .as_deref()
                .and_then(|t| t.rsplit_once("/{"))
                .map(|(_, p)| p.trim_end_matches('}').to_string());
            let id_field = id_field(&resolved, param.as_deref());
            let id_kind = id_kind(&doc, &resolved, &id_field);
            let id_values = resolved
                .pointer(&format!("/properties/{id_field}"))
                .map(|s| resolve(&doc, s))
                .and_then(|s| s.get("enum"))
                .and_then(Value::as_array)
                .cloned();
            let unique_pointer = unique_pointer(&doc, &resolved);
            let unique_invalid = unique_invalid(&resolved);
            collections.push(Collection {
                template,
                item_template,
                id_field,
                id_kind,
                id_values,
                item_schema,
                array_pointer: pointer,
                unique_pointer,
                unique_invalid,
            });
        }

        let mut roles = HashMap::new();
        let mut effects = HashMap::new();
        for op in contract.operations {
            let role = role_of(&doc, op, &collections);
            roles.insert(op.operation_id, role);
            if role == Role::Action {
                if let Some(effect) = effect_of(&doc, op, &collections) {
                    effects.insert(op.operation_id, effect);
                }
            }
        }
        // Operation paths, and each collection's item-to-be (`/flows/x`), which a new
        // item's parents are read from.
        let addressing = contract
            .operations
            .iter()
            .map(|op| op.path.to_string())
            .chain(collections.iter().map(|c| format!("{}/x", c.template)))
            .map(|template| {
                let found = addressing(&collections, &template);
                (template, found)
            })
            .collect();
        // Templates are keyed by where schema nodes live on the heap, which moving the
        // document into the model does not change.
        let links = Links::new(&doc);
        let buses = buses(&doc, contract);
        let declared = operation_effects(&doc, contract);
        let query_names = contract
            .operations
            .iter()
            .map(|op| {
                let params = operation(&doc, op.path, op.method)
                    .map(|o| crate::mock::spec::parameters(&doc, op.path, o))
                    .unwrap_or_default();
                let names = params
                    .iter()
                    .filter(|p| p.get("in").and_then(Value::as_str) == Some("query"))
                    .filter_map(|p| p.get("name").and_then(Value::as_str).map(str::to_string))
                    .collect();
                (op.operation_id, names)
            })
            .collect();
        Model {
            query_names,
            contract,
            links,
            buses,
            declared,
            doc,
            collections,
            roles,
            effects,
            addressing,
        }
    }

    /// The names of an operation's query parameters.
    pub fn query_names(&self, op: &Operation) -> &[String] {
        self.query_names
            .get(op.operation_id)
            .map(Vec::as_slice)
            .unwrap_or_default()
    }

    /// What a seeded item of `collection` (with `fields`) holds as if a client had made
    /// it: what its create operation's effect sets and derives (an upload's `chunk_count`
    /// follows its size), or, for a collection no operation creates, what the first case
    /// that makes items there sets (Kadi4Mat's files come only from finished uploads, and
    /// are `active`).
    pub fn seed_sets(
        &self,
        collection: &Collection,
        fields: &Map<String, Value>,
    ) -> Map<String, Value> {
        if let Some(effect) = self.create_effect(collection) {
            return effect.sets_for(fields);
        }
        let makes_here = |template: &Option<String>| {
            template
                .as_deref()
                .and_then(|t| self.collection_at(t))
                .is_some_and(|(i, names_item)| {
                    !names_item && std::ptr::eq(&self.collections[i], collection)
                })
        };
        // In the contract's order, so every run seeds the same.
        self.contract
            .operations
            .iter()
            .filter_map(|op| self.declared.get(op.operation_id))
            .flat_map(|effect| &effect.cases)
            .find(|case| makes_here(&case.becomes) || makes_here(&case.spawns))
            .map(|case| case.sets.clone())
            .unwrap_or_default()
    }

    /// The effect the operation that creates a collection's items declares, if any.
    fn create_effect(&self, collection: &Collection) -> Option<&CommandEffect> {
        self.contract
            .operations
            .iter()
            .find_map(|op| match self.role(op) {
                Role::Create(i) if std::ptr::eq(&self.collections[i], collection) => {
                    self.declared.get(op.operation_id)
                }
                _ => None,
            })
    }

    pub fn effect(&self, op: &Operation) -> Option<Effect> {
        self.effects.get(op.operation_id).copied()
    }

    pub fn role(&self, op: &Operation) -> Role {
        self.roles
            .get(op.operation_id)
            .copied()
            .unwrap_or(Role::Action)
    }

    /// The collection a concrete path lists (`/backoffice/sheets`, `false`) or names an
    /// item of (`/backoffice/sheets/57`, `true`).
    pub fn collection_at(&self, path: &str) -> Option<(usize, bool)> {
        let got: Vec<&str> = trim(path).split('/').collect();
        let fits = |template: &str| {
            let t: Vec<&str> = template.split('/').collect();
            t.len() == got.len()
                && t.iter()
                    .zip(&got)
                    .all(|(t, g)| t == g || (t.starts_with('{') && !g.is_empty()))
        };
        self.collections.iter().enumerate().find_map(|(i, c)| {
            if fits(&c.template) {
                Some((i, false))
            } else {
                c.item_template
                    .as_deref()
                    .is_some_and(fits)
                    .then_some((i, true))
            }
        })
    }

    /// The collections whose items a concrete path addresses, outermost first, with the
    /// concrete collection path and the id: `/records/3/files/ab` → [(records, "/records",
    /// "3"), (files, "/records/3/files", "ab")].
    pub fn addressed<'m>(
        &'m self,
        template: &str,
        path: &str,
    ) -> Vec<(&'m Collection, String, String)> {
        let computed;
        let found = match self.addressing.get(template) {
            Some(found) => found,
            None => {
                computed = addressing(&self.collections, template);
                &computed
            }
        };
        let p: Vec<&str> = trim(path).split('/').collect();
        found
            .iter()
            .filter(|a| a.segments <= p.len())
            .map(|a| {
                (
                    &self.collections[a.collection],
                    p[..a.segments - 1].join("/"),
                    p[a.segments - 1].to_string(),
                )
            })
            .collect()
    }
}

/// The collections whose item template is a prefix of `template`, shortest first.
fn addressing(collections: &[Collection], template: &str) -> Vec<Addressing> {
    let t: Vec<&str> = trim(template).split('/').collect();
    let mut out: Vec<(usize, Addressing)> = Vec::new();
    for (i, c) in collections.iter().enumerate() {
        let Some(item) = &c.item_template else {
            continue;
        };
        let it: Vec<&str> = item.split('/').collect();
        if it.len() > t.len() || t[..it.len()] != it[..] {
            continue;
        }
        out.push((
            item.len(),
            Addressing {
                collection: i,
                segments: it.len(),
            },
        ));
    }
    out.sort_by_key(|(len, _)| *len);
    out.into_iter().map(|(_, a)| a).collect()
}

/// The `{parameter}` names of a path template.
fn path_params(template: &str) -> Vec<&str> {
    params_after(template).into_iter().map(|(p, _)| p).collect()
}

/// Each `{parameter}` of a template with the path before it
/// (`/records/{id}/files` → `[("id", "/records")]`).
fn params_after(template: &str) -> Vec<(&str, &str)> {
    template
        .match_indices('{')
        .filter_map(|(at, _)| {
            let name = template[at + 1..].split('}').next()?;
            Some((name, &template[..at]))
        })
        .collect()
}

/// Whether a parameter of the collection's path means the same in the action's: a
/// specific name (`flowId`) does wherever it stands; a bare `id` only after the same
/// path (`/records/{id}/files` is neither `/records/files/{id}` nor
/// `/records/records/{id}`).
fn same_parameter(ours: (&str, &str), theirs: &[(&str, &str)]) -> bool {
    let generic = ["id", "pk", "uuid", "key", "name"].contains(&ours.0);
    theirs
        .iter()
        .any(|t| t.0 == ours.0 && (!generic || t.1 == ours.1))
}

/// Whether a path ends in a verb that starts a run (`/flows/{flowId}/run`).
fn starts_something(template: &str) -> bool {
    let last = trim(template).rsplit('/').next().unwrap_or("");
    ["run", "start", "execute", "trigger", "launch"].contains(&last)
}

/// See [`Effect`]. Only collections whose path has parameters, all of them the action's
/// too, qualify: `/executions/{flowId}/history` for `/flows/{flowId}/run`.
fn effect_of(doc: &Value, op: &Operation, collections: &[Collection]) -> Option<Effect> {
    let spec_op = operation(doc, op.path, op.method)?;
    let answer = resolve(doc, success_schema(doc, spec_op)?);
    let own = path_params(op.path);
    let own_after = params_after(op.path);
    let related = |c: &Collection| {
        let theirs = params_after(&c.template);
        !theirs.is_empty() && theirs.iter().all(|p| same_parameter(*p, &own_after))
    };
    collections.iter().enumerate().find_map(|(i, c)| {
        if !related(c) {
            return None;
        }
        let item = resolve(doc, &c.item_schema);
        match op.method {
            // Reads only when the path names nothing more than the collection (a file by
            // `{filename}` is not the newest file).
            "GET" if answer == item && own.len() == path_params(&c.template).len() => {
                Some(Effect::Reads(i))
            }
            // Only verbs that start something: a flow's `stop` answers the same shape.
            "POST" if starts_something(op.path) && answer != item => {
                let props = answer.get("properties")?.as_object()?;
                let names_item = props.contains_key(&c.id_field)
                    && !own.contains(&c.id_field.as_str())
                    && path_params(&c.template)
                        .iter()
                        .all(|p| props.contains_key(*p));
                names_item.then_some(Effect::Records(i))
            }
            _ => None,
        }
    })
}

fn role_of(doc: &Value, op: &Operation, collections: &[Collection]) -> Role {
    let path = trim(op.path);
    for (i, c) in collections.iter().enumerate() {
        if c.template == path {
            // A POST lists when its answer holds the collection's items where the list
            // answer holds them.
            let lists = operation(doc, op.path, op.method)
                .and_then(|o| success_schema(doc, o))
                .and_then(|s| find_item_array(doc, s, ""))
                .is_some_and(|(pointer, _)| {
                    pointer == c.array_pointer && is_envelope_pointer(&pointer)
                });
            return match op.method {
                "GET" => Role::List(i),
                "POST" if lists => Role::List(i),
                "POST" => Role::Create(i),
                _ => Role::Action,
            };
        }
        if c.item_template.as_deref() == Some(path) {
            return match op.method {
                "GET" => Role::Read(i),
                "PUT" | "PATCH" => Role::Update(i),
                // A bodiless POST that declares its effect acts on the item (finishing an
                // upload).
                "POST" if has_body(doc, op) || declares_effect(doc, op) => Role::Update(i),
                "DELETE" => Role::Delete(i),
                _ => Role::Action,
            };
        }
    }
    Role::Action
}

fn has_body(doc: &Value, op: &Operation) -> bool {
    operation(doc, op.path, op.method)
        .and_then(|o| o.get("requestBody"))
        .is_some()
}

fn declares_effect(doc: &Value, op: &Operation) -> bool {
    operation(doc, op.path, op.method)
        .and_then(|o| o.get(crate::mock::commands::EXTENSION))
        .is_some()
}

/// Whether an object schema has a scalar id field (`id`, `pk`, `uuid`, `…Id`, `…_id`).
fn has_own_id(doc: &Value, schema: &Value) -> bool {
    resolve(doc, schema)
        .get("properties")
        .and_then(Value::as_object)
        .is_some_and(|props| {
            props.iter().any(|(k, p)| {
                let named = ["id", "pk", "uuid"].contains(&k.as_str())
                    || k.ends_with("Id")
                    || k.ends_with("_id");
                let scalar = !matches!(
                    resolve(doc, p).get("type").and_then(Value::as_str),
                    Some("object" | "array")
                );
                named && scalar
            })
        })
}

fn is_envelope_pointer(pointer: &str) -> bool {
    const KEYS: &[&str] = &["items", "content", "data", "results", "records", "list"];
    pointer.is_empty()
        || pointer
            .trim_start_matches('/')
            .split('/')
            .all(|k| KEYS.contains(&k))
}

/// The JSON schema of the first 2xx answer.
pub fn success_schema<'a>(doc: &'a Value, op: &'a Value) -> Option<&'a Value> {
    (200..300).find_map(|s| response_schema(doc, op, s))
}

/// The status an operation answers when all goes well: its first 2xx, else its first
/// 3xx (a sign-in redirect).
pub fn success_status(doc: &Value, op: &Value) -> Option<u16> {
    let statuses = crate::mock::spec::statuses(doc, op);
    statuses
        .iter()
        .copied()
        .find(|s| (200..300).contains(s))
        .or_else(|| statuses.iter().copied().find(|s| (300..400).contains(s)))
}

/// Where, inside a list answer, the array of item objects is: (pointer, item schema).
/// Looks at the answer itself and two levels of properties (`items`, `data.content`).
fn find_item_array(doc: &Value, schema: &Value, pointer: &str) -> Option<(String, Value)> {
    let s = resolve(doc, schema);
    if s.get("type").and_then(Value::as_str) == Some("array") {
        let items = s.get("items")?;
        let r = resolve(doc, items);
        let is_object = r.get("properties").is_some();
        return is_object.then(|| (pointer.to_string(), items.clone()));
    }
    if pointer.matches('/').count() >= 2 {
        return None;
    }
    let props = s.get("properties")?.as_object()?;
    // Prefer the conventional names, then any array of objects.
    let preferred = ["items", "content", "data", "results", "records", "list"];
    let mut keys: Vec<&String> = props.keys().collect();
    keys.sort_by_key(|k| preferred.iter().position(|p| p == k).unwrap_or(usize::MAX));
    keys.into_iter()
        .find_map(|k| find_item_array(doc, &props[k], &format!("{pointer}/{k}")))
}

/// An item GET may wrap the item (`{data: {...}}`); the list's item schema tells which
/// property holds it.
fn unwrap_item(doc: &Value, answer: &Value, list_item: &Value) -> Value {
    let a = resolve(doc, answer);
    let l = resolve(doc, list_item);
    if a == l
        || a.get("properties")
            .is_some_and(|p| p.get("id").is_some() || p.get("pk").is_some())
    {
        return answer.clone();
    }
    if let Some(props) = a.get("properties").and_then(Value::as_object) {
        for v in props.values() {
            if resolve(doc, v) == l {
                return v.clone();
            }
        }
    }
    answer.clone()
}

fn id_field(item: &Value, param: Option<&str>) -> String {
    let props = item.get("properties").and_then(Value::as_object);
    let has = |k: &str| props.is_some_and(|p| p.contains_key(k));
    if let Some(p) = param {
        if has(p) {
            return p.to_string();
        }
    }
    for k in ["id", "pk", "uuid", "key", "name"] {
        if has(k) {
            return k.to_string();
        }
    }
    props
        .and_then(|p| p.keys().find(|k| k.ends_with("Id") || k.ends_with("_id")))
        .cloned()
        .unwrap_or_else(|| "id".to_string())
}

fn id_kind(doc: &Value, item: &Value, field: &str) -> IdKind {
    let Some(schema) = item.pointer(&format!("/properties/{field}")) else {
        return IdKind::Integer;
    };
    let s = resolve(doc, schema);
    match s.get("type").and_then(Value::as_str) {
        Some("integer") | Some("number") => IdKind::Integer,
        _ if s.get("format").and_then(Value::as_str) == Some("uuid") => IdKind::Uuid,
        _ if s
            .get("pattern")
            .and_then(Value::as_str)
            .is_some_and(|p| p.contains("{32}")) =>
        {
            IdKind::Hex32
        }
        _ if s
            .get("example")
            .and_then(Value::as_str)
            .is_some_and(|e| !e.is_empty() && e.bytes().all(|b| b.is_ascii_digit())) =>
        {
            IdKind::DigitText
        }
        _ => IdKind::Text,
    }
}
