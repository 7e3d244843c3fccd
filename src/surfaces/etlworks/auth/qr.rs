//! The enrollment's QR code as a PNG data URI: the code's modules drawn four pixels
//! each inside the quiet zone, in a grey-scale PNG written here (stored deflate blocks:
//! a few kilobytes, and no image library for one picture).

use qrcode::{Color, QrCode};

/// Pixels per module.
const SCALE: usize = 4;
/// Modules of white border the standard asks for.
const QUIET: usize = 4;

/// `text` as a `data:image/png;base64,…` QR code; `None` when it is too long for one.
pub fn png_data_uri(text: &str) -> Option<String> {
    let code = QrCode::new(text.as_bytes()).ok()?;
    let png = png(&code);
    Some(format!(
        "data:image/png;base64,{}",
        data_encoding::BASE64.encode(&png)
    ))
}

fn png(code: &QrCode) -> Vec<u8> {
    let modules = code.width();
    let colors = code.to_colors();
    let side = (modules + 2 * QUIET) * SCALE;
    // One filter byte (0: none) per row, then a byte per pixel.
    let mut raw = Vec::with_capacity(side * (side + 1));
    for y in 0..side {
        raw.push(0);
        for x in 0..side {
            let (mx, my) = (x / SCALE, y / SCALE);
            let dark = (QUIET..QUIET + modules).contains(&mx)
                && (QUIET..QUIET + modules).contains(&my)
                && colors[(my - QUIET) * modules + (mx - QUIET)] == Color::Dark;
            raw.push(if dark { 0 } else { 255 });
        }
    }
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut header = Vec::with_capacity(13);
    header.extend_from_slice(&(side as u32).to_be_bytes());
    header.extend_from_slice(&(side as u32).to_be_bytes());
    // 8-bit grey, deflate, no filter method, no interlace.
    header.extend_from_slice(&[8, 0, 0, 0, 0]);
    chunk(&mut out, b"IHDR", &header);
    chunk(&mut out, b"IDAT", &zlib_stored(&raw));
    chunk(&mut out, b"IEND", &[]);
    out
}

fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let mut crc = crc32fast::Hasher::new();
    crc.update(kind);
    crc.update(data);
    out.extend_from_slice(&crc.finalize().to_be_bytes());
}

/// A zlib stream of uncompressed deflate blocks.
fn zlib_stored(data: &[u8]) -> Vec<u8> {
    let mut out = vec![0x78, 0x01];
    let blocks: Vec<&[u8]> = data.chunks(65_535).collect();
    for (i, block) in blocks.iter().enumerate() {
        out.push(u8::from(i + 1 == blocks.len()));
        let len = block.len() as u16;
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(&(!len).to_le_bytes());
        out.extend_from_slice(block);
    }
    if blocks.is_empty() {
        out.extend_from_slice(&[1, 0, 0, 0xff, 0xff]);
    }
    out.extend_from_slice(&adler32(data).to_be_bytes());
    out
}

fn adler32(data: &[u8]) -> u32 {
    let (mut a, mut b) = (1u32, 0u32);
    for &byte in data {
        a = (a + u32::from(byte)) % 65_521;
        b = (b + a) % 65_521;
    }
    (b << 16) | a
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_png_has_its_signature_and_an_end() {
        let uri = png_data_uri("otpauth://totp/Etlworks:ada?secret=JBSWY3DPEHPK3PXP").unwrap();
        let png = data_encoding::BASE64
            .decode(uri.trim_start_matches("data:image/png;base64,").as_bytes())
            .unwrap();
        assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
        assert!(
            png.ends_with(&[0xae, 0x42, 0x60, 0x82]),
            "IEND's CRC closes the file"
        );
    }

    #[test]
    fn adler_matches_the_rfc_example() {
        assert_eq!(adler32(b"Wikipedia"), 0x11E6_0398);
    }
}
