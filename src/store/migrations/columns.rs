//! Column and table builders the migrations share. Released migrations call them, so
//! what a builder writes must never change (the first migration's test compares its
//! schema with a database v0.1 wrote): a new kind of column is a new builder.

use sea_orm_migration::prelude::*;

/// An auto-incrementing integer key.
pub fn serial(name: &'static str) -> ColumnDef {
    ColumnDef::new(Alias::new(name))
        .integer()
        .not_null()
        .auto_increment()
        .primary_key()
        .to_owned()
}

/// A text key the application chooses.
pub fn text_key(name: &'static str) -> ColumnDef {
    ColumnDef::new(Alias::new(name))
        .string()
        .not_null()
        .primary_key()
        .to_owned()
}

pub fn text(name: &'static str) -> ColumnDef {
    ColumnDef::new(Alias::new(name))
        .string()
        .not_null()
        .to_owned()
}

pub fn unique_text(name: &'static str) -> ColumnDef {
    text(name).unique_key().to_owned()
}

/// Nullable, written without `NULL` as v0.1's derived tables were.
pub fn optional_text(name: &'static str) -> ColumnDef {
    ColumnDef::new(Alias::new(name)).string().to_owned()
}

pub fn int(name: &'static str) -> ColumnDef {
    ColumnDef::new(Alias::new(name))
        .integer()
        .not_null()
        .to_owned()
}

pub fn big(name: &'static str) -> ColumnDef {
    ColumnDef::new(Alias::new(name))
        .big_integer()
        .not_null()
        .to_owned()
}

pub fn optional_big(name: &'static str) -> ColumnDef {
    ColumnDef::new(Alias::new(name)).big_integer().to_owned()
}

pub fn flag(name: &'static str) -> ColumnDef {
    ColumnDef::new(Alias::new(name))
        .boolean()
        .not_null()
        .to_owned()
}

pub fn table(name: &'static str, columns: Vec<ColumnDef>) -> TableCreateStatement {
    let mut t = Table::create();
    t.table(Alias::new(name));
    for mut c in columns {
        t.col(&mut c);
    }
    t.to_owned()
}

pub fn index(
    name: &'static str,
    on: &'static str,
    columns: &[&'static str],
) -> IndexCreateStatement {
    let mut i = Index::create();
    i.name(name).table(Alias::new(on));
    for c in columns {
        i.col(Alias::new(*c));
    }
    i.to_owned()
}

/// A table whose key is several of its columns.
pub fn table_keyed_by(
    name: &'static str,
    columns: Vec<ColumnDef>,
    key: &[&'static str],
) -> TableCreateStatement {
    let mut t = table(name, columns);
    let mut primary = Index::create();
    for c in key {
        primary.col(Alias::new(*c));
    }
    t.primary_key(&mut primary);
    t
}

/// A nullable integer (a reference that may be absent).
pub fn optional_int(name: &'static str) -> ColumnDef {
    ColumnDef::new(Alias::new(name)).integer().to_owned()
}
