//! Uploads into a record, as Kadi4Mat takes them: direct (≤ 50 MB: one PUT of the whole
//! data answers the new file) or chunked (10 MB chunks by index, then a finish that a
//! background task assembles; `_meta.task` reports it). An upload also replaces an
//! existing file's data (`PUT …/files/{id}`). Bytes are written to the file store first
//! and the rows after, so a failure leaves neither a half-made file nor stray bytes.

use generated::kadi4mat::v1 as api;
use generated::support::WireEnum;

use super::super::error::KadiError;
use super::super::links::Base;
use super::super::users;
use super::files;
use crate::authz::kadi4mat::{self as authz, Caller, Update};
use crate::common::mimetype;
use crate::common::time::iso_micros;
use crate::state::AppState;
use crate::store;
use crate::store::entities::{kd_file, kd_upload, kd_upload_chunk};
use crate::store::kadi4mat::access::Kind;

/// Data up to this size is uploaded directly, larger data in chunks.
pub const DIRECT_MAX: i64 = 50_000_000;
/// The size of every chunk but the last.
pub const CHUNK_SIZE: i64 = 10_000_000;
/// How many bytes one user may keep in files and unfinished uploads (Kadi's default).
pub const USER_QUOTA: i64 = 10_000_000_000;

/// Where an upload's chunks are kept.
pub fn chunk_prefix(upload: &str) -> String {
    format!("uploads/{upload}")
}

/// A fresh storage key for a file's data (a replacement gets a new key, so the old data
/// stays readable until the row points elsewhere).
pub fn data_key(state: &AppState) -> String {
    format!("files/{}", state.ids.uuid())
}

/// The API view of `u` (with its chunks, the file it replaces and its task's outcome).
pub async fn view(
    state: &AppState,
    caller: &Caller,
    base: &Base,
    u: &kd_upload::Model,
) -> Result<api::Upload, KadiError> {
    let path = format!("/records/{}/uploads/{}", u.record_id, u.id);
    let chunked = u.upload_type == "chunked";
    let chunks = store::kadi4mat::uploads::chunks(&state.db, &u.id)
        .await?
        .into_iter()
        .map(|c| api::Chunk {
            index: i64::from(c.idx),
            size: c.size,
            checksum: c.checksum,
        })
        .collect();
    let file_view = |id: Option<&String>| {
        let id = id.cloned();
        async move {
            match id {
                Some(id) => match store::kadi4mat::files::by_id(&state.db, &id).await? {
                    Some(f) => files::one_view(state, caller, base, f).await.map(Some),
                    None => Ok(None),
                },
                None => Ok::<_, KadiError>(None),
            }
        }
    };
    let task = match u.task_state.as_deref() {
        Some(task_state) => Some(api::UploadTask {
            state: api::UploadTaskState::from_wire(task_state)
                .unwrap_or(api::UploadTaskState::Pending),
            file: file_view(u.result_file_id.as_ref()).await?,
            error: u.task_error.clone(),
        }),
        None => None,
    };
    let creator = store::accounts::user_by_id(&state.db, u.creator_id).await?;
    Ok(api::Upload {
        id: u.id.parse().unwrap_or_default(),
        name: u.name.clone(),
        size: u.size,
        description: Some(u.description.clone()),
        mimetype: Some(u.mimetype.clone()),
        checksum: u.checksum.clone(),
        chunk_count: i64::from(u.chunk_count),
        storage_type: Some(u.storage_type.clone()),
        upload_type: api::UploadUploadType::from_wire(&u.upload_type)
            .unwrap_or(api::UploadUploadType::Direct),
        state: api::UploadState::from_wire(&u.state).unwrap_or(api::UploadState::Active),
        created_at: iso_micros(u.created_at),
        last_modified: iso_micros(u.last_modified),
        creator: creator.and_then(|c| users::creator(&c, caller, base)),
        file: file_view(u.file_id.as_ref()).await?,
        chunks,
        links: api::UploadLinks {
            self_: base.url(&path),
            record: base.url(&format!("/records/{}", u.record_id)),
        },
        actions: api::UploadActions {
            delete: base.url(&path),
            upload_data: base.url(&path),
            finish: chunked.then(|| base.url(&path)),
        },
        meta: api::UploadMeta {
            chunk_size: if chunked { CHUNK_SIZE } else { u.size },
            task,
        },
    })
}

/// What a new upload says about its data.
struct Wanted {
    name: String,
    size: i64,
    description: Option<String>,
    mimetype: Option<String>,
    replaces: Option<kd_file::Model>,
}

async fn start(
    state: &AppState,
    caller: &Caller,
    base: &Base,
    record: i32,
    wanted: Wanted,
) -> Result<api::Upload, KadiError> {
    if store::kadi4mat::files::usage(&state.db, caller.id()).await? + wanted.size > USER_QUOTA {
        return Err(KadiError::TooLarge);
    }
    let chunk_count = if wanted.size <= DIRECT_MAX {
        1
    } else {
        (wanted.size + CHUNK_SIZE - 1) / CHUNK_SIZE
    };
    let replaces = wanted.replaces.as_ref();
    let mimetype = wanted
        .mimetype
        .map(|m| m.trim().to_lowercase())
        .filter(|m| !m.is_empty())
        .or_else(|| replaces.map(|f| f.mimetype.clone()))
        .unwrap_or_else(|| mimetype::from_name(&wanted.name).to_string());
    let now = state.now_ms();
    let upload = store::kadi4mat::uploads::insert(
        &state.db,
        kd_upload::Model {
            id: state.ids.uuid().to_string(),
            record_id: record,
            file_id: replaces.map(|f| f.id.clone()),
            name: wanted.name,
            description: wanted
                .description
                .or_else(|| replaces.map(|f| f.description.clone()))
                .unwrap_or_default(),
            mimetype,
            size: wanted.size,
            checksum: None,
            chunk_count: i32::try_from(chunk_count).map_err(|_| KadiError::TooLarge)?,
            upload_type: if chunk_count == 1 && wanted.size <= DIRECT_MAX {
                "direct".into()
            } else {
                "chunked".into()
            },
            storage_type: "local".into(),
            state: "active".into(),
            task_state: None,
            task_error: None,
            result_file_id: None,
            creator_id: caller.id(),
            created_at: now,
            last_modified: now,
        },
    )
    .await?;
    view(state, caller, base, &upload).await
}

/// `POST /records/{id}/uploads`: 409 (with the file) when an active file has the name.
pub async fn create(
    state: &AppState,
    caller: &Caller,
    base: &Base,
    record: i64,
    body: api::UploadCreate,
) -> Result<api::Upload, KadiError> {
    let record = authz::resource::<Update>(state, caller, Kind::Record, record).await?;
    if let Some(existing) =
        store::kadi4mat::files::by_name(&state.db, record.id(), &body.name).await?
    {
        return Err(files::name_taken(state, caller, base, existing).await);
    }
    let wanted = Wanted {
        name: body.name,
        size: body.size,
        description: body.description,
        mimetype: body.mimetype,
        replaces: None,
    };
    start(state, caller, base, record.id(), wanted).await
}

/// `PUT /records/{id}/files/{file_id}`: an upload whose data replaces the file's.
pub async fn replace(
    state: &AppState,
    caller: &Caller,
    base: &Base,
    params: &api::EditFileDataParams,
    body: api::FileDataUpdate,
) -> Result<api::Upload, KadiError> {
    let record = authz::resource::<Update>(state, caller, Kind::Record, params.id).await?;
    let file = files::load(state, record.id(), &params.file_id.to_string()).await?;
    let wanted = Wanted {
        name: file.name.clone(),
        size: body.size,
        description: body.description,
        mimetype: body.mimetype,
        replaces: Some(file),
    };
    start(state, caller, base, record.id(), wanted).await
}

/// The caller's upload of the record, for an action needing `update` on the record.
async fn mine(
    state: &AppState,
    caller: &Caller,
    record: i64,
    upload: &str,
) -> Result<kd_upload::Model, KadiError> {
    let record = authz::resource::<Update>(state, caller, Kind::Record, record).await?;
    // Another user's upload is as absent as one that never was.
    store::kadi4mat::uploads::mine(&state.db, record.id(), upload, caller.id())
        .await?
        .ok_or(KadiError::NotFound)
}

/// The MD5 of `data` (hex), refused when the client's `Kadi-MD5-Checksum` differs.
fn checked_md5(data: &[u8], sent: Option<&str>) -> Result<String, KadiError> {
    let md5 = format!("{:x}", md5::compute(data));
    match sent.map(str::trim) {
        Some(s) if !s.eq_ignore_ascii_case(&md5) => Err(KadiError::field(
            "Kadi-MD5-Checksum",
            "Checksum does not match the data.",
        )),
        _ => Ok(md5),
    }
}

/// What `PUT /records/{id}/uploads/{upload_id}` answers.
pub enum Sent {
    /// A chunk of a chunked upload was kept.
    Chunk(Box<api::Upload>),
    /// A direct upload made (or replaced) its file.
    File(Box<api::File>),
}

/// `PUT /records/{id}/uploads/{upload_id}`: the whole data, or one chunk.
pub async fn send(
    state: &AppState,
    caller: &Caller,
    base: &Base,
    params: &api::UploadDataParams,
    data: Vec<u8>,
) -> Result<Sent, KadiError> {
    let upload = mine(state, caller, params.id, &params.upload_id.to_string()).await?;
    if upload.state != "active" {
        return Err(KadiError::BadRequest("The upload is not active.".into()));
    }
    let md5 = checked_md5(&data, params.kadi_md5_checksum.as_deref())?;
    if upload.upload_type == "direct" {
        if data.len() as i64 != upload.size {
            return Err(KadiError::BadRequest(format!(
                "The data has {} bytes, the upload announced {}.",
                data.len(),
                upload.size
            )));
        }
        let file = store_file(state, &upload, &data, md5).await?;
        let view = files::one_view(state, caller, base, file).await?;
        return Ok(Sent::File(Box::new(view)));
    }
    let index = params
        .kadi_chunk_index
        .ok_or_else(|| KadiError::field("Kadi-Chunk-Index", "Missing data for required field."))?;
    let size = params
        .kadi_chunk_size
        .ok_or_else(|| KadiError::field("Kadi-Chunk-Size", "Missing data for required field."))?;
    let count = i64::from(upload.chunk_count);
    if !(0..count).contains(&index) {
        return Err(KadiError::field(
            "Kadi-Chunk-Index",
            format!("Must be between 0 and {}.", count - 1),
        ));
    }
    let expected = if index + 1 < count {
        CHUNK_SIZE
    } else {
        upload.size - CHUNK_SIZE * (count - 1)
    };
    if size != expected || data.len() as i64 != size {
        return Err(KadiError::field(
            "Kadi-Chunk-Size",
            format!("Chunk {index} must have {expected} bytes."),
        ));
    }
    let key = format!("{}/{index}", chunk_prefix(&upload.id));
    state.files.put(&key, &data).await.map_err(|e| {
        tracing::error!(key, error = %e, "a chunk could not be stored");
        KadiError::Internal
    })?;
    let chunk = kd_upload_chunk::Model {
        upload_id: upload.id.clone(),
        idx: index as i32,
        size,
        checksum: Some(md5),
    };
    store::kadi4mat::uploads::put_chunk(&state.db, chunk, state.now_ms()).await?;
    let view = view(state, caller, base, &upload).await?;
    Ok(Sent::Chunk(Box::new(view)))
}

/// Writes `data` as the file `upload` makes or replaces, then its row; on any failure
/// the written bytes are removed again. Ends the upload.
pub async fn store_file(
    state: &AppState,
    upload: &kd_upload::Model,
    data: &[u8],
    md5: String,
) -> Result<kd_file::Model, KadiError> {
    let key = data_key(state);
    state.files.put(&key, data).await.map_err(|e| {
        tracing::error!(key, error = %e, "a file's data could not be stored");
        KadiError::Internal
    })?;
    let magic = mimetype::sniff(&data[..data.len().min(65_536)]);
    match save_file(state, upload, key.clone(), md5, magic).await {
        Ok(file) => Ok(file),
        Err(e) => {
            let _ = state.files.remove(&key).await;
            Err(e)
        }
    }
}

/// The row of the file `upload` makes or replaces, whose data is at `key`.
pub async fn save_file(
    state: &AppState,
    upload: &kd_upload::Model,
    key: String,
    md5: String,
    magic: &str,
) -> Result<kd_file::Model, KadiError> {
    let now = state.now_ms();
    let existing = match &upload.file_id {
        Some(id) => Some(
            store::kadi4mat::files::of_record(&state.db, upload.record_id, id)
                .await?
                .ok_or_else(|| KadiError::BadRequest("The file to replace is gone.".into()))?,
        ),
        None => None,
    };
    let file = match existing {
        Some(old) => kd_file::Model {
            description: upload.description.clone(),
            mimetype: upload.mimetype.clone(),
            magic_mimetype: magic.into(),
            size: upload.size,
            checksum: md5,
            storage_key: key,
            last_modified: now,
            ..old
        },
        None => kd_file::Model {
            id: state.ids.uuid().to_string(),
            record_id: upload.record_id,
            name: upload.name.clone(),
            description: upload.description.clone(),
            mimetype: upload.mimetype.clone(),
            magic_mimetype: magic.into(),
            size: upload.size,
            checksum: md5,
            storage_type: "local".into(),
            storage_key: key,
            state: "active".into(),
            creator_id: upload.creator_id,
            created_at: now,
            last_modified: now,
        },
    };
    let (saved, old_key) = store::kadi4mat::files::save(&state.db, file, upload.creator_id, now)
        .await
        .map_err(|e| match e {
            // A file with the name was made since the upload started.
            store::StoreError::Conflict(_) => {
                KadiError::Conflict("A file with that name already exists.".into())
            }
            other => other.into(),
        })?;
    let task = upload.upload_type == "chunked";
    store::kadi4mat::uploads::end(&state.db, &upload.id, Ok(&saved.id), task, now).await?;
    if let Some(old) = old_key {
        if let Err(e) = state.files.remove(&old).await {
            tracing::warn!(key = old, error = %e, "replaced data could not be removed");
        }
    }
    Ok(saved)
}

/// `POST /records/{id}/uploads/{upload_id}`: every chunk is there; the task assembles.
pub async fn finish(
    state: &AppState,
    caller: &Caller,
    base: &Base,
    params: &api::FinishUploadParams,
) -> Result<api::Upload, KadiError> {
    let upload = mine(state, caller, params.id, &params.upload_id.to_string()).await?;
    if upload.upload_type != "chunked" || upload.state != "active" {
        return Err(KadiError::BadRequest(
            "Only an active chunked upload is finished.".into(),
        ));
    }
    let chunks = store::kadi4mat::uploads::chunks(&state.db, &upload.id).await?;
    let complete = chunks.len() == upload.chunk_count as usize
        && chunks.iter().enumerate().all(|(i, c)| c.idx as usize == i)
        && chunks.iter().map(|c| c.size).sum::<i64>() == upload.size;
    if !complete {
        return Err(KadiError::BadRequest(
            "Not all chunks have been uploaded.".into(),
        ));
    }
    store::kadi4mat::uploads::finish(&state.db, &upload.id, state.now_ms()).await?;
    let finished = store::kadi4mat::uploads::one(&state.db, &upload.id)
        .await?
        .ok_or(KadiError::NotFound)?;
    view(state, caller, base, &finished).await
}

/// `GET /records/{id}/uploads/{upload_id}`.
pub async fn get(
    state: &AppState,
    caller: &Caller,
    base: &Base,
    params: &api::GetUploadParams,
) -> Result<api::Upload, KadiError> {
    let upload = mine(state, caller, params.id, &params.upload_id.to_string()).await?;
    view(state, caller, base, &upload).await
}

/// `GET /records/{id}/uploads`: the caller's unfinished uploads of the record.
pub async fn list(
    state: &AppState,
    caller: &Caller,
    base: &Base,
    record: i64,
) -> Result<api::UploadList, KadiError> {
    let record = authz::resource::<Update>(state, caller, Kind::Record, record).await?;
    let uploads = store::kadi4mat::uploads::of_record(&state.db, record.id(), caller.id()).await?;
    let mut items = Vec::with_capacity(uploads.len());
    for u in &uploads {
        items.push(view(state, caller, base, u).await?);
    }
    Ok(api::UploadList { items })
}

/// `DELETE /records/{id}/uploads/{upload_id}`: the rows, then the chunks' bytes.
pub async fn delete(
    state: &AppState,
    caller: &Caller,
    params: &api::DeleteUploadParams,
) -> Result<(), KadiError> {
    let upload = mine(state, caller, params.id, &params.upload_id.to_string()).await?;
    store::kadi4mat::uploads::delete(&state.db, &upload.id).await?;
    if let Err(e) = state.files.remove(&chunk_prefix(&upload.id)).await {
        tracing::warn!(upload = %upload.id, error = %e, "an upload's chunks could not be removed");
    }
    Ok(())
}
