//! Answers as Arrow IPC streams: DataFusion's batches written out as they come, up to a
//! row cap, with the schema always present (also when no row is).

use arrow_ipc::writer::StreamWriter;
use datafusion::dataframe::DataFrame;
use futures::StreamExt;

use crate::error::QueryError;

/// An Arrow IPC stream being written from one or more DataFrames of the same schema.
#[derive(Default)]
pub(crate) struct IpcAnswer {
    writer: Option<StreamWriter<Vec<u8>>>,
}

impl IpcAnswer {
    /// Whether the schema is written (some frame ran).
    pub(crate) fn started(&self) -> bool {
        self.writer.is_some()
    }

    /// Runs `df` and writes its rows, at most `limit` of them; answers how many more rows
    /// may follow (`None`: no cap).
    pub(crate) async fn write(
        &mut self,
        df: DataFrame,
        mut limit: Option<usize>,
    ) -> Result<Option<usize>, QueryError> {
        let mut stream = df.execute_stream().await?;
        let writer = match &mut self.writer {
            Some(w) => w,
            None => self
                .writer
                .insert(StreamWriter::try_new(Vec::new(), &stream.schema())?),
        };
        while limit != Some(0) {
            let Some(batch) = stream.next().await else {
                break;
            };
            let mut batch = batch?;
            if let Some(n) = limit.as_mut() {
                if batch.num_rows() > *n {
                    batch = batch.slice(0, *n);
                }
                *n -= batch.num_rows();
            }
            if batch.num_rows() > 0 {
                writer.write(&batch)?;
            }
        }
        Ok(limit)
    }

    /// Runs each frame in turn (at most `limit` rows in all) and answers the stream.
    pub(crate) async fn frames(
        mut self,
        frames: Vec<DataFrame>,
        mut limit: Option<usize>,
    ) -> Result<Vec<u8>, QueryError> {
        for df in frames {
            limit = self.write(df, limit).await?;
        }
        self.finish()
    }

    /// The finished stream.
    pub(crate) fn finish(self) -> Result<Vec<u8>, QueryError> {
        let mut writer = self
            .writer
            .ok_or_else(|| QueryError::Engine("no plan ran".into()))?;
        writer.finish()?;
        Ok(writer.into_inner()?)
    }
}
