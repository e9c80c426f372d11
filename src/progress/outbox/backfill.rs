//! Learning records for progress saved before format v2, written once when the
//! file is upgraded, so the LRS gets the whole history.
//!
//! Course versions registered before v2 have no activity base or question
//! definitions in the file, so these statements use the default base and name
//! activities by their titles only. They are written whole, as this format
//! step wrote them before the outbox kept compact rows.

use super::record::{Event, Form, record_answer_as, record_as, record_attempt_as};
use crate::progress::{LearnerId, Timestamp};
use rusqlite::Transaction;
use serde_json::Value;

/// One recorded action, as `backfill.sql` lists it.
struct Action {
    at: i64,
    kind: String,
    learner: LearnerId,
    version_row: i64,
    item: Option<String>,
    attempt: Option<i64>,
    answer: Option<String>,
    points: Option<f64>,
}

/// Writes a statement for every recorded action, oldest first.
pub(crate) fn backfill(transaction: &Transaction<'_>) -> rusqlite::Result<()> {
    backfill_as(transaction, Form::Full)
}

/// [`backfill`] in the given form.
pub(crate) fn backfill_as(transaction: &Transaction<'_>, form: Form) -> rusqlite::Result<()> {
    let actions = {
        let mut statement = transaction.prepare(include_str!("backfill.sql"))?;
        let rows = statement.query_map([], |row| {
            Ok(Action {
                at: row.get(0)?,
                kind: row.get(2)?,
                learner: LearnerId(row.get(3)?),
                version_row: row.get(4)?,
                item: row.get(5)?,
                attempt: row.get(6)?,
                answer: row.get(7)?,
                points: row.get(8)?,
            })
        })?;
        rows.collect::<rusqlite::Result<Vec<Action>>>()?
    };
    for action in actions {
        let at = Timestamp::from_unix_ms(action.at);
        let item = action.item.as_deref().unwrap_or_default();
        match (action.kind.as_str(), action.attempt) {
            ("started", _) => record_as(
                transaction,
                form,
                action.learner,
                action.version_row,
                Event::CourseStarted,
                at,
            )?,
            ("lesson", _) => record_as(
                transaction,
                form,
                action.learner,
                action.version_row,
                Event::LessonCompleted(item),
                at,
            )?,
            ("answer", Some(attempt)) => {
                let answer = action
                    .answer
                    .as_deref()
                    .and_then(|text| serde_json::from_str(text).ok())
                    .unwrap_or(Value::Null);
                record_answer_as(
                    transaction,
                    form,
                    action.learner,
                    attempt,
                    item,
                    &answer,
                    action.points,
                    at,
                )?;
            }
            ("attempt", Some(attempt)) => {
                record_attempt_as(transaction, form, action.learner, attempt)?
            }
            ("completed", _) => record_as(
                transaction,
                form,
                action.learner,
                action.version_row,
                Event::CourseCompleted,
                at,
            )?,
            ("certificate", _) => record_as(
                transaction,
                form,
                action.learner,
                action.version_row,
                Event::CertificateEarned(item),
                at,
            )?,
            _ => {}
        }
    }
    Ok(())
}
