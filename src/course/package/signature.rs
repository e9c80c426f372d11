//! The publisher's signature of a package: `signature.json` beside
//! `manifest.json`, with the signing `did:key`, the name it signs as, and an
//! Ed25519 signature over the exact bytes of `manifest.json` (which holds the
//! SHA-256 of every file, so the signature covers the whole course).
//!
//! The signed message is `fieldcourse-signature/1`, a line break, the name, a
//! line break, then the manifest's bytes: the name cannot be changed without
//! breaking the signature, and a signature of a package can never pass for
//! one of a certificate made with the same key (whose message starts `eyJ`).
//!
//! Ed25519 signatures are deterministic, so a package signed twice with the
//! same key is the same bytes. An unsigned package has no `signature.json`
//! and reads as before; one that has it must verify, or it is refused.

use super::PackageError;
use crate::course::publisher::{Publisher, check_name};
use crate::did::DidKey;
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::{Deserialize, Serialize};
use std::io::{Read, Seek};
use zip::ZipArchive;

/// The name of the signature at the root of a package.
pub const SIGNATURE_FILE: &str = "signature.json";
/// The `format` value of the signatures this build writes and reads.
pub const SIGNATURE_FORMAT: &str = "fieldcourse-signature/1";
/// A signature entry larger than this is not one Fieldcourse wrote.
const MAX_SIGNATURE_BYTES: u64 = 64 * 1024;

/// Who signs a package being packed, and how: the secret key stays with the
/// caller, which signs the message handed to `sign`.
pub struct PackageSigner<'a> {
    /// The signing key's did:key.
    pub did: DidKey,
    /// The name the package is signed as (the organisation's).
    pub name: String,
    /// Signs a message with the key named by `did`.
    pub sign: &'a dyn Fn(&[u8]) -> [u8; 64],
}

impl std::fmt::Debug for PackageSigner<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PackageSigner")
            .field("did", &self.did.as_str())
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

/// `signature.json`.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SignatureFile {
    /// [`SIGNATURE_FORMAT`].
    format: String,
    /// The signing key.
    signer: String,
    /// The name it signs as.
    name: String,
    /// The 64-byte Ed25519 signature, base64url without padding.
    signature: String,
}

/// The message a publisher signs for `manifest` under `name`.
fn signed_message(name: &str, manifest: &[u8]) -> Vec<u8> {
    let mut message = Vec::with_capacity(SIGNATURE_FORMAT.len() + name.len() + manifest.len() + 2);
    message.extend_from_slice(SIGNATURE_FORMAT.as_bytes());
    message.push(b'\n');
    message.extend_from_slice(name.as_bytes());
    message.push(b'\n');
    message.extend_from_slice(manifest);
    message
}

/// The bytes of `signature.json` for a package whose manifest is `manifest`.
pub(super) fn signature_entry(
    signer: &PackageSigner<'_>,
    manifest: &[u8],
) -> Result<Vec<u8>, PackageError> {
    check_name(&signer.name)
        .map_err(|problem| PackageError::NotPacked(format!("the signing key: {problem}")))?;
    let signature = (signer.sign)(&signed_message(&signer.name, manifest));
    if !signer
        .did
        .verifies(&signed_message(&signer.name, manifest), &signature)
    {
        return Err(PackageError::NotPacked(
            "the key file's secret does not match its did:key".to_owned(),
        ));
    }
    let file = SignatureFile {
        format: SIGNATURE_FORMAT.to_owned(),
        signer: signer.did.as_str().to_owned(),
        name: signer.name.clone(),
        signature: URL_SAFE_NO_PAD.encode(signature),
    };
    let mut bytes = serde_json::to_vec_pretty(&file)
        .map_err(|error| PackageError::NotPacked(error.to_string()))?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// Reads `signature.json`, if the package has one, and checks it against the
/// manifest's bytes: the publisher when it verifies, `None` when the package
/// is unsigned, an error when the signature is malformed or does not verify.
pub(super) fn read_signature<R: Read + Seek>(
    archive: &mut ZipArchive<R>,
    manifest: &[u8],
) -> Result<Option<Publisher>, PackageError> {
    let Ok(file) = archive.by_name(SIGNATURE_FILE) else {
        return Ok(None);
    };
    let bad = PackageError::BadSignature;
    let mut text = Vec::new();
    file.take(MAX_SIGNATURE_BYTES + 1)
        .read_to_end(&mut text)
        .map_err(|error| bad(format!("could not be read ({error})")))?;
    if text.len() as u64 > MAX_SIGNATURE_BYTES {
        return Err(bad(format!("is larger than {MAX_SIGNATURE_BYTES} bytes")));
    }
    let file: SignatureFile =
        serde_json::from_slice(&text).map_err(|error| bad(format!("is not valid ({error})")))?;
    if file.format != SIGNATURE_FORMAT {
        return Err(bad(format!(
            "has format `{}`; this version of Fieldcourse reads `{SIGNATURE_FORMAT}`",
            file.format
        )));
    }
    let did =
        DidKey::parse(&file.signer).map_err(|problem| bad(format!("names a key: {problem}")))?;
    check_name(&file.name).map_err(bad)?;
    let signature: [u8; 64] = URL_SAFE_NO_PAD
        .decode(file.signature.trim())
        .ok()
        .and_then(|bytes| bytes.try_into().ok())
        .ok_or_else(|| bad("is not 64 bytes of base64url".to_owned()))?;
    if !did.verifies(&signed_message(&file.name, manifest), &signature) {
        return Err(bad(format!(
            "by {did} does not match the package's manifest"
        )));
    }
    Ok(Some(Publisher {
        did,
        name: file.name,
    }))
}
