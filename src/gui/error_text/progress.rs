//! The progress store's errors, worded for the learner.

use super::{ErrorText, worded_by};
use crate::i18n::Localizer;
use crate::progress::{self, InputProblem};

/// The words for `error` of the progress store.
fn progress(error: &progress::Error) -> ErrorText {
    use progress::Error as E;
    match error {
        E::Database { path, source, .. } => ErrorText::new("error-progress-database")
            .path("file", path)
            .text_reason(sqlite_reason(source)),
        E::Io { path, source, .. } => ErrorText::new("error-progress-io")
            .path("file", path)
            .io_reason(source),
        E::TooNew { path, .. } => ErrorText::new("error-progress-too-new").path("file", path),
        E::NotProgressFile { path, .. } => {
            ErrorText::new("error-progress-not-ours").path("file", path)
        }
        E::Damaged { moved_to, .. } => {
            ErrorText::new("error-progress-damaged").path("moved", moved_to)
        }
        E::LearnerNotFound { .. } => ErrorText::new("error-progress-learner-gone"),
        E::PinRequired { .. } => ErrorText::new("learners-pin-empty"),
        E::WrongPin { .. } => ErrorText::new("learners-wrong-pin"),
        E::PinWait { seconds, .. } => {
            ErrorText::new("error-progress-pin-wait").number("seconds", *seconds as i64)
        }
        E::PinLength { min, max, .. } => ErrorText::new("pin-length")
            .number("min", *min as i64)
            .number("max", *max as i64),
        E::InvalidInput { problem, .. } => input(problem),
        // Kinds that a screen's own mistake causes, not the learner's: what
        // helps is to open the screen again.
        E::NotThisSession { .. }
        | E::NotInCourse { .. }
        | E::AttemptNotFound { .. }
        | E::AttemptFinished { .. }
        | E::Json { .. } => ErrorText::new("error-progress-open-again"),
        E::BackupNotFound { .. } | E::BackupUnusable { .. } => {
            ErrorText::new("error-progress-backup")
        }
    }
}
worded_by!(progress::Error, progress);

/// The words for a learner's details (or a quiz outcome) that break a rule.
fn input(problem: &InputProblem) -> ErrorText {
    match problem {
        InputProblem::NameEmpty => ErrorText::new("error-input-name-empty"),
        InputProblem::NameTooLong { max } => {
            ErrorText::new("error-input-name-too-long").number("max", *max as i64)
        }
        InputProblem::CertificateNameTooLong { max } => {
            ErrorText::new("error-input-certificate-name-too-long").number("max", *max as i64)
        }
        InputProblem::NoLanguage => ErrorText::new("error-input-no-language"),
        InputProblem::PinNotProtected { .. } => ErrorText::new("error-input-pin-not-protected"),
        // Points out of range come from the quiz screen, not from the learner.
        InputProblem::ImpossibleOutcome { .. } => ErrorText::new("error-progress-open-again"),
    }
}

/// What kind of failure SQLite reported, as the Fluent id of its words.
fn sqlite_reason(error: &rusqlite::Error) -> &'static str {
    use rusqlite::ErrorCode as C;
    match error.sqlite_error_code() {
        Some(C::DiskFull) => "io-disk-full",
        Some(
            C::ReadOnly | C::PermissionDenied | C::CannotOpen | C::AuthorizationForStatementDenied,
        ) => "io-not-allowed",
        Some(C::DatabaseBusy | C::DatabaseLocked) => "io-busy",
        Some(C::DatabaseCorrupt | C::NotADatabase) => "io-unreadable",
        _ => "io-other",
    }
}

/// `error` as the learner reads it, in the interface language.
pub fn progress_text(error: &progress::Error, locale: &Localizer) -> String {
    ErrorText::from(error).show(locale)
}
