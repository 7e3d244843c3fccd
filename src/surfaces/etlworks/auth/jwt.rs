//! Etlworks' JWTs: HS256 with the key every replica reads from the database. Expiry is
//! checked against the state's clock (not the library's system time), so tests and the
//! mock's manual clock age tokens as they age everything else.

use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};

use crate::state::AppState;
use crate::store::etlworks::tokens;
use crate::surfaces::etlworks::error::EtlworksError;

/// How long a signed-in token lives (the developer quickstart's default: 24 hours).
pub const LIFETIME_MS: i64 = 24 * 60 * 60 * 1000;

/// How long a sign-in waiting for its TOTP code may take.
pub const PENDING_LIFETIME_MS: i64 = 5 * 60 * 1000;

/// What a token says.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Claims {
    /// The user's login.
    pub sub: String,
    /// The user's id.
    pub uid: i32,
    /// The tenant the token acts in.
    pub tenant: i32,
    /// The user's token version when it was issued: a password reset or disabling the
    /// user bumps it, ending every older token.
    pub ver: i32,
    /// Unique per token, so one can be signed out.
    pub jti: String,
    /// Seconds since the epoch.
    pub iat: i64,
    pub exp: i64,
    /// True while the sign-in waits for a TOTP code: such a token only verifies it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub mfa: bool,
}

impl Claims {
    /// When the token stops working, in epoch milliseconds.
    pub fn expires_at_ms(&self) -> i64 {
        self.exp.saturating_mul(1000)
    }
}

/// The signing key, read once per surface (it never changes once made).
pub struct Keys {
    encoding: EncodingKey,
    decoding: DecodingKey,
}

impl Keys {
    pub async fn load(state: &AppState) -> Result<Keys, EtlworksError> {
        let Some(key) = tokens::signing_key(&state.db).await? else {
            tracing::error!("etlworks: no JWT signing key (bootstrap makes one)");
            return Err(EtlworksError::Internal);
        };
        let secret = hex::decode(&key.secret).map_err(|_| EtlworksError::Internal)?;
        Ok(Keys {
            encoding: EncodingKey::from_secret(&secret),
            decoding: DecodingKey::from_secret(&secret),
        })
    }

    pub fn sign(&self, claims: &Claims) -> Result<String, EtlworksError> {
        jsonwebtoken::encode(&Header::new(Algorithm::HS256), claims, &self.encoding).map_err(|e| {
            tracing::error!(error = %e, "etlworks: signing a JWT failed");
            EtlworksError::Internal
        })
    }

    /// Any claims signed with the same key (the OAuth `state`); their fields keep them
    /// apart from a sign-in token's, which does not decode as them nor they as it.
    pub fn sign_other<T: Serialize>(&self, claims: &T) -> Result<String, EtlworksError> {
        jsonwebtoken::encode(&Header::new(Algorithm::HS256), claims, &self.encoding).map_err(|e| {
            tracing::error!(error = %e, "etlworks: signing claims failed");
            EtlworksError::Internal
        })
    }

    /// The claims [`Keys::sign_other`] signed in `token`, if it did (expiry is the
    /// caller's to check, against the state's clock).
    pub fn verify_other<T: serde::de::DeserializeOwned>(&self, token: &str) -> Option<T> {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.validate_exp = false;
        validation.required_spec_claims.clear();
        jsonwebtoken::decode::<T>(token, &self.decoding, &validation)
            .ok()
            .map(|d| d.claims)
    }

    /// The claims of `token` if this server signed it and it has not expired at `now_ms`.
    pub fn verify(&self, token: &str, now_ms: i64) -> Result<Claims, EtlworksError> {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.validate_exp = false;
        validation.required_spec_claims.clear();
        let claims = jsonwebtoken::decode::<Claims>(token, &self.decoding, &validation)
            .map_err(|_| EtlworksError::Unauthenticated("Invalid token".into()))?
            .claims;
        if claims.expires_at_ms() <= now_ms {
            return Err(EtlworksError::Unauthenticated("Token has expired".into()));
        }
        Ok(claims)
    }
}

/// Whether `token` has a JWT's shape (three dot-separated parts), as opposed to an API key.
pub fn looks_like_jwt(token: &str) -> bool {
    token.split('.').count() == 3
}
