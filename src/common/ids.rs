//! Fresh identifiers and the formats the products use. Services draw every random value
//! a client can see (UUIDs, 32-hex ids, tokens, session keys) from the state's
//! [`IdSource`]: the operating system's random source in `serve`, a seeded one in tests
//! (and, later, the mock), so the same seed gives the same ids.

use std::sync::Mutex;

use rand::{RngCore, SeedableRng};

use crate::common::secrets::Secret;

/// A source of fresh random identifiers.
pub trait IdSource: Send + Sync + 'static {
    /// Fills `bytes` with fresh random bytes.
    fn fill(&self, bytes: &mut [u8]);

    /// A random (version 4) UUID, as Syntho uses for engines and jobs.
    fn uuid(&self) -> uuid::Uuid {
        let mut bytes = [0u8; 16];
        self.fill(&mut bytes);
        uuid::Builder::from_random_bytes(bytes).into_uuid()
    }

    /// A Datawiza-style id: 32 lower-case hex characters (a UUID without dashes).
    fn hex32(&self) -> String {
        self.uuid().simple().to_string()
    }

    /// `n` random bytes as lower-case hex, for generated passwords and session keys.
    fn hex(&self, n: usize) -> String {
        let mut bytes = vec![0u8; n];
        self.fill(&mut bytes);
        hex::encode(bytes)
    }

    /// A fresh token: a product prefix that makes leaked keys greppable, then 32 random
    /// bytes.
    fn token(&self, prefix: &str) -> Secret {
        Secret::new(format!("{prefix}{}", self.hex(32)))
    }
}

/// The operating system's random source.
#[derive(Debug, Clone, Copy, Default)]
pub struct OsIds;

impl IdSource for OsIds {
    fn fill(&self, bytes: &mut [u8]) {
        rand::rngs::OsRng.fill_bytes(bytes);
    }
}

/// A deterministic source: the same seed gives the same sequence of ids.
#[derive(Debug)]
pub struct SeededIds(Mutex<rand::rngs::StdRng>);

impl SeededIds {
    pub fn new(seed: u64) -> Self {
        SeededIds(Mutex::new(rand::rngs::StdRng::seed_from_u64(seed)))
    }
}

impl IdSource for SeededIds {
    fn fill(&self, bytes: &mut [u8]) {
        // A poisoned lock only means another thread panicked mid-draw; the generator's
        // state is still a valid state.
        let mut rng = self.0.lock().unwrap_or_else(|p| p.into_inner());
        rng.fill_bytes(bytes);
    }
}

/// Whether `s` is exactly 32 lower-case hex characters.
pub fn is_hex32(s: &str) -> bool {
    s.len() == 32
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_ids() {
        let (a, b, c) = (SeededIds::new(7), SeededIds::new(7), SeededIds::new(8));
        let draw = |s: &SeededIds| (s.uuid(), s.hex32(), s.token("us_").expose().to_string());
        assert_eq!(draw(&a), draw(&b));
        assert_ne!(draw(&a), draw(&c));
    }

    #[test]
    fn formats_are_the_products() {
        let ids = OsIds;
        let uuid = ids.uuid();
        assert_eq!(uuid.get_version_num(), 4);
        assert!(is_hex32(&ids.hex32()));
        assert_eq!(ids.hex(12).len(), 24);
        let token = ids.token("us_");
        assert!(token.expose().starts_with("us_") && token.expose().len() == 67);
        assert!(!is_hex32("ABCDEF0123456789abcdef0123456789"));
    }
}
