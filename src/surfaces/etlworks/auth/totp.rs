//! RFC 6238 time-based one-time passwords (HMAC-SHA1, 30-second steps, six digits, as
//! authenticator apps expect), on the state's clock.

use ring::hmac;

/// Seconds per code.
const STEP_SECONDS: i64 = 30;

/// The code for the step holding `at_ms`, with `secret` the raw key bytes.
pub fn code_at(secret: &[u8], at_ms: i64) -> String {
    let counter = at_ms.div_euclid(1000 * STEP_SECONDS) as u64;
    let key = hmac::Key::new(hmac::HMAC_SHA1_FOR_LEGACY_USE_ONLY, secret);
    let digest = hmac::sign(&key, &counter.to_be_bytes());
    let bytes = digest.as_ref();
    // RFC 4226's dynamic truncation.
    let offset = (bytes[bytes.len() - 1] & 0x0f) as usize;
    let value = u32::from_be_bytes([
        bytes[offset] & 0x7f,
        bytes[offset + 1],
        bytes[offset + 2],
        bytes[offset + 3],
    ]);
    format!("{:06}", value % 1_000_000)
}

/// Whether `code` is the code of the step holding `now_ms` or of a step next to it (a
/// phone's clock drifts, and a code typed at the end of its step arrives in the next).
pub fn accepts(secret_base32: &str, code: &str, now_ms: i64) -> bool {
    let Some(secret) = decode(secret_base32) else {
        return false;
    };
    let step = 1000 * STEP_SECONDS;
    [-step, 0, step].iter().any(|d| {
        let expected = code_at(&secret, now_ms + d);
        // Constant time: the comparison's timing must not tell how many digits matched.
        subtle::ConstantTimeEq::ct_eq(expected.as_bytes(), code.as_bytes()).into()
    })
}

/// A fresh secret (20 bytes, RFC 4226's recommendation) as authenticator apps take it.
pub fn encode(secret: &[u8]) -> String {
    data_encoding::BASE32_NOPAD.encode(secret)
}

fn decode(secret: &str) -> Option<Vec<u8>> {
    data_encoding::BASE32_NOPAD.decode(secret.as_bytes()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc_6238_sha1_vectors() {
        // RFC 6238 appendix B, truncated to six digits.
        let secret = b"12345678901234567890";
        assert_eq!(code_at(secret, 59_000), "287082");
        assert_eq!(code_at(secret, 1_111_111_109_000), "081804");
        assert_eq!(code_at(secret, 2_000_000_000_000), "279037");
    }

    #[test]
    fn a_neighbouring_step_is_accepted_and_a_far_one_is_not() {
        let secret = encode(b"12345678901234567890");
        assert!(accepts(&secret, "287082", 59_000));
        assert!(accepts(&secret, "287082", 59_000 + 30_000));
        assert!(!accepts(&secret, "287082", 59_000 + 90_000));
        assert!(!accepts(&secret, "000000", 59_000));
    }
}
