//! Which columns a query answers, under which names, aggregated how: the `select` and
//! `aggregation` entries expanded (names, regexps, "every indicator", "default layout").

use regex::Regex;

use crate::columns::Column;
use crate::dsl::{Query, SelectColumn};
use crate::error::QueryError;

/// One output column of a query.
#[derive(Debug, Clone)]
pub(crate) struct Output<'a> {
    /// The source column.
    pub column: &'a Column,
    /// The output name: the alias, else the column's display name.
    pub name: String,
    /// The requested aggregation method (used when grouped), as sent.
    pub aggregation: Option<String>,
}

/// The column displayed as `name`, else the one whose indicator id is `name`.
pub(crate) fn find<'a>(columns: &'a [Column], name: &str) -> Option<&'a Column> {
    columns
        .iter()
        .find(|c| c.name == name)
        .or_else(|| columns.iter().find(|c| c.id == name))
}

/// The output columns of `query`: its `select` entries then its `aggregation` entries, each
/// expanded; none at all: the default-layout columns. Output names must be distinct.
pub(crate) fn outputs<'a>(
    columns: &'a [Column],
    query: &Query,
) -> Result<Vec<Output<'a>>, QueryError> {
    let entries: Vec<&SelectColumn> = [&query.select, &query.aggregation]
        .into_iter()
        .flatten()
        .flat_map(|list| list.columns.iter().flatten())
        .collect();
    let mut outputs = Vec::new();
    if entries.is_empty() {
        outputs.extend(
            columns
                .iter()
                .filter(|c| c.in_default_layout)
                .map(|c| Output {
                    column: c,
                    name: c.name.clone(),
                    aggregation: None,
                }),
        );
    }
    for entry in entries {
        expand(columns, entry, &mut outputs)?;
    }
    for (i, o) in outputs.iter().enumerate() {
        if outputs[..i].iter().any(|earlier| earlier.name == o.name) {
            return Err(QueryError::Invalid(format!(
                "two output columns are named {}: give one an alias",
                o.name
            )));
        }
    }
    Ok(outputs)
}

fn expand<'a>(
    columns: &'a [Column],
    entry: &SelectColumn,
    outputs: &mut Vec<Output<'a>>,
) -> Result<(), QueryError> {
    let aggregation = entry.aggregation_method.clone();
    let mut push_all = |chosen: &mut dyn Iterator<Item = &'a Column>| {
        outputs.extend(chosen.map(|c| Output {
            column: c,
            name: c.name.clone(),
            aggregation: aggregation.clone(),
        }))
    };
    if entry.xml_syntactic_tree.is_some() {
        return Err(QueryError::Unsupported(
            "computed columns (xmlSyntacticTree)".into(),
        ));
    }
    if entry.indicator_columns_only == Some(true) {
        push_all(&mut columns.iter());
    } else if entry.sheet_default_columns_only == Some(true) {
        push_all(&mut columns.iter().filter(|c| c.in_default_layout));
    } else if let Some(pattern) = &entry.column_regexp {
        let regex = Regex::new(&format!("^(?:{pattern})$"))
            .map_err(|e| QueryError::Invalid(format!("column regexp {pattern}: {e}")))?;
        push_all(&mut columns.iter().filter(|c| regex.is_match(&c.name)));
    } else if let Some(name) = &entry.column_name {
        let column = find(columns, name).ok_or_else(|| QueryError::UnknownColumn(name.clone()))?;
        let alias = entry
            .column_alias
            .as_deref()
            .map(str::trim)
            .filter(|a| !a.is_empty());
        outputs.push(Output {
            column,
            name: alias.unwrap_or(&column.name).to_string(),
            aggregation,
        });
    } else {
        return Err(QueryError::Invalid("a select entry names no column".into()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::columns::Kind;
    use crate::dsl::ColumnList;

    fn columns() -> Vec<Column> {
        let mut hidden = Column::new("c3", "date_time", Kind::DateTime);
        hidden.in_default_layout = false;
        vec![
            Column::new("c1", "date", Kind::Date),
            Column::new("c2", "text", Kind::Text),
            hidden,
        ]
    }

    fn query(entries: Vec<SelectColumn>) -> Query {
        Query {
            select: Some(ColumnList {
                columns: Some(entries),
            }),
            ..Query::default()
        }
    }

    fn names(outputs: &[Output<'_>]) -> Vec<String> {
        outputs.iter().map(|o| o.name.clone()).collect()
    }

    #[test]
    fn names_aliases_regexps_and_layouts() {
        let cols = columns();
        let none = outputs(&cols, &Query::default()).unwrap();
        assert_eq!(names(&none), ["date", "text"]);
        let regexp = SelectColumn {
            column_regexp: Some(".*date.*".into()),
            ..Default::default()
        };
        assert_eq!(
            names(&outputs(&cols, &query(vec![regexp])).unwrap()),
            ["date", "date_time"]
        );
        let aliased = SelectColumn {
            column_name: Some("text".into()),
            column_alias: Some("words".into()),
            aggregation_method: Some("COUNT".into()),
            ..Default::default()
        };
        let all = SelectColumn {
            indicator_columns_only: Some(true),
            ..Default::default()
        };
        let got = outputs(&cols, &query(vec![aliased, all])).unwrap();
        assert_eq!(names(&got), ["words", "date", "text", "date_time"]);
        assert_eq!(got[0].column.id, "c2");
        assert_eq!(got[0].aggregation.as_deref(), Some("COUNT"));
        // By indicator id too.
        let by_id = SelectColumn {
            column_name: Some("c1".into()),
            ..Default::default()
        };
        assert_eq!(
            names(&outputs(&cols, &query(vec![by_id])).unwrap()),
            ["date"]
        );
    }

    #[test]
    fn refusals() {
        let cols = columns();
        let unknown = SelectColumn {
            column_name: Some("nope".into()),
            ..Default::default()
        };
        assert_eq!(
            outputs(&cols, &query(vec![unknown])).unwrap_err(),
            QueryError::UnknownColumn("nope".into())
        );
        let twice = SelectColumn {
            column_name: Some("text".into()),
            ..Default::default()
        };
        let err = outputs(&cols, &query(vec![twice.clone(), twice])).unwrap_err();
        assert!(matches!(err, QueryError::Invalid(_)));
        let computed = SelectColumn {
            column_name: Some("x".into()),
            xml_syntactic_tree: Some("<add/>".into()),
            ..Default::default()
        };
        assert!(matches!(
            outputs(&cols, &query(vec![computed])),
            Err(QueryError::Unsupported(_))
        ));
        let bad = SelectColumn {
            column_regexp: Some("(".into()),
            ..Default::default()
        };
        assert!(matches!(
            outputs(&cols, &query(vec![bad])),
            Err(QueryError::Invalid(_))
        ));
    }
}
