//! Where uploaded bytes live: never in a database column, behind one small trait so an
//! object store (S3-compatible) can take the local disk's place when several replicas
//! share the data. Keys are relative paths (`files/<uuid>`, `uploads/<uuid>/3`).

use std::path::{Path, PathBuf};

use tokio::io::AsyncWriteExt;

/// A store of byte objects by key.
#[async_trait::async_trait]
pub trait FileStore: Send + Sync + 'static {
    /// Writes `bytes` under `key`, replacing what was there.
    async fn put(&self, key: &str, bytes: &[u8]) -> std::io::Result<()>;
    /// Appends the objects `parts` (in order) into one object under `key`, returning its
    /// size and MD5 (hex).
    async fn concat(&self, key: &str, parts: &[String]) -> std::io::Result<(u64, String)>;
    /// The whole object under `key`.
    async fn get(&self, key: &str) -> std::io::Result<Vec<u8>>;
    /// Removes `key` (and everything under it, for a prefix); absent keys are no error.
    async fn remove(&self, key: &str) -> std::io::Result<()>;
    /// Every key under `prefix` (`uploads/`), for sweeping what nothing refers to.
    async fn list(&self, prefix: &str) -> std::io::Result<Vec<String>>;
}

/// Objects as files under a folder of the data dir.
#[derive(Debug, Clone)]
pub struct LocalDisk {
    root: PathBuf,
}

impl LocalDisk {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        LocalDisk { root: root.into() }
    }

    /// The path of `key`, refusing keys that would leave the root.
    fn path(&self, key: &str) -> std::io::Result<PathBuf> {
        let relative = Path::new(key);
        let safe = relative
            .components()
            .all(|c| matches!(c, std::path::Component::Normal(_)));
        if !safe || key.is_empty() {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                format!("not a storage key: {key:?}"),
            ));
        }
        Ok(self.root.join(relative))
    }
}

#[async_trait::async_trait]
impl FileStore for LocalDisk {
    async fn put(&self, key: &str, bytes: &[u8]) -> std::io::Result<()> {
        let path = self.path(key)?;
        if let Some(dir) = path.parent() {
            tokio::fs::create_dir_all(dir).await?;
        }
        // Written beside and renamed, so a reader never sees half an object.
        let partial = path.with_extension("partial");
        tokio::fs::write(&partial, bytes).await?;
        tokio::fs::rename(&partial, &path).await
    }

    async fn concat(&self, key: &str, parts: &[String]) -> std::io::Result<(u64, String)> {
        let path = self.path(key)?;
        if let Some(dir) = path.parent() {
            tokio::fs::create_dir_all(dir).await?;
        }
        let partial = path.with_extension("partial");
        let mut out = tokio::fs::File::create(&partial).await?;
        let mut digest = md5::Context::new();
        let mut size = 0u64;
        for part in parts {
            let bytes = tokio::fs::read(self.path(part)?).await?;
            digest.consume(&bytes);
            size += bytes.len() as u64;
            out.write_all(&bytes).await?;
        }
        out.flush().await?;
        out.sync_all().await?;
        drop(out);
        tokio::fs::rename(&partial, &path).await?;
        Ok((size, format!("{:x}", digest.compute())))
    }

    async fn get(&self, key: &str) -> std::io::Result<Vec<u8>> {
        tokio::fs::read(self.path(key)?).await
    }

    async fn remove(&self, key: &str) -> std::io::Result<()> {
        let path = self.path(key)?;
        let result = match tokio::fs::metadata(&path).await {
            Ok(m) if m.is_dir() => tokio::fs::remove_dir_all(&path).await,
            Ok(_) => tokio::fs::remove_file(&path).await,
            Err(e) => Err(e),
        };
        match result {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            other => other,
        }
    }

    async fn list(&self, prefix: &str) -> std::io::Result<Vec<String>> {
        let dir = self.path(prefix.trim_end_matches('/'))?;
        let mut keys = Vec::new();
        let mut entries = match tokio::fs::read_dir(&dir).await {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(keys),
            Err(e) => return Err(e),
        };
        while let Some(entry) = entries.next_entry().await? {
            keys.push(format!(
                "{}/{}",
                prefix.trim_end_matches('/'),
                entry.file_name().to_string_lossy()
            ));
        }
        keys.sort();
        Ok(keys)
    }
}

/// Objects in memory: the store a seeded in-memory world uses (and tests).
#[derive(Debug, Default)]
pub struct InMemory {
    objects: std::sync::Mutex<std::collections::BTreeMap<String, Vec<u8>>>,
}

impl InMemory {
    fn objects(&self) -> std::sync::MutexGuard<'_, std::collections::BTreeMap<String, Vec<u8>>> {
        self.objects.lock().unwrap_or_else(|p| p.into_inner())
    }
}

#[async_trait::async_trait]
impl FileStore for InMemory {
    async fn put(&self, key: &str, bytes: &[u8]) -> std::io::Result<()> {
        self.objects().insert(key.to_string(), bytes.to_vec());
        Ok(())
    }

    async fn concat(&self, key: &str, parts: &[String]) -> std::io::Result<(u64, String)> {
        let mut objects = self.objects();
        let mut joined = Vec::new();
        for part in parts {
            let bytes = objects
                .get(part)
                .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::NotFound, part.clone()))?;
            joined.extend_from_slice(bytes);
        }
        let digest = format!("{:x}", md5::compute(&joined));
        let size = joined.len() as u64;
        objects.insert(key.to_string(), joined);
        Ok((size, digest))
    }

    async fn get(&self, key: &str) -> std::io::Result<Vec<u8>> {
        self.objects()
            .get(key)
            .cloned()
            .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::NotFound, key.to_string()))
    }

    async fn remove(&self, key: &str) -> std::io::Result<()> {
        let prefix = format!("{key}/");
        self.objects()
            .retain(|k, _| k != key && !k.starts_with(&prefix));
        Ok(())
    }

    async fn list(&self, prefix: &str) -> std::io::Result<Vec<String>> {
        let prefix = format!("{}/", prefix.trim_end_matches('/'));
        let mut tops: Vec<String> = self
            .objects()
            .keys()
            .filter_map(|k| k.strip_prefix(&prefix))
            .map(|rest| format!("{prefix}{}", rest.split('/').next().unwrap_or_default()))
            .collect();
        tops.dedup();
        Ok(tops)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn exercise(store: &dyn FileStore) {
        store.put("uploads/u1/0", b"hello ").await.unwrap();
        store.put("uploads/u1/1", b"world").await.unwrap();
        let (size, md5) = store
            .concat("files/f1", &["uploads/u1/0".into(), "uploads/u1/1".into()])
            .await
            .unwrap();
        assert_eq!(size, 11);
        assert_eq!(md5, format!("{:x}", md5::compute(b"hello world")));
        assert_eq!(store.get("files/f1").await.unwrap(), b"hello world");
        assert_eq!(store.list("uploads/").await.unwrap(), ["uploads/u1"]);
        store.remove("uploads/u1").await.unwrap();
        assert!(store.list("uploads/").await.unwrap().is_empty());
        store.remove("uploads/absent").await.unwrap();
        assert!(store.get("files/absent").await.is_err());
    }

    #[tokio::test]
    async fn the_disk_and_memory_stores_behave_alike() {
        let dir = tempfile::tempdir().unwrap();
        exercise(&LocalDisk::new(dir.path())).await;
        exercise(&InMemory::default()).await;
        assert!(LocalDisk::new(dir.path())
            .put("../escape", b"x")
            .await
            .is_err());
    }
}
