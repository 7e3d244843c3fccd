//! Replacing every row of a datasource at once (a workflow's copy, `DeleteData`): the new
//! rows are staged as one part off the database, the datasource's list of parts is
//! swapped only if no load committed meanwhile (a conditional update, in the caller's
//! transaction), and the parts it dropped are removed once that commits.

use sea_orm::ConnectionTrait;

use crate::state::AppState;
use crate::store::entities::kw_datasource;
use crate::store::kawa::{datasources, text_list, to_text_list};
use crate::store::StoreError;
use crate::surfaces::kawa::parts;

/// New rows of a datasource, staged and not yet committed.
pub struct Rewrite {
    ds: i32,
    /// The parts list the rows replace (the swap happens only if it is still this).
    expected: String,
    old: Vec<String>,
    new: Vec<String>,
    count: i64,
    high: i64,
}

impl Rewrite {
    /// Stages `rows` (JSON objects by indicator id) as the whole content of `ds`. The
    /// auto-increment high mark becomes the rows' highest value, or with `keep_high`
    /// stays where it was (a deletion frees no number for reuse).
    pub async fn stage(
        state: &AppState,
        ds: &kw_datasource::Model,
        rows: Vec<warehouse::JsonRow>,
        keep_high: bool,
    ) -> Result<Rewrite, warehouse::LoadError> {
        let columns = super::columns(ds);
        let part = parts::stage_json(state, ds.id, columns, rows).await?;
        let (new, count, high) = match &part {
            Some(p) => (
                vec![p.name.clone()],
                p.staged.rows as i64,
                p.staged.max_auto_increment.unwrap_or(0),
            ),
            None => (Vec::new(), 0, 0),
        };
        Ok(Rewrite {
            ds: ds.id,
            expected: ds.parts.clone(),
            old: text_list(&ds.parts),
            new,
            count,
            high: if keep_high { ds.auto_increment } else { high },
        })
    }

    /// How many rows the datasource holds once this commits.
    pub fn count(&self) -> i64 {
        self.count
    }

    /// Swaps the parts in `db`; false (nothing written) when a load committed since the
    /// rows were read.
    pub async fn commit<C: ConnectionTrait>(&self, db: &C) -> Result<bool, StoreError> {
        let committed = datasources::Committed {
            parts: to_text_list(&self.new),
            row_count: self.count,
            auto_increment: self.high,
        };
        datasources::commit(db, self.ds, &self.expected, committed).await
    }

    /// The datasource as it reads once the swap committed.
    pub fn applied(&self, ds: &kw_datasource::Model) -> kw_datasource::Model {
        kw_datasource::Model {
            parts: to_text_list(&self.new),
            row_count: self.count,
            auto_increment: self.high,
            ..ds.clone()
        }
    }

    /// After the swap committed: removes the parts it dropped.
    pub async fn finish(self, state: &AppState) {
        parts::remove(state, self.ds, &self.old).await;
    }

    /// When the swap did not happen: removes the staged part.
    pub async fn discard(self, state: &AppState) {
        parts::remove(state, self.ds, &self.new).await;
    }
}
