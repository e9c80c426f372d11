//! What can go wrong with a records file, each said with the file and what to do.

use std::path::PathBuf;
use std::sync::Arc;

/// A result of the records module.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Why records could not be saved or collected. Every refusal of a file
/// leaves the trainer's database exactly as it was.
///
/// `Clone`, so it can travel inside GUI messages: sources are shared with `Arc`.
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The file system refused an operation.
    #[error(
        "could not {action} {}: {source}; check that the drive is plugged in, that it has free space and that you may write there",
        path.display()
    )]
    Io {
        /// The file or folder concerned.
        path: PathBuf,
        /// What was being done, as a verb phrase ("write the records file").
        action: &'static str,
        /// What the operating system said.
        #[source]
        source: Arc<std::io::Error>,
    },
    /// The records could not be put into a file.
    #[error(
        "could not make the records file {} ({problem}); nothing was written: try again, and report it if it keeps failing",
        path.display()
    )]
    NotWritten {
        /// The file that was to be written.
        path: PathBuf,
        /// What failed.
        problem: String,
    },
    /// The file is not a Fieldcourse records file at all.
    #[error(
        "{} is not a Fieldcourse records file ({problem}); nothing was collected from it: choose a .fcrecords file saved with `fieldcourse records export`",
        path.display()
    )]
    NotRecords {
        /// The file.
        path: PathBuf,
        /// What gave it away.
        problem: String,
    },
    /// The file ends early: it was cut short while being copied or saved.
    #[error(
        "{} is incomplete (it ends early: the copy or the save was interrupted); nothing was collected from it: copy it again from the device, or save the records there again",
        path.display()
    )]
    Truncated {
        /// The file.
        path: PathBuf,
    },
    /// The file carries no signature, so nothing tells who made it.
    #[error(
        "{} is not signed by the device that saved it; nothing was collected from it: save the records again on the device with `fieldcourse records export`",
        path.display()
    )]
    Unsigned {
        /// The file.
        path: PathBuf,
    },
    /// The file no longer matches its signature or its hashes.
    #[error(
        "{} was changed or damaged after its device saved it ({problem}); nothing was collected from it: save the records again on the device and bring the new file",
        path.display()
    )]
    Tampered {
        /// The file.
        path: PathBuf,
        /// What does not match.
        problem: String,
    },
    /// The file was written by a newer Fieldcourse, in a format this one cannot read.
    #[error(
        "{} was saved by a newer Fieldcourse (records format {found}; this one reads up to {supported}); nothing was collected from it: update Fieldcourse on this laptop, then collect the file again",
        path.display()
    )]
    NewerFormat {
        /// The file.
        path: PathBuf,
        /// The format version it declares.
        found: u64,
        /// The newest this build reads.
        supported: u32,
    },
    /// The file is signed and intact, but its records cannot be read.
    #[error(
        "{} is signed by its device but its records cannot be read ({problem}); nothing was collected from it: save the records again on the device, with the same Fieldcourse version as this laptop",
        path.display()
    )]
    Unreadable {
        /// The file.
        path: PathBuf,
        /// What could not be read.
        problem: String,
    },
    /// The file claims a device already collected here, but another key signed it.
    #[error(
        "{} says it comes from the device \"{device_name}\" ({device_id}), but that device's records were first collected here with another signing key; nothing was collected from it: check that the file really comes from that device (a device set up again has a new key and cannot replace the records of the old one)",
        path.display()
    )]
    KeyMismatch {
        /// The file.
        path: PathBuf,
        /// The device name in the file.
        device_name: String,
        /// The device id in the file.
        device_id: String,
    },
    /// The file was saved by this very device: its learners are already here.
    #[error(
        "{} was saved on this device, whose learners are already here; nothing was collected from it: collect records files from the other devices",
        path.display()
    )]
    OwnDevice {
        /// The file.
        path: PathBuf,
    },
    /// The rows do not hold together (an attempt of an unknown learner, an id twice).
    #[error(
        "the records in {} do not hold together ({problem}); nothing was collected from it: save the records again on the device",
        path.display()
    )]
    Inconsistent {
        /// The file.
        path: PathBuf,
        /// What SQLite found.
        problem: String,
    },
    /// A folder given to collect holds no records file.
    #[error(
        "the folder {} holds no .fcrecords file; choose the folder the records files were saved in, or the files themselves",
        path.display()
    )]
    EmptyFolder {
        /// The folder.
        path: PathBuf,
    },
    /// The progress database could not be read or written.
    #[error(transparent)]
    Progress(#[from] crate::progress::Error),
    /// The device key could not be read or made.
    #[error(transparent)]
    Key(#[from] crate::certificate::Error),
}

impl Error {
    /// Whether the file was refused for what it holds (as opposed to the disk
    /// or the database failing): such a file will be refused again as it is.
    pub fn is_refusal(&self) -> bool {
        !matches!(
            self,
            Self::Io { .. } | Self::NotWritten { .. } | Self::Progress(_) | Self::Key(_)
        )
    }
}

/// An [`Error::Io`] for `path`, as a `map_err` argument.
pub(super) fn io_error<'a>(
    path: &'a std::path::Path,
    action: &'static str,
) -> impl FnOnce(std::io::Error) -> Error + 'a {
    move |source| Error::Io {
        path: path.to_owned(),
        action,
        source: Arc::new(source),
    }
}
