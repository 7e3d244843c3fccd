//! Queries on a record's files.

use sea_orm::sea_query::{Alias, Expr, Query, SimpleExpr};

/// Records with an active file of one of `mimetypes` (a condition on `kd_records.id`).
pub fn records_with_mimetypes(mimetypes: &[String]) -> SimpleExpr {
    Expr::col((Alias::new("kd_records"), Alias::new("id"))).in_subquery(
        Query::select()
            .column(Alias::new("record_id"))
            .from(Alias::new("kd_files"))
            .and_where(Expr::col(Alias::new("state")).eq("active"))
            .and_where(Expr::col(Alias::new("mimetype")).is_in(mimetypes.to_vec()))
            .to_owned(),
    )
}

/// The active files of a record, by name.
pub async fn active_of_record<C: sea_orm::ConnectionTrait>(
    db: &C,
    record: i32,
) -> Result<Vec<crate::store::entities::kd_file::Model>, crate::store::StoreError> {
    use crate::store::entities::kd_file;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    Ok(kd_file::Entity::find()
        .filter(kd_file::Column::RecordId.eq(record))
        .filter(kd_file::Column::State.eq("active"))
        .order_by_asc(kd_file::Column::Name)
        .all(db)
        .await?)
}
