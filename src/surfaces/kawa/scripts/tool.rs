//! A script's metadata read from its source, as KAWA reads it: exactly one function
//! carries `@kawa_tool(...)` (KAWA's own words when none or several do), and the
//! decorator's literal arguments are converted by kywy's rules (`kawa_decorators.py`):
//! `inputs` and `outputs` map column names to Python types, or dataframe names to such
//! maps; `parameters` map names to `{type, default, description, values, extensions}`
//! (a parameter with extensions is a file, typed text); types outside kywy's table are
//! refused with kywy's message.

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime};
use generated::kawa::v1 as api;
use serde_json::Value;

use super::python::{tokenize, Lit, Reader, Token};

/// `kawa_tool`'s parameters in their positional order.
const ARGUMENTS: [&str; 6] = [
    "inputs",
    "outputs",
    "secrets",
    "parameters",
    "description",
    "icon",
];

const NONE_FOUND: &str = "No function decorated with @kawa_tool found in the python file \
                          associated with this toolKit/tool.";
const SEVERAL_FOUND: &str = "More than one function decorated with @kawa_tool found in the \
                             python file associated with this toolKit/tool. Please only decorate \
                             one function per file with @kawa_tool.";

/// The metadata `source` declares; `Err` says why it cannot be read.
pub fn metadata(source: &str) -> Result<api::ScriptMetadata, String> {
    let tokens = tokenize(source)?;
    let mut found = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        // A decorator opens a logical line; `a @ b` elsewhere is matrix product.
        let opens_line = i == 0 || tokens[i - 1].token == Token::Newline;
        if t.token != Token::Op('@') || !opens_line {
            continue;
        }
        let mut reader = Reader::new(&tokens, i + 1);
        let name = reader.dotted().unwrap_or_default();
        if name.rsplit('.').next() == Some("kawa_tool") {
            found.push(reader);
        }
    }
    let mut reader = match found.len() {
        0 => return Err(NONE_FOUND.into()),
        1 => found.remove(0),
        _ => return Err(SEVERAL_FOUND.into()),
    };
    if !reader.eat('(') {
        return Err(format!(
            "line {}: @kawa_tool must be called with its arguments: @kawa_tool(...)",
            reader.line()
        ));
    }
    let args = arguments(&mut reader)?;
    let at = |name: &str| args.get(name).unwrap_or(&Lit::None);
    if !matches!(at("secrets"), Lit::None | Lit::Dict(_)) {
        return Err("@kawa_tool secrets must be a dict".into());
    }
    let description = match at("description") {
        Lit::None => None,
        Lit::Str(s) => Some(s.clone()),
        _ => return Err("@kawa_tool description must be a string".into()),
    };
    Ok(api::ScriptMetadata {
        parameters: columns("input", at("inputs"))?,
        outputs: columns("output", at("outputs"))?,
        script_parameters: Some(parameters(at("parameters"))?),
        description,
    })
}

/// The decorator's arguments after its `(`, by name.
fn arguments(reader: &mut Reader<'_>) -> Result<BTreeMap<String, Lit>, String> {
    let mut args = BTreeMap::new();
    let mut position = 0;
    while !reader.eat(')') {
        let start = reader.at;
        let keyword = match reader.dotted() {
            Some(name) if reader.eat('=') => Some(name),
            _ => {
                reader.at = start;
                None
            }
        };
        let name = match keyword {
            Some(name) => name,
            None => {
                let name = ARGUMENTS.get(position).ok_or_else(|| {
                    format!(
                        "line {}: @kawa_tool takes at most six positional arguments",
                        reader.line()
                    )
                })?;
                position += 1;
                name.to_string()
            }
        };
        let value = reader.literal()?;
        if args.insert(name.clone(), value).is_some() {
            return Err(format!("@kawa_tool got {name} twice"));
        }
        if !reader.eat(',') {
            reader.expect(')')?;
            break;
        }
    }
    Ok(args)
}

/// The entries of a dict argument, keyed by text.
fn entries<'a>(what: &str, lit: &'a Lit) -> Result<Vec<(&'a str, &'a Lit)>, String> {
    match lit {
        Lit::None => Ok(Vec::new()),
        Lit::Dict(entries) => entries
            .iter()
            .map(|(k, v)| match k {
                Lit::Str(k) => Ok((k.as_str(), v)),
                _ => Err(format!("the keys of @kawa_tool {what} must be strings")),
            })
            .collect(),
        _ => Err(format!("@kawa_tool {what} must be a dict")),
    }
}

/// Input or output columns: a flat map, or one map per dataframe (as kywy tells them
/// apart: by the first value).
fn columns(category: &str, lit: &Lit) -> Result<Vec<api::ScriptField>, String> {
    let what = format!("{category}s");
    let all = entries(&what, lit)?;
    let grouped = matches!(all.first(), Some((_, Lit::Dict(_))));
    let mut out = Vec::new();
    for (key, value) in all {
        if grouped {
            for (name, kind) in entries(&what, value)? {
                out.push(api::ScriptField {
                    name: name.to_string(),
                    type_: kawa_type(kind, category, name)?.into(),
                    dataframe: Some(key.to_string()),
                });
            }
        } else {
            out.push(api::ScriptField {
                name: key.to_string(),
                type_: kawa_type(value, category, key)?.into(),
                dataframe: None,
            });
        }
    }
    Ok(out)
}

/// kywy's `python_type_to_kawa_type`, with its messages.
fn kawa_type(lit: &Lit, category: &str, name: &str) -> Result<&'static str, String> {
    let type_name = match lit {
        Lit::None => {
            return Err(format!(
                "The type is missing for the following {category}: {name}"
            ))
        }
        Lit::Name(n) => n.strip_prefix("typing.").unwrap_or(n),
        _ => {
            return Err(format!(
                "The type of {category} {name} must be a Python type"
            ))
        }
    };
    Ok(match type_name {
        "str" => "text",
        "float" => "decimal",
        "date" | "datetime.date" => "date",
        // `from datetime import datetime` is how kywy's scripts import it.
        "datetime" | "datetime.datetime" => "date_time",
        "bool" => "boolean",
        "list[float]" | "List[float]" => "list(integer,decimal)",
        "list[str]" | "List[str]" => "list(integer,text)",
        other => {
            return Err(format!(
                "The type {other} used for {category}: {name} is not available"
            ))
        }
    })
}

/// The tool parameters (kywy's `extract_param`).
fn parameters(lit: &Lit) -> Result<Vec<api::ScriptParameter>, String> {
    let mut out = Vec::new();
    for (name, spec) in entries("parameters", lit)? {
        let spec: BTreeMap<&str, &Lit> = entries(&format!("parameter {name}"), spec)?
            .into_iter()
            .collect();
        let description = match spec.get("description") {
            None | Some(Lit::None) => None,
            Some(Lit::Str(s)) => Some(s.clone()),
            Some(_) => {
                return Err(format!(
                    "the description of parameter {name} must be a string"
                ))
            }
        };
        let extensions = match spec.get("extensions") {
            None | Some(Lit::None) => Vec::new(),
            Some(Lit::List(items)) => items
                .iter()
                .map(|e| match e {
                    Lit::Str(s) => Ok(s.clone()),
                    _ => Err(format!(
                        "the extensions of parameter {name} must be strings"
                    )),
                })
                .collect::<Result<_, _>>()?,
            Some(_) => return Err(format!("the extensions of parameter {name} must be a list")),
        };
        if !extensions.is_empty() {
            out.push(api::ScriptParameter {
                name: name.to_string(),
                type_: "text".into(),
                default: None,
                description,
                values: Some(Vec::new()),
                extensions: Some(extensions),
            });
            continue;
        }
        let kind = kawa_type(
            spec.get("type").copied().unwrap_or(&Lit::None),
            "parameter",
            name,
        )?;
        let values = match spec.get("values") {
            None | Some(Lit::None) => Vec::new(),
            Some(Lit::List(items)) => items
                .iter()
                .map(|v| value(v, kind, name))
                .collect::<Result<_, _>>()?,
            Some(_) => return Err("values should be a list".into()),
        };
        let default = value(
            spec.get("default").copied().unwrap_or(&Lit::None),
            kind,
            name,
        )?;
        out.push(api::ScriptParameter {
            name: name.to_string(),
            type_: kind.into(),
            default: (!default.is_null()).then_some(default),
            description,
            values: Some(values),
            extensions: None,
        });
    }
    Ok(out)
}

/// A parameter's value as KAWA keeps it (kywy's `parse_default_value`): dates as days
/// since 1970-01-01, date-times as epoch milliseconds (read as UTC), the rest as given.
fn value(lit: &Lit, kind: &str, name: &str) -> Result<Value, String> {
    let bad = || format!("the value {lit:?} of parameter {name} is not a {kind}");
    let ints = |args: &[Lit]| -> Option<Vec<i64>> {
        args.iter()
            .map(|a| match a {
                Lit::Int(n) => Some(*n),
                _ => None,
            })
            .collect()
    };
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default();
    match (kind, lit) {
        (_, Lit::None) => Ok(Value::Null),
        ("date", Lit::Str(s)) => {
            let d = NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| bad())?;
            Ok((d - epoch).num_days().into())
        }
        ("date", Lit::Call(f, args)) if f.ends_with("date") => {
            let n = ints(args).filter(|n| n.len() == 3).ok_or_else(bad)?;
            let d = ymd(&n).ok_or_else(bad)?;
            Ok((d - epoch).num_days().into())
        }
        ("date_time", Lit::Str(s)) => {
            let t = [
                "%Y-%m-%dT%H:%M:%S%.f",
                "%Y-%m-%d %H:%M:%S%.f",
                "%Y-%m-%dT%H:%M",
            ]
            .iter()
            .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
            .ok_or_else(bad)?;
            Ok(t.and_utc().timestamp_millis().into())
        }
        ("date_time", Lit::Call(f, args)) if f.ends_with("datetime") => {
            let n = ints(args)
                .filter(|n| (3..=6).contains(&n.len()))
                .ok_or_else(bad)?;
            let at = |i: usize| u32::try_from(n.get(i).copied().unwrap_or(0)).ok();
            let t = ymd(&n)
                .and_then(|d| d.and_hms_opt(at(3)?, at(4)?, at(5)?))
                .ok_or_else(bad)?;
            Ok(t.and_utc().timestamp_millis().into())
        }
        (_, Lit::Str(s)) => Ok(s.clone().into()),
        (_, Lit::Int(n)) => Ok((*n).into()),
        (_, Lit::Float(f)) => Ok((*f).into()),
        (_, Lit::Bool(b)) => Ok((*b).into()),
        (_, Lit::List(items)) => items
            .iter()
            .map(|i| value(i, kind, name))
            .collect::<Result<Vec<_>, _>>()
            .map(Value::Array),
        _ => Err(bad()),
    }
}

fn ymd(n: &[i64]) -> Option<NaiveDate> {
    let part = |i: usize| u32::try_from(*n.get(i)?).ok();
    NaiveDate::from_ymd_opt(i32::try_from(n[0]).ok()?, part(1)?, part(2)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCRIPT: &str = r#"
from kywy.client.kawa_decorators import kawa_tool
from datetime import datetime, date

@kawa_tool(
    inputs={'amount': float, 'country': str},
    outputs={'score': float, 'flags': list[str]},
    parameters={
        'threshold': {'type': float, 'default': 0.5, 'values': [0.25, 0.5]},
        'since': {'type': date, 'default': '1970-01-31'},
        'report': {'extensions': ['csv'], 'description': 'A file'},
    },
    description='Scores' ' customers',  # joined, as Python does
)
def score(df, threshold, since):
    return df @ df
"#;

    #[test]
    fn a_decorated_script_yields_kywys_metadata() {
        let m = metadata(SCRIPT).unwrap();
        let names = |f: &[api::ScriptField]| {
            f.iter()
                .map(|c| format!("{}:{}", c.name, c.type_))
                .collect::<Vec<_>>()
        };
        assert_eq!(names(&m.parameters), ["amount:decimal", "country:text"]);
        assert_eq!(
            names(&m.outputs),
            ["score:decimal", "flags:list(integer,text)"]
        );
        assert_eq!(m.description.as_deref(), Some("Scores customers"));
        let p = m.script_parameters.unwrap();
        assert_eq!(p[0].default, Some(Value::from(0.5)));
        assert_eq!(p[1].type_, "date");
        assert_eq!(p[1].default, Some(Value::from(30)));
        assert_eq!(p[2].type_, "text");
        assert_eq!(p[2].extensions.as_deref(), Some(&["csv".to_string()][..]));
    }

    #[test]
    fn dataframes_group_columns() {
        let m = metadata("@kawa_tool(outputs={'orders': {'id': str}})\ndef f(): pass").unwrap();
        assert_eq!(m.outputs[0].dataframe.as_deref(), Some("orders"));
    }

    #[test]
    fn malformed_decorators_are_refused_with_kywys_words() {
        let refusal = |src: &str| metadata(src).unwrap_err();
        assert!(refusal("def f(): pass").starts_with("No function decorated"));
        assert!(
            refusal("@kawa_tool()\ndef f(): pass\n@kawa_tool()\ndef g(): pass")
                .starts_with("More than one function")
        );
        assert_eq!(
            refusal("@kawa_tool(outputs={'n': int})\ndef f(): pass"),
            "The type int used for output: n is not available"
        );
        assert!(refusal("@kawa_tool(outputs={'n': float}\ndef f(): pass").contains("expected"));
        assert_eq!(
            refusal("@kawa_tool(parameters={'p': {'type': str, 'values': 'a'}})\ndef f(): pass"),
            "values should be a list"
        );
    }
}
