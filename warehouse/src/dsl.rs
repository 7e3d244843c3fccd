//! kywy's `compute-from-dsl` body, as `KawaLazyQuery._transform_to_dict` sends it.
//!
//! Every field is optional (kywy sends `null` for what is unset) and unknown fields
//! (`sheetId`, `skipCache`, `sessionId`…) are ignored; the caller resolves the sheet.

use serde::Deserialize;
use serde_json::Value;

/// kywy's compute-from-dsl body.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Query {
    /// The caller's IANA zone (kywy sends its local one): samplers and time-of-day filters of
    /// `date_time` columns work in it. Absent: UTC.
    pub time_zone: Option<String>,
    /// At most this many rows; `-1` (or any negative) for all; absent: 100.
    pub limit: Option<i64>,
    /// Grouping column names (or select aliases).
    pub group_by: Option<Vec<String>>,
    /// A sampler applied to a grouping column.
    pub sample: Option<Sample>,
    /// kywy's `.agg(...)`: aggregated columns (after the select ones).
    pub aggregation: Option<ColumnList>,
    /// kywy's `.select(...)`.
    pub select: Option<ColumnList>,
    /// Filters, all of which must hold.
    pub filters: Option<Vec<Filter>>,
    /// The sort.
    pub order_by: Option<OrderBy>,
}

/// A list of columns (`select` or `aggregation`).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct ColumnList {
    /// The columns.
    pub columns: Option<Vec<SelectColumn>>,
}

/// One entry of a select (kywy's `KawaColumn.to_dict`).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct SelectColumn {
    /// The column's display name.
    pub column_name: Option<String>,
    /// The output name.
    pub column_alias: Option<String>,
    /// `SUM`, `AVG`… (any case); used only when the query is grouped.
    pub aggregation_method: Option<String>,
    /// Every column whose whole name matches this regular expression.
    pub column_regexp: Option<String>,
    /// Every indicator column.
    pub indicator_columns_only: Option<bool>,
    /// Every column of the sheet's default layout.
    pub sheet_default_columns_only: Option<bool>,
    /// A computed column (refused).
    pub xml_syntactic_tree: Option<String>,
}

/// One filter (kywy's `KawaFilter.to_dict`): its clauses are OR-ed, `exclude` negates.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Filter {
    /// The filtered column, by `columnName`.
    pub column: Option<SelectColumn>,
    /// The filtered column, by indicator id.
    pub indicator_id: Option<String>,
    /// Keep the rows the clauses do not match.
    pub exclude: Option<bool>,
    /// The clauses.
    pub clauses: Option<Vec<Clause>>,
}

/// One clause: an `operation` with `arguments.value`, or a temporal range (no operation).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Clause {
    /// `eq`, `lt`, `contains`, `in_list`, `empty`… (absent for temporal ranges).
    pub operation: Option<String>,
    /// The operation's arguments.
    pub arguments: Option<Arguments>,
}

/// A clause's arguments.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Arguments {
    /// The operand of a value operation (a list for `in_list`).
    pub value: Option<Value>,
    /// First day, inclusive, in days since 1970-01-01.
    pub date_from: Option<i64>,
    /// Last day, inclusive, in days since 1970-01-01.
    pub date_to: Option<i64>,
    /// First instant, inclusive, in epoch milliseconds.
    pub instant_milliseconds_from: Option<i64>,
    /// Last instant, inclusive, in epoch milliseconds.
    pub instant_milliseconds_to: Option<i64>,
    /// Time of day (`HH:MM:SS[.ffffff]`), inclusive lower bound.
    pub time_from_inclusive: Option<String>,
    /// Time of day, exclusive lower bound.
    pub time_from_exclusive: Option<String>,
    /// Time of day, inclusive upper bound.
    pub time_to_inclusive: Option<String>,
    /// Time of day, exclusive upper bound.
    pub time_to_exclusive: Option<String>,
    /// Keep Monday to Friday only.
    pub keep_week_days_only: Option<bool>,
    /// `YOY_YTD` (refused).
    pub special_mode: Option<String>,
}

/// kywy's `.sample(...)`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Sample {
    /// The sampled grouping column (absent: the first grouping).
    pub column_name: Option<String>,
    /// `YEAR`, `YEAR_AND_MONTH`, `HOUR`, `FIFTEEN_MINUTES`…
    pub sampler: Option<String>,
    /// For bucket samplers (refused).
    pub how_many_buckets: Option<i64>,
    /// For bucket samplers (refused).
    pub bucket_size: Option<i64>,
    /// For bucket samplers (refused).
    pub buckets: Option<Vec<i64>>,
}

/// kywy's `.order_by(name, ascending)`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct OrderBy {
    /// An output name (alias or column name) or a column name.
    pub column_name: Option<String>,
    /// Ascending unless `false`.
    pub ascending: Option<bool>,
}

impl Query {
    /// The row cap: `None` for no limit.
    pub(crate) fn row_limit(&self) -> Option<usize> {
        match self.limit {
            None => Some(100),
            Some(n) if n < 0 => None,
            Some(n) => Some(n as usize),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn parses_what_kywy_sends_with_nulls_and_unknown_fields() {
        let body = json!({
            "sheetName": "s", "sheetId": null, "datasourceId": null, "timeZone": "Europe/Paris",
            "limit": -1, "skipCache": false, "noOutput": false, "sessionId": null,
            "groupBy": ["date"],
            "sample": {"columnName": null, "sampler": "YEAR", "howManyBuckets": 10, "bucketSize": 10, "buckets": null},
            "aggregation": {"columns": [{"columnName": "decimal", "columnAlias": null, "aggregationMethod": "SUM",
                "columnRegexp": null, "indicatorColumnsOnly": false, "sheetDefaultColumnsOnly": false, "xmlSyntacticTree": null}]},
            "filters": [{"exclude": true, "clauses": [{"arguments": {"value": ["a", "b"]}, "operation": "in_list"},
                {"arguments": {"dateFrom": 19358, "dateTo": null}}], "column": {"columnName": "text"}}],
            "orderBy": {"columnName": "decimal", "ascending": false}
        });
        let q: Query = serde_json::from_value(body).unwrap();
        assert_eq!(q.time_zone.as_deref(), Some("Europe/Paris"));
        assert_eq!(q.row_limit(), None);
        assert_eq!(q.group_by, Some(vec!["date".to_string()]));
        assert_eq!(q.sample.as_ref().unwrap().sampler.as_deref(), Some("YEAR"));
        let agg = &q.aggregation.as_ref().unwrap().columns.as_ref().unwrap()[0];
        assert_eq!(agg.aggregation_method.as_deref(), Some("SUM"));
        let filter = &q.filters.as_ref().unwrap()[0];
        assert_eq!(filter.exclude, Some(true));
        let clauses = filter.clauses.as_ref().unwrap();
        assert_eq!(
            clauses[0].arguments.as_ref().unwrap().value,
            Some(json!(["a", "b"]))
        );
        assert_eq!(
            clauses[1].arguments.as_ref().unwrap().date_from,
            Some(19358)
        );
        assert_eq!(q.order_by.unwrap().ascending, Some(false));
    }

    #[test]
    fn limit_defaults_to_100() {
        assert_eq!(Query::default().row_limit(), Some(100));
        let q: Query = serde_json::from_value(json!({"limit": 3})).unwrap();
        assert_eq!(q.row_limit(), Some(3));
    }
}
