//! The progress store: learners, their progress and quiz attempts, in one SQLite
//! file that never loses a learner's work.
//!
//! [`Store`] owns the connection. Each table family has its own file with an
//! `impl` block and its SQL beside it in `.sql` files. Every learner action is one
//! transaction, committed (with `synchronous=FULL` in WAL mode) before the method
//! returns, so whatever the GUI shows as done is on disk.
//!
//! A learner's rows are reached only through that learner's [`LearnerSession`],
//! opened with [`Store::open_session`] (which checks the PIN) or
//! [`Store::create_learner`]. The trainer report ([`Store::report`]) and the device
//! settings are the only reads across learners.
//!
//! Opening checks the file (`quick_check`), refuses a file from a newer
//! Fieldcourse without touching it, moves a damaged file aside (never deleting
//! it), backs up before every format upgrade and at most once a day, and upgrades
//! in one transaction. See [`Store::open`].

mod analysis;
mod attempt;
mod backup;
mod certificate;
mod collected;
mod completion;
mod course;
mod error;
mod file;
mod learner;
mod lesson;
mod open;
mod outbox;
mod programme;
mod report;
mod schema;
mod settings;

pub use crate::time::Timestamp;
pub use analysis::QuizAnswers;
pub use attempt::{AnswerId, AnswerRecord, AttemptId, AttemptOutcome, AttemptRecord};
pub use backup::{
    BACKUP_DIR, BackupInfo, BackupKind, DAILY_BACKUPS_KEPT, Restored, list_backups, restore_backup,
};
pub use certificate::{CertificateRecord, NewCertificate, StoredCertificate};
pub use collected::{
    AnswerRow, AttemptRow, CertificateRow, CollectedCertificate, CollectedCourse, CollectedDevice,
    CollectedLearner, Collection, CourseItemRow, CourseVersionRow, DeviceRecords, EnrollmentRow,
    ExportIdentity, ForwardCursor, LearnerRow, LessonRow, StatementRow,
};
pub use completion::Completion;
pub use course::{CourseItem, CourseVersion, ItemKind, content_hash};
pub use error::{Error, InputProblem, Result};
pub use file::{DATABASE_FILE, database_path};
pub use learner::{
    FIRST_WAIT_SECONDS, FREE_TRIES, LONGEST_WAIT_SECONDS, Learner, LearnerId, LearnerSession,
    LearnerSummary, NewLearner, NewPin, PIN_CHARS, PinCompared, PinHash, PinTry, Profile,
    RemovalRequest, SessionKey, SessionStep, TrainerAccess, normalize_pin,
};
pub use lesson::{
    CourseProgress, Enrollment, IDLE_CAP, LessonProgress, Position, ReadingClock, ReflectionNote,
};
pub use open::Opening;
pub use outbox::{OutboxCount, OutboxStatement, XapiDeviceSettings};
pub use programme::{
    LearnerRef, Member, Programme, ProgrammeDevice, ProgrammeFilter, ProgrammeLearner,
    ProgrammeLine, ProgrammeSort, SortKey, Status, merge_course,
};
pub(crate) use report::Csv;
pub use report::{QuizSummary, ReportRow, report_csv};
pub use schema::{APPLICATION_ID, SCHEMA_VERSION};

use rusqlite::Connection;
use std::path::{Path, PathBuf};

/// The progress database of one data directory, open for reading and writing.
///
/// Not `Sync`: keep it on one thread (or behind a mutex) and open one per program.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Tells this store's session keys apart from another store's.
    instance: u64,
    opening: Opening,
}

impl Store {
    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// What happened when the store was opened: created, upgraded, backed up.
    pub fn opening(&self) -> &Opening {
        &self.opening
    }

    /// Runs SQLite's `integrity_check` (slower and more thorough than the
    /// `quick_check` run on open) and returns its findings; empty when all is well.
    pub fn integrity_check(&self) -> Result<Vec<String>> {
        let mut statement = self
            .conn
            .prepare("PRAGMA integrity_check")
            .map_err(self.fail("check the file's integrity"))?;
        let findings = statement
            .query_map([], |row| row.get::<_, String>(0))
            .and_then(Iterator::collect::<rusqlite::Result<Vec<String>>>)
            .map_err(self.fail("check the file's integrity"))?;
        Ok(findings.into_iter().filter(|line| line != "ok").collect())
    }

    /// Runs a cached query and collects its rows.
    fn query<T, P: rusqlite::Params>(
        &self,
        action: &'static str,
        sql: &str,
        params: P,
        map: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
    ) -> Result<Vec<T>> {
        let result = (|| -> rusqlite::Result<Vec<T>> {
            let mut statement = self.conn.prepare_cached(sql)?;
            let rows = statement.query_map(params, map)?;
            rows.collect()
        })();
        result.map_err(self.fail(action))
    }

    /// Turns a SQLite error into an [`Error`] naming this store's file and `action`.
    fn fail(&self, action: &'static str) -> impl FnOnce(rusqlite::Error) -> Error + '_ {
        move |source| database_error(&self.path, action, source)
    }

    /// Runs `work` in one IMMEDIATE transaction and commits it; a failure is
    /// an [`Error`] naming this store's file and `action`.
    fn in_transaction<T>(
        &self,
        action: &'static str,
        work: impl FnOnce(&rusqlite::Transaction<'_>) -> rusqlite::Result<T>,
    ) -> Result<T> {
        let result = (|| {
            let transaction = rusqlite::Transaction::new_unchecked(
                &self.conn,
                rusqlite::TransactionBehavior::Immediate,
            )?;
            let value = work(&transaction)?;
            transaction.commit()?;
            Ok(value)
        })();
        result.map_err(self.fail(action))
    }

    /// Turns a JSON error into an [`Error`] naming this store's file and `action`.
    fn json_fail(&self, action: &'static str) -> impl FnOnce(serde_json::Error) -> Error + '_ {
        move |source| Error::Json {
            path: self.path.clone(),
            action,
            source: source.into(),
        }
    }
}

fn database_error(path: &Path, action: &'static str, source: rusqlite::Error) -> Error {
    Error::Database {
        path: path.to_owned(),
        action,
        source: source.into(),
    }
}

fn io_error<'a>(path: &'a Path, action: &'static str) -> impl FnOnce(std::io::Error) -> Error + 'a {
    move |source| Error::Io {
        path: path.to_owned(),
        action,
        source: source.into(),
    }
}
