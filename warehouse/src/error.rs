//! The errors of loading ([`LoadError`]) and of querying ([`QueryError`]).

use std::fmt;

/// Why an uploaded body could not be staged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The body is not Parquet / not an Arrow IPC stream, or it is corrupt.
    Format(String),
    /// A value does not cast to its indicator's type.
    Column {
        /// The indicator id of the column.
        column: String,
        /// What went wrong.
        message: String,
    },
    /// A JSON row (see [`crate::stage_json`]) does not fit: a value that does not convert
    /// to its indicator's type, or a key that names no indicator.
    Row {
        /// The row's index in the list given.
        row: usize,
        /// The key (indicator id) of the value.
        column: String,
        /// What went wrong.
        message: String,
    },
    /// Writing the part failed.
    Io(String),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Format(message) => write!(f, "unreadable body: {message}"),
            LoadError::Column { column, message } => write!(f, "column {column}: {message}"),
            LoadError::Row {
                row,
                column,
                message,
            } => write!(f, "row {row}, column {column}: {message}"),
            LoadError::Io(message) => write!(f, "i/o: {message}"),
        }
    }
}

impl std::error::Error for LoadError {}

impl From<std::io::Error> for LoadError {
    fn from(e: std::io::Error) -> Self {
        LoadError::Io(e.to_string())
    }
}

/// Why a query could not be answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QueryError {
    /// A name addresses no column (nor alias, where aliases are allowed).
    UnknownColumn(String),
    /// Something the warehouse does not do (an aggregation, a sampler, computed columns…).
    Unsupported(String),
    /// A malformed query: a filter value of the wrong type, a bad regexp, a bad time zone…
    Invalid(String),
    /// DataFusion's own failure (also reading the parts).
    Engine(String),
}

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            QueryError::UnknownColumn(name) => write!(f, "unknown column: {name}"),
            QueryError::Unsupported(what) => write!(f, "unsupported: {what}"),
            QueryError::Invalid(message) => write!(f, "invalid query: {message}"),
            QueryError::Engine(message) => write!(f, "query engine: {message}"),
        }
    }
}

impl std::error::Error for QueryError {}

impl From<datafusion::error::DataFusionError> for QueryError {
    fn from(e: datafusion::error::DataFusionError) -> Self {
        QueryError::Engine(e.to_string())
    }
}

impl From<datafusion::arrow::error::ArrowError> for QueryError {
    fn from(e: datafusion::arrow::error::ArrowError) -> Self {
        QueryError::Engine(e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_what_failed() {
        let e = LoadError::Column {
            column: "amount".into(),
            message: "not a number".into(),
        };
        assert_eq!(e.to_string(), "column amount: not a number");
        assert_eq!(
            QueryError::Unsupported("sampler DECADE".into()).to_string(),
            "unsupported: sampler DECADE"
        );
        assert_eq!(
            QueryError::UnknownColumn("x".into()).to_string(),
            "unknown column: x"
        );
    }
}
