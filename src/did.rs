//! `did:key` names of Ed25519 public keys, and checking a signature made with
//! one. A leaf: course packages (signed by their publisher) and certificates
//! (signed by their issuer) both name keys this way, so it sits below both.
//!
//! A `did:key` is `did:key:z` followed by the base58btc encoding of the
//! multicodec prefix `ed25519-pub` (0xed 0x01) and the 32 key bytes.

use ed25519_dalek::{Signature, VerifyingKey};
use std::fmt;

/// The multicodec prefix of an Ed25519 public key (`ed25519-pub`, 0xed, varint).
const ED25519_MULTICODEC: [u8; 2] = [0xed, 0x01];

/// A `did:key` naming an Ed25519 public key, such as `did:key:z6Mk...`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DidKey {
    did: String,
    key: VerifyingKey,
}

impl DidKey {
    /// The `did:key` of `key`: multicodec `ed25519-pub` + key bytes, base58btc
    /// with the multibase prefix `z`.
    pub fn from_public_key(key: VerifyingKey) -> Self {
        let mut bytes = ED25519_MULTICODEC.to_vec();
        bytes.extend_from_slice(key.as_bytes());
        Self {
            did: format!("did:key:z{}", bs58::encode(bytes).into_string()),
            key,
        }
    }

    /// Reads a `did:key` (an optional `#fragment` is ignored). Only Ed25519 keys
    /// are accepted; the reason is given otherwise.
    pub fn parse(text: &str) -> Result<Self, String> {
        let did = text.split('#').next().unwrap_or_default();
        let Some(multibase) = did.strip_prefix("did:key:") else {
            return Err(format!("`{}` is not a did:key", shorten(did)));
        };
        let Some(base58) = multibase.strip_prefix('z') else {
            return Err("the did:key is not base58btc (it must start with `did:key:z`)".into());
        };
        let bytes = bs58::decode(base58)
            .into_vec()
            .map_err(|error| format!("the did:key is not valid base58: {error}"))?;
        let Some(key_bytes) = bytes.strip_prefix(&ED25519_MULTICODEC) else {
            return Err("the did:key is not an Ed25519 key (only Ed25519 is accepted)".into());
        };
        let key_bytes: [u8; 32] = key_bytes
            .try_into()
            .map_err(|_| format!("the did:key holds {} key bytes, not 32", key_bytes.len()))?;
        let key = VerifyingKey::from_bytes(&key_bytes)
            .map_err(|_| "the did:key does not hold a valid Ed25519 public key".to_owned())?;
        Ok(Self::from_public_key(key))
    }

    /// The DID, such as `did:key:z6Mk...`.
    pub fn as_str(&self) -> &str {
        &self.did
    }

    /// The key id for JWT headers: the DID with its own key as fragment.
    pub fn key_id(&self) -> String {
        let suffix = self.did.trim_start_matches("did:key:");
        format!("{}#{suffix}", self.did)
    }

    /// The public key.
    pub fn public_key(&self) -> &VerifyingKey {
        &self.key
    }

    /// Whether `signature` is this key's Ed25519 signature of `message`.
    /// Strict verification: a signature that only a lax verifier would take
    /// (a malleable or small-order form) is refused.
    pub fn verifies(&self, message: &[u8], signature: &[u8; 64]) -> bool {
        self.key
            .verify_strict(message, &Signature::from_bytes(signature))
            .is_ok()
    }
}

impl serde::Serialize for DidKey {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.did)
    }
}

impl<'de> serde::Deserialize<'de> for DidKey {
    /// Read as [`DidKey::parse`] reads it: a string that is not an Ed25519
    /// did:key fails with the reason.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Self::parse(&text).map_err(serde::de::Error::custom)
    }
}

impl fmt::Display for DidKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.did)
    }
}

/// `text` cut to 40 characters, for an error message quoting what was given.
pub(crate) fn shorten(text: &str) -> String {
    let mut short: String = text.chars().take(40).collect();
    if short.len() < text.len() {
        short.push('…');
    }
    short
}
