//! Why a course could not be packed, or a package read or imported.

use crate::course::publisher::{Publisher, Verdict};
use crate::course::{InstallError, LoadedCourse};
use std::io;
use std::path::PathBuf;
use std::sync::Arc;

/// Why a course could not be packed or a package could not be read or imported.
#[derive(Debug, Clone, thiserror::Error)]
pub enum PackageError {
    /// The course has errors (or did not load): its diagnostics say which.
    #[error("{} has {} problem(s) and was not packed", .0.origin.display(), .0.error_count())]
    Refused(Box<LoadedCourse>),
    /// Reading or writing a file failed.
    #[error("could not {action} {}: {source}", path.display())]
    Io {
        /// The file or folder concerned.
        path: PathBuf,
        /// What was being done, as a verb phrase.
        action: &'static str,
        /// What the operating system said.
        #[source]
        source: Arc<io::Error>,
    },
    /// The file is not a zip file, or its zip structure is damaged.
    #[error("{}{damage}", file.as_deref().map(|file| format!("{}: ", file.display())).unwrap_or_default())]
    Unreadable {
        /// The package file, when it was read from one (not from memory).
        file: Option<PathBuf>,
        /// What is wrong with it.
        damage: Damage,
    },
    /// Writing the package's zip structure failed.
    #[error("the package could not be written: {0}")]
    NotPacked(String),
    /// There is no `manifest.json`, or it is not one this build reads.
    #[error("the package's manifest.json {0}")]
    BadManifest(String),
    /// More entries than [`Limits::max_entries`].
    #[error("the package has {count} entries; at most {max} are allowed")]
    TooManyEntries {
        /// Entries in the package.
        count: usize,
        /// The limit.
        max: usize,
    },
    /// One entry is refused; `reason` says why.
    #[error("refused entry `{entry}`: {reason}")]
    Entry {
        /// The entry's name as written in the package.
        entry: String,
        /// Why, as a sentence fragment.
        reason: String,
    },
    /// The files together unpack to more than [`Limits::max_total_bytes`].
    #[error("refused entry `{entry}`: the package unpacks to more than {max} bytes")]
    TooLarge {
        /// The entry being unpacked when the limit was passed.
        entry: String,
        /// The limit.
        max: u64,
    },
    /// The manifest lists a file the package does not hold.
    #[error("the manifest lists `{0}`, which the package does not hold")]
    Missing(String),
    /// The course in the package is older than the installed one; `--force`
    /// (or [`ImportOptions::allow_older`]) installs it anyway.
    #[error(
        "{id} {installed} is installed and this is the older version {offered}; nothing was changed"
    )]
    Older {
        /// The course id.
        id: String,
        /// The installed version.
        installed: String,
        /// The version offered.
        offered: String,
    },
    /// The package's `signature.json` is malformed, names a key that is not
    /// a valid did:key, or does not match the manifest: the package was
    /// changed after it was signed (or the signature was damaged). Refused.
    #[error(
        "the package's signature {0}: it was changed after it was signed, or damaged on the way; it was refused and nothing was changed: ask the publisher for a new copy"
    )]
    BadSignature(String),
    /// The package is not signed, or signed by a key this device does not
    /// trust; [`super::ImportOptions::accept_unverified`] installs it anyway.
    #[error("{}", unverified_text(id, title.as_deref(), version, verdict))]
    Unverified {
        /// The course id.
        id: String,
        /// The course's title, when the package holds a readable course.
        title: Option<String>,
        /// The version offered.
        version: String,
        /// [`Verdict::Unsigned`] or [`Verdict::Unknown`] (boxed: a key is large).
        verdict: Box<Verdict>,
    },
    /// The installed course was published by another key than the one that
    /// signed this package (or this one is unsigned);
    /// [`super::ImportOptions::accept_new_publisher`] installs it anyway.
    #[error("{}", publisher_changed_text(id, title.as_deref(), installed, offered))]
    PublisherChanged {
        /// The course id.
        id: String,
        /// The offered course's title, when it could be read.
        title: Option<String>,
        /// Who published the installed version.
        installed: Box<Publisher>,
        /// Who signed the package offered.
        offered: Box<Verdict>,
    },
    /// Installing failed (the course has errors, or copying failed).
    #[error(transparent)]
    Install(#[from] InstallError),
}

/// Why a package's zip structure cannot be read, in words a trainer can act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Damage {
    /// It starts as a zip file but its end is missing or damaged: most often a
    /// copy cut short (a USB stick pulled out, a download stopped).
    #[error(
        "this is not a complete Fieldcourse package: it may have been cut short while it was copied; copy it again from the original and import the new copy"
    )]
    Incomplete,
    /// It is not a zip file at all, so not a package.
    #[error(
        "this is not a Fieldcourse package (a .fcourse file); choose the package file itself, or a course folder"
    )]
    NotZip,
    /// A zip feature packages never use (encryption, an unusual compression).
    #[error(
        "this package uses a zip feature Fieldcourse does not read (encryption or an unusual compression); make the package again with `fieldcourse pack`"
    )]
    Unsupported,
}

impl Damage {
    /// Sorts a zip error by its kind; `looks_like_zip` tells a damaged zip
    /// file from something that never was one.
    pub(super) fn from_zip(error: &zip::result::ZipError, looks_like_zip: bool) -> Self {
        use zip::result::ZipError;
        match error {
            ZipError::UnsupportedArchive(_)
            | ZipError::CompressionMethodNotSupported(_)
            | ZipError::InvalidPassword => Self::Unsupported,
            _ if looks_like_zip => Self::Incomplete,
            _ => Self::NotZip,
        }
    }
}

/// The course as the package messages name it: its title and id, or the id
/// alone when the title could not be read.
fn course_named(id: &str, title: Option<&str>) -> String {
    match title {
        Some(title) => format!("\"{title}\" ({id})"),
        None => id.to_owned(),
    }
}

fn unverified_text(id: &str, title: Option<&str>, version: &str, verdict: &Verdict) -> String {
    let id = course_named(id, title);
    match verdict.publisher() {
        Some(publisher) => format!(
            "{id} {version} is signed by \"{}\" ({}), a key this device does not trust: anyone can make a key under any name; nothing was changed",
            publisher.name, publisher.did
        ),
        None => format!(
            "{id} {version} is not signed: nothing shows who made it or that it was not changed; nothing was changed"
        ),
    }
}

fn publisher_changed_text(
    id: &str,
    title: Option<&str>,
    installed: &Publisher,
    offered: &Verdict,
) -> String {
    let id = course_named(id, title);
    let offered = match offered.publisher() {
        Some(publisher) => format!(
            "this package is signed by another key, \"{}\" ({})",
            publisher.name, publisher.did
        ),
        None => "this package is not signed".to_owned(),
    };
    format!(
        "the installed {id} was published by \"{}\" ({}), and {offered}; nothing was changed",
        installed.name, installed.did
    )
}
