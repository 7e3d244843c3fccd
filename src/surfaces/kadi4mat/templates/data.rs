//! A template's `data`, checked and normalised as Kadi does: a record template's is an
//! object of the record attributes it pre-fills (each optional, each checked as a
//! record's would be, unknown keys dropped); an extras template's is a list of extras
//! checked as a record's, except that an entry marked `required` may be empty. A
//! refusal nests the offending attribute under `data`.

use generated::kadi4mat::v1 as api;
use serde_json::{json, Map, Value};

use super::super::error::KadiError;
use super::super::licenses;
use super::super::records::extras;
use super::super::resources::{self, Problems};

/// `data` for a template of type `kind`, as stored, or Kadi's 400.
pub fn checked(kind: api::TemplateType, data: &Value) -> Result<Value, KadiError> {
    let result = match kind {
        api::TemplateType::Extras => extras::validate_template(data),
        _ => record_template(data),
    };
    result.map_err(|errors| KadiError::Nested(json!({ "data": errors })))
}

fn record_template(data: &Value) -> Result<Value, Value> {
    let Value::Object(given) = data else {
        return Err(json!(["Not a valid mapping type."]));
    };
    let mut problems = Problems::default();
    let mut out = Map::new();
    let text = |key: &str, problems: &mut Problems| -> Option<String> {
        match given.get(key) {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(s.clone()),
            Some(_) => {
                problems.add(key, "Not a valid string.");
                None
            }
        }
    };
    let title = text("title", &mut problems).unwrap_or_default();
    if title.chars().count() > 150 {
        problems.add("title", "Longer than maximum length 150.");
    }
    out.insert("title".into(), json!(title.trim()));
    // A template may leave the identifier to the record; one it gives follows the rules.
    let identifier = text("identifier", &mut problems).unwrap_or_default();
    let identifier = if identifier.trim().is_empty() {
        String::new()
    } else {
        resources::identifier(&identifier, &mut problems)
    };
    out.insert("identifier".into(), json!(identifier));
    let description = text("description", &mut problems).unwrap_or_default();
    out.insert(
        "description".into(),
        json!(resources::description(&description, &mut problems)),
    );
    let record_type = text("type", &mut problems)
        .map(|t| t.trim().to_lowercase())
        .filter(|t| !t.is_empty());
    if record_type.as_ref().is_some_and(|t| t.chars().count() > 50) {
        problems.add("type", "Longer than maximum length 50.");
    }
    out.insert("type".into(), json!(record_type));
    let license = text("license", &mut problems)
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty());
    if license.as_deref().is_some_and(|l| !licenses::exists(l)) {
        problems.add("license", "Not a valid license.");
    }
    out.insert("license".into(), json!(license));
    let tags: Vec<String> = match given.get("tags") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) if items.iter().all(Value::is_string) => items
            .iter()
            .filter_map(|t| t.as_str().map(str::to_string))
            .collect(),
        Some(_) => {
            problems.add("tags", "Not a valid list.");
            Vec::new()
        }
    };
    out.insert("tags".into(), json!(resources::tags(&tags, &mut problems)));
    let mut errors = problems.into_json().unwrap_or_else(|| json!({}));
    let no_extras = json!([]);
    let given_extras = given.get("extras").filter(|e| !e.is_null());
    match extras::validate_template(given_extras.unwrap_or(&no_extras)) {
        Ok(checked) => {
            out.insert("extras".into(), checked);
        }
        Err(e) => errors["extras"] = e,
    }
    if errors.as_object().is_some_and(|e| !e.is_empty()) {
        Err(errors)
    } else {
        Ok(Value::Object(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_template_keeps_what_it_knows_normalised_and_names_what_is_wrong() {
        let kept = checked(
            api::TemplateType::Record,
            &json!({"title": " T ", "type": "Sample", "tags": ["B", "a", "b"], "unknown": 1}),
        )
        .unwrap();
        assert_eq!(kept["title"], "T");
        assert_eq!(kept["type"], "sample");
        assert_eq!(kept["tags"], json!(["a", "b"]));
        assert_eq!(kept["identifier"], "");
        assert!(kept.get("unknown").is_none());
        let KadiError::Nested(errors) = checked(
            api::TemplateType::Record,
            &json!({"identifier": "no spaces", "title": 5, "extras": [{"type": "int", "key": "n", "value": "x"}]}),
        )
        .unwrap_err() else {
            panic!("a nested error")
        };
        assert!(errors["data"]["identifier"].is_array());
        assert_eq!(errors["data"]["title"], json!(["Not a valid string."]));
        assert_eq!(
            errors["data"]["extras"]["0"]["value"],
            json!(["Not a valid integer."])
        );
    }

    #[test]
    fn an_extras_template_may_leave_a_required_value_empty_but_not_mistyped() {
        let ok = checked(
            api::TemplateType::Extras,
            &json!([{"type": "float", "key": "t", "value": null, "validation": {"required": true}}]),
        );
        assert!(ok.is_ok());
        assert!(checked(api::TemplateType::Extras, &json!({"not": "a list"})).is_err());
        let KadiError::Nested(nulls) = checked(
            api::TemplateType::Extras,
            &json!([{"type": "dict", "key": "d", "value": [
                {"type": "str", "key": "s", "validation": {"iri": null}}
            ]}]),
        )
        .unwrap_err() else {
            panic!("a nested error")
        };
        assert_eq!(
            nulls["data"]["0"]["value"]["0"]["validation"]["iri"],
            json!(["Field may not be null."])
        );
        assert!(checked(
            api::TemplateType::Extras,
            &json!([{"type": "float", "key": "t", "validation": {"range": [0, 1]}}])
        )
        .is_err());
        assert!(checked(
            api::TemplateType::Extras,
            &json!([{"type": "int", "key": "n", "value": 1.5}])
        )
        .is_err());
    }
}
