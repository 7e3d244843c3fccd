//! Where a script's source lives and what it declares. A script names a tool of a
//! source-control tool kit, or is given its content: then the content's `@kawa_tool`
//! decorator gives the metadata (a malformed one is a 400 naming `content`) and the
//! content is kept as a file of the workspace (`/uploads/files/{toolName}` reads it, as
//! kywy's application builder does). The bytes go to the file store before the command's
//! transaction; a command that fails after that removes them, and a replaced source's
//! old bytes go once the new row is committed.

use generated::kawa::v1 as api;
use sea_orm::ConnectionTrait;

use super::tool;
use crate::authz::kawa::InWorkspace;
use crate::state::AppState;
use crate::store::entities::kw_script;
use crate::store::kawa::files;
use crate::surfaces::kawa::error::KawaError;

/// A script's source as a command gives it, checked.
pub enum Source {
    /// A tool of a tool kit; its source is not in KAWA, so its metadata is empty.
    Tool { kit: String, name: String },
    /// The Python source, with the metadata its decorator declares.
    Content {
        text: String,
        metadata: api::ScriptMetadata,
    },
}

impl Source {
    /// Exactly one of `content` and `tool` (400 naming the field otherwise).
    pub fn given(
        content: Option<String>,
        tool: Option<api::ScriptToolReference>,
    ) -> Result<Source, KawaError> {
        match (content, tool) {
            (Some(_), Some(_)) => Err(KawaError::field(
                "content",
                "give either content or sourceControlToolConfiguration, not both",
            )),
            (None, None) => Err(KawaError::field(
                "content",
                "give the script's content or its sourceControlToolConfiguration",
            )),
            (Some(text), None) => {
                let metadata = tool::metadata(&text).map_err(|m| KawaError::field("content", m))?;
                Ok(Source::Content { text, metadata })
            }
            (None, Some(t)) => {
                let at = "sourceControlToolConfiguration";
                let (kit, name) = (t.tool_kit_name.trim(), t.tool_name.trim());
                if kit.is_empty() {
                    return Err(KawaError::field(
                        &format!("{at}.toolKitName"),
                        "must not be blank",
                    ));
                }
                if name.is_empty() {
                    return Err(KawaError::field(
                        &format!("{at}.toolName"),
                        "must not be blank",
                    ));
                }
                Ok(Source::Tool {
                    kit: kit.into(),
                    name: name.into(),
                })
            }
        }
    }

    /// The metadata the script gets.
    pub fn metadata(&self) -> api::ScriptMetadata {
        match self {
            Source::Tool { .. } => api::ScriptMetadata {
                parameters: Vec::new(),
                outputs: Vec::new(),
                script_parameters: None,
                description: None,
            },
            Source::Content { metadata, .. } => metadata.clone(),
        }
    }
}

/// The content's bytes, written to the file store ahead of the transaction: their key.
pub struct Staged {
    key: String,
    bytes: usize,
}

/// Writes a content source's bytes to the file store (nothing for a tool).
pub async fn stage(state: &AppState, source: &Source) -> Result<Option<Staged>, KawaError> {
    let Source::Content { text, .. } = source else {
        return Ok(None);
    };
    let key = format!("kawa/files/{}", state.ids.uuid().simple());
    state
        .files
        .put(&key, text.as_bytes())
        .await
        .map_err(storage)?;
    Ok(Some(Staged {
        key,
        bytes: text.len(),
    }))
}

/// Removes staged bytes a failed command leaves behind.
pub async fn unstage(state: &AppState, staged: Option<Staged>) {
    if let Some(s) = staged {
        let _ = state.files.remove(&s.key).await;
    }
}

fn storage(e: std::io::Error) -> KawaError {
    tracing::error!(error = %e, "kawa: the file store failed");
    KawaError::Internal
}

/// The script a source is recorded for: its workspace, owner and name.
pub struct Owned<'a> {
    pub scope: &'a InWorkspace,
    pub owner: i32,
    pub name: &'a str,
}

/// Points the script's row at its new source, in the command's transaction: a tool is
/// `(kit, name)`; content is the workspace file the script had (replaced) or a new one.
/// Answers `(tool kit, tool name)` for the row and the storage key of bytes that are no
/// longer referred to once the transaction commits.
pub async fn record<C: ConnectionTrait>(
    db: &C,
    state: &AppState,
    script: Owned<'_>,
    previous: Option<&kw_script::Model>,
    source: &Source,
    staged: Option<&Staged>,
) -> Result<(Option<String>, String, Option<String>), KawaError> {
    let Owned {
        scope,
        owner,
        name: script_name,
    } = script;
    let old_file = match previous.filter(|p| p.tool_kit.is_none()) {
        Some(p) => files::one(db, scope, &p.tool_name).await?,
        None => None,
    };
    match (source, staged) {
        (Source::Content { .. }, Some(staged)) => {
            let new = |file_id: String| files::NewFile {
                file_id,
                name: format!("{script_name}.py"),
                content_type: "text/x-python".into(),
                size: i64::try_from(staged.bytes).unwrap_or(i64::MAX),
                storage_key: staged.key.clone(),
                owner_id: owner,
                created_at: state.now_ms(),
            };
            let (row, freed) = match old_file {
                Some(old) => {
                    let row = files::replace(db, &old, new(old.file_id.clone())).await?;
                    (row, Some(old.storage_key))
                }
                None => {
                    let file_id = format!("script-{}", state.ids.uuid().simple());
                    (files::insert(db, scope, new(file_id)).await?, None)
                }
            };
            Ok((None, row.file_id, freed))
        }
        (Source::Tool { kit, name }, _) => {
            let freed = match old_file {
                Some(old) => {
                    files::delete(db, &old).await?;
                    Some(old.storage_key)
                }
                None => None,
            };
            Ok((Some(kit.clone()), name.clone(), freed))
        }
        (Source::Content { .. }, None) => Err(KawaError::Internal),
    }
}
