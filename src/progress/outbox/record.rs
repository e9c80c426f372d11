//! Writing learning records at commit, in the transaction of the progress they
//! describe: a compact row (the statement id and timestamp, and what the
//! action fixed) that [`super::render`] turns into the statement when it is
//! read. A commit builds no JSON. An answer's record goes further: it is kept
//! on the answer's own row (`attempt/answer.sql`, format v8), so saving an
//! answer writes that row and its index entry and nothing else.
//!
//! Two cases write the whole statement instead: the format upgrades that ran
//! before the outbox had compact rows (see `backfill.rs`), and a course
//! version registered before learning records (whose description in the file
//! could still change, so its statements are fixed as they are now).

use super::render::{Happened, Record, render};
use crate::progress::{LearnerId, Timestamp};
use crate::xapi::statement as xapi;
use rusqlite::{OptionalExtension, Transaction, params};
use serde_json::Value;

/// How a learning record is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    /// A compact row, rendered when read (whenever the version is registered).
    Compact,
    /// The whole statement, rendered now (in the format upgrades before compact
    /// rows existed).
    Full,
}

/// A learner action on a course, as [`record`] turns it into a statement.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Event<'a> {
    /// The learner opened the course for the first time.
    CourseStarted,
    /// The learner completed a lesson for the first time.
    LessonCompleted(&'a str),
    /// The course was completed for the first time.
    CourseCompleted,
    /// A certificate was issued.
    CertificateEarned(&'a str),
}

/// The learner as the settings name them now: the organisation's home page
/// (`None` for the device's) and their name when names are sent. The
/// pseudonymous ids are made on first use (a learner's first statement, the
/// device's first statement without an organisation home page).
fn actor_now(
    transaction: &Transaction<'_>,
    learner: LearnerId,
) -> rusqlite::Result<(Option<String>, Option<String>)> {
    let (account_name, display_name, home_page, include_names, device): (
        Option<String>,
        String,
        Option<String>,
        Option<i64>,
        Option<String>,
    ) = transaction
        .prepare_cached(include_str!("account.sql"))?
        .query_row([learner.0], |row| {
            Ok((
                row.get(0)?,
                row.get(1)?,
                row.get(2)?,
                row.get(3)?,
                row.get(4)?,
            ))
        })?;
    if account_name.is_none() {
        transaction
            .prepare_cached(include_str!("new_account.sql"))?
            .execute(params![learner.0, xapi::new_id()])?;
    }
    if home_page.is_none() && device.is_none() {
        transaction
            .prepare_cached(include_str!("new_device.sql"))?
            .execute([xapi::new_id()])?;
    }
    Ok((
        home_page,
        (include_names == Some(1)).then_some(display_name),
    ))
}

/// A record of `event` with the actor as named now and nothing else filled in.
fn new_record(
    transaction: &Transaction<'_>,
    learner: LearnerId,
    version_row: i64,
    event: Happened,
    at: Timestamp,
) -> rusqlite::Result<Record> {
    let (home_page, name) = actor_now(transaction, learner)?;
    Ok(Record {
        id: xapi::new_id(),
        learner,
        at,
        event,
        version_row,
        item_id: None,
        parent_id: None,
        home_page,
        name,
        response: None,
        points: None,
        max_points: None,
        score: None,
        success: None,
        duration_ms: None,
    })
}

/// Whether course version `version_row` is described for learning records.
fn is_registered(transaction: &Transaction<'_>, version_row: i64) -> rusqlite::Result<bool> {
    let known: i64 = transaction
        .prepare_cached(include_str!("known_version.sql"))?
        .query_row([version_row], |row| row.get(0))?;
    Ok(known > 0)
}

/// Writes `record` compact when `form` and its course version allow, else as
/// the whole statement.
fn write(transaction: &Transaction<'_>, record: &Record, form: Form) -> rusqlite::Result<()> {
    let registered = form == Form::Compact && is_registered(transaction, record.version_row)?;
    if registered {
        transaction
            .prepare_cached(include_str!("insert_compact.sql"))?
            .execute(params![
                record.id,
                record.learner.0,
                record.at.unix_ms(),
                record.event.as_str(),
                record.version_row,
                record.item_id,
                record.parent_id,
                record.home_page,
                record.name,
                record.response,
                record.points,
                record.max_points,
                record.score,
                record.success,
                record.duration_ms,
            ])?;
    } else {
        let statement = render(transaction, record)?;
        transaction
            .prepare_cached(include_str!("insert.sql"))?
            .execute(params![
                record.id,
                record.learner.0,
                record.at.unix_ms(),
                statement.to_string()
            ])?;
    }
    Ok(())
}

/// Writes the statement of a learner action on course version `version_row`.
pub(crate) fn record(
    transaction: &Transaction<'_>,
    learner: LearnerId,
    version_row: i64,
    event: Event<'_>,
    at: Timestamp,
) -> rusqlite::Result<()> {
    record_as(transaction, Form::Compact, learner, version_row, event, at)
}

/// [`record`] in the given form.
pub(crate) fn record_as(
    transaction: &Transaction<'_>,
    form: Form,
    learner: LearnerId,
    version_row: i64,
    event: Event<'_>,
    at: Timestamp,
) -> rusqlite::Result<()> {
    let happened = match event {
        Event::CourseStarted => Happened::CourseStarted,
        Event::LessonCompleted(_) => Happened::LessonCompleted,
        Event::CourseCompleted => Happened::CourseCompleted,
        Event::CertificateEarned(_) => Happened::CertificateEarned,
    };
    let mut record = new_record(transaction, learner, version_row, happened, at)?;
    match event {
        Event::CourseStarted => {}
        Event::CourseCompleted => {
            let times: Option<(i64, Option<i64>)> = transaction
                .prepare_cached(include_str!("enrollment.sql"))?
                .query_row(params![learner.0, version_row], |row| {
                    Ok((row.get(0)?, row.get(1)?))
                })
                .optional()?;
            if let Some((started, Some(completed))) = times {
                record.duration_ms = Some(completed - started);
            }
        }
        Event::CertificateEarned(certificate_id) => {
            record.item_id = Some(certificate_id.to_owned());
        }
        Event::LessonCompleted(lesson_id) => {
            let seconds: Option<i64> = transaction
                .prepare_cached(include_str!("lesson.sql"))?
                .query_row(params![learner.0, version_row, lesson_id], |row| row.get(0))
                .optional()?;
            record.item_id = Some(lesson_id.to_owned());
            record.duration_ms = seconds
                .filter(|seconds| *seconds > 0)
                .map(|seconds| seconds.saturating_mul(1_000));
        }
    }
    write(transaction, &record, form)
}

/// Gives answer `answer_id` its `answered` learning record the longer way, for
/// an answer saved without one (see `attempt/answer.sql`): makes the
/// pseudonymous ids the record names first, then keeps the record on the
/// answer's row, or, when the attempt's course version is not described for
/// learning records, writes the whole statement to the outbox now.
pub(crate) fn attach_answer_record(
    transaction: &Transaction<'_>,
    answer_id: i64,
) -> rusqlite::Result<()> {
    let (learner, attempt_id, question_id, answer, points, at) = transaction
        .prepare_cached(include_str!("answer_row.sql"))?
        .query_row([answer_id], |row| {
            Ok((
                LearnerId(row.get(0)?),
                row.get::<_, i64>(1)?,
                row.get::<_, String>(2)?,
                row.get::<_, String>(3)?,
                row.get::<_, Option<f64>>(4)?,
                Timestamp::from_unix_ms(row.get(5)?),
            ))
        })?;
    let version_row = attempt(transaction, attempt_id)?.version_row;
    let (home_page, name) = actor_now(transaction, learner)?;
    if is_registered(transaction, version_row)? {
        transaction
            .prepare_cached(include_str!("answer_record.sql"))?
            .execute(params![answer_id, xapi::new_id(), home_page, name])?;
        return Ok(());
    }
    let answer: Value = serde_json::from_str(&answer).map_err(|error| {
        rusqlite::Error::FromSqlConversionFailure(3, rusqlite::types::Type::Text, Box::new(error))
    })?;
    record_answer_as(
        transaction,
        Form::Full,
        learner,
        attempt_id,
        &question_id,
        &answer,
        points,
        at,
    )
}

/// [`record_answer`] in the given form.
#[allow(clippy::too_many_arguments)]
pub(crate) fn record_answer_as(
    transaction: &Transaction<'_>,
    form: Form,
    learner: LearnerId,
    attempt_id: i64,
    question_id: &str,
    answer: &Value,
    points: Option<f64>,
    at: Timestamp,
) -> rusqlite::Result<()> {
    let attempt = attempt(transaction, attempt_id)?;
    let mut record = new_record(
        transaction,
        learner,
        attempt.version_row,
        Happened::Answered,
        at,
    )?;
    record.item_id = Some(question_id.to_owned());
    record.parent_id = Some(attempt.quiz_id);
    record.response = Some(xapi::response_text(answer));
    record.points = points;
    write(transaction, &record, form)
}

/// A quiz attempt as statements need it.
struct Attempt {
    version_row: i64,
    quiz_id: String,
    started_at: i64,
    finished_at: Option<i64>,
    points: Option<f64>,
    max_points: Option<f64>,
    score: Option<f64>,
    passed: Option<bool>,
}

fn attempt(transaction: &Transaction<'_>, attempt: i64) -> rusqlite::Result<Attempt> {
    transaction
        .prepare_cached(include_str!("attempt.sql"))?
        .query_row([attempt], |row| {
            Ok(Attempt {
                version_row: row.get(0)?,
                quiz_id: row.get(1)?,
                started_at: row.get(2)?,
                finished_at: row.get(3)?,
                points: row.get(4)?,
                max_points: row.get(5)?,
                score: row.get(6)?,
                passed: row.get(7)?,
            })
        })
}

/// Writes the `passed` or `failed` statement of a submitted attempt.
pub(crate) fn record_attempt(
    transaction: &Transaction<'_>,
    learner: LearnerId,
    attempt_id: i64,
) -> rusqlite::Result<()> {
    record_attempt_as(transaction, Form::Compact, learner, attempt_id)
}

/// [`record_attempt`] in the given form.
pub(crate) fn record_attempt_as(
    transaction: &Transaction<'_>,
    form: Form,
    learner: LearnerId,
    attempt_id: i64,
) -> rusqlite::Result<()> {
    let attempt = attempt(transaction, attempt_id)?;
    let (Some(finished_at), Some(score)) = (attempt.finished_at, attempt.score) else {
        return Ok(());
    };
    let mut record = new_record(
        transaction,
        learner,
        attempt.version_row,
        Happened::AttemptSubmitted,
        Timestamp::from_unix_ms(finished_at),
    )?;
    record.item_id = Some(attempt.quiz_id);
    record.points = Some(attempt.points.unwrap_or(0.0));
    record.max_points = Some(attempt.max_points.unwrap_or(0.0));
    record.score = Some(score);
    record.success = Some(attempt.passed.unwrap_or(false));
    record.duration_ms = Some(finished_at - attempt.started_at);
    write(transaction, &record, form)
}
