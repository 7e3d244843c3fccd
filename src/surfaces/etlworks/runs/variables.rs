//! Flow variables: the run request's string map, checked, and `{name}` references in a
//! flow's objects and properties replaced by their values as the run starts.

use std::collections::BTreeMap;

use crate::surfaces::etlworks::error::EtlworksError;

const MAX_VARIABLES: usize = 200;
const MAX_VALUE: usize = 64 * 1024;

/// The variables of a run request, or a 400 naming the one that cannot be used.
pub fn checked(
    parameters: BTreeMap<String, String>,
) -> Result<BTreeMap<String, String>, EtlworksError> {
    if parameters.len() > MAX_VARIABLES {
        return Err(EtlworksError::BadRequest(format!(
            "At most {MAX_VARIABLES} flow variables"
        )));
    }
    // Any name is taken, as the contract's free map allows; one with a brace simply
    // cannot be referenced as `{name}`.
    for (name, value) in &parameters {
        if value.len() > MAX_VALUE {
            return Err(EtlworksError::BadRequest(format!(
                "Field '{name}': at most {MAX_VALUE} bytes"
            )));
        }
    }
    Ok(parameters)
}

/// `text` with every `{name}` of a known variable replaced by its value; unknown
/// references stay as written (Etlworks leaves them too).
pub fn substitute(text: &str, variables: &BTreeMap<String, String>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) if variables.contains_key(&after[..close]) => {
                out.push_str(&variables[&after[..close]]);
                rest = &after[close + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_references_are_replaced_and_others_kept() {
        let vars = BTreeMap::from([("region".to_string(), "emea".to_string())]);
        assert_eq!(
            substitute("orders_{region} where x = '{other}' {", &vars),
            "orders_emea where x = '{other}' {"
        );
        // A brace in a name is taken (the contract's map is free); an oversized value
        // or too many variables are not.
        assert!(checked(BTreeMap::from([("a{".into(), "1".into())])).is_ok());
        assert!(checked(BTreeMap::from([("big".into(), "x".repeat(MAX_VALUE + 1))])).is_err());
        let many = (0..=MAX_VARIABLES).map(|i| (format!("v{i}"), String::new()));
        assert!(checked(many.collect()).is_err());
        assert!(checked(vars).is_ok());
    }
}
