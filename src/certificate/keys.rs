//! Signing keys: the device key every installation makes at first use, and the
//! organisation issuer keys an administrator installs. Keys are named by their
//! public `did:key`.
//!
//! A key may carry a `verify_url`: the address of the organisation's
//! verification page, which the certificates' QR codes then open
//! (`verify_url#<token>`); see [`check_verify_url`].
//!
//! Key files are small JSON documents written with owner-only permissions
//! (`0600` on Unix), through a temporary file renamed into place, so a crash
//! never leaves half a key. The data directory holds them under `keys/`:
//! `keys/device.key`, `keys/issuers/<did-suffix>.key`, and the public keys a
//! verifier trusts, `keys/trusted/<did-suffix>.did` (see [`super::trust`]).

use super::{Error, Result, io_error};
use crate::did::shorten;
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ed25519_dalek::SigningKey;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::path::{Path, PathBuf};

/// The folder of key files inside the data directory.
pub const KEYS_DIR: &str = "keys";
const DEVICE_KEY_FILE: &str = "device.key";
const ISSUERS_DIR: &str = "issuers";
const KEY_FORMAT: &str = "fieldcourse-key/1";

pub use crate::did::DidKey;

/// A key that signs certificates, with the name it signs as.
#[derive(Clone)]
pub struct IssuerKey {
    /// Who signs: the organisation's name, or "Fieldcourse device" for a device key.
    pub name: String,
    /// What the key is.
    pub kind: super::KeyKind,
    /// The verification page the certificates' QR codes open, if set.
    pub verify_url: Option<String>,
    signing: SigningKey,
    did: DidKey,
}

impl fmt::Debug for IssuerKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Never print the secret.
        f.debug_struct("IssuerKey")
            .field("name", &self.name)
            .field("kind", &self.kind)
            .field("verify_url", &self.verify_url)
            .field("did", &self.did.as_str())
            .finish_non_exhaustive()
    }
}

/// The key file's content.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct KeyFile {
    format: String,
    kind: super::KeyKind,
    name: String,
    did: String,
    /// The 32-byte Ed25519 secret key, base64url without padding.
    secret_key: String,
    /// The verification page for QR codes; absent from older key files and
    /// when unset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    verify_url: Option<String>,
}

/// Checks a verification page address: an absolute `https://` or `http://`
/// URL with a host, no spaces and no `#` (the token is appended after one).
/// Returns it trimmed, or what is wrong with it.
pub fn check_verify_url(text: &str) -> std::result::Result<String, String> {
    let url = text.trim();
    let lower = url.to_ascii_lowercase();
    let Some(rest) = ["https://", "http://"]
        .iter()
        .find_map(|scheme| lower.strip_prefix(scheme))
    else {
        return Err(format!(
            "`{}` is not an absolute https:// or http:// address",
            shorten(url)
        ));
    };
    let host = rest.split(['/', '?']).next().unwrap_or_default();
    if host.is_empty() {
        return Err(format!("`{}` names no host", shorten(url)));
    }
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!("`{}` contains a space", shorten(url)));
    }
    if url.contains('#') {
        return Err(format!(
            "`{}` already has a `#` part; the certificate's token is put after the `#`, so give the page's address without it",
            shorten(url)
        ));
    }
    Ok(url.to_owned())
}

impl IssuerKey {
    /// A key made from a 32-byte secret.
    pub fn from_secret(name: &str, kind: super::KeyKind, secret: [u8; 32]) -> Self {
        let signing = SigningKey::from_bytes(&secret);
        let did = DidKey::from_public_key(signing.verifying_key());
        Self {
            name: name.to_owned(),
            kind,
            verify_url: None,
            signing,
            did,
        }
    }

    /// A new random key; `path` is where it will be written, for the error message.
    pub fn generate(name: &str, kind: super::KeyKind, path: &Path) -> Result<Self> {
        let mut secret = [0; 32];
        getrandom::fill(&mut secret).map_err(|error| Error::Random {
            path: path.to_owned(),
            problem: error.to_string(),
        })?;
        Ok(Self::from_secret(name, kind, secret))
    }

    /// The key's `did:key`.
    pub fn did(&self) -> &DidKey {
        &self.did
    }

    /// Signs `message` with Ed25519.
    pub fn sign(&self, message: &[u8]) -> [u8; 64] {
        use ed25519_dalek::Signer as _;
        self.signing.sign(message).to_bytes()
    }

    /// Reads a key file.
    pub fn read(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path).map_err(io_error(path, "read the key file"))?;
        let bad = |problem: String| Error::KeyFile {
            path: path.to_owned(),
            problem,
        };
        let file: KeyFile = serde_json::from_str(&text).map_err(|error| bad(error.to_string()))?;
        if file.format != KEY_FORMAT {
            return Err(bad(format!(
                "its format is `{}`, not `{KEY_FORMAT}`",
                file.format
            )));
        }
        let secret: [u8; 32] = URL_SAFE_NO_PAD
            .decode(file.secret_key.trim())
            .ok()
            .and_then(|bytes| bytes.try_into().ok())
            .ok_or_else(|| bad("its secret_key is not 32 bytes of base64url".into()))?;
        let mut key = Self::from_secret(&file.name, file.kind, secret);
        key.verify_url = file
            .verify_url
            .as_deref()
            .map(check_verify_url)
            .transpose()
            .map_err(|problem| bad(format!("its verify_url: {problem}")))?;
        if key.did.as_str() != file.did {
            return Err(bad(
                "its did does not match its secret key (the file was edited)".into(),
            ));
        }
        Ok(key)
    }

    /// Writes the key to a new file readable only by its owner. Refuses to
    /// replace an existing file, so a key is never lost by mistake.
    pub fn write_new(&self, path: &Path) -> Result<()> {
        write_private(path, &self.file_bytes(path)?)
    }

    /// Writes the key over its own file at `path` (to change its
    /// `verify_url`), in one step. The file there must hold this same key:
    /// another key is never replaced.
    pub fn write_over(&self, path: &Path) -> Result<()> {
        let existing = Self::read(path)?;
        if existing.did != self.did {
            return Err(Error::KeyFile {
                path: path.to_owned(),
                problem: "it holds another key, which is kept".into(),
            });
        }
        write_atomically(path, &self.file_bytes(path)?, Replace::Existing)
    }

    fn file_bytes(&self, path: &Path) -> Result<Vec<u8>> {
        let file = KeyFile {
            format: KEY_FORMAT.to_owned(),
            kind: self.kind,
            name: self.name.clone(),
            did: self.did.as_str().to_owned(),
            secret_key: URL_SAFE_NO_PAD.encode(self.signing.to_bytes()),
            verify_url: self.verify_url.clone(),
        };
        let mut text = serde_json::to_string_pretty(&file).map_err(|error| Error::KeyFile {
            path: path.to_owned(),
            problem: error.to_string(),
        })?;
        text.push('\n');
        Ok(text.into_bytes())
    }
}

/// Writes `bytes` to `path` (which must not exist) with owner-only permissions.
///
/// The bytes go to a temporary file in the same folder first, are flushed to
/// disk, and only then take the key's name (an atomic link or rename that
/// refuses to replace a file), so a crash or a full disk never leaves half a key
/// under that name; the temporary file is removed when anything fails.
pub(super) fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomically(path, bytes, Replace::Never)
}

/// Whether [`write_atomically`] may replace a file already at the path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Replace {
    /// Fail with `AlreadyExists`, leaving the existing file as it was.
    Never,
    /// Put the new content in its place in one step.
    Existing,
}

/// Writes `bytes` to a temporary owner-only file beside `path`, syncs it, then
/// gives it `path`'s name in one step.
pub(super) fn write_atomically(path: &Path, bytes: &[u8], replace: Replace) -> Result<()> {
    use std::io::Write as _;
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    // tempfile creates the file with mode 0600 on Unix, before any byte is written.
    let mut temporary = tempfile::Builder::new()
        .prefix(".fieldcourse-key-")
        .suffix(".tmp")
        .tempfile_in(folder)
        .map_err(io_error(path, "create the key file"))?;
    temporary
        .write_all(bytes)
        .and_then(|()| temporary.as_file().sync_all())
        .map_err(io_error(path, "write the key file"))?;
    let persisted = match replace {
        Replace::Never => temporary.persist_noclobber(path),
        Replace::Existing => temporary.persist(path),
    };
    // On failure the temporary file is dropped with the error, which deletes it.
    persisted.map_err(|error| io_error(path, "create the key file")(error.error))?;
    sync_folder(folder);
    Ok(())
}

/// Makes the new name durable: on Unix a rename is only on disk once its folder is.
fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    {
        // Best effort: the key is complete either way; at worst a power cut
        // right now forgets the new name, never half the content.
        if let Ok(handle) = std::fs::File::open(folder) {
            let _ = handle.sync_all();
        }
    }
    #[cfg(not(unix))]
    let _ = folder;
}

pub(super) fn create_private_dir(dir: &Path) -> Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt as _;
        builder.mode(0o700);
    }
    builder
        .create(dir)
        .map_err(io_error(dir, "create the key folder"))
}

/// The keys of one data directory.
#[derive(Debug, Clone)]
pub struct Keyring {
    dir: PathBuf,
}

impl Keyring {
    /// The keys kept in `data_dir/keys`.
    pub fn new(data_dir: &Path) -> Self {
        Self {
            dir: data_dir.join(KEYS_DIR),
        }
    }

    /// The folder of key files (`data_dir/keys`).
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The folder of installed organisation keys (`keys/issuers`).
    pub(super) fn issuers_dir(&self) -> PathBuf {
        self.dir.join(ISSUERS_DIR)
    }

    /// The device key file.
    pub fn device_key_path(&self) -> PathBuf {
        self.dir.join(DEVICE_KEY_FILE)
    }

    /// This device's key, made (and written with owner-only permissions) at first use.
    pub fn device_key(&self) -> Result<IssuerKey> {
        let path = self.device_key_path();
        if path.exists() {
            return IssuerKey::read(&path);
        }
        create_private_dir(&self.dir)?;
        let key = IssuerKey::generate("Fieldcourse device", super::KeyKind::Device, &path)?;
        match key.write_new(&path) {
            Ok(()) => Ok(key),
            // Another process made it first: use theirs, so the device has one key.
            Err(Error::Io { source, .. }) if source.kind() == std::io::ErrorKind::AlreadyExists => {
                IssuerKey::read(&path)
            }
            Err(error) => Err(error),
        }
    }

    /// Installs the organisation key in `file` on this device and returns it.
    /// Installing the same key again is harmless.
    pub fn install(&self, file: &Path) -> Result<IssuerKey> {
        let key = IssuerKey::read(file)?;
        if key.kind != super::KeyKind::Organisation {
            return Err(Error::KeyFile {
                path: file.to_owned(),
                problem: "it is a device key, not an organisation issuer key".into(),
            });
        }
        let issuers = self.issuers_dir();
        create_private_dir(&issuers)?;
        let target = issuers.join(format!(
            "{}.key",
            key.did.as_str().trim_start_matches("did:key:")
        ));
        match key.write_new(&target) {
            // Installed before (or by another process just now): the same key.
            Err(Error::Io { source, .. }) if source.kind() == std::io::ErrorKind::AlreadyExists => {
                Ok(key)
            }
            Err(error) => Err(error),
            Ok(()) => Ok(key),
        }
    }

    /// The file of the installed organisation key for `did` (it may not exist).
    fn issuer_key_path(&self, did: &DidKey) -> PathBuf {
        self.issuers_dir().join(format!(
            "{}.key",
            did.as_str().trim_start_matches("did:key:")
        ))
    }

    /// Sets (or with `None` clears) the verification page of this device's
    /// key (`did` `None`) or of the installed organisation key `did`, and
    /// returns the key as now saved. `Ok(None)` when no such key is here.
    pub fn set_verify_url(
        &self,
        did: Option<&DidKey>,
        verify_url: Option<&str>,
    ) -> Result<Option<IssuerKey>> {
        let device_path = self.device_key_path();
        let path = match did {
            None => device_path,
            Some(did) => {
                let installed = self.issuer_key_path(did);
                if installed.exists() {
                    installed
                } else if device_path.exists() && IssuerKey::read(&device_path)?.did() == did {
                    device_path
                } else {
                    return Ok(None);
                }
            }
        };
        let mut key = if did.is_none() {
            self.device_key()?
        } else {
            IssuerKey::read(&path)?
        };
        key.verify_url = verify_url
            .map(check_verify_url)
            .transpose()
            .map_err(|problem| Error::KeyFile {
                path: path.clone(),
                problem: format!("the verify_url: {problem}"),
            })?;
        key.write_over(&path)?;
        Ok(Some(key))
    }

    /// The verification page set on the key of `issuer` (a `did:key`) on this
    /// device, if any: where that issuer's certificates' QR codes point.
    pub fn verify_url_for(&self, issuer: &str) -> Option<String> {
        let did = DidKey::parse(issuer).ok()?;
        let installed = self.issuer_key_path(&did);
        let path = if installed.exists() {
            installed
        } else {
            self.device_key_path()
        };
        IssuerKey::read(&path)
            .ok()
            .filter(|key| key.did == did)
            .and_then(|key| key.verify_url)
    }

    /// The installed organisation key for `did`, if this device has it.
    pub fn issuer_key(&self, did: &str) -> Result<Option<IssuerKey>> {
        let Ok(parsed) = DidKey::parse(did) else {
            return Ok(None);
        };
        let path = self.issuers_dir().join(format!(
            "{}.key",
            parsed.as_str().trim_start_matches("did:key:")
        ));
        if path.exists() {
            IssuerKey::read(&path).map(Some)
        } else {
            Ok(None)
        }
    }

    /// The key that signs a certificate for a course naming `course_issuer`:
    /// the organisation key when installed here, else the device key.
    pub fn signing_key_for(&self, course_issuer: Option<&str>) -> Result<IssuerKey> {
        if let Some(did) = course_issuer
            && let Some(key) = self.issuer_key(did)?
        {
            return Ok(key);
        }
        self.device_key()
    }
}
