//! The mock's in-memory state: every collection's items, materialised from the seed the
//! first time a collection is touched, so item `n` of a collection is the same object in
//! every run with the same seed.

use std::collections::HashMap;

use serde_json::{Map, Value};

use crate::mock::model::{Collection, IdKind, Model};
use crate::mock::values::{rng_for, Faker, Side};

/// One product's state.
#[derive(Default)]
pub struct World {
    /// Concrete collection path (`/records/3/files`) → its items, in creation order.
    collections: HashMap<String, Vec<Value>>,
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

impl World {
    /// The items of a concrete collection, seeded on first use.
    pub fn items(
        &mut self,
        model: &Model,
        collection: &Collection,
        path: &str,
        seed: u64,
        population: usize,
    ) -> &mut Vec<Value> {
        if !self.collections.contains_key(path) {
            let population = collection
                .id_values
                .as_ref()
                .map_or(population, |values| population.min(values.len()));
            let items: Vec<Value> = (0..population)
                .map(|i| {
                    let key = format!("{}:{path}:{i}", model.contract.product);
                    new_item(model, collection, path, &key, i as i64 + 1, seed, None)
                })
                .collect();
            self.next_id.insert(path.to_string(), population as i64 + 1);
            self.collections.insert(path.to_string(), items);
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
    if let Some(unique) = &collection.unique_field {
        let from_client = overlay.is_some_and(|o| o.contains_key(unique));
        let field_schema = crate::mock::spec::resolve(&model.doc, &collection.item_schema)
            .pointer(&format!("/properties/{unique}"))
            .map(|s| crate::mock::spec::resolve(&model.doc, s));
        // Numbering would break a length limit, a pattern, a format or an enum.
        let appendable = field_schema.is_some_and(|s| {
            ["maxLength", "pattern", "format", "enum"]
                .iter()
                .all(|k| s.get(k).is_none())
        });
        if !from_client && appendable && unique != &collection.id_field {
            if let Some(Value::String(s)) = fields.get_mut(unique) {
                // Numbered so a seeded population never collides with itself.
                if !s.ends_with(&format!(" {number}")) {
                    s.push_str(&format!(" {number}"));
                }
            }
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
            *existing = match existing {
                Value::Number(_) => parent_id
                    .parse::<i64>()
                    .map(Value::from)
                    .unwrap_or(Value::String(parent_id.clone())),
                _ => Value::String(parent_id.clone()),
            };
        }
    }
    item
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
