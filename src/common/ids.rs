//! Identifier formats the products use.

use rand::RngCore;

/// A Datawiza-style id: 32 lower-case hex characters (a UUID without dashes).
pub fn hex32() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

/// A random UUID, as Syntho uses for engines and jobs.
pub fn uuid() -> uuid::Uuid {
    uuid::Uuid::new_v4()
}

/// `n` random bytes as lower-case hex, for tokens and session keys.
pub fn random_hex(n: usize) -> String {
    let mut bytes = vec![0u8; n];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// Whether `s` is exactly 32 lower-case hex characters.
pub fn is_hex32(s: &str) -> bool {
    s.len() == 32
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}
