//! A transformation's field mappings applied to a batch: every source column goes
//! through under its own name unless a mapping renames it, leaves it out (`excluded`) or
//! passes it through a function. Understudy knows the functions `upper`, `lower` and
//! `trim`; a mapping naming another one fails the transformation rather than copying
//! the value unchanged.

use generated::etlworks::v1 as api;
use serde_json::Value;

use super::rows::Batch;

/// What becomes of one source column.
enum Fate {
    Dropped,
    Kept {
        name: String,
        function: Option<Function>,
    },
}

#[derive(Clone, Copy)]
enum Function {
    Upper,
    Lower,
    Trim,
}

impl Function {
    fn parse(name: &str) -> Option<Function> {
        match name
            .trim()
            .trim_end_matches("()")
            .to_ascii_lowercase()
            .as_str()
        {
            "upper" | "uppercase" | "touppercase" => Some(Function::Upper),
            "lower" | "lowercase" | "tolowercase" => Some(Function::Lower),
            "trim" => Some(Function::Trim),
            _ => None,
        }
    }

    fn apply(self, v: Value) -> Value {
        match v {
            Value::String(s) => Value::String(match self {
                Function::Upper => s.to_uppercase(),
                Function::Lower => s.to_lowercase(),
                Function::Trim => s.trim().to_string(),
            }),
            other => other,
        }
    }
}

/// The mappings of one transformation, checked.
pub struct Mapper {
    rules: Vec<(String, Fate)>,
}

impl Mapper {
    pub fn new(mappings: &[&api::FlowMapping]) -> Result<Mapper, String> {
        let mut rules = Vec::new();
        for m in mappings {
            let fate = if m.excluded == Some(true) {
                Fate::Dropped
            } else {
                let function = match m.function.as_deref().filter(|f| !f.trim().is_empty()) {
                    None => None,
                    Some(f) => Some(Function::parse(f).ok_or_else(|| {
                        format!("mapping {} -> {}: function '{f}' is not one Understudy runs (upper, lower, trim)", m.source, m.destination)
                    })?),
                };
                Fate::Kept {
                    name: m.destination.clone(),
                    function,
                }
            };
            rules.push((m.source.clone(), fate));
        }
        Ok(Mapper { rules })
    }

    /// `batch` with the mappings applied.
    pub fn apply(&self, batch: &Batch) -> Result<Batch, String> {
        for (source, _) in &self.rules {
            if !batch.columns.contains(source) {
                return Err(format!("mapped field '{source}' is not in the source"));
            }
        }
        let plan: Vec<Option<(String, Option<Function>)>> = batch
            .columns
            .iter()
            .map(|c| match self.rules.iter().find(|(s, _)| s == c) {
                None => Some((c.clone(), None)),
                Some((_, Fate::Dropped)) => None,
                Some((_, Fate::Kept { name, function })) => Some((name.clone(), *function)),
            })
            .collect();
        let columns = plan.iter().flatten().map(|(n, _)| n.clone()).collect();
        let rows = batch
            .rows
            .iter()
            .map(|row| {
                row.iter()
                    .zip(&plan)
                    .filter_map(|(v, p)| {
                        p.as_ref()
                            .map(|(_, f)| f.map_or_else(|| v.clone(), |f| f.apply(v.clone())))
                    })
                    .collect()
            })
            .collect();
        Ok(Batch { columns, rows })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn mapping(
        source: &str,
        destination: &str,
        function: Option<&str>,
        excluded: bool,
    ) -> api::FlowMapping {
        api::FlowMapping {
            transformation: "t".into(),
            source: source.into(),
            destination: destination.into(),
            function: function.map(str::to_string),
            excluded: Some(excluded),
        }
    }

    #[test]
    fn renames_drops_and_functions_apply_and_the_rest_passes() {
        let (a, b) = (
            mapping("name", "NAME", Some("upper"), false),
            mapping("secret", "", None, true),
        );
        let mapper = Mapper::new(&[&a, &b]).unwrap();
        let batch = Batch {
            columns: vec!["id".into(), "name".into(), "secret".into()],
            rows: vec![vec![json!(1), json!("ada"), json!("x")]],
        };
        let out = mapper.apply(&batch).unwrap();
        assert_eq!(out.columns, ["id", "NAME"]);
        assert_eq!(out.rows, vec![vec![json!(1), json!("ADA")]]);
        let missing = mapping("nope", "N", None, false);
        assert!(Mapper::new(&[&missing]).unwrap().apply(&batch).is_err());
        let unknown = mapping("name", "N", Some("md5"), false);
        assert!(Mapper::new(&[&unknown]).is_err());
    }
}
