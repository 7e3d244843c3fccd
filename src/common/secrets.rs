//! Passwords, tokens and session keys: hashed at rest, compared in constant time,
//! never printed by `Debug`.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// A clear-text secret that does not print itself.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The clear text, for the one place that must show or hash it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(***)")
    }
}

/// Hashes a password with argon2id off the async runtime (it is deliberately slow).
pub async fn hash_password(password: Secret) -> Result<String, String> {
    tokio::task::spawn_blocking(move || {
        // The salt is never shown, so it need not come from the state's id source.
        let salt = SaltString::generate(&mut rand::rngs::OsRng);
        Argon2::default()
            .hash_password(password.expose().as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| e.to_string())
    })
    .await
    .map_err(|e| e.to_string())?
}

/// Checks a password against its stored argon2 hash, off the async runtime.
pub async fn verify_password(password: Secret, stored: String) -> bool {
    tokio::task::spawn_blocking(move || {
        PasswordHash::new(&stored)
            .map(|h| {
                Argon2::default()
                    .verify_password(password.expose().as_bytes(), &h)
                    .is_ok()
            })
            .unwrap_or(false)
    })
    .await
    .unwrap_or(false)
}

/// A real argon2 hash of a fixed text, made once: checked against when a sign-in names
/// no known user, so that the answer's timing does not tell which emails exist.
pub async fn timing_hash() -> String {
    static HASH: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();
    HASH.get_or_init(|| async {
        hash_password(Secret::new("understudy-timing-equaliser"))
            .await
            .unwrap_or_default()
    })
    .await
    .clone()
}

/// Whether `text` is a password hash this module wrote (argon2, in PHC string form).
pub fn is_password_hash(text: &str) -> bool {
    PasswordHash::new(text).is_ok_and(|h| h.algorithm.as_str().starts_with("argon2"))
}

/// SHA-256 of a token, hex-encoded: what the store keeps and looks up by.
pub fn token_digest(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Constant-time equality of two digests.
pub fn digests_match(a: &str, b: &str) -> bool {
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_hides_the_value() {
        assert_eq!(format!("{:?}", Secret::new("hunter22")), "Secret(***)");
    }

    #[tokio::test]
    async fn password_round_trip() {
        let h = hash_password(Secret::new("correct horse")).await.unwrap();
        assert!(verify_password(Secret::new("correct horse"), h.clone()).await);
        assert!(!verify_password(Secret::new("wrong horse"), h.clone()).await);
        assert!(is_password_hash(&h));
        assert!(!is_password_hash("correct horse"));
    }

    #[test]
    fn digests_compare() {
        let d = token_digest("abc");
        assert!(digests_match(&d, &token_digest("abc")));
        assert!(!digests_match(&d, &token_digest("abd")));
    }
}
