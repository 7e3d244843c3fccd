//! The workflow tasks that move rows: `COMPUTE` reads a layout's sheet (and may replace
//! an output datasource's rows with them), `ETL` writes a task's rows into a datasource.
//! Both act within the run's workspace, and a datasource's rows are swapped in one
//! commit ([`Rewrite`]).

use std::collections::HashSet;
use std::sync::Arc;

use serde_json::{Map, Value};

use super::bindings::Produced;
use super::runner::{text, Execution, Flow};
use crate::authz::kawa as authz;
use crate::store::entities::{kw_datasource, kw_layout, kw_sheet};
use crate::store::kawa::scoped;
use crate::store::StoreError;
use crate::surfaces::kawa::datasources::rewrite::Rewrite;
use crate::surfaces::kawa::{parts, sheets};

impl Execution<'_> {
    /// The rows of the layout's sheet; they replace the output datasource's when named.
    pub(super) async fn compute(
        &mut self,
        task: &Map<String, Value>,
    ) -> Result<Result<(Produced, Flow), String>, StoreError> {
        let view = text(task, "viewId");
        let Some(ds) = self.source_of(view).await? else {
            return Ok(Err(format!("Layout {view} reads no datasource any more")));
        };
        let rows = match parts::json_rows(self.state, &ds).await {
            Ok(rows) => rows,
            Err(e) => return Ok(Err(format!("Layout {view} could not be computed: {e}"))),
        };
        let n = rows.len() as i64;
        let out = text(task, "outputDataSourceId");
        if !out.is_empty() {
            if let Err(why) = self.replace_rows(out, &rows).await? {
                return Ok(Err(why));
            }
        }
        let condition = task.get("continueCondition");
        let flag = |k: &str| condition.and_then(|c| c.get(k)).and_then(Value::as_bool);
        let limit = condition
            .and_then(|c| c.get("numRowsLimit"))
            .and_then(Value::as_i64);
        let stop = (flag("continueIfEmpty") == Some(false) && n == 0)
            || (flag("continueIfTooManyRows") == Some(false) && limit.is_some_and(|l| n > l));
        let produced = Produced {
            num_rows: Some(n),
            rows: Some(Arc::new(rows)),
            ..Produced::default()
        };
        Ok(Ok((produced, if stop { Flow::Stop } else { Flow::Next })))
    }

    /// The rows of the input task replace those of `dataSourceId`.
    pub(super) async fn etl(
        &mut self,
        task: &Map<String, Value>,
    ) -> Result<Result<(Produced, Flow), String>, StoreError> {
        let source = task
            .get("inputBindings")
            .and_then(|i| i.get("input_df"))
            .and_then(|i| i.get("sourceTaskId"))
            .and_then(Value::as_str)
            .unwrap_or_default();
        let Some(rows) = self
            .context
            .produced
            .get(source)
            .and_then(|p| p.rows.clone())
        else {
            return Ok(Err(format!("Task {source} produced no rows to export")));
        };
        let written = match self.replace_rows(text(task, "dataSourceId"), &rows).await? {
            Ok(n) => n,
            Err(why) => return Ok(Err(why)),
        };
        let produced = Produced {
            num_rows: Some(written),
            rows: Some(rows),
            ..Produced::default()
        };
        Ok(Ok((produced, Flow::Next)))
    }

    /// The datasource layout `view` reads, if both still exist.
    async fn source_of(&self, view: &str) -> Result<Option<kw_datasource::Model>, StoreError> {
        let db = &self.state.db;
        let Some(n) = authz::parse_id(view) else {
            return Ok(None);
        };
        let Some(layout) = scoped::one::<kw_layout::Entity, _>(db, &self.scope, n).await? else {
            return Ok(None);
        };
        let Some(sheet) =
            scoped::one::<kw_sheet::Entity, _>(db, &self.scope, layout.sheet_id).await?
        else {
            return Ok(None);
        };
        match sheets::primary(&sheet) {
            Some(ds) => scoped::one::<kw_datasource::Entity, _>(db, &self.scope, ds).await,
            None => Ok(None),
        }
    }

    /// Replaces every row of datasource `id` with `rows` (keys it has no indicator for
    /// dropped) in one commit; how many it holds now.
    async fn replace_rows(
        &self,
        id: &str,
        rows: &[Map<String, Value>],
    ) -> Result<Result<i64, String>, StoreError> {
        let state = self.state;
        let found = match authz::parse_id(id) {
            Some(n) => scoped::one::<kw_datasource::Entity, _>(&state.db, &self.scope, n).await?,
            None => None,
        };
        let Some(ds) = found else {
            return Ok(Err(format!("Datasource {id} no longer exists")));
        };
        let columns = crate::surfaces::kawa::datasources::columns(&ds);
        let ids: HashSet<&str> = columns.iter().map(|c| c.id.as_str()).collect();
        let fitted = rows
            .iter()
            .map(|r| {
                r.iter()
                    .filter(|(k, _)| ids.contains(k.as_str()))
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect()
            })
            .collect();
        let rewrite = match Rewrite::stage(state, &ds, fitted, false).await {
            Ok(rewrite) => rewrite,
            Err(e) => {
                return Ok(Err(format!(
                    "The rows do not fit datasource {}: {e}",
                    ds.name
                )))
            }
        };
        let count = rewrite.count();
        match rewrite.commit(&state.db).await {
            Ok(true) => rewrite.finish(state).await,
            Ok(false) => {
                rewrite.discard(state).await;
                return Ok(Err(format!(
                    "Datasource {} was loaded by someone else during the run",
                    ds.name
                )));
            }
            Err(e) => {
                rewrite.discard(state).await;
                return Err(e);
            }
        }
        Ok(Ok(count))
    }
}
