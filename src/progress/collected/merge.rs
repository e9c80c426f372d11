//! Collecting a device's records: its rows replace, as a whole, those of its
//! earlier export; its key is pinned the first time the device is seen.

use super::DeviceRecords;
use crate::progress::{Result, Store, Timestamp};
use rusqlite::{ErrorCode, OptionalExtension, Transaction, params};

/// Who exported a records file, and which export it is: what the `records`
/// module read from the verified file's manifest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportIdentity {
    /// The device's random id.
    pub device_id: String,
    /// The name the device gave itself.
    pub device_name: String,
    /// The `did:key` of the Ed25519 key that signed the file.
    pub public_key: String,
    /// The export's number on the device (1 for its first): the higher wins.
    pub export_number: i64,
    /// When the device exported (by its own clock).
    pub exported_at: Timestamp,
    /// The SHA-256 (hex) of the file's manifest: tells two exports apart.
    pub export_sha256: String,
    /// The Fieldcourse version that wrote the file.
    pub exported_by: String,
}

/// What collecting one export did. Every variant but [`Collection::New`] and
/// [`Collection::Superseded`] left the database exactly as it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Collection {
    /// The device was seen for the first time; its key is now pinned.
    New,
    /// The device's earlier export (made at `previous`) was replaced.
    Superseded {
        /// When the replaced export was made.
        previous: Timestamp,
    },
    /// This very export was collected before: nothing to do.
    Unchanged,
    /// A newer export of the device (made at `held`) is already collected.
    Older {
        /// When the export already held was made.
        held: Timestamp,
    },
    /// Refused: the device was first collected with another key.
    KeyMismatch {
        /// The key pinned for the device.
        pinned: String,
    },
    /// Refused: the rows do not hold together (an attempt of an unknown
    /// learner, a duplicate id...).
    Inconsistent {
        /// What SQLite found.
        problem: String,
    },
}

/// The collected tables, children before parents, each keyed by `device_id`.
const DEVICE_TABLES: [&str; 9] = [
    "collected_statements",
    "collected_answers",
    "collected_certificates",
    "collected_attempts",
    "collected_lessons",
    "collected_enrollments",
    "collected_learners",
    "collected_course_items",
    "collected_course_versions",
];

/// Why a collection stopped before writing.
enum Stop {
    Sql(rusqlite::Error),
    Early(Collection),
}

impl From<rusqlite::Error> for Stop {
    fn from(error: rusqlite::Error) -> Self {
        Self::Sql(error)
    }
}

impl Store {
    /// Collects a device's verified records in one transaction: a device seen
    /// for the first time is added and its key pinned; a newer export replaces
    /// every row of the device's earlier one; the same export again, an older
    /// one, one signed by another key, or rows that do not hold together
    /// change nothing. This device's own learners are never read or written.
    pub fn collect_records(
        &self,
        identity: &ExportIdentity,
        records: &DeviceRecords,
        now: Timestamp,
    ) -> Result<Collection> {
        let result = (|| -> std::result::Result<Collection, Stop> {
            let transaction =
                Transaction::new_unchecked(&self.conn, rusqlite::TransactionBehavior::Immediate)?;
            let outcome = decide(&transaction, identity)?;
            replace(&transaction, identity, records, now).map_err(|error| {
                match error.sqlite_error_code() {
                    Some(ErrorCode::ConstraintViolation) => Stop::Early(Collection::Inconsistent {
                        problem: error.to_string(),
                    }),
                    _ => Stop::Sql(error),
                }
            })?;
            transaction.commit()?;
            Ok(outcome)
        })();
        match result {
            Ok(outcome) => Ok(outcome),
            // The transaction was dropped unfinished: rolled back.
            Err(Stop::Early(outcome)) => Ok(outcome),
            Err(Stop::Sql(error)) => Err(self.fail("collect the records")(error)),
        }
    }
}

/// What to do with the export, from what is held for its device.
fn decide(
    transaction: &Transaction<'_>,
    identity: &ExportIdentity,
) -> std::result::Result<Collection, Stop> {
    let held: Option<(String, i64, i64, String)> = transaction
        .prepare_cached(include_str!("device.sql"))?
        .query_row([&identity.device_id], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
        })
        .optional()?;
    let Some((pinned, number, exported_at, sha256)) = held else {
        return Ok(Collection::New);
    };
    let held = Timestamp::from_unix_ms(exported_at);
    if pinned != identity.public_key {
        Err(Stop::Early(Collection::KeyMismatch { pinned }))
    } else if sha256 == identity.export_sha256 {
        Err(Stop::Early(Collection::Unchanged))
    } else if (identity.export_number, identity.exported_at) <= (number, held) {
        Err(Stop::Early(Collection::Older { held }))
    } else {
        Ok(Collection::Superseded { previous: held })
    }
}

/// Removes the device's rows and writes the export's in their place.
fn replace(
    transaction: &Transaction<'_>,
    identity: &ExportIdentity,
    records: &DeviceRecords,
    now: Timestamp,
) -> rusqlite::Result<()> {
    let device = identity.device_id.as_str();
    for table in DEVICE_TABLES {
        transaction
            .prepare_cached(&format!("DELETE FROM {table} WHERE device_id = ?1"))?
            .execute([device])?;
    }
    transaction
        .prepare_cached(include_str!("save_device.sql"))?
        .execute(params![
            device,
            identity.public_key,
            identity.device_name,
            identity.export_number,
            identity.exported_at.unix_ms(),
            identity.export_sha256,
            identity.exported_by,
            now.unix_ms(),
        ])?;
    let mut insert = transaction.prepare_cached(include_str!("insert_learner.sql"))?;
    for learner in &records.learners {
        insert.execute(params![
            device,
            learner.id,
            learner.display_name,
            learner.certificate_name,
            learner.language,
            learner.created_at,
            learner.subject_id,
        ])?;
    }
    let mut insert = transaction.prepare_cached(include_str!("insert_version.sql"))?;
    let mut insert_item = transaction.prepare_cached(include_str!("insert_item.sql"))?;
    for version in &records.courses {
        insert.execute(params![
            device,
            version.id,
            version.course_id,
            version.version,
            version.content_hash,
            version.title,
            version.current,
        ])?;
        for item in &version.items {
            insert_item.execute(params![
                device,
                version.id,
                item.item_id,
                item.kind,
                item.position,
                item.title,
            ])?;
        }
    }
    let mut insert = transaction.prepare_cached(include_str!("insert_enrollment.sql"))?;
    for enrollment in &records.enrollments {
        insert.execute(params![
            device,
            enrollment.learner_id,
            enrollment.course_id,
            enrollment.course_version_id,
            enrollment.started_at,
            enrollment.last_opened_at,
            enrollment.last_item_id,
            enrollment.last_block,
            enrollment.completed_at,
            enrollment.lessons_completed,
        ])?;
    }
    let mut insert = transaction.prepare_cached(include_str!("insert_lesson.sql"))?;
    for lesson in &records.lessons {
        insert.execute(params![
            device,
            lesson.learner_id,
            lesson.course_id,
            lesson.lesson_id,
            lesson.course_version_id,
            lesson.first_opened_at,
            lesson.completed_at,
            lesson.seconds_spent,
        ])?;
    }
    let mut insert = transaction.prepare_cached(include_str!("insert_attempt.sql"))?;
    let mut insert_answer = transaction.prepare_cached(include_str!("insert_answer.sql"))?;
    for attempt in &records.attempts {
        insert.execute(params![
            device,
            attempt.id,
            attempt.learner_id,
            attempt.course_id,
            attempt.quiz_id,
            attempt.course_version_id,
            attempt.seed,
            attempt.layout.to_string(),
            attempt.started_at,
            attempt.finished_at,
            attempt.points,
            attempt.max_points,
            attempt.score,
            attempt.passed,
        ])?;
        for answer in &attempt.answers {
            insert_answer.execute(params![
                device,
                answer.id,
                attempt.id,
                answer.question_id,
                answer.answer.to_string(),
                answer.points,
                answer.answered_at,
            ])?;
        }
    }
    let mut insert = transaction.prepare_cached(include_str!("insert_certificate.sql"))?;
    for certificate in &records.certificates {
        insert.execute(params![
            device,
            certificate.id,
            certificate.learner_id,
            certificate.course_id,
            certificate.course_version_id,
            certificate.name_on_certificate,
            certificate.issued_at,
            certificate.credential,
        ])?;
    }
    let mut insert = transaction.prepare_cached(include_str!("insert_statement.sql"))?;
    for (position, statement) in records.statements.iter().enumerate() {
        insert.execute(params![
            device,
            i64::try_from(position).unwrap_or(i64::MAX),
            statement.id,
            statement.recorded_at,
            statement.statement.to_string(),
        ])?;
    }
    Ok(())
}
