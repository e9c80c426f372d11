//! Course packages (`.fcourse`): one zip file a trainer can hand out on a USB
//! stick, and the import that installs a course from one (see `import`).
//!
//! A package holds `manifest.json` (the package format, the course id and
//! version, and the SHA-256 of every file) and the course's files under a top
//! folder named by the course id. Packing is deterministic (sorted entries, a
//! fixed timestamp and mode), so the same course always gives the same bytes.
//!
//! A package comes from someone else and may be malicious, so reading one
//! refuses, before anything reaches the courses folder: paths that leave the
//! target folder, links, too many entries, too much data once unpacked
//! (counted while decompressing, not taken from the headers), entries that
//! inflate more than [`Limits::max_ratio`] times, files a course cannot use,
//! files the manifest does not list, and files whose hash does not match.

use super::publisher::{Publisher, RECORD_DIR};
use super::{COURSE_FILE, LoadedCourse};
use super::{is_valid_id, load_course};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::{self, Read, Seek, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipArchive, ZipWriter};

mod error;
mod import;
mod signature;
pub use error::{Damage, PackageError};
pub use import::{ImportOptions, Imported, Replaced, import_course, is_package};
pub use signature::{PackageSigner, SIGNATURE_FILE, SIGNATURE_FORMAT};

/// The `format` value of the manifests this build writes and reads.
pub const PACKAGE_FORMAT: &str = "fieldcourse-package/1";
/// The name of the manifest at the root of a package.
pub const MANIFEST_FILE: &str = "manifest.json";
/// The file name extension of course packages, without the dot.
pub const PACKAGE_EXTENSION: &str = "fcourse";
/// The extensions of the files a course can use: its JSON files and the
/// picture types the validator accepts (see `validate/assets.rs`).
const ALLOWED_EXTENSIONS: [&str; 5] = ["json", "png", "jpg", "jpeg", "svg"];
/// A manifest larger than this is not one Fieldcourse wrote.
const MAX_MANIFEST_BYTES: u64 = 16 * 1024 * 1024;
/// `S_IFMT` and `S_IFLNK` of a zip entry's unix mode.
const FILE_TYPE_MASK: u32 = 0o170_000;
const SYMLINK_TYPE: u32 = 0o120_000;

/// How much a package may hold: reading refuses anything beyond.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The most entries (files and folders) a package may hold.
    pub max_entries: usize,
    /// The most bytes all files may take once unpacked.
    pub max_total_bytes: u64,
    /// The most an entry may grow when unpacked, as unpacked bytes per packed byte.
    pub max_ratio: u64,
}

impl Default for Limits {
    /// 10,000 entries, 512 MiB unpacked, 100:1: far above any real course
    /// (pictures are already compressed; text rarely inflates past 10:1) and
    /// far below what would fill a field laptop's disk.
    fn default() -> Self {
        Self {
            max_entries: 10_000,
            max_total_bytes: 512 * 1024 * 1024,
            max_ratio: 100,
        }
    }
}

/// `manifest.json`: what a package says it holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// The package format: [`PACKAGE_FORMAT`].
    pub format: String,
    /// The course id, which is also the name of the package's top folder.
    pub id: String,
    /// The course version.
    pub version: String,
    /// Every file of the course, by its path inside the course folder (with
    /// `/` separators), and its SHA-256 in lowercase hex.
    pub files: BTreeMap<String, String>,
}

/// Whether the reader starts with a zip file's first signature; leaves it at the start.
fn starts_as_zip<R: Read + Seek>(reader: &mut R) -> bool {
    let mut magic = [0_u8; 4];
    let looks = reader.read_exact(&mut magic).is_ok() && magic == *b"PK\x03\x04";
    let rewound = reader.seek(io::SeekFrom::Start(0)).is_ok();
    looks && rewound
}

fn io_error(path: &Path, action: &'static str) -> impl FnOnce(io::Error) -> PackageError {
    let path = path.to_owned();
    move |source| PackageError::Io {
        path,
        action,
        source: Arc::new(source),
    }
}

fn refuse(entry: &str, reason: impl Into<String>) -> PackageError {
    PackageError::Entry {
        entry: entry.to_owned(),
        reason: reason.into(),
    }
}

/// A course packed by [`pack_course`].
#[derive(Debug, Clone)]
pub struct Packed {
    /// The package's manifest.
    pub manifest: Manifest,
    /// The package file's bytes.
    pub bytes: Vec<u8>,
    /// Files of the course folder left out because a course cannot use them
    /// (their type), by path inside the folder.
    pub skipped: Vec<String>,
    /// The course as loaded (warnings included).
    pub loaded: LoadedCourse,
}

/// Packs the course at `source` (a course folder, its `course.json`, or a lone
/// course `.json` file) into package bytes, after validating it: a course with
/// errors is refused. Links and files of types a course cannot use are left out.
pub fn pack_course(source: &Path) -> Result<Packed, PackageError> {
    pack_with(source, None)
}

/// Packs the course at `source` as [`pack_course`] does, and signs the
/// package's manifest with `signer` (see [`SIGNATURE_FILE`]). The same course
/// and key always give the same bytes.
pub fn pack_signed(source: &Path, signer: &PackageSigner<'_>) -> Result<Packed, PackageError> {
    pack_with(source, Some(signer))
}

fn pack_with(source: &Path, signer: Option<&PackageSigner<'_>>) -> Result<Packed, PackageError> {
    let loaded = load_course(source);
    let Some(course) = loaded.course.clone().filter(|_| loaded.is_usable()) else {
        return Err(PackageError::Refused(Box::new(loaded)));
    };
    let is_course_file = source.file_name().is_some_and(|name| name == COURSE_FILE);
    let mut files = BTreeMap::new();
    let mut skipped = Vec::new();
    if source.is_dir() || is_course_file {
        let folder = if source.is_dir() {
            source
        } else {
            source
                .parent()
                .filter(|parent| !parent.as_os_str().is_empty())
                .unwrap_or(Path::new("."))
        };
        collect_files(folder, "", &mut files, &mut skipped)?;
    } else {
        // A lone course file becomes the package's course.json, as it would
        // when installed.
        files.insert(COURSE_FILE.to_owned(), source.to_owned());
    }
    let mut manifest = Manifest {
        format: PACKAGE_FORMAT.to_owned(),
        id: course.id.clone(),
        version: course.version.clone(),
        files: BTreeMap::new(),
    };
    let mut contents = Vec::with_capacity(files.len());
    for (name, path) in &files {
        let bytes = fs::read(path).map_err(io_error(path, "read"))?;
        manifest.files.insert(name.clone(), sha256_hex(&bytes));
        contents.push((name, bytes));
    }
    let manifest_text = serde_json::to_vec_pretty(&manifest)
        .map_err(|error| PackageError::BadManifest(format!("could not be written: {error}")))?;
    let signature = signer
        .map(|signer| signature::signature_entry(signer, &manifest_text))
        .transpose()?;
    // Fixed time and mode: packing the same course twice gives the same bytes.
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(6))
        .last_modified_time(DateTime::default())
        .unix_permissions(0o644);
    let zip_error = |error: zip::result::ZipError| PackageError::NotPacked(error.to_string());
    let mut writer = ZipWriter::new(io::Cursor::new(Vec::new()));
    writer
        .start_file(MANIFEST_FILE, options)
        .map_err(zip_error)?;
    writer
        .write_all(&manifest_text)
        .map_err(|error| PackageError::NotPacked(error.to_string()))?;
    if let Some(signature) = signature {
        writer
            .start_file(SIGNATURE_FILE, options)
            .map_err(zip_error)?;
        writer
            .write_all(&signature)
            .map_err(|error| PackageError::NotPacked(error.to_string()))?;
    }
    for (name, bytes) in contents {
        writer
            .start_file(format!("{}/{name}", course.id), options)
            .map_err(zip_error)?;
        writer
            .write_all(&bytes)
            .map_err(|error| PackageError::NotPacked(error.to_string()))?;
    }
    let bytes = writer.finish().map_err(zip_error)?.into_inner();
    Ok(Packed {
        manifest,
        bytes,
        skipped,
        loaded,
    })
}

/// Gathers the files under `folder` into `files` by their `/`-separated path
/// under the course folder (`prefix` is the path of `folder` there). Links are
/// not followed: a course is plain files, and a link could reach outside it.
fn collect_files(
    folder: &Path,
    prefix: &str,
    files: &mut BTreeMap<String, PathBuf>,
    skipped: &mut Vec<String>,
) -> Result<(), PackageError> {
    for entry in fs::read_dir(folder).map_err(io_error(folder, "read the folder"))? {
        let entry = entry.map_err(io_error(folder, "read the folder"))?;
        let kind = entry.file_type().map_err(io_error(&entry.path(), "read"))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let relative = format!("{prefix}{name}");
        if kind.is_dir() && !name.starts_with('.') {
            // Hidden folders (an editor's `.vscode/`, `.git/`) are left out whole.
            collect_files(&entry.path(), &format!("{relative}/"), files, skipped)?;
        } else if prefix.is_empty() && name == RECORD_DIR {
            // An installed course's record of its publisher: each import
            // writes its own, from the signature it checked.
        } else if prefix.is_empty() && name == super::SCHEMA_FILE {
            // The editors' schema: learners' copies have no use for it.
        } else if kind.is_file() && has_allowed_extension(&relative) && !name.starts_with('.') {
            files.insert(relative, entry.path());
        } else {
            skipped.push(relative);
        }
    }
    Ok(())
}

fn has_allowed_extension(name: &str) -> bool {
    Path::new(name)
        .extension()
        .map(|extension| extension.to_string_lossy().to_ascii_lowercase())
        .is_some_and(|extension| ALLOWED_EXTENSIONS.contains(&extension.as_str()))
}

fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// A package that passed every check: what it holds and who signed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    /// The package's manifest.
    pub manifest: Manifest,
    /// Who signed it, when it is signed (the signature verified).
    pub publisher: Option<Publisher>,
}

/// Checks a whole package without writing anything: the manifest, its
/// signature when it has one, every entry's name, type and size, and every hash.
pub fn check_package<R: Read + Seek>(reader: R, limits: &Limits) -> Result<Manifest, PackageError> {
    check_signed_package(reader, limits).map(|checked| checked.manifest)
}

/// Checks a whole package as [`check_package`] does, and says who signed it.
pub fn check_signed_package<R: Read + Seek>(
    reader: R,
    limits: &Limits,
) -> Result<Checked, PackageError> {
    read_package(reader, limits, |_| Ok(io::sink()))
}

/// Checks the package and unpacks the course's files into `target`, a folder
/// that must not exist yet. On any error `target` is removed again.
pub fn unpack_package<R: Read + Seek>(
    reader: R,
    target: &Path,
    limits: &Limits,
) -> Result<Checked, PackageError> {
    fs::create_dir_all(target.parent().unwrap_or(target))
        .map_err(io_error(target, "create the folder for"))?;
    fs::create_dir(target).map_err(io_error(target, "create the folder"))?;
    let result = read_package(reader, limits, |relative| {
        let path = relative
            .split('/')
            .fold(target.to_owned(), |path, part| path.join(part));
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(io_error(parent, "create the folder"))?;
        }
        // `create_new`: never write through something already there.
        fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .map(io::BufWriter::new)
            .map_err(io_error(&path, "create"))
    });
    if result.is_err() {
        super::install::remove_leftover(target);
    }
    result
}

/// Reads and checks every entry, writing each file's bytes to what `create`
/// opens for its path inside the course folder.
fn read_package<R: Read + Seek, W: Write>(
    mut reader: R,
    limits: &Limits,
    mut create: impl FnMut(&str) -> Result<W, PackageError>,
) -> Result<Checked, PackageError> {
    let looks_like_zip = starts_as_zip(&mut reader);
    let unreadable = |error: zip::result::ZipError| PackageError::Unreadable {
        file: None,
        damage: Damage::from_zip(&error, looks_like_zip),
    };
    let mut archive = ZipArchive::new(reader).map_err(unreadable)?;
    if archive.len() > limits.max_entries {
        return Err(PackageError::TooManyEntries {
            count: archive.len(),
            max: limits.max_entries,
        });
    }
    let (manifest, manifest_bytes) = read_manifest(&mut archive)?;
    // Before any file is written: a package whose signature fails is refused whole.
    let publisher = signature::read_signature(&mut archive, &manifest_bytes)?;
    let top = format!("{}/", manifest.id);
    let record_dir = format!("{top}{RECORD_DIR}/");
    let mut total = 0_u64;
    let mut seen = BTreeSet::new();
    for index in 0..archive.len() {
        let mut file = archive.by_index(index).map_err(unreadable)?;
        let name = String::from_utf8_lossy(file.name_raw()).into_owned();
        if !seen.insert(name.clone()) {
            return Err(refuse(&name, "it appears twice in the package"));
        }
        if file
            .unix_mode()
            .is_some_and(|mode| mode & FILE_TYPE_MASK == SYMLINK_TYPE)
        {
            return Err(refuse(
                &name,
                "it is a link; a course holds only plain files",
            ));
        }
        check_entry_path(&name)?;
        if name == MANIFEST_FILE || name == SIGNATURE_FILE {
            continue;
        }
        if name.starts_with(&record_dir) || name == record_dir.trim_end_matches('/') {
            return Err(refuse(
                &name,
                format!(
                    "`{RECORD_DIR}` is where Fieldcourse records who published an installed course; a package may not bring one"
                ),
            ));
        }
        let Some(relative) = name.strip_prefix(&top) else {
            return Err(refuse(
                &name,
                format!("it is outside the course's folder `{top}`"),
            ));
        };
        if file.is_dir() {
            continue;
        }
        if !has_allowed_extension(relative) {
            return Err(refuse(
                &name,
                "a course cannot use this type of file (only .json, .png, .jpg, .jpeg and .svg)",
            ));
        }
        let Some(expected) = manifest.files.get(relative) else {
            return Err(refuse(&name, "the manifest does not list it"));
        };
        // The header's sizes may lie: the ratio and the total are checked on
        // the bytes actually produced while decompressing.
        let allowed = file
            .compressed_size()
            .max(1)
            .saturating_mul(limits.max_ratio);
        let mut sink = create(relative)?;
        let mut hasher = Sha256::new();
        let mut written = 0_u64;
        let mut buffer = [0_u8; 64 * 1024];
        loop {
            let count = file
                .read(&mut buffer)
                .map_err(|error| refuse(&name, format!("it could not be unpacked: {error}")))?;
            if count == 0 {
                break;
            }
            written += count as u64;
            total += count as u64;
            if written > allowed {
                return Err(refuse(
                    &name,
                    format!(
                        "it unpacks to more than {} times its packed size",
                        limits.max_ratio
                    ),
                ));
            }
            if total > limits.max_total_bytes {
                return Err(PackageError::TooLarge {
                    entry: name,
                    max: limits.max_total_bytes,
                });
            }
            let chunk = buffer.get(..count).unwrap_or_default();
            hasher.update(chunk);
            sink.write_all(chunk)
                .map_err(|error| refuse(&name, format!("it could not be written: {error}")))?;
        }
        sink.flush()
            .map_err(|error| refuse(&name, format!("it could not be written: {error}")))?;
        let actual = hex::encode(hasher.finalize());
        if actual != *expected {
            return Err(refuse(
                &name,
                "its content does not match the manifest's SHA-256: the package is damaged or was changed",
            ));
        }
    }
    if let Some(missing) = manifest
        .files
        .keys()
        .find(|path| !seen.contains(&format!("{top}{path}")))
    {
        return Err(PackageError::Missing(missing.clone()));
    }
    Ok(Checked {
        manifest,
        publisher,
    })
}

/// Reads and checks `manifest.json`; gives its bytes too, which a signature covers.
fn read_manifest<R: Read + Seek>(
    archive: &mut ZipArchive<R>,
) -> Result<(Manifest, Vec<u8>), PackageError> {
    let file = archive
        .by_name(MANIFEST_FILE)
        .map_err(|_| PackageError::BadManifest("is missing".to_owned()))?;
    let mut text = Vec::new();
    file.take(MAX_MANIFEST_BYTES + 1)
        .read_to_end(&mut text)
        .map_err(|error| PackageError::BadManifest(format!("could not be read: {error}")))?;
    if text.len() as u64 > MAX_MANIFEST_BYTES {
        return Err(PackageError::BadManifest(format!(
            "is larger than {MAX_MANIFEST_BYTES} bytes"
        )));
    }
    let manifest: Manifest = serde_json::from_slice(&text)
        .map_err(|error| PackageError::BadManifest(format!("is not valid: {error}")))?;
    if manifest.format != PACKAGE_FORMAT {
        return Err(PackageError::BadManifest(format!(
            "has format `{}`; this version of Fieldcourse reads `{PACKAGE_FORMAT}`: update Fieldcourse",
            manifest.format
        )));
    }
    // The id names the top folder, so it must be a plain folder name.
    if !is_valid_id(&manifest.id) {
        return Err(PackageError::BadManifest(format!(
            "has the course id `{}`, which is not a valid id",
            manifest.id
        )));
    }
    Ok((manifest, text))
}

/// Refuses entry names that could land outside the target folder on any
/// system: absolute paths, drive letters, `..`, backslashes (a separator on
/// Windows), and empty or `.` parts.
fn check_entry_path(name: &str) -> Result<(), PackageError> {
    let reason = if name.starts_with('/') {
        Some("it is an absolute path")
    } else if name.contains('\\') {
        Some("it uses `\\` in its path, which Windows reads as a folder separator")
    } else if name.contains(':') {
        Some("it has a `:` (a drive letter or a Windows stream name)")
    } else if name.contains('\0') || name.chars().any(char::is_control) {
        Some("it has control characters in its name")
    } else if name.split('/').any(|part| part == "..") {
        Some("it leads out of the target folder with `..`")
    } else if name
        .trim_end_matches('/')
        .split('/')
        .any(|part| part.is_empty() || part == ".")
    {
        Some("it has an empty or `.` part in its path")
    } else {
        None
    };
    match reason {
        Some(reason) => Err(refuse(name, reason)),
        None => Ok(()),
    }
}
