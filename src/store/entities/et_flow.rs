//! `et_flows`: an Etlworks flow. Its arrays (transformations, mappings, connection ids,
//! nested steps) and properties are kept as the JSON the client sent; tags live in
//! `et_tags`. A deleted flow keeps its row (and id) with `deleted_at` set while it is in
//! the recycle bin.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "et_flows")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub tenant_id: i32,
    pub name: String,
    pub description: Option<String>,
    pub flow_type: String,
    /// JSON object.
    pub properties: String,
    /// JSON array of `FlowTransformation`.
    pub transformations: String,
    /// JSON array of `FlowMapping`.
    pub mappings: String,
    /// JSON array of connection ids.
    pub connections: String,
    /// JSON array of `NestedFlowStep`.
    pub nested_flows: String,
    /// Login of the creator.
    pub owner: String,
    /// The number of the last saved version (`et_flow_versions`).
    pub version: i32,
    pub created_at: i64,
    pub updated_at: i64,
    pub deleted_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
