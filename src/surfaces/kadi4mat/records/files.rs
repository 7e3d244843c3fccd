//! A record's files: listed, found by id or name, renamed or re-described, deleted and
//! downloaded (one, or all as a ZIP archive). Their bytes live in the state's file
//! store; new data arrives through uploads ([`super::uploads`]).

use generated::kadi4mat::v1 as api;
use generated::support::WireEnum;
use poem::Request;

use super::super::error::KadiError;
use super::super::links::Base;
use super::super::paging::Page;
use super::super::users;
use crate::authz::kadi4mat::{self as authz, Caller, Read, Update};
use crate::common::archive;
use crate::common::time::iso_micros;
use crate::state::AppState;
use crate::store;
use crate::store::entities::{kd_file, user};
use crate::store::kadi4mat::access::Kind;

/// The largest archive `download_files` builds (the ZIP it writes has no ZIP64).
const MAX_ARCHIVE: i64 = u32::MAX as i64 - (1 << 20);

/// The API view of `f`.
pub fn view(
    f: &kd_file::Model,
    creator: Option<&user::Model>,
    viewer: &Caller,
    base: &Base,
) -> api::File {
    let path = format!("/records/{}/files/{}", f.record_id, f.id);
    api::File {
        id: f.id.parse().unwrap_or_default(),
        name: f.name.clone(),
        description: Some(f.description.clone()),
        mimetype: f.mimetype.clone(),
        magic_mimetype: Some(f.magic_mimetype.clone()),
        size: f.size,
        checksum: Some(f.checksum.clone()),
        storage_type: f.storage_type.clone(),
        state: api::FileState::from_wire(&f.state).unwrap_or(api::FileState::Active),
        created_at: iso_micros(f.created_at),
        last_modified: iso_micros(f.last_modified),
        creator: creator.and_then(|u| users::creator(u, viewer, base)),
        links: Some(api::FileLinks {
            self_: base.url(&path),
            download: base.url(&format!("{path}/download")),
            record: base.url(&format!("/records/{}", f.record_id)),
            view: Some(base.view(&path)),
        }),
        actions: Some(api::FileActions {
            delete: base.url(&path),
            edit_metadata: base.url(&path),
            edit_data: base.url(&path),
        }),
    }
}

/// Views of `files`, with their creators.
pub async fn views(
    state: &AppState,
    caller: &Caller,
    base: &Base,
    files: &[kd_file::Model],
) -> Result<Vec<api::File>, KadiError> {
    let creators: Vec<i32> = files.iter().map(|f| f.creator_id).collect();
    let users = super::super::users::creators(state, caller, &creators).await?;
    Ok(files
        .iter()
        .map(|f| view(f, users.get(&f.creator_id), caller, base))
        .collect())
}

pub async fn one_view(
    state: &AppState,
    caller: &Caller,
    base: &Base,
    file: kd_file::Model,
) -> Result<api::File, KadiError> {
    views(state, caller, base, &[file])
        .await?
        .pop()
        .ok_or(KadiError::Internal)
}

/// The active file `file_id` of record `record` (already authorized), or Kadi's 404.
pub async fn load(
    state: &AppState,
    record: i32,
    file_id: &str,
) -> Result<kd_file::Model, KadiError> {
    store::kadi4mat::files::of_record(&state.db, record, file_id)
        .await?
        .ok_or(KadiError::NotFound)
}

/// `GET /records/{id}/files`.
pub async fn list(
    state: &AppState,
    caller: &Caller,
    req: &Request,
    params: &api::GetFilesParams,
) -> Result<api::FilePage, KadiError> {
    let record = authz::resource::<Read>(state, caller, Kind::Record, params.id).await?;
    let page = Page::new(params.page, params.per_page);
    let (files, total) = store::kadi4mat::files::page(
        &state.db,
        record.id(),
        params.filter.as_deref(),
        store::kadi4mat::files::sort(&params.sort),
        page.offset(),
        page.limit(),
    )
    .await?;
    let base = Base::of(req);
    Ok(api::FilePage {
        items: views(state, caller, &base, &files).await?,
        pagination: page.pagination(total, &base, req),
    })
}

/// `GET /records/{id}/files/{file_id}`.
pub async fn get(
    state: &AppState,
    caller: &Caller,
    base: &Base,
    record: i64,
    file_id: &str,
) -> Result<api::File, KadiError> {
    let record = authz::resource::<Read>(state, caller, Kind::Record, record).await?;
    let file = load(state, record.id(), file_id).await?;
    one_view(state, caller, base, file).await
}

/// `GET /records/files/{id}`: the file's record decides who may read it.
pub async fn get_by_id(
    state: &AppState,
    caller: &Caller,
    base: &Base,
    file_id: &str,
) -> Result<api::File, KadiError> {
    let file = store::kadi4mat::files::by_id(&state.db, file_id)
        .await?
        .ok_or(KadiError::NotFound)?;
    authz::resource::<Read>(state, caller, Kind::Record, i64::from(file.record_id)).await?;
    one_view(state, caller, base, file).await
}

/// `GET /records/{id}/files/name/{filename}`.
pub async fn get_by_name(
    state: &AppState,
    caller: &Caller,
    base: &Base,
    record: i64,
    name: &str,
) -> Result<api::File, KadiError> {
    let record = authz::resource::<Read>(state, caller, Kind::Record, record).await?;
    let file = store::kadi4mat::files::by_name(&state.db, record.id(), name)
        .await?
        .ok_or(KadiError::NotFound)?;
    one_view(state, caller, base, file).await
}

/// The answer to a name another active file of the record has: Kadi's 409 carrying that
/// file, whose `_actions.edit_data` replaces its data instead.
pub async fn name_taken(
    state: &AppState,
    caller: &Caller,
    base: &Base,
    existing: kd_file::Model,
) -> KadiError {
    match one_view(state, caller, base, existing).await {
        Ok(file) => KadiError::FileConflict(serde_json::to_value(file).unwrap_or_default()),
        Err(e) => e,
    }
}

/// `PATCH /records/{id}/files/{file_id}`: name (409 when taken), description, MIME type.
pub async fn edit_metadata(
    state: &AppState,
    caller: &Caller,
    base: &Base,
    params: &api::EditFileMetadataParams,
    body: api::FileMetadataUpdate,
) -> Result<api::File, KadiError> {
    let record = authz::resource::<Update>(state, caller, Kind::Record, params.id).await?;
    let file = load(state, record.id(), &params.file_id.to_string()).await?;
    let name = match body.name.as_deref().map(str::trim) {
        Some("") => return Err(KadiError::field("name", "Missing data for required field.")),
        Some(n) if n != file.name => {
            if let Some(other) = store::kadi4mat::files::by_name(&state.db, record.id(), n).await? {
                return Err(name_taken(state, caller, base, other).await);
            }
            Some(n.to_string())
        }
        _ => None,
    };
    let mimetype = body
        .mimetype
        .map(|m| m.trim().to_lowercase())
        .filter(|m| !m.is_empty());
    let saved = store::kadi4mat::files::update_metadata(
        &state.db,
        file,
        name,
        body.description,
        mimetype,
        caller.id(),
        state.now_ms(),
    )
    .await
    .map_err(|e| match e {
        // Another request took the name between the check and the write.
        store::StoreError::Conflict(_) => {
            KadiError::Conflict("A file with that name already exists.".into())
        }
        other => other.into(),
    })?;
    one_view(state, caller, base, saved).await
}

/// `DELETE /records/{id}/files/{file_id}`: the row, then the bytes.
pub async fn delete(
    state: &AppState,
    caller: &Caller,
    record: i64,
    file_id: &str,
) -> Result<(), KadiError> {
    let record = authz::resource::<Update>(state, caller, Kind::Record, record).await?;
    let file = load(state, record.id(), file_id).await?;
    let key = store::kadi4mat::files::delete(&state.db, file, caller.id(), state.now_ms()).await?;
    if let Err(e) = state.files.remove(&key).await {
        // The row is gone; the sweep removes bytes nothing refers to.
        tracing::warn!(key, error = %e, "a deleted file's data could not be removed");
    }
    Ok(())
}

/// A download: the bytes, their media type and the name to save them under.
pub struct Download {
    pub bytes: Vec<u8>,
    pub content_type: String,
    pub filename: String,
}

impl Download {
    /// As an attachment.
    pub fn into_response(self) -> poem::Response {
        // The name travels quoted; a quote or backslash in it would end it early.
        let safe: String = self
            .filename
            .chars()
            .map(|c| {
                if c == '"' || c == '\\' || c.is_control() {
                    '_'
                } else {
                    c
                }
            })
            .collect();
        poem::Response::builder()
            .content_type(self.content_type)
            .header(
                poem::http::header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{safe}\""),
            )
            .body(self.bytes)
    }
}

/// `GET /records/{id}/files/{file_id}/download`.
pub async fn download(
    state: &AppState,
    caller: &Caller,
    record: i64,
    file_id: &str,
) -> Result<Download, KadiError> {
    let record = authz::resource::<Read>(state, caller, Kind::Record, record).await?;
    let file = load(state, record.id(), file_id).await?;
    let bytes = read(state, &file).await?;
    Ok(Download {
        bytes,
        content_type: file.mimetype,
        filename: file.name,
    })
}

async fn read(state: &AppState, file: &kd_file::Model) -> Result<Vec<u8>, KadiError> {
    state.files.get(&file.storage_key).await.map_err(|e| {
        tracing::error!(file = %file.id, error = %e, "a file's data is missing from the store");
        KadiError::Internal
    })
}

/// `GET /records/{id}/files/download`: every active file in one ZIP archive.
pub async fn download_all(
    state: &AppState,
    caller: &Caller,
    record: i64,
) -> Result<Download, KadiError> {
    let record = authz::resource::<Read>(state, caller, Kind::Record, record).await?;
    let files = store::kadi4mat::files::active_of_record(&state.db, record.id()).await?;
    if files.iter().map(|f| f.size).sum::<i64>() > MAX_ARCHIVE {
        return Err(KadiError::TooLarge);
    }
    let mut contents = Vec::with_capacity(files.len());
    for f in &files {
        contents.push(read(state, f).await?);
    }
    let entries: Vec<archive::Entry<'_>> = files
        .iter()
        .zip(&contents)
        .map(|(f, data)| archive::Entry {
            name: &f.name,
            data,
        })
        .collect();
    Ok(Download {
        bytes: archive::zip(&entries),
        content_type: "application/zip".into(),
        filename: format!("{}.zip", record.row().identifier),
    })
}
