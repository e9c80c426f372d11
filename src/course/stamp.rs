//! A course folder's stamp: what its files look like on disk (names, sizes,
//! modification times), cheap to take without reading a byte of them.
//!
//! The library index keeps each course's stamp; at start-up a course whose
//! stamp is unchanged is shown from the index, and only a changed one is read
//! again. A rename, a new translation or asset, an edit that changes a file's
//! size or time: each gives a different stamp.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::fs;
use std::path::Path;
use std::time::UNIX_EPOCH;

/// How many files and folders a stamp looks at, at most: a course folder
/// holds a few dozen; a folder given by mistake (a home folder) stops here.
const MAX_ENTRIES: usize = 20_000;

/// What a course folder (or lone course file) looked like on disk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    /// Files and folders seen.
    pub entries: usize,
    /// Their sizes added up, in bytes.
    pub bytes: u64,
    /// The newest modification time among them, in milliseconds since 1970.
    pub modified_ms: u64,
    /// SHA-256 (hex) of every entry's path, size and modification time in
    /// nanoseconds, so a change anywhere gives another stamp.
    pub digest: String,
}

impl Stamp {
    /// Takes the stamp of `origin`: a course folder with everything in it, or
    /// a lone `.json` course file. A path that cannot be read has a stamp too
    /// (of nothing), which changes when it can be read again.
    pub fn of(origin: &Path) -> Self {
        let mut listing = Listing::default();
        if origin.is_dir() {
            listing.walk(origin, Path::new(""));
        } else {
            listing.add(origin, Path::new(""));
        }
        listing.finish()
    }
}

#[derive(Default)]
struct Listing {
    lines: Vec<String>,
    bytes: u64,
    newest_ns: u128,
}

impl Listing {
    /// Adds `folder` and everything under it; `relative` names it in the listing.
    fn walk(&mut self, folder: &Path, relative: &Path) {
        self.add(folder, relative);
        let Ok(entries) = fs::read_dir(folder) else {
            return;
        };
        for entry in entries.filter_map(Result::ok) {
            if self.lines.len() >= MAX_ENTRIES {
                return;
            }
            let path = entry.path();
            let name = relative.join(entry.file_name());
            // Symbolic links are stamped as links, never followed (no loops).
            match entry.file_type() {
                Ok(kind) if kind.is_dir() => self.walk(&path, &name),
                _ => self.add(&path, &name),
            }
        }
    }

    fn add(&mut self, path: &Path, relative: &Path) {
        let (size, modified_ns) = match fs::symlink_metadata(path) {
            Ok(metadata) => {
                let modified = metadata
                    .modified()
                    .ok()
                    .and_then(|time| time.duration_since(UNIX_EPOCH).ok())
                    .map_or(0, |since| since.as_nanos());
                (metadata.len(), modified)
            }
            Err(_) => (0, 0),
        };
        // A folder's own size means little; its time changes when entries come and go.
        if !path.is_dir() {
            self.bytes += size;
        }
        self.newest_ns = self.newest_ns.max(modified_ns);
        self.lines.push(format!(
            "{}\u{0}{size}\u{0}{modified_ns}",
            relative.to_string_lossy()
        ));
    }

    fn finish(mut self) -> Stamp {
        // Directory order is the file system's: sort for a stable digest.
        self.lines.sort();
        let mut hasher = Sha256::new();
        for line in &self.lines {
            hasher.update(line.as_bytes());
            hasher.update(b"\n");
        }
        Stamp {
            entries: self.lines.len(),
            bytes: self.bytes,
            modified_ms: u64::try_from(self.newest_ns / 1_000_000).unwrap_or(u64::MAX),
            digest: hex(&hasher.finalize()),
        }
    }
}

/// Lowercase hexadecimal of `bytes`.
pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_file_or_a_longer_one_changes_the_stamp() {
        let folder = tempfile::tempdir().unwrap();
        let file = folder.path().join("course.json");
        fs::write(&file, "{}").unwrap();
        let first = Stamp::of(folder.path());
        assert_eq!(first, Stamp::of(folder.path()), "nothing changed");
        fs::write(&file, "{ }").unwrap();
        let longer = Stamp::of(folder.path());
        assert_ne!(first, longer);
        fs::write(folder.path().join("course.fr.json"), "{}").unwrap();
        assert_ne!(longer, Stamp::of(folder.path()));
    }
}
