//! Why a command's body was refused, in KAWA's words. The glue reads the body as the
//! contract's `Command` union and only says that it did not parse; KAWA names the
//! problem: an unknown command, or the field of the command's parameters at fault.

use serde_json::Value;

use super::super::error::KawaError;
use crate::http::field_errors;

/// The refusal of a command body `body` that did not parse, when it is JSON naming (or
/// failing to name) a command; `None` leaves the answer to the dispatcher.
pub fn explain(spec: &Value, body: &[u8]) -> Option<KawaError> {
    let value: Value = serde_json::from_slice(body).ok()?;
    let object = value.as_object()?;
    let name = match object.get("command") {
        None | Some(Value::Null) => {
            return Some(KawaError::field("command", "This field is required."))
        }
        // Jackson reads a scalar as text, as the rest of KAWA's bodies.
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Bool(b)) => b.to_string(),
        Some(_) => return Some(KawaError::field("command", "Not a valid string.")),
    };
    let known = spec
        .pointer("/components/schemas/Command/discriminator/mapping")
        .and_then(Value::as_object)?;
    let Some(reference) = known.get(&name).and_then(Value::as_str) else {
        return Some(KawaError::BadRequest(format!("Unknown command: {name}")));
    };
    let schema = serde_json::json!({ "$ref": reference });
    let (field, message) = field_errors::locate(spec, &schema, &value)?;
    Some(KawaError::field(&field, message))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec() -> Value {
        serde_yaml_ng::from_str(generated::kawa::v1::SPEC_YAML).unwrap()
    }

    fn message(body: &str) -> Option<String> {
        explain(&spec(), body.as_bytes()).map(|e| e.body()["message"].as_str().unwrap().into())
    }

    #[test]
    fn unknown_commands_and_missing_fields_are_named() {
        assert_eq!(
            message(r#"{"command": "CreateWorkspaces", "parameters": {}}"#).as_deref(),
            Some("Unknown command: CreateWorkspaces")
        );
        assert_eq!(
            message(r#"{"parameters": {}}"#).as_deref(),
            Some("command: This field is required.")
        );
        let missing = message(r#"{"command": "CreateWorkspace", "parameters": {}}"#).unwrap();
        assert!(
            missing.starts_with("parameters.displayInformation"),
            "{missing}"
        );
        assert_eq!(message("[1]"), None);
    }
}
