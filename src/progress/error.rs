//! What can go wrong in the progress store, each said with what to do about it.

use super::learner::LearnerId;
use std::path::PathBuf;
use std::sync::Arc;

/// A result of the progress store.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Why the progress store could not do what was asked.
///
/// `Clone`, so it can travel inside GUI messages: sources are shared with `Arc`.
/// Every message names the file concerned and says what to do next.
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// SQLite refused an operation.
    #[error(
        "could not {action} in the progress file {}: {source}; check that the disk has free space and that you may write to the folder, then try again (`fieldcourse backup list` shows the backups if the file is lost)",
        path.display()
    )]
    Database {
        /// The database file.
        path: PathBuf,
        /// What the store was doing, as a verb phrase ("save the answer").
        action: &'static str,
        /// What SQLite said.
        #[source]
        source: Arc<rusqlite::Error>,
    },
    /// The file system refused an operation.
    #[error(
        "could not {action} {}: {source}; check that the folder exists, that the disk has free space and that you may write there",
        path.display()
    )]
    Io {
        /// The file or folder concerned.
        path: PathBuf,
        /// What the store was doing, as a verb phrase ("create the backup folder").
        action: &'static str,
        /// What the operating system said.
        #[source]
        source: Arc<std::io::Error>,
    },
    /// The file was written by a newer Fieldcourse; it was left untouched.
    #[error(
        "the progress file {} was written by a newer Fieldcourse (progress format version {found}; this one reads up to version {supported}); it was left untouched: update Fieldcourse to open it",
        path.display()
    )]
    TooNew {
        /// The database file.
        path: PathBuf,
        /// The schema version found in the file.
        found: u32,
        /// The newest schema version this build reads.
        supported: u32,
    },
    /// The file is an SQLite database of some other program; it was left untouched.
    #[error(
        "{} is not a Fieldcourse progress file ({reason}); it was left untouched: move it out of the data folder, or choose another folder with --data-dir",
        path.display()
    )]
    NotProgressFile {
        /// The file.
        path: PathBuf,
        /// What gave it away.
        reason: String,
    },
    /// The file was damaged; it was moved aside, not deleted.
    #[error(
        "the progress file {} was damaged ({problem}); it was moved to {} and nothing was deleted. {}",
        path.display(),
        moved_to.display(),
        match newest_backup {
            Some(id) => format!("Restore the newest backup with `fieldcourse backup restore {id}`, or open Fieldcourse again to start with empty progress"),
            None => "There is no backup to restore: open Fieldcourse again to start with empty progress".to_owned(),
        }
    )]
    Damaged {
        /// Where the file was.
        path: PathBuf,
        /// What SQLite found wrong.
        problem: String,
        /// Where the damaged file is now.
        moved_to: PathBuf,
        /// The id of the newest backup, to offer to the user.
        newest_backup: Option<String>,
    },
    /// No learner has this id.
    #[error(
        "there is no learner {learner} in the progress file {}; they may have been removed: choose a learner from the list again",
        path.display()
    )]
    LearnerNotFound {
        /// The database file.
        path: PathBuf,
        /// The id asked for.
        learner: LearnerId,
    },
    /// The learner has a PIN and none was given.
    #[error(
        "{name} has a PIN (progress file {}); enter it to continue",
        path.display()
    )]
    PinRequired {
        /// The database file.
        path: PathBuf,
        /// The learner's display name.
        name: String,
    },
    /// The PIN given does not match.
    #[error(
        "the PIN entered for {name} is not right (progress file {}); try again",
        path.display()
    )]
    WrongPin {
        /// The database file.
        path: PathBuf,
        /// The learner's display name.
        name: String,
    },
    /// Too many wrong PINs in a row: the next try must wait.
    #[error(
        "too many wrong PINs were tried for {name} (progress file {}); try again in {seconds} seconds, or ask the trainer to set a new PIN",
        path.display()
    )]
    PinWait {
        /// The database file.
        path: PathBuf,
        /// The learner's display name, or "the trainer area".
        name: String,
        /// Seconds left before the next try, rounded up.
        seconds: u64,
    },
    /// A PIN is shorter or longer than a PIN may be ([`crate::progress::PIN_CHARS`]).
    #[error(
        "a PIN must have {min} to {max} characters (progress file {}); choose another PIN, or none",
        path.display()
    )]
    PinLength {
        /// The database file.
        path: PathBuf,
        /// The fewest characters a PIN may have.
        min: usize,
        /// The most characters a PIN may have.
        max: usize,
    },
    /// A learner's details break a rule (an empty name, a name too long...).
    #[error("{problem} (progress file {}); {}", path.display(), problem.fix())]
    InvalidInput {
        /// The database file.
        path: PathBuf,
        /// Which rule is broken, with its values.
        problem: InputProblem,
    },
    /// A session key or removal request was made by another store or learner.
    #[error(
        "this {what} belongs to another learner or another opened progress file than {}; open the learner's session again",
        path.display()
    )]
    NotThisSession {
        /// The database file.
        path: PathBuf,
        /// What was presented: "session key", "removal request".
        what: &'static str,
    },
    /// A lesson, quiz or reflection id that the course version does not have.
    #[error(
        "`{item_id}` is not part of version {version} of course `{course_id}` (progress file {}); register the course as it is shown with `register_course` before recording progress on it",
        path.display()
    )]
    NotInCourse {
        /// The database file.
        path: PathBuf,
        /// The course.
        course_id: String,
        /// The course version.
        version: String,
        /// The id that is not in it.
        item_id: String,
    },
    /// The quiz attempt does not exist for this learner.
    #[error(
        "quiz attempt {attempt} is not one of this learner's attempts in the progress file {}; start a new attempt",
        path.display()
    )]
    AttemptNotFound {
        /// The database file.
        path: PathBuf,
        /// The attempt id.
        attempt: i64,
    },
    /// The quiz attempt was already submitted, so it takes no more answers.
    #[error(
        "quiz attempt {attempt} was already submitted (progress file {}), so it takes no more answers; start a new attempt",
        path.display()
    )]
    AttemptFinished {
        /// The database file.
        path: PathBuf,
        /// The attempt id.
        attempt: i64,
    },
    /// No backup has this id.
    #[error(
        "there is no backup `{id}` in {}; run `fieldcourse backup list` to see the backups",
        dir.display()
    )]
    BackupNotFound {
        /// The backup folder.
        dir: PathBuf,
        /// The id asked for.
        id: String,
    },
    /// The backup exists but cannot be restored.
    #[error(
        "the backup {} cannot be restored ({problem}); nothing was changed: choose another backup from `fieldcourse backup list`",
        path.display()
    )]
    BackupUnusable {
        /// The backup file.
        path: PathBuf,
        /// What is wrong with it.
        problem: String,
    },
    /// A value could not be written as JSON, or stored JSON could not be read.
    #[error(
        "could not {action} in the progress file {}: {source}; this is a bug in Fieldcourse, please report it",
        path.display()
    )]
    Json {
        /// The database file.
        path: PathBuf,
        /// What the store was doing.
        action: &'static str,
        /// What serde_json said.
        #[source]
        source: Arc<serde_json::Error>,
    },
}

// Errors travel inside GUI messages, which must be `Clone + Send + Sync`:
// checked when the crate compiles, so no test run is needed to catch a change.
const _: fn() = || {
    fn travels<T: Clone + Send + Sync + 'static>() {}
    travels::<Error>();
};

/// Which rule a learner's details or a quiz outcome break: a kind and its
/// values. `Display` is the command line's wording; the GUI words each kind
/// itself.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum InputProblem {
    /// The learner's name is empty.
    #[error("the learner's name is empty")]
    NameEmpty,
    /// The learner's name is longer than `max` characters.
    #[error("the learner's name is longer than {max} characters")]
    NameTooLong {
        /// The most characters allowed.
        max: usize,
    },
    /// The name for certificates is longer than `max` characters.
    #[error("the name for certificates is longer than {max} characters")]
    CertificateNameTooLong {
        /// The most characters allowed.
        max: usize,
    },
    /// No language was chosen for the learner.
    #[error("no language was chosen for the learner")]
    NoLanguage,
    /// Hashing the PIN failed.
    #[error("the PIN could not be protected: {detail}")]
    PinNotProtected {
        /// What the hashing library said.
        detail: String,
    },
    /// A quiz outcome with points or a score out of range.
    #[error("the quiz outcome {outcome} is impossible")]
    ImpossibleOutcome {
        /// The outcome given, as written for a developer.
        outcome: String,
    },
}

impl InputProblem {
    /// What to do instead, for the command line.
    pub fn fix(&self) -> &'static str {
        match self {
            Self::NameEmpty => "type the name to show on this device",
            Self::NameTooLong { .. } => "use a shorter name; the full name can go on certificates",
            Self::CertificateNameTooLong { .. } => "shorten the name for certificates",
            Self::NoLanguage => "choose the language the learner prefers",
            Self::PinNotProtected { .. } => "try again; if it keeps failing, leave the PIN empty",
            Self::ImpossibleOutcome { .. } => {
                "give points between 0 and the maximum, and a score between 0 and 1"
            }
        }
    }
}
