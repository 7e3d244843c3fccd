//! `kw_perimeter_members`: who belongs to a KAWA perimeter (`AssignPrincipalToPerimeters`).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "kw_perimeter_members")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub perimeter_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
