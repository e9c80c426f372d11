//! The outbox of learning records: xAPI statements written in the same
//! transaction as the progress they describe, kept until an LRS has them.
//!
//! The session methods that record progress call [`record`] (or
//! [`record_answer`], [`record_attempt`]) inside their transaction; the
//! statement's id is fixed there. `xapi export` and `xapi sync` read the
//! statements back with [`Store::outbox_statements`], and a statement the LRS
//! holds is deleted with [`Store::mark_delivered`].

mod backfill;
mod export;

pub(crate) use backfill::backfill;

use super::{LearnerId, Result, Store, Timestamp};
use crate::course::Course;
use crate::xapi::statement::{
    self as xapi, ActivityKind, Actor, CERTIFICATE_ID_EXTENSION, DEFAULT_HOME_PAGE_BASE,
    StatementParts, UNKNOWN_LANGUAGE, Verb,
};
use rusqlite::{OptionalExtension, Transaction, params};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

/// One statement waiting in the outbox.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OutboxStatement {
    /// Its place in the outbox (oldest first).
    pub seq: i64,
    /// The statement id.
    pub id: String,
    /// When the action it records happened.
    pub recorded_at: Timestamp,
    /// The statement.
    pub statement: Value,
    /// When it was last exported to a file, if it was.
    pub exported_at: Option<Timestamp>,
}

/// How many statements wait in the outbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct OutboxCount {
    /// Not yet delivered to an LRS.
    pub pending: u64,
    /// Of those, written to a file by `xapi export`.
    pub exported: u64,
}

/// What the organisation decided about the learning records of this device.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct XapiDeviceSettings {
    /// The account home page of learners (an IRL of the organisation). When
    /// unset, a page named after this device's random id is used.
    pub home_page: Option<String>,
    /// Send learners' display names with their pseudonymous ids (off by default).
    pub include_names: bool,
}

const HOME_PAGE_SETTING: &str = "xapi.home_page";
const INCLUDE_NAMES_SETTING: &str = "xapi.include_names";

impl Store {
    /// Undelivered statements, oldest first: those recorded at `since` or later,
    /// after outbox place `after_seq` (0 for the start), at most `limit`.
    pub fn outbox_statements(
        &self,
        since: Option<Timestamp>,
        after_seq: i64,
        limit: u32,
    ) -> Result<Vec<OutboxStatement>> {
        let rows = self.query(
            "read the learning records",
            include_str!("pending.sql"),
            params![since.map_or(i64::MIN, Timestamp::unix_ms), after_seq, limit],
            |row| {
                Ok((
                    row.get::<_, i64>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, i64>(2)?,
                    row.get::<_, String>(3)?,
                    row.get::<_, Option<i64>>(4)?,
                ))
            },
        )?;
        rows.into_iter()
            .map(|(seq, id, recorded_at, text, exported_at)| {
                let statement = serde_json::from_str(&text)
                    .map_err(self.json_fail("read a learning record"))?;
                Ok(OutboxStatement {
                    seq,
                    id,
                    recorded_at: Timestamp::from_unix_ms(recorded_at),
                    statement,
                    exported_at: exported_at.map(Timestamp::from_unix_ms),
                })
            })
            .collect()
    }

    /// How many statements wait to be delivered.
    pub fn outbox_count(&self) -> Result<OutboxCount> {
        let counts = self.query(
            "count the learning records",
            include_str!("count.sql"),
            [],
            |row| {
                Ok(OutboxCount {
                    pending: row.get::<_, i64>(0)?.unsigned_abs(),
                    exported: row.get::<_, i64>(1)?.unsigned_abs(),
                })
            },
        )?;
        Ok(counts.into_iter().next().unwrap_or(OutboxCount {
            pending: 0,
            exported: 0,
        }))
    }

    /// Notes that these statements (by outbox place) were written to a file:
    /// they stay in the outbox until an LRS has them.
    pub fn mark_exported(&self, seqs: &[i64], at: Timestamp) -> Result<()> {
        self.in_transaction("mark the learning records exported", |transaction| {
            let mut update = transaction.prepare_cached(include_str!("mark_exported.sql"))?;
            for seq in seqs {
                update.execute(params![seq, at.unix_ms()])?;
            }
            Ok(())
        })
    }

    /// Removes statements (by outbox place) that an LRS now holds, in one
    /// transaction.
    pub fn mark_delivered(&self, seqs: &[i64]) -> Result<()> {
        self.in_transaction("remove the delivered learning records", |transaction| {
            let mut delete = transaction.prepare_cached(include_str!("delivered.sql"))?;
            for seq in seqs {
                delete.execute([seq])?;
            }
            Ok(())
        })
    }

    /// What the organisation decided for this device's learning records.
    pub fn xapi_device_settings(&self) -> Result<XapiDeviceSettings> {
        Ok(XapiDeviceSettings {
            home_page: self.setting(HOME_PAGE_SETTING)?,
            include_names: self.setting(INCLUDE_NAMES_SETTING)?.unwrap_or(false),
        })
    }

    /// Saves the organisation's choices; they apply to records written from now on.
    pub fn set_xapi_device_settings(&self, settings: &XapiDeviceSettings) -> Result<()> {
        match &settings.home_page {
            Some(page) => self.set_setting(HOME_PAGE_SETTING, page)?,
            None => self.remove_setting(HOME_PAGE_SETTING)?,
        }
        self.set_setting(INCLUDE_NAMES_SETTING, &settings.include_names)
    }
}

/// Keeps how statements describe `course`'s activities under its version row,
/// the first time the version is seen since format v2.
pub(crate) fn register_course(
    transaction: &Transaction<'_>,
    version_row: i64,
    course: &Course,
) -> rusqlite::Result<()> {
    let known: i64 = transaction
        .prepare_cached(include_str!("known_version.sql"))?
        .query_row([version_row], |row| row.get(0))?;
    if known > 0 {
        return Ok(());
    }
    transaction
        .prepare_cached(include_str!("register_version.sql"))?
        .execute(params![
            version_row,
            xapi::activity_base(course),
            course.language
        ])?;
    let mut insert = transaction.prepare_cached(include_str!("register_activity.sql"))?;
    for activity in xapi::course_definitions(course) {
        let (parent_kind, parent_id) = match &activity.parent {
            Some((kind, id)) => (Some(kind.as_str()), Some(id.as_str())),
            None => (None, None),
        };
        insert.execute(params![
            version_row,
            activity.kind.as_str(),
            activity.item_id,
            parent_kind,
            parent_id,
            activity.definition.to_string(),
            activity.max_points,
        ])?;
    }
    Ok(())
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

/// What a course version says about itself in statements.
struct CourseContext {
    course_id: String,
    title: String,
    base: String,
    language: String,
    activity: String,
}

fn course_context(
    transaction: &Transaction<'_>,
    version_row: i64,
) -> rusqlite::Result<CourseContext> {
    let (course_id, title, base, language): (String, String, Option<String>, Option<String>) =
        transaction
            .prepare_cached(include_str!("course.sql"))?
            .query_row([version_row], |row| {
                Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
            })?;
    let base = base.unwrap_or_else(|| xapi::DEFAULT_ACTIVITY_BASE.to_owned());
    let language = language.unwrap_or_else(|| UNKNOWN_LANGUAGE.to_owned());
    let activity = xapi::activity_id(&base, &course_id, None);
    Ok(CourseContext {
        course_id,
        title,
        base,
        language,
        activity,
    })
}

impl CourseContext {
    /// The course's own definition, for statements about the course.
    fn definition(
        &self,
        transaction: &Transaction<'_>,
        version_row: i64,
    ) -> rusqlite::Result<Value> {
        Ok(
            match describe(
                transaction,
                version_row,
                ActivityKind::Course,
                &self.course_id,
            )? {
                Some(found) => found.definition,
                None => xapi::named_definition(ActivityKind::Course, &self.language, &self.title),
            },
        )
    }
}

/// An activity as the progress file describes it.
struct Described {
    kind: ActivityKind,
    parent: Option<(ActivityKind, String)>,
    definition: Value,
    max_points: Option<f64>,
}

fn parse_kind(text: &str) -> Option<ActivityKind> {
    [
        ActivityKind::Course,
        ActivityKind::Module,
        ActivityKind::Lesson,
        ActivityKind::Quiz,
        ActivityKind::FinalAssessment,
        ActivityKind::Question,
    ]
    .into_iter()
    .find(|kind| kind.as_str() == text)
}

/// The registered description of an activity, or `None` when its version was
/// registered before format v2 (then only a title, when the structure has one).
fn describe(
    transaction: &Transaction<'_>,
    version_row: i64,
    kind: ActivityKind,
    item_id: &str,
) -> rusqlite::Result<Option<Described>> {
    type Row = (
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<f64>,
        Option<String>,
        Option<String>,
    );
    let row: Row = transaction
        .prepare_cached(include_str!("activity.sql"))?
        .query_row(params![version_row, kind.as_str(), item_id], |row| {
            Ok((
                row.get(0)?,
                row.get(1)?,
                row.get(2)?,
                row.get(3)?,
                row.get(4)?,
                row.get(5)?,
                row.get(6)?,
            ))
        })?;
    let (found_kind, parent_kind, parent_id, definition, max_points, title, item_kind) = row;
    if let (Some(found_kind), Some(definition)) = (found_kind, definition) {
        let parent = parent_kind.as_deref().and_then(parse_kind).zip(parent_id);
        return Ok(Some(Described {
            kind: parse_kind(&found_kind).unwrap_or(kind),
            parent,
            definition: serde_json::from_str(&definition).unwrap_or(Value::Null),
            max_points,
        }));
    }
    Ok(title.map(|title| {
        let kind = item_kind.as_deref().and_then(parse_kind).unwrap_or(kind);
        Described {
            kind,
            parent: None,
            definition: json!({ "type": kind.type_iri(), "name": { UNKNOWN_LANGUAGE: title } }),
            max_points: None,
        }
    }))
}

/// The learner as statements name them.
fn actor(transaction: &Transaction<'_>, learner: LearnerId) -> rusqlite::Result<Actor> {
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
    // The ids are made on first use (a learner's first statement, the device's
    // first statement without an organisation home page).
    let account_name = match account_name {
        Some(name) => name,
        None => {
            let name = xapi::new_id();
            transaction
                .prepare_cached(include_str!("new_account.sql"))?
                .execute(params![learner.0, name])?;
            name
        }
    };
    let home_page = match (home_page, device) {
        (Some(page), _) => page,
        (None, Some(device)) => format!("{DEFAULT_HOME_PAGE_BASE}{device}"),
        (None, None) => {
            let device = xapi::new_id();
            transaction
                .prepare_cached(include_str!("new_device.sql"))?
                .execute([&device])?;
            format!("{DEFAULT_HOME_PAGE_BASE}{device}")
        }
    };
    Ok(Actor {
        home_page,
        account_name,
        name: (include_names == Some(1)).then_some(display_name),
    })
}

/// What one statement is about, before the actor and context are added.
struct Subject {
    verb: Verb,
    object: String,
    definition: Value,
    parent: Option<String>,
    result: Option<Value>,
}

fn insert(
    transaction: &Transaction<'_>,
    learner: LearnerId,
    context: &CourseContext,
    subject: Subject,
    at: Timestamp,
) -> rusqlite::Result<()> {
    let actor = actor(transaction, learner)?;
    let id = xapi::new_id();
    let statement = xapi::statement(&StatementParts {
        id: &id,
        actor: &actor,
        verb: subject.verb,
        object_id: &subject.object,
        definition: &subject.definition,
        result: subject.result,
        course_activity: &context.activity,
        parent_activity: subject.parent.as_deref(),
        language: &context.language,
        timestamp: at,
    });
    transaction
        .prepare_cached(include_str!("insert.sql"))?
        .execute(params![id, learner.0, at.unix_ms(), statement.to_string()])?;
    Ok(())
}

/// The id, definition and parent activity id of an item of the course.
fn item(
    transaction: &Transaction<'_>,
    version_row: i64,
    context: &CourseContext,
    kind: ActivityKind,
    item_id: &str,
) -> rusqlite::Result<(String, Described, Option<String>)> {
    let described = describe(transaction, version_row, kind, item_id)?.unwrap_or(Described {
        kind,
        parent: None,
        definition: json!({ "type": kind.type_iri() }),
        max_points: None,
    });
    let id = xapi::activity_id(
        &context.base,
        &context.course_id,
        Some((described.kind, item_id)),
    );
    let parent = described.parent.as_ref().map(|(parent_kind, parent_id)| {
        xapi::activity_id(
            &context.base,
            &context.course_id,
            Some((*parent_kind, parent_id)),
        )
    });
    Ok((id, described, parent))
}

/// Writes the statement of a learner action on course version `version_row`.
pub(crate) fn record(
    transaction: &Transaction<'_>,
    learner: LearnerId,
    version_row: i64,
    event: Event<'_>,
    at: Timestamp,
) -> rusqlite::Result<()> {
    let context = course_context(transaction, version_row)?;
    let course = |verb, result| -> rusqlite::Result<Subject> {
        Ok(Subject {
            verb,
            object: context.activity.clone(),
            definition: context.definition(transaction, version_row)?,
            parent: None,
            result,
        })
    };
    let subject = match event {
        Event::CourseStarted => course(Verb::Initialized, None)?,
        Event::CourseCompleted => {
            let times: Option<(i64, Option<i64>)> = transaction
                .prepare_cached(include_str!("enrollment.sql"))?
                .query_row(params![learner.0, context.course_id], |row| {
                    Ok((row.get(0)?, row.get(1)?))
                })
                .optional()?;
            let mut result = json!({ "completion": true });
            if let Some((started, Some(completed))) = times {
                result["duration"] = xapi::duration(completed - started).into();
            }
            course(Verb::Completed, Some(result))?
        }
        Event::CertificateEarned(certificate_id) => course(
            Verb::Earned,
            Some(json!({ "extensions": { CERTIFICATE_ID_EXTENSION: certificate_id } })),
        )?,
        Event::LessonCompleted(lesson_id) => {
            let (object, described, parent) = item(
                transaction,
                version_row,
                &context,
                ActivityKind::Lesson,
                lesson_id,
            )?;
            let seconds: Option<i64> = transaction
                .prepare_cached(include_str!("lesson.sql"))?
                .query_row(params![learner.0, context.course_id, lesson_id], |row| {
                    row.get(0)
                })
                .optional()?;
            let mut result = json!({ "completion": true });
            if let Some(seconds) = seconds.filter(|seconds| *seconds > 0) {
                result["duration"] = xapi::duration(seconds.saturating_mul(1_000)).into();
            }
            Subject {
                verb: Verb::Completed,
                object,
                definition: described.definition,
                parent,
                result: Some(result),
            }
        }
    };
    insert(transaction, learner, &context, subject, at)
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

/// Writes the `answered` statement of an answer given in `attempt_id`.
pub(crate) fn record_answer(
    transaction: &Transaction<'_>,
    learner: LearnerId,
    attempt_id: i64,
    question_id: &str,
    answer: &Value,
    points: Option<f64>,
    at: Timestamp,
) -> rusqlite::Result<()> {
    let attempt = attempt(transaction, attempt_id)?;
    let context = course_context(transaction, attempt.version_row)?;
    let (object, described, _) = item(
        transaction,
        attempt.version_row,
        &context,
        ActivityKind::Question,
        question_id,
    )?;
    let (quiz, _, _) = item(
        transaction,
        attempt.version_row,
        &context,
        ActivityKind::Quiz,
        &attempt.quiz_id,
    )?;
    let mut result = json!({ "response": xapi::response_text(answer) });
    if let Some(points) = points {
        if let Some(max) = described.max_points.filter(|max| *max > 0.0) {
            result["success"] = (points >= max - 1e-9).into();
            result["score"] = json!({ "raw": points, "min": 0.0, "max": max });
        } else {
            result["success"] = (points > 0.0).into();
        }
    }
    let subject = Subject {
        verb: Verb::Answered,
        object,
        definition: described.definition,
        parent: Some(quiz),
        result: Some(result),
    };
    insert(transaction, learner, &context, subject, at)
}

/// Writes the `passed` or `failed` statement of a submitted attempt.
pub(crate) fn record_attempt(
    transaction: &Transaction<'_>,
    learner: LearnerId,
    attempt_id: i64,
) -> rusqlite::Result<()> {
    let attempt = attempt(transaction, attempt_id)?;
    let (Some(finished_at), Some(score)) = (attempt.finished_at, attempt.score) else {
        return Ok(());
    };
    let context = course_context(transaction, attempt.version_row)?;
    let (object, described, parent) = item(
        transaction,
        attempt.version_row,
        &context,
        ActivityKind::Quiz,
        &attempt.quiz_id,
    )?;
    let passed = attempt.passed.unwrap_or(false);
    let result = json!({
        "score": {
            "scaled": score,
            "raw": attempt.points.unwrap_or(0.0),
            "min": 0.0,
            "max": attempt.max_points.unwrap_or(0.0),
        },
        "success": passed,
        "completion": true,
        "duration": xapi::duration(finished_at - attempt.started_at),
    });
    let subject = Subject {
        verb: if passed { Verb::Passed } else { Verb::Failed },
        object,
        definition: described.definition,
        parent,
        result: Some(result),
    };
    insert(
        transaction,
        learner,
        &context,
        subject,
        Timestamp::from_unix_ms(finished_at),
    )
}
