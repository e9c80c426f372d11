//! The records file: a zip holding
//!
//! - `manifest.json`: the format and its version, the device's id and name,
//!   the device key (`did:key`), the export's number and time, and the size
//!   and SHA-256 of every part;
//! - `manifest.sig`: the Ed25519 signature of `manifest.json`'s exact bytes
//!   by that key (base64url, no padding);
//! - the parts, one JSON file per table family (`learners.json`,
//!   `attempts.json`...).
//!
//! Reading checks, in this order: that the file is a zip holding a records
//! manifest, its format version, the signature, then every part's size and
//! hash; a part the manifest does not list, or a listed part missing, is
//! refused too. Only then are the rows read.

use super::error::{Error, Result};
use crate::certificate::keys::{DidKey, IssuerKey};
use crate::progress::{DeviceRecords, ExportIdentity};
use crate::time::Timestamp;
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::io::{Cursor, Read, Write as _};
use std::path::Path;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipArchive, ZipWriter};

/// The `format` every records manifest declares.
pub const FORMAT: &str = "fieldcourse-records";
/// The newest records format version this build writes and reads. Version 2
/// adds each learner's `subject_id`; files of version 1 are still read (their
/// learners have none), while a build that reads only version 1 refuses a
/// version 2 file with a clear message instead of failing on the new field.
pub const FORMAT_VERSION: u32 = 2;
/// The manifest's name in the zip.
pub const MANIFEST_FILE: &str = "manifest.json";
/// The signature's name in the zip.
pub const SIGNATURE_FILE: &str = "manifest.sig";
/// A manifest is a few hundred bytes; anything much larger is not one.
const MAX_MANIFEST_BYTES: u64 = 1 << 20;
/// The largest records file read (a few MB for a busy device), and the most
/// its parts may unpack to together: a file declaring more is refused before
/// anything is unpacked.
const MAX_FILE_BYTES: u64 = 1 << 30;

/// What a records file says about itself; signed by the device key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Always [`FORMAT`].
    pub format: String,
    /// The records format version ([`FORMAT_VERSION`] when written here).
    pub format_version: u32,
    /// The device's random id.
    pub device_id: String,
    /// The name the device gives itself.
    pub device_name: String,
    /// The `did:key` of the device key that signed the file.
    pub public_key: String,
    /// The export's number on the device: 1 for its first, then 2...
    pub export_number: i64,
    /// When the export was made, by the device's clock (Unix milliseconds).
    pub exported_at_unix_ms: i64,
    /// The Fieldcourse that wrote the file, such as `fieldcourse 0.1.0`.
    pub exported_by: String,
    /// Every part, by its name in the zip.
    pub files: BTreeMap<String, Part>,
}

/// A part's size and hash, as the manifest lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Part {
    /// Its size in bytes.
    pub bytes: u64,
    /// Its SHA-256, in lowercase hex.
    pub sha256: String,
}

/// Who writes the file: the device and its key.
pub struct Writer<'a> {
    /// The device's random id.
    pub device_id: &'a str,
    /// The name it gives itself.
    pub device_name: &'a str,
    /// Its key.
    pub key: &'a IssuerKey,
    /// This export's number on the device.
    pub export_number: i64,
    /// When the export is made.
    pub exported_at: Timestamp,
}

/// A file read and checked: who made it, and its rows.
#[derive(Debug, Clone)]
pub struct Verified {
    /// The manifest, as signed.
    pub manifest: Manifest,
    /// Who exported it and which export it is.
    pub identity: ExportIdentity,
    /// The rows.
    pub records: DeviceRecords,
}

/// The bytes of the records file to be saved at `path`: the manifest, its
/// signature, then the parts.
pub fn write(records: &DeviceRecords, writer: &Writer<'_>, path: &Path) -> Result<Vec<u8>> {
    let failed = |problem: String| Error::NotWritten {
        path: path.to_owned(),
        problem,
    };
    let Value::Object(tables) =
        serde_json::to_value(records).map_err(|error| failed(error.to_string()))?
    else {
        return Err(failed("the records are not a JSON object".to_owned()));
    };
    let mut parts = Vec::with_capacity(tables.len());
    let mut files = BTreeMap::new();
    for (table, rows) in tables {
        let name = format!("{table}.json");
        let bytes = serde_json::to_vec(&rows).map_err(|error| failed(error.to_string()))?;
        files.insert(
            name.clone(),
            Part {
                bytes: bytes.len() as u64,
                sha256: hex::encode(Sha256::digest(&bytes)),
            },
        );
        parts.push((name, bytes));
    }
    let manifest = Manifest {
        format: FORMAT.to_owned(),
        format_version: FORMAT_VERSION,
        device_id: writer.device_id.to_owned(),
        device_name: writer.device_name.to_owned(),
        public_key: writer.key.did().as_str().to_owned(),
        export_number: writer.export_number,
        exported_at_unix_ms: writer.exported_at.unix_ms(),
        exported_by: format!("fieldcourse {}", env!("CARGO_PKG_VERSION")),
        files,
    };
    let mut manifest_bytes =
        serde_json::to_vec_pretty(&manifest).map_err(|error| failed(error.to_string()))?;
    manifest_bytes.push(b'\n');
    let signature = URL_SAFE_NO_PAD.encode(writer.key.sign(&manifest_bytes));
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(6))
        .last_modified_time(DateTime::default())
        .unix_permissions(0o644);
    let zip_failed = |error: zip::result::ZipError| failed(error.to_string());
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let entries = [
        (MANIFEST_FILE.to_owned(), manifest_bytes),
        (SIGNATURE_FILE.to_owned(), signature.into_bytes()),
    ];
    for (name, bytes) in entries.into_iter().chain(parts) {
        zip.start_file(name, options).map_err(zip_failed)?;
        zip.write_all(&bytes)
            .map_err(|error| failed(error.to_string()))?;
    }
    Ok(zip.finish().map_err(zip_failed)?.into_inner())
}

/// Reads the records file at `path` and checks it whole (see the module
/// documentation); a file that fails any check is refused.
pub fn read(path: &Path) -> Result<Verified> {
    let size = std::fs::metadata(path)
        .map_err(super::error::io_error(path, "read the records file"))?
        .len();
    if size > MAX_FILE_BYTES {
        return Err(Error::NotRecords {
            path: path.to_owned(),
            problem: format!("it is {size} bytes, far more than a device's records"),
        });
    }
    let bytes =
        std::fs::read(path).map_err(super::error::io_error(path, "read the records file"))?;
    verify(path, &bytes)
}

/// Checks a records file's `bytes` (read from `path`, for the messages).
pub fn verify(path: &Path, bytes: &[u8]) -> Result<Verified> {
    let path = path.to_owned();
    let not_records = |problem: &str| Error::NotRecords {
        path: path.clone(),
        problem: problem.to_owned(),
    };
    let tampered = |problem: String| Error::Tampered {
        path: path.clone(),
        problem,
    };
    if bytes.is_empty() {
        return Err(Error::Truncated { path });
    }
    let looks_like_zip = bytes.starts_with(b"PK\x03\x04");
    let mut archive = match ZipArchive::new(Cursor::new(bytes)) {
        Ok(archive) => archive,
        Err(_) if looks_like_zip => return Err(Error::Truncated { path }),
        Err(_) => return Err(not_records("it is not a zip file")),
    };
    let manifest_bytes = match read_entry(&mut archive, MANIFEST_FILE, MAX_MANIFEST_BYTES) {
        Entry::Missing => return Err(not_records("it holds no manifest.json")),
        Entry::Broken(problem) => return Err(tampered(format!("{MANIFEST_FILE}: {problem}"))),
        Entry::Read(bytes) => bytes,
    };
    let loose: Value = serde_json::from_slice(&manifest_bytes)
        .map_err(|_| not_records("its manifest.json is not JSON"))?;
    if loose.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(not_records(
            "its manifest is not a records manifest (a course package, perhaps)",
        ));
    }
    let found = loose
        .get("format_version")
        .and_then(Value::as_u64)
        .unwrap_or(0);
    if found > u64::from(FORMAT_VERSION) {
        return Err(Error::NewerFormat {
            path,
            found,
            supported: FORMAT_VERSION,
        });
    }
    let signature = match read_entry(&mut archive, SIGNATURE_FILE, 1024) {
        Entry::Missing => return Err(Error::Unsigned { path }),
        Entry::Broken(problem) => return Err(tampered(format!("{SIGNATURE_FILE}: {problem}"))),
        Entry::Read(bytes) => bytes,
    };
    let manifest: Manifest = serde_json::from_slice(&manifest_bytes)
        .map_err(|error| tampered(format!("its manifest cannot be read: {error}")))?;
    check_signature(&manifest, &manifest_bytes, &signature).map_err(tampered)?;
    let unpacked = manifest
        .files
        .values()
        .fold(0_u64, |total, part| total.saturating_add(part.bytes));
    if unpacked > MAX_FILE_BYTES {
        return Err(not_records(&format!(
            "its parts would unpack to {unpacked} bytes, far more than a device's records"
        )));
    }
    let names: Vec<String> = archive
        .file_names_raw()
        .map(|name| String::from_utf8_lossy(name).into_owned())
        .collect();
    let mut tables = Map::new();
    let mut seen = std::collections::BTreeSet::new();
    for name in names {
        if !seen.insert(name.clone()) {
            return Err(tampered(format!("it holds {name} twice")));
        }
        if name == MANIFEST_FILE || name == SIGNATURE_FILE {
            continue;
        }
        let Some(part) = manifest.files.get(&name) else {
            return Err(tampered(format!(
                "it holds {name}, which its manifest does not list"
            )));
        };
        let bytes = match read_entry(&mut archive, &name, part.bytes) {
            Entry::Read(bytes) => bytes,
            Entry::Missing => return Err(tampered(format!("{name} cannot be found"))),
            Entry::Broken(problem) => return Err(tampered(format!("{name}: {problem}"))),
        };
        if bytes.len() as u64 != part.bytes || hex::encode(Sha256::digest(&bytes)) != part.sha256 {
            return Err(tampered(format!(
                "{name} does not match its hash in the manifest"
            )));
        }
        let table = name.strip_suffix(".json").unwrap_or(&name).to_owned();
        let rows: Value = serde_json::from_slice(&bytes).map_err(|error| Error::Unreadable {
            path: path.clone(),
            problem: format!("{name}: {error}"),
        })?;
        tables.insert(table, rows);
    }
    if let Some(missing) = manifest
        .files
        .keys()
        .find(|name| !tables.contains_key(name.strip_suffix(".json").unwrap_or(name)))
    {
        return Err(tampered(format!(
            "{missing}, listed in its manifest, is missing"
        )));
    }
    let records: DeviceRecords =
        serde_json::from_value(Value::Object(tables)).map_err(|error| Error::Unreadable {
            path: path.clone(),
            problem: error.to_string(),
        })?;
    if manifest.device_id.trim().is_empty() {
        return Err(Error::Unreadable {
            path,
            problem: "it names no device".to_owned(),
        });
    }
    let identity = ExportIdentity {
        device_id: manifest.device_id.clone(),
        device_name: manifest.device_name.clone(),
        public_key: manifest.public_key.clone(),
        export_number: manifest.export_number,
        exported_at: Timestamp::from_unix_ms(manifest.exported_at_unix_ms),
        export_sha256: hex::encode(Sha256::digest(&manifest_bytes)),
        exported_by: manifest.exported_by.clone(),
    };
    Ok(Verified {
        manifest,
        identity,
        records,
    })
}

/// Checks that `signature` (base64url) is the manifest key's signature of
/// `manifest_bytes`; says what is wrong otherwise.
fn check_signature(
    manifest: &Manifest,
    manifest_bytes: &[u8],
    signature: &[u8],
) -> std::result::Result<(), String> {
    let key = DidKey::parse(&manifest.public_key)
        .map_err(|problem| format!("its signing key cannot be read: {problem}"))?;
    let signature: [u8; 64] = std::str::from_utf8(signature)
        .ok()
        .and_then(|text| URL_SAFE_NO_PAD.decode(text.trim()).ok())
        .and_then(|bytes| bytes.try_into().ok())
        .ok_or_else(|| "its signature is not 64 bytes of base64url".to_owned())?;
    key.public_key()
        .verify_strict(
            manifest_bytes,
            &ed25519_dalek::Signature::from_bytes(&signature),
        )
        .map_err(|_| "its manifest does not match its signature".to_owned())
}

/// An entry of the zip, read.
enum Entry {
    /// Not in the zip.
    Missing,
    /// There, but it could not be unpacked whole (or is larger than allowed).
    Broken(String),
    /// Its bytes.
    Read(Vec<u8>),
}

/// Reads the entry `name`, at most `limit` bytes (one more tells it is larger).
fn read_entry(archive: &mut ZipArchive<Cursor<&[u8]>>, name: &str, limit: u64) -> Entry {
    let file = match archive.by_name(name) {
        Ok(file) => file,
        Err(zip::result::ZipError::FileNotFound) => return Entry::Missing,
        Err(error) => return Entry::Broken(error.to_string()),
    };
    let mut bytes = Vec::new();
    match file.take(limit.saturating_add(1)).read_to_end(&mut bytes) {
        Ok(_) if bytes.len() as u64 > limit => {
            Entry::Broken(format!("it is larger than the {limit} bytes expected"))
        }
        Ok(_) => Entry::Read(bytes),
        Err(error) => Entry::Broken(format!("it cannot be unpacked ({error})")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::certificate::KeyKind;

    /// A zip of `manifest` signed by `key`, with `parts`.
    fn signed(manifest: &Manifest, key: &IssuerKey, parts: &[(&str, &[u8])]) -> Vec<u8> {
        let manifest_bytes = serde_json::to_vec(manifest).unwrap_or_default();
        let signature = URL_SAFE_NO_PAD.encode(key.sign(&manifest_bytes));
        let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
        let entries = [
            (MANIFEST_FILE, manifest_bytes.as_slice()),
            (SIGNATURE_FILE, signature.as_bytes()),
        ];
        for (name, bytes) in entries.iter().chain(parts) {
            zip.start_file(*name, SimpleFileOptions::default()).unwrap();
            zip.write_all(bytes).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    #[test]
    fn a_signed_file_declaring_huge_parts_is_refused_before_unpacking() {
        let key = IssuerKey::from_secret("Fieldcourse device", KeyKind::Device, [3; 32]);
        let manifest = Manifest {
            format: FORMAT.to_owned(),
            format_version: FORMAT_VERSION,
            device_id: "d".to_owned(),
            device_name: "D".to_owned(),
            public_key: key.did().as_str().to_owned(),
            export_number: 1,
            exported_at_unix_ms: 0,
            exported_by: "test".to_owned(),
            files: BTreeMap::from([(
                "learners.json".to_owned(),
                Part {
                    bytes: 1 << 40,
                    sha256: String::new(),
                },
            )]),
        };
        let bytes = signed(&manifest, &key, &[("learners.json", b"[]")]);
        let error = verify(Path::new("bomb.fcrecords"), &bytes).unwrap_err();
        assert!(matches!(error, Error::NotRecords { .. }), "{error}");
    }
}
