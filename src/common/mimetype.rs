//! MIME types of stored files: guessed from a name's extension (what a client means)
//! and sniffed from the first bytes (what the data is), as Kadi4Mat keeps both.

/// The MIME type a file name's extension stands for; `application/octet-stream` when
/// none is known.
pub fn from_name(name: &str) -> &'static str {
    let ext = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "txt" | "log" => "text/plain",
        "csv" => "text/csv",
        "tsv" => "text/tab-separated-values",
        "md" => "text/markdown",
        "html" | "htm" => "text/html",
        "xml" => "application/xml",
        "json" => "application/json",
        "jsonld" => "application/ld+json",
        "yaml" | "yml" => "application/yaml",
        "ttl" => "text/turtle",
        "py" => "text/x-python",
        "pdf" => "application/pdf",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "svg" => "image/svg+xml",
        "tif" | "tiff" => "image/tiff",
        "zip" => "application/zip",
        "gz" => "application/gzip",
        "tar" => "application/x-tar",
        "h5" | "hdf5" => "application/x-hdf5",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => "application/octet-stream",
    }
}

/// The MIME type the data itself shows: known signatures, else text when it is UTF-8
/// without control characters, else `application/octet-stream`.
pub fn sniff(data: &[u8]) -> &'static str {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"\x89PNG\r\n\x1a\n", "image/png"),
        (b"\xff\xd8\xff", "image/jpeg"),
        (b"GIF87a", "image/gif"),
        (b"GIF89a", "image/gif"),
        (b"%PDF-", "application/pdf"),
        (b"PK\x03\x04", "application/zip"),
        (b"\x1f\x8b", "application/gzip"),
        (b"\x89HDF\r\n\x1a\n", "application/x-hdf5"),
        (b"II*\x00", "image/tiff"),
        (b"MM\x00*", "image/tiff"),
    ];
    if let Some((_, mime)) = SIGNATURES.iter().find(|(sig, _)| data.starts_with(sig)) {
        return mime;
    }
    if data.is_empty() {
        return "application/x-empty";
    }
    // A multi-byte character may be cut at the end of the sample.
    let sample = &data[..data.len().min(8192)];
    let text = match std::str::from_utf8(sample) {
        Ok(t) => Some(t),
        Err(e) if e.error_len().is_none() => std::str::from_utf8(&sample[..e.valid_up_to()]).ok(),
        Err(_) => None,
    };
    match text {
        Some(t)
            if !t
                .chars()
                .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')) =>
        {
            let trimmed = t.trim_start();
            if (trimmed.starts_with('{') || trimmed.starts_with('['))
                && serde_json::from_slice::<serde_json::Value>(data).is_ok()
            {
                return "application/json";
            }
            "text/plain"
        }
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_bytes_give_their_types() {
        assert_eq!(from_name("data.CSV"), "text/csv");
        assert_eq!(from_name("noext"), "application/octet-stream");
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n...."), "image/png");
        assert_eq!(sniff(b"a,b\n1,2\n"), "text/plain");
        assert_eq!(sniff(br#"{"a": 1}"#), "application/json");
        assert_eq!(sniff(&[0, 1, 2, 3]), "application/octet-stream");
        assert_eq!(sniff(b""), "application/x-empty");
    }
}
