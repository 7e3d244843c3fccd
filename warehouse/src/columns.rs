//! What the warehouse knows of a datasource: its indicator columns, their KAWA types and the
//! canonical Arrow type each is stored as, and the committed Parquet parts of a table.

use std::path::PathBuf;
use std::sync::Arc;

use datafusion::arrow::datatypes::{DataType, Field, Schema, SchemaRef, TimeUnit};

/// A KAWA indicator type.
///
/// Each kind is stored in Parquet as one canonical Arrow type: `Int64`, `Float64`, `Utf8`,
/// `Boolean`, `Date32`, `Timestamp(Millisecond, "UTC")`, `List<Int64|Float64|Utf8>`, and
/// `Utf8` for `any`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// `integer`: a 64-bit signed integer.
    Integer,
    /// `decimal`: a 64-bit float.
    Decimal,
    /// `text`: UTF-8 text.
    Text,
    /// `boolean`.
    Boolean,
    /// `date`: a calendar day.
    Date,
    /// `date_time`: an instant, kept in milliseconds since the epoch, UTC.
    DateTime,
    /// `list(integer,integer)`.
    ListInteger,
    /// `list(integer,decimal)`.
    ListDecimal,
    /// `list(integer,text)`.
    ListText,
    /// `any`: kept as text.
    Any,
}

impl Kind {
    /// Every kind, in declaration order.
    pub const ALL: [Kind; 10] = [
        Kind::Integer,
        Kind::Decimal,
        Kind::Text,
        Kind::Boolean,
        Kind::Date,
        Kind::DateTime,
        Kind::ListInteger,
        Kind::ListDecimal,
        Kind::ListText,
        Kind::Any,
    ];

    /// The kind named by a KAWA type string (`integer`, `date_time`, `list(integer,text)`…);
    /// spaces inside `list(…)` and letter case are ignored.
    pub fn parse(kawa_type: &str) -> Option<Kind> {
        let wanted: String = kawa_type
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        Kind::ALL.into_iter().find(|kind| kind.as_str() == wanted)
    }

    /// The KAWA type string of this kind.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Integer => "integer",
            Kind::Decimal => "decimal",
            Kind::Text => "text",
            Kind::Boolean => "boolean",
            Kind::Date => "date",
            Kind::DateTime => "date_time",
            Kind::ListInteger => "list(integer,integer)",
            Kind::ListDecimal => "list(integer,decimal)",
            Kind::ListText => "list(integer,text)",
            Kind::Any => "any",
        }
    }

    /// The Arrow type this kind is stored and answered as.
    pub fn data_type(self) -> DataType {
        match self {
            Kind::Integer => DataType::Int64,
            Kind::Decimal => DataType::Float64,
            Kind::Text | Kind::Any => DataType::Utf8,
            Kind::Boolean => DataType::Boolean,
            Kind::Date => DataType::Date32,
            Kind::DateTime => DataType::Timestamp(TimeUnit::Millisecond, Some("UTC".into())),
            Kind::ListInteger => list_of(DataType::Int64),
            Kind::ListDecimal => list_of(DataType::Float64),
            Kind::ListText => list_of(DataType::Utf8),
        }
    }

    /// Whether values of this kind are numbers (summable, averageable).
    pub fn is_number(self) -> bool {
        matches!(self, Kind::Integer | Kind::Decimal)
    }

    /// Whether values of this kind are text (where `''` counts as empty).
    pub fn is_text(self) -> bool {
        matches!(self, Kind::Text | Kind::Any)
    }

    /// Whether values of this kind are lists.
    pub fn is_list(self) -> bool {
        matches!(self, Kind::ListInteger | Kind::ListDecimal | Kind::ListText)
    }
}

fn list_of(item: DataType) -> DataType {
    DataType::List(Arc::new(Field::new("item", item, true)))
}

/// A datasource column (indicator) as the warehouse needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// The indicator id: the field name in the Parquet parts.
    pub id: String,
    /// The display name: what queries address.
    pub name: String,
    /// The indicator's type.
    pub kind: Kind,
    /// Part of the datasource's primary key.
    pub primary_key: bool,
    /// The auto-increment column (`record_id`) KAWA numbers rows with.
    pub auto_increment: bool,
    /// Shown in the sheet's default layout (what a query without `select` answers).
    pub in_default_layout: bool,
}

impl Column {
    /// A plain column: not a key, not auto-increment, in the default layout.
    pub fn new(id: impl Into<String>, name: impl Into<String>, kind: Kind) -> Column {
        Column {
            id: id.into(),
            name: name.into(),
            kind,
            primary_key: false,
            auto_increment: false,
            in_default_layout: true,
        }
    }
}

/// A datasource's committed rows: its columns and its Parquet parts, in load order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Table {
    /// The indicator columns.
    pub columns: Vec<Column>,
    /// The Parquet files written by [`crate::stage`], oldest first. Their paths must not
    /// hold glob characters (`*`, `?`, `[`).
    pub parts: Vec<PathBuf>,
}

/// The Arrow schema of the stored parts: one nullable field per column, named by its id.
pub(crate) fn schema_of(columns: &[Column]) -> SchemaRef {
    Arc::new(Schema::new(
        columns
            .iter()
            .map(|c| Field::new(&c.id, c.kind.data_type(), true))
            .collect::<Vec<_>>(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip_through_their_kawa_names() {
        for kind in Kind::ALL {
            assert_eq!(Kind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(Kind::parse("list(integer, text)"), Some(Kind::ListText));
        assert_eq!(Kind::parse("DATE_TIME"), Some(Kind::DateTime));
        assert_eq!(Kind::parse("list(text,integer)"), None);
        assert_eq!(Kind::parse("float"), None);
    }

    #[test]
    fn canonical_types() {
        assert_eq!(Kind::Integer.data_type(), DataType::Int64);
        assert_eq!(Kind::Any.data_type(), DataType::Utf8);
        assert_eq!(
            Kind::DateTime.data_type(),
            DataType::Timestamp(TimeUnit::Millisecond, Some("UTC".into()))
        );
        let DataType::List(item) = Kind::ListDecimal.data_type() else {
            panic!("not a list")
        };
        assert_eq!(item.data_type(), &DataType::Float64);
    }
}
