//! The course loader's, packager's and installer's errors, worded for the
//! trainer who imports or previews a course.

use super::{ErrorText, worded_by};
use crate::course::{Damage, InstallError, LoadError, PackageError};

/// The words for a course file that could not be read at all.
fn load(error: &LoadError) -> ErrorText {
    match error {
        LoadError::Io { path, source } => ErrorText::new("error-course-unreadable")
            .path("file", path)
            .io_reason(source),
        LoadError::TooLarge { path, size } => ErrorText::new("error-course-too-large")
            .path("file", path)
            .number("megabytes", (*size / (1024 * 1024)) as i64),
    }
}
worded_by!(LoadError, load);

/// The words for a course that was not installed.
fn install(error: &InstallError) -> ErrorText {
    match error {
        InstallError::Refused(loaded) => ErrorText::new("error-course-refused")
            .value("course", loaded.display_name())
            .number("count", loaded.error_count().max(1) as i64),
        InstallError::Io { path, source, .. } => ErrorText::new("error-course-not-installed")
            .path("file", path)
            .io_reason(source),
    }
}
worded_by!(InstallError, install);

/// The words for a package that could not be read or imported.
fn package(error: &PackageError) -> ErrorText {
    match error {
        PackageError::Refused(loaded) => ErrorText::new("error-course-refused")
            .value("course", loaded.display_name())
            .number("count", loaded.error_count().max(1) as i64),
        PackageError::Io { path, source, .. } => ErrorText::new("error-package-io")
            .path("file", path)
            .io_reason(source),
        PackageError::Unreadable { file, damage } => {
            let id = match damage {
                Damage::Incomplete => "package-incomplete",
                Damage::NotZip => "package-not-zip",
                Damage::Unsupported => "package-unsupported",
            };
            // A package read from memory has no file: the screen that read
            // it names the one it was given (see the trainer's import).
            let file = file.as_deref().unwrap_or(std::path::Path::new("?"));
            ErrorText::new(id).path("file", file)
        }
        PackageError::NotPacked(_) => ErrorText::new("error-package-not-written"),
        // What is wrong inside a package matters to its maker; the trainer
        // needs to know it is broken and who can mend it.
        PackageError::BadManifest(_) | PackageError::Missing(_) => {
            ErrorText::new("error-package-broken")
        }
        PackageError::TooManyEntries { count, max } => ErrorText::new("error-package-too-many")
            .number("count", *count as i64)
            .number("max", *max as i64),
        PackageError::Entry { entry, .. } => {
            ErrorText::new("error-package-entry").value("entry", entry)
        }
        PackageError::TooLarge { max, .. } => ErrorText::new("error-package-too-large")
            .number("megabytes", (*max / (1024 * 1024)) as i64),
        PackageError::Older {
            id,
            installed,
            offered,
        } => ErrorText::new("error-package-older")
            .value("course", id)
            .value("installed", installed)
            .value("offered", offered),
        PackageError::BadSignature(_) => ErrorText::new("error-package-bad-signature"),
        PackageError::Unverified {
            id, title, verdict, ..
        } => {
            let course = title.as_deref().unwrap_or(id);
            match verdict.publisher() {
                Some(publisher) => ErrorText::new("error-package-unverified-unknown")
                    .value("course", course)
                    .value("publisher", &publisher.name),
                None => ErrorText::new("error-package-unverified-unsigned").value("course", course),
            }
        }
        PackageError::PublisherChanged {
            id,
            title,
            installed,
            ..
        } => ErrorText::new("error-package-new-publisher")
            .value("course", title.as_deref().unwrap_or(id))
            .value("installed", &installed.name),
        PackageError::Install(error) => install(error),
    }
}
worded_by!(PackageError, package);

/// The words for a course folder the preview cannot watch.
#[cfg(feature = "preview")]
fn watch(error: &crate::course::WatchError) -> ErrorText {
    use crate::course::WatchError as E;
    match error {
        E::NotAFolder(path) => ErrorText::new("preview-not-a-folder").path("path", path),
        E::Refused { path, .. } => ErrorText::new("error-watch-refused").path("folder", path),
    }
}
#[cfg(feature = "preview")]
worded_by!(crate::course::WatchError, watch);
