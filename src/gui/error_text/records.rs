//! The records module's errors, worded for the trainer who saves or collects
//! records files. What a file holds that gave it away (a hash, a parse
//! error) is English detail for the log; the window says what to do.

use super::{ErrorText, worded_by};
use crate::records;

/// The words for `error` of the records module.
fn records(error: &records::Error) -> ErrorText {
    use records::Error as E;
    match error {
        E::Io { path, source, .. } => ErrorText::new("error-records-io")
            .path("file", path)
            .io_reason(source),
        E::NotWritten { path, .. } => {
            ErrorText::new("error-records-not-written").path("file", path)
        }
        E::NotRecords { path, .. } => {
            ErrorText::new("error-records-not-records").path("file", path)
        }
        E::Truncated { path } => ErrorText::new("error-records-truncated").path("file", path),
        E::Unsigned { path } => ErrorText::new("error-records-unsigned").path("file", path),
        E::Tampered { path, .. } => ErrorText::new("error-records-tampered").path("file", path),
        E::NewerFormat {
            path,
            found,
            supported,
        } => ErrorText::new("error-records-newer-format")
            .path("file", path)
            .number("found", i64::try_from(*found).unwrap_or(i64::MAX))
            .number("supported", i64::from(*supported)),
        E::Unreadable { path, .. } => ErrorText::new("error-records-unreadable").path("file", path),
        E::KeyMismatch {
            path, device_name, ..
        } => ErrorText::new("error-records-key-mismatch")
            .path("file", path)
            .value("device", device_name.clone()),
        E::OwnDevice { path } => ErrorText::new("error-records-own-device").path("file", path),
        E::Inconsistent { path, .. } => {
            ErrorText::new("error-records-inconsistent").path("file", path)
        }
        E::EmptyFolder { path } => {
            ErrorText::new("error-records-empty-folder").path("folder", path)
        }
        E::Progress(error) => error.into(),
        E::Key(error) => error.into(),
    }
}
worded_by!(records::Error, records);
