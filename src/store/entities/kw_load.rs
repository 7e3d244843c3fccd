//! `kw_loads`: one ingestion session of a datasource (prepare → uploads → finalize or
//! failure) and how it ended: the health report's rows. Its staged parts are
//! `kw_load_parts`.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "kw_loads")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub datasource_id: i32,
    /// The client's session id.
    pub session: String,
    /// Whether the load replaces the rows held.
    pub reset: bool,
    /// `OPEN`, `SUCCESS` or `FAILURE`.
    pub state: String,
    /// Rows the datasource held once the load committed (0 until it succeeds).
    pub rows: i64,
    /// Who loaded: `hostname (system)`, as kywy sends them.
    pub client: String,
    pub log: String,
    pub started_at: i64,
    pub ended_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
