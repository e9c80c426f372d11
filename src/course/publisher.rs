//! Who published a course: the key that signed its package, whether this
//! device trusts that key, and the record an installed course keeps of it.
//!
//! A signature proves that whoever holds a key signed the package; the
//! publisher's name travels with the signature and anyone can write any name
//! beside a key they made. So a package is "verified" only when its key is one
//! this device trusts ([`TrustedPublishers`], filled from the device's keys by
//! the certificate module), and then it is shown under the name this device
//! knows the key by.
//!
//! An installed course keeps who signed it in `.package/publisher.json` inside
//! its folder. The folder is hidden, so the course loader, the validator and
//! `pack` pass it by; an import never copies one from its source (only the
//! import writes it). It is a record, not a proof: whoever may write in the data
//! folder may change it, as they may change the course itself.

use crate::did::DidKey;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The hidden folder inside an installed course with the record of its package.
pub const RECORD_DIR: &str = ".package";
/// The record's file name inside [`RECORD_DIR`].
pub const PUBLISHER_FILE: &str = "publisher.json";
/// The `format` of the record.
const RECORD_FORMAT: &str = "fieldcourse-publisher/1";
/// The longest publisher name a signature may carry, in characters.
pub const MAX_PUBLISHER_NAME: usize = 200;

/// The key that signed a package and the name it signed as.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Publisher {
    /// The signing key.
    pub did: DidKey,
    /// The name written in the signature: a claim, unless the key is trusted.
    pub name: String,
}

/// What a device makes of a package's (or an installed course's) publisher.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Signed by a key this device trusts.
    Verified {
        /// Who signed.
        publisher: Publisher,
        /// The name this device knows the key by (the signed name when the
        /// device has none).
        name: String,
    },
    /// Signed by a key this device does not trust: anyone may have made it.
    Unknown(Publisher),
    /// Not signed at all.
    Unsigned,
}

impl Verdict {
    /// The publisher who signed, if anyone did.
    pub fn publisher(&self) -> Option<&Publisher> {
        match self {
            Self::Verified { publisher, .. } | Self::Unknown(publisher) => Some(publisher),
            Self::Unsigned => None,
        }
    }

    /// Whether the signing key is trusted here.
    pub fn is_verified(&self) -> bool {
        matches!(self, Self::Verified { .. })
    }
}

/// The keys this device trusts to publish courses, with the name it knows
/// each by. Empty by default: then no package is verified.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedPublishers {
    keys: BTreeMap<String, Option<String>>,
}

impl TrustedPublishers {
    /// Nobody trusted.
    pub fn new() -> Self {
        Self::default()
    }

    /// Trusts `did`, known here as `name` (when the device has a name for it).
    /// The first name given for a key is kept.
    pub fn trust(&mut self, did: &DidKey, name: Option<String>) {
        self.keys.entry(did.as_str().to_owned()).or_insert(name);
    }

    /// Whether `did` is trusted.
    pub fn contains(&self, did: &DidKey) -> bool {
        self.keys.contains_key(did.as_str())
    }

    /// The verdict on a package or course signed by `publisher` (or by nobody).
    pub fn verdict(&self, publisher: Option<&Publisher>) -> Verdict {
        let Some(publisher) = publisher else {
            return Verdict::Unsigned;
        };
        match self.keys.get(publisher.did.as_str()) {
            Some(name) => Verdict::Verified {
                name: name.clone().unwrap_or_else(|| publisher.name.clone()),
                publisher: publisher.clone(),
            },
            None => Verdict::Unknown(publisher.clone()),
        }
    }
}

/// Why a publisher name is refused: empty, too long, or holding control
/// characters (line breaks, bidirectional overrides) that could disguise it.
pub(crate) fn check_name(name: &str) -> Result<(), String> {
    if name.trim().is_empty() {
        return Err("its publisher name is empty".into());
    }
    if name.chars().count() > MAX_PUBLISHER_NAME {
        return Err(format!(
            "its publisher name is longer than {MAX_PUBLISHER_NAME} characters"
        ));
    }
    let disguising =
        |c: char| c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    if name.chars().any(disguising) {
        return Err("its publisher name holds control characters".into());
    }
    Ok(())
}

/// The record's content.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RecordFile {
    format: String,
    did: String,
    name: String,
}

/// The record of who published the course installed in `course_folder`.
pub fn record_path(course_folder: &Path) -> PathBuf {
    course_folder.join(RECORD_DIR).join(PUBLISHER_FILE)
}

/// Who signed the package the course in `course_folder` was installed from;
/// `None` when it came unsigned, from a folder, or with the app. A damaged
/// record counts as none (and is logged): the course itself is unharmed.
pub fn read_publisher(course_folder: &Path) -> Option<Publisher> {
    let path = record_path(course_folder);
    let bytes = std::fs::read(&path).ok()?;
    let parsed = serde_json::from_slice::<RecordFile>(&bytes)
        .map_err(|error| error.to_string())
        .and_then(|record| {
            if record.format != RECORD_FORMAT {
                return Err(format!("its format is `{}`", record.format));
            }
            check_name(&record.name)?;
            Ok(Publisher {
                did: DidKey::parse(&record.did)?,
                name: record.name,
            })
        });
    match parsed {
        Ok(publisher) => Some(publisher),
        Err(problem) => {
            log::warn!(
                "{} is not a publisher record ({problem}); the course shows as unsigned",
                path.display()
            );
            None
        }
    }
}

/// Writes the record of `publisher` into `course_folder` (a folder being
/// installed, before it takes its place).
pub(crate) fn write_publisher(course_folder: &Path, publisher: &Publisher) -> std::io::Result<()> {
    let record = RecordFile {
        format: RECORD_FORMAT.to_owned(),
        did: publisher.did.as_str().to_owned(),
        name: publisher.name.clone(),
    };
    let mut text = serde_json::to_vec_pretty(&record).map_err(std::io::Error::other)?;
    text.push(b'\n');
    let folder = course_folder.join(RECORD_DIR);
    std::fs::create_dir_all(&folder)?;
    std::fs::write(folder.join(PUBLISHER_FILE), text)
}
