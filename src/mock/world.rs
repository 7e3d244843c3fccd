//! The mock's in-memory state: every collection's items, materialised from the seed the
//! first time a collection is touched, so item `n` of a collection is the same object in
//! every run with the same seed.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use serde_json::{Map, Value};

use crate::mock::model::{Collection, IdKind, Model};
use crate::mock::values::{rng_for, Faker, Side};

/// One product's state.
#[derive(Default)]
pub struct World {
    /// Concrete collection path (`/records/3/files`) → its items.
    collections: HashMap<String, Items>,
    /// Concrete collection path → the next integer id.
    next_id: HashMap<String, i64>,
}

/// The string form of an id value, as it appears in a path.
pub fn id_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// One concrete collection's items in creation order, indexed by id and by unique field
/// so a lookup or a conflict check stays cheap for a million items. Items are shared: a
/// page of answers holds them without copying, and a change copies only an item an answer
/// still holds.
///
/// The indexes are B-trees, not hash maps: a hash map doubles and rehashes every key at
/// once, which at a hundred thousand items stalls the create that crosses the line (and
/// every request queued behind it) for tens of milliseconds, where a B-tree grows a node
/// at a time.
pub struct Items {
    list: Vec<Arc<Value>>,
    id_field: String,
    unique_pointer: Option<String>,
    /// Id text → position of the first item with that id.
    by_id: BTreeMap<String, usize>,
    /// Lower-cased unique value → how many items hold it.
    unique: BTreeMap<String, usize>,
}

impl Items {
    fn new(collection: &Collection, list: Vec<Value>) -> Self {
        let mut items = Items {
            list: list.into_iter().map(Arc::new).collect(),
            id_field: collection.id_field.clone(),
            unique_pointer: collection.unique_pointer.clone(),
            by_id: BTreeMap::new(),
            unique: BTreeMap::new(),
        };
        for pos in 0..items.list.len() {
            items.index(pos);
        }
        items
    }

    fn index(&mut self, pos: usize) {
        let item = &self.list[pos];
        if let Some(id) = item.get(&self.id_field) {
            self.by_id.entry(id_text(id)).or_insert(pos);
        }
        if let Some(value) = self.unique_value(item) {
            *self.unique.entry(value).or_default() += 1;
        }
    }

    fn unique_value(&self, item: &Value) -> Option<String> {
        let pointer = self.unique_pointer.as_ref()?;
        item.pointer(pointer)?.as_str().map(str::to_lowercase)
    }

    /// Every item, in creation order.
    pub fn all(&self) -> &[Arc<Value>] {
        &self.list
    }

    /// The position of the item whose id reads `id` in a path.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// The item at `pos` (from [`Items::position`]).
    pub fn at(&self, pos: usize) -> &Arc<Value> {
        &self.list[pos]
    }

    /// Whether another item than the one at `skip` holds `value` in the unique field
    /// (compared without case).
    pub fn taken(&self, value: &str, skip: Option<usize>) -> bool {
        let wanted = value.to_lowercase();
        let holders = self.unique.get(&wanted).copied().unwrap_or(0);
        let skipped_holds = skip
            .and_then(|pos| self.list.get(pos))
            .and_then(|item| self.unique_value(item))
            .is_some_and(|v| v == wanted);
        holders > usize::from(skipped_holds)
    }

    /// Adds an item at the end.
    pub fn push(&mut self, item: Arc<Value>) {
        self.list.push(item);
        self.index(self.list.len() - 1);
    }

    /// Removes the item at `pos`; later items keep their order.
    pub fn remove(&mut self, pos: usize) {
        let gone = self.list.remove(pos);
        self.unhold(&gone);
        for at in self.by_id.values_mut() {
            if *at > pos {
                *at -= 1;
            }
        }
        let Some(id) = gone.get(&self.id_field).map(id_text) else {
            return;
        };
        if self.by_id.get(&id) == Some(&pos) {
            self.by_id.remove(&id);
            // A later item with the same id (a client may give one twice) now answers to it.
            let id_field = &self.id_field;
            let next = self.list[pos..]
                .iter()
                .position(|item| item.get(id_field).is_some_and(|v| id_text(v) == id));
            if let Some(next) = next {
                self.by_id.insert(id, pos + next);
            }
        }
    }

    /// Forgets that `item` holds its unique value.
    fn unhold(&mut self, item: &Value) {
        if let Some(old) = self.unique_value(item) {
            if let Some(n) = self.unique.get_mut(&old) {
                *n -= 1;
                if *n == 0 {
                    self.unique.remove(&old);
                }
            }
        }
    }

    /// Changes the item at `pos` (or puts another in its place), keeping the indexes
    /// right. An answer that still holds the item keeps the old one.
    pub fn update(&mut self, pos: usize, change: impl FnOnce(&mut Arc<Value>)) {
        let before = Arc::clone(&self.list[pos]);
        self.unhold(&before);
        change(&mut self.list[pos]);
        if let Some(new) = self.unique_value(&self.list[pos]) {
            *self.unique.entry(new).or_default() += 1;
        }
    }
}

impl World {
    /// The items of a concrete collection, seeded on first use.
    pub fn items(
        &mut self,
        model: &Model,
        collection: &Collection,
        path: &str,
        seed: u64,
        population: usize,
    ) -> &mut Items {
        if !self.collections.contains_key(path) {
            let population = collection
                .id_values
                .as_ref()
                .map_or(population, |values| population.min(values.len()));
            let items: Vec<Value> = (0..population)
                .map(|i| {
                    let key = format!("{}:{path}:{i}", model.contract.product);
                    let mut item =
                        new_item(model, collection, path, &key, i as i64 + 1, seed, None);
                    if let Value::Object(fields) = &item {
                        let sets = model.seed_sets(collection, fields);
                        set_fields(&mut item, &sets);
                    }
                    item
                })
                .collect();
            self.next_id.insert(path.to_string(), population as i64 + 1);
            self.collections
                .insert(path.to_string(), Items::new(collection, items));
        }
        self.collections.get_mut(path).expect("inserted above")
    }

    /// The next integer id of a concrete collection (after it was seeded).
    pub fn take_id(&mut self, path: &str) -> i64 {
        let next = self.next_id.entry(path.to_string()).or_insert(1);
        let id = *next;
        *next += 1;
        id
    }
}

/// One item: generated from the item schema, with its id, its parents' ids and unique
/// fields in place, then the client's fields (`overlay`) on top.
pub fn new_item(
    model: &Model,
    collection: &Collection,
    path: &str,
    key: &str,
    number: i64,
    seed: u64,
    overlay: Option<&Map<String, Value>>,
) -> Value {
    let mut rng = rng_for(seed, key);
    let faker = Faker::new(&model.doc, Side::Response);
    let name = collection
        .template
        .rsplit('/')
        .next()
        .unwrap_or("item")
        .trim_end_matches('s');
    let mut item = faker.value(&collection.item_schema, name, &mut rng);
    let Value::Object(fields) = &mut item else {
        return item;
    };
    if let Some(overlay) = overlay {
        for (k, v) in overlay {
            match fields.get_mut(k) {
                Some(existing) => merge(existing, v),
                None if schema_has(model, collection, k) => {
                    fields.insert(k.clone(), v.clone());
                }
                None => {}
            }
        }
    }
    let enumerated = collection
        .id_values
        .as_ref()
        .filter(|v| !v.is_empty())
        .map(|v| v[(number.max(1) as usize - 1) % v.len()].clone());
    let id = match collection.id_kind {
        _ if enumerated.is_some() => enumerated.unwrap_or_default(),
        IdKind::Integer => Value::from(number),
        IdKind::Uuid => Value::String(
            uuid::Builder::from_random_bytes(rand09::Rng::random(&mut rng))
                .into_uuid()
                .to_string(),
        ),
        IdKind::Hex32 => Value::String(format!("{:032x}", rand09::Rng::random::<u128>(&mut rng))),
        IdKind::DigitText => Value::String(number.to_string()),
        IdKind::Text => match fields.get(&collection.id_field) {
            Some(Value::String(s)) if overlay.is_some() && !s.is_empty() => {
                Value::String(s.clone())
            }
            _ => Value::String(format!("{name}-{number}")),
        },
    };
    fields.insert(collection.id_field.clone(), id);
    if let Some(unique) = &collection.unique_pointer {
        let from_client = overlay.is_some_and(|o| field_at(o, unique).is_some());
        let field_schema = schema_at(&model.doc, &collection.item_schema, unique);
        // Numbering would break a length limit, a pattern, a format or an enum.
        let appendable = field_schema.is_some_and(|s| {
            ["maxLength", "pattern", "format", "enum"]
                .iter()
                .all(|k| s.get(k).is_none())
        });
        if !from_client && appendable && unique[1..] != collection.id_field {
            if let Some(Value::String(s)) = field_at_mut(fields, unique) {
                // Numbered so a seeded population never collides with itself.
                if !s.ends_with(&format!(" {number}")) {
                    s.push_str(&format!(" {number}"));
                }
            }
        }
    }
    // Any other parameter of the collection's path is a reference the item carries:
    // `/executions/7/history` holds flow 7's records, so each says `flowId: 7`.
    for (seg, value) in collection.template.split('/').zip(path.split('/')) {
        let Some(param) = seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')) else {
            continue;
        };
        if param == collection.id_field {
            continue;
        }
        if let Some(existing) = fields.get_mut(param) {
            *existing = typed_like(existing, value);
        }
    }
    // A nested item points at its parents: `/flows/7/executions` items get `flowId: 7`.
    for (parent, _, parent_id) in
        model.addressed(&format!("{}/x", collection.template), &format!("{path}/x"))
    {
        if std::ptr::eq(parent, collection) {
            continue;
        }
        let Some(param) = parent
            .item_template
            .as_deref()
            .and_then(|t| t.rsplit_once("/{"))
            .map(|(_, p)| p.trim_end_matches('}'))
        else {
            continue;
        };
        // `{id}` names the parent in the path but is the child's own field.
        if param == collection.id_field {
            continue;
        }
        if let Some(existing) = fields.get_mut(param) {
            *existing = typed_like(existing, &parent_id);
        }
    }
    item
}

/// A path segment as a value of the kind `like` is (a number stays a number).
fn typed_like(like: &Value, text: &str) -> Value {
    match like {
        Value::Number(_) => text
            .parse::<i64>()
            .map(Value::from)
            .unwrap_or_else(|_| Value::String(text.to_string())),
        _ => Value::String(text.to_string()),
    }
}

/// Puts `sets` into an object where it has those fields (a `null` included, which a
/// merge would not set). A key with slashes is a path below a field the object has
/// (`_meta/task/state`), made as needed.
pub fn set_fields(object: &mut Value, sets: &Map<String, Value>) {
    let Value::Object(fields) = object else {
        return;
    };
    for (k, v) in sets {
        let mut steps = k.split('/');
        let Some(mut slot) = steps.next().and_then(|first| fields.get_mut(first)) else {
            continue;
        };
        for step in steps {
            if !slot.is_object() {
                *slot = Value::Object(Map::new());
            }
            let Value::Object(m) = slot else { break };
            slot = m.entry(step).or_insert(Value::Null);
        }
        *slot = v.clone();
    }
}

/// Lays a client's value over a stored one: a reference to another resource field by
/// field (a link's `record_to: {id: 2}` keeps the rest of the record it names), anything
/// else replaced when it is of the same JSON kind, so the item keeps fitting its schema.
pub fn merge(target: &mut Value, patch: &Value) {
    let is_reference = |m: &serde_json::Map<String, Value>| {
        ["id", "pk", "uuid"].iter().any(|k| m.contains_key(*k))
    };
    match (target, patch) {
        (Value::Object(t), Value::Object(p)) if is_reference(t) => {
            for (k, v) in p {
                match t.get_mut(k) {
                    Some(existing) => merge(existing, v),
                    None => {
                        t.insert(k.clone(), v.clone());
                    }
                }
            }
        }
        (t, p) if std::mem::discriminant(t) == std::mem::discriminant(p) || t.is_null() => {
            *t = p.clone();
        }
        _ => {}
    }
}

fn schema_has(model: &Model, collection: &Collection, key: &str) -> bool {
    crate::mock::spec::resolve(&model.doc, &collection.item_schema)
        .pointer(&format!(
            "/properties/{}",
            key.replace('~', "~0").replace('/', "~1")
        ))
        .is_some()
}

/// The value at a JSON pointer (`/displayInformation/displayName`) into an object's
/// fields.
pub fn field_at<'v>(fields: &'v Map<String, Value>, pointer: &str) -> Option<&'v Value> {
    let rest = pointer.strip_prefix('/')?;
    let first = rest.split('/').next()?;
    fields.get(first)?.pointer(&rest[first.len()..])
}

/// [`field_at`], for changing the value.
pub fn field_at_mut<'v>(
    fields: &'v mut Map<String, Value>,
    pointer: &str,
) -> Option<&'v mut Value> {
    let rest = pointer.strip_prefix('/')?;
    let first = rest.split('/').next()?;
    fields.get_mut(first)?.pointer_mut(&rest[first.len()..])
}

/// The schema of the field a JSON pointer names inside objects of `schema`.
fn schema_at<'d>(doc: &'d Value, schema: &'d Value, pointer: &str) -> Option<&'d Value> {
    let mut at = crate::mock::spec::resolve(doc, schema);
    for token in pointer.strip_prefix('/')?.split('/') {
        at = crate::mock::spec::resolve(doc, at.get("properties")?.get(token)?);
    }
    Some(at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mock::model::IdKind;
    use serde_json::json;

    fn flows(list: Vec<Value>) -> Items {
        let collection = Collection {
            template: "/flows".into(),
            item_template: Some("/flows/{id}".into()),
            id_field: "id".into(),
            id_kind: IdKind::Integer,
            id_values: None,
            item_schema: json!({"type": "object"}),
            array_pointer: String::new(),
            unique_pointer: Some("/name".into()),
            unique_invalid: None,
        };
        Items::new(&collection, list)
    }

    #[test]
    fn removing_keeps_every_later_item_findable_and_frees_its_unique_value() {
        let mut items = flows(
            (1..=5)
                .map(|n| json!({"id": n, "name": format!("Flow {n}")}))
                .collect(),
        );
        items.remove(1);
        assert_eq!(items.position("2"), None);
        for (id, pos) in [("1", 0), ("3", 1), ("4", 2), ("5", 3)] {
            assert_eq!(items.position(id), Some(pos), "id {id}");
            assert_eq!(items.at(pos)["id"].to_string(), id);
        }
        assert!(
            !items.taken("FLOW 2", None),
            "a removed item's name is free again"
        );
        assert!(items.taken("flow 3", None));
        assert!(
            !items.taken("flow 3", Some(1)),
            "an item does not clash with itself"
        );
    }

    #[test]
    fn a_repeated_id_answers_for_the_next_holder_once_the_first_is_removed() {
        let mut items = flows(vec![
            json!({"id": "a", "name": "x"}),
            json!({"id": "b", "name": "y"}),
            json!({"id": "a", "name": "z"}),
        ]);
        assert_eq!(items.position("a"), Some(0));
        items.remove(0);
        assert_eq!(items.position("a"), Some(1));
        assert_eq!(items.at(1)["name"], "z");
        assert_eq!(items.position("b"), Some(0));
    }

    #[test]
    fn an_update_moves_the_unique_value_it_changes() {
        let mut items = flows(vec![json!({"id": 1, "name": "Old"})]);
        items.push(Arc::new(json!({"id": 2, "name": "Other"})));
        items.update(0, |item| *item = Arc::new(json!({"id": 1, "name": "New"})));
        assert!(!items.taken("old", None));
        assert!(items.taken("new", None));
        assert!(items.taken("other", None));
        assert_eq!(items.position("2"), Some(1));
    }
}
