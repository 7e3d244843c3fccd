//! Reading an uploaded certificate and checking that the private key belongs to it.

use ring::signature::{self, KeyPair};
use sha2::{Digest, Sha256};
use x509_parser::pem::parse_x509_pem;

/// What Datawiza reports about an uploaded certificate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CertificateFacts {
    pub subject: String,
    /// SHA-256 of the DER certificate: upper-case hex pairs joined by colons.
    pub finger_print: String,
    /// `notAfter`, in epoch milliseconds.
    pub expiration_time: i64,
}

/// Parses a PEM certificate and a PEM private key and checks that they form a pair.
pub fn inspect(cert_pem: &str, key_pem: &str) -> Result<CertificateFacts, String> {
    let (facts, public_key) = parse(cert_pem)?;
    let (_, key_block) = parse_x509_pem(key_pem.trim().as_bytes())
        .map_err(|_| "key is not a PEM private key".to_string())?;
    let key_public = match key_block.label.as_str() {
        "PRIVATE KEY" => pkcs8_public_key(&key_block.contents)?,
        "RSA PRIVATE KEY" => signature::RsaKeyPair::from_der(&key_block.contents)
            .map(|k| k.public_key().as_ref().to_vec())
            .map_err(|_| "key is not a valid RSA private key".to_string())?,
        other => {
            return Err(format!(
                "key is a PEM {other} block; upload a PKCS#8 (PRIVATE KEY) or RSA PRIVATE KEY"
            ))
        }
    };
    if key_public != public_key {
        return Err("key does not match the certificate".into());
    }
    Ok(facts)
}

/// What a PEM certificate says, without a key (one checked when it was uploaded).
pub fn read(cert_pem: &str) -> Result<CertificateFacts, String> {
    parse(cert_pem).map(|(facts, _)| facts)
}

/// The facts of a PEM certificate and the public key it carries.
fn parse(cert_pem: &str) -> Result<(CertificateFacts, Vec<u8>), String> {
    let (_, cert_block) = parse_x509_pem(cert_pem.trim().as_bytes())
        .map_err(|_| "cert is not a PEM certificate".to_string())?;
    if cert_block.label != "CERTIFICATE" {
        return Err(format!(
            "cert is a PEM {} block, not a CERTIFICATE",
            cert_block.label
        ));
    }
    let cert = cert_block
        .parse_x509()
        .map_err(|_| "cert is not a valid X.509 certificate".to_string())?;
    let public_key = cert.public_key().subject_public_key.data.to_vec();
    let digest = Sha256::digest(&cert_block.contents);
    let finger_print = digest
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect::<Vec<_>>()
        .join(":");
    let facts = CertificateFacts {
        subject: cert.subject().to_string(),
        finger_print,
        expiration_time: cert.validity().not_after.timestamp().saturating_mul(1000),
    };
    Ok((facts, public_key))
}

/// The public key inside a PKCS#8 private key, in the form a certificate carries it.
fn pkcs8_public_key(der: &[u8]) -> Result<Vec<u8>, String> {
    if let Ok(k) = signature::RsaKeyPair::from_pkcs8(der) {
        return Ok(k.public_key().as_ref().to_vec());
    }
    let rng = ring::rand::SystemRandom::new();
    for alg in [
        &signature::ECDSA_P256_SHA256_ASN1_SIGNING,
        &signature::ECDSA_P384_SHA384_ASN1_SIGNING,
    ] {
        if let Ok(k) = signature::EcdsaKeyPair::from_pkcs8(alg, der, &rng) {
            return Ok(k.public_key().as_ref().to_vec());
        }
    }
    if let Ok(k) = signature::Ed25519KeyPair::from_pkcs8_maybe_unchecked(der) {
        return Ok(k.public_key().as_ref().to_vec());
    }
    Err("key is not an RSA, ECDSA (P-256/P-384) or Ed25519 private key".into())
}
