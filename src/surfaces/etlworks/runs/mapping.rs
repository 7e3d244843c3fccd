//! A transformation's field mappings applied to a batch: every source column goes
//! through under its own name unless a mapping renames it, leaves it out (`excluded`) or
//! passes it through a function. The functions Understudy runs are [`FUNCTIONS`], the
//! one list `/rest/v1/functions` serves too; a mapping naming another one fails the
//! transformation rather than copying the value unchanged.

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

/// A field function a mapping may name, as `/rest/v1/functions` describes it.
pub struct FunctionInfo {
    /// The name `/functions` lists; a mapping may also use an alias.
    pub name: &'static str,
    pub aliases: &'static [&'static str],
    pub category: &'static str,
    pub signature: &'static str,
    pub return_type: &'static str,
    pub description: &'static str,
    function: Function,
}

/// Every function a mapping's `function` may name: what the runner applies, and what
/// `/rest/v1/functions` lists (so the two cannot disagree).
pub const FUNCTIONS: &[FunctionInfo] = &[
    FunctionInfo {
        name: "upper",
        aliases: &["uppercase", "touppercase"],
        category: "String",
        signature: "upper(value: string): string",
        return_type: "string",
        description: "The field's text in upper case; other values pass unchanged.",
        function: Function::Upper,
    },
    FunctionInfo {
        name: "lower",
        aliases: &["lowercase", "tolowercase"],
        category: "String",
        signature: "lower(value: string): string",
        return_type: "string",
        description: "The field's text in lower case; other values pass unchanged.",
        function: Function::Lower,
    },
    FunctionInfo {
        name: "trim",
        aliases: &[],
        category: "String",
        signature: "trim(value: string): string",
        return_type: "string",
        description: "The field's text without leading and trailing white space; other values pass unchanged.",
        function: Function::Trim,
    },
];

impl Function {
    fn parse(name: &str) -> Option<Function> {
        let name = name.trim().trim_end_matches("()").to_ascii_lowercase();
        FUNCTIONS
            .iter()
            .find(|f| f.name == name || f.aliases.contains(&name.as_str()))
            .map(|f| f.function)
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
                        let known: Vec<&str> = FUNCTIONS.iter().map(|f| f.name).collect();
                        format!(
                            "mapping {} -> {}: function '{f}' is not one Understudy runs ({})",
                            m.source,
                            m.destination,
                            known.join(", ")
                        )
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

    #[test]
    fn every_listed_function_and_alias_is_one_the_mapper_applies() {
        for f in FUNCTIONS {
            for name in std::iter::once(&f.name).chain(f.aliases) {
                let m = mapping("name", "name", Some(*name), false);
                let mapper = Mapper::new(&[&m]).unwrap();
                let batch = Batch {
                    columns: vec!["name".into()],
                    rows: vec![vec![json!(" Ada ")]],
                };
                assert_ne!(mapper.apply(&batch).unwrap().rows, batch.rows, "{name}");
            }
        }
    }
}
