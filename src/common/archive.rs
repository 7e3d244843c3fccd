//! ZIP archives of stored files (entries stored, not compressed: research data is often
//! compressed already, and storing keeps the archive's making cheap).

/// One file of an archive.
pub struct Entry<'a> {
    pub name: &'a str,
    pub data: &'a [u8],
}

/// The ZIP archive of `entries` (ZIP64 is not written: each entry and the whole archive
/// stay below 4 GiB, which the caller checks).
pub fn zip(entries: &[Entry<'_>]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for entry in entries {
        let offset = out.len() as u32;
        let crc = crc32fast::hash(entry.data);
        let size = entry.data.len() as u32;
        let name = entry.name.as_bytes();
        // Local file header; bit 11 says the name is UTF-8.
        out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        out.extend_from_slice(&20u16.to_le_bytes());
        out.extend_from_slice(&0x0800u16.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes()); // stored
        out.extend_from_slice(&0u32.to_le_bytes()); // DOS time and date
        out.extend_from_slice(&crc.to_le_bytes());
        out.extend_from_slice(&size.to_le_bytes());
        out.extend_from_slice(&size.to_le_bytes());
        out.extend_from_slice(&(name.len() as u16).to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out.extend_from_slice(name);
        out.extend_from_slice(entry.data);
        // Its central directory record.
        central.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        central.extend_from_slice(&20u16.to_le_bytes());
        central.extend_from_slice(&20u16.to_le_bytes());
        central.extend_from_slice(&0x0800u16.to_le_bytes());
        central.extend_from_slice(&0u16.to_le_bytes());
        central.extend_from_slice(&0u32.to_le_bytes());
        central.extend_from_slice(&crc.to_le_bytes());
        central.extend_from_slice(&size.to_le_bytes());
        central.extend_from_slice(&size.to_le_bytes());
        central.extend_from_slice(&(name.len() as u16).to_le_bytes());
        central.extend_from_slice(&[0u8; 12]); // extra, comment, disk, attributes
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name);
    }
    let central_offset = out.len() as u32;
    let count = entries.len() as u16;
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0u8; 4]); // disk numbers
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&(central.len() as u32).to_le_bytes());
    out.extend_from_slice(&central_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_archive_has_its_entries_and_a_directory_at_the_end() {
        let bytes = zip(&[
            Entry {
                name: "a.txt",
                data: b"hello",
            },
            Entry {
                name: "b.csv",
                data: b"1,2\n",
            },
        ]);
        assert!(bytes.starts_with(b"PK\x03\x04"));
        let end = &bytes[bytes.len() - 22..];
        assert!(end.starts_with(b"PK\x05\x06"));
        assert_eq!(u16::from_le_bytes([end[10], end[11]]), 2);
        assert!(bytes.windows(5).any(|w| w == b"hello"));
        assert_eq!(zip(&[]).len(), 22, "an empty archive is its end record");
    }
}
