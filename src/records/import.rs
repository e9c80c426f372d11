//! Collecting records files on the trainer's laptop.

use super::error::{Error, Result, io_error};
use super::file;
use crate::progress::{Collection, Store};
use crate::time::Timestamp;
use std::path::{Path, PathBuf};

/// What collecting one file did (a refused file is an [`Error`] instead).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Collected {
    /// The file.
    pub path: PathBuf,
    /// The device it came from.
    pub device_name: String,
    /// The device's id.
    pub device_id: String,
    /// When the device saved it.
    pub exported_at: Timestamp,
    /// Learners in it.
    pub learners: usize,
    /// What became of it: [`Collection::New`], [`Collection::Superseded`],
    /// [`Collection::Unchanged`] (collected before) or [`Collection::Older`]
    /// (a newer export of the device is already here; nothing changed).
    pub outcome: Collection,
}

/// The records files `inputs` name: each file as given, and the `.fcrecords`
/// files directly inside each folder, by name. A folder without any is an error
/// of its own, returned beside the files found.
pub fn records_files(inputs: &[PathBuf]) -> (Vec<PathBuf>, Vec<Error>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for input in inputs {
        if !input.is_dir() {
            files.push(input.clone());
            continue;
        }
        let entries = match std::fs::read_dir(input) {
            Ok(entries) => entries,
            Err(error) => {
                errors.push(io_error(input, "read the folder")(error));
                continue;
            }
        };
        let mut found: Vec<PathBuf> = entries
            .filter_map(|entry| entry.ok().map(|entry| entry.path()))
            .filter(|path| {
                path.is_file()
                    && path
                        .extension()
                        .is_some_and(|extension| extension == super::EXTENSION)
            })
            .collect();
        if found.is_empty() {
            errors.push(Error::EmptyFolder {
                path: input.clone(),
            });
        }
        found.sort();
        files.append(&mut found);
    }
    (files, errors)
}

/// Checks the records file at `path` whole, then stores its rows in one
/// transaction: a device seen for the first time is added and its key
/// remembered; a newer export of a device replaces its earlier one. A refused
/// file (damaged, unsigned, from a newer format, signed by another key than
/// its device's, saved on this very device) changes nothing.
pub fn collect_file(store: &Store, path: &Path, now: Timestamp) -> Result<Collected> {
    let verified = file::read(path)?;
    if store.existing_device_id()?.as_deref() == Some(verified.identity.device_id.as_str()) {
        return Err(Error::OwnDevice {
            path: path.to_owned(),
        });
    }
    let identity = &verified.identity;
    match store.collect_records(identity, &verified.records, now)? {
        Collection::KeyMismatch { .. } => Err(Error::KeyMismatch {
            path: path.to_owned(),
            device_name: identity.device_name.clone(),
            device_id: identity.device_id.clone(),
        }),
        Collection::Inconsistent { problem } => Err(Error::Inconsistent {
            path: path.to_owned(),
            problem,
        }),
        outcome => Ok(Collected {
            path: path.to_owned(),
            device_name: identity.device_name.clone(),
            device_id: identity.device_id.clone(),
            exported_at: identity.exported_at,
            learners: verified.records.learners.len(),
            outcome,
        }),
    }
}
