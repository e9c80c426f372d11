//! Turning an outbox row into its xAPI statement, when the statement is read
//! to be exported or sent.
//!
//! A row holds what the learner's action fixed at commit (the statement id and
//! timestamp, the actor as the settings then named them, the response, score
//! and durations); the rest comes from how the course version was registered
//! for learning records, which never changes once written. So a statement
//! renders the same whenever it is read.

use super::LearnerId;
use crate::progress::Timestamp;
use crate::xapi::statement::{
    self as xapi, ActivityKind, Actor, CERTIFICATE_ID_EXTENSION, DEFAULT_HOME_PAGE_BASE,
    StatementParts, UNKNOWN_LANGUAGE, Verb,
};
use rusqlite::{Connection, params};
use serde_json::{Value, json};

/// What a learner did, as an outbox row names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Happened {
    /// Opened the course for the first time.
    CourseStarted,
    /// Completed a lesson (`item_id`).
    LessonCompleted,
    /// Completed the course.
    CourseCompleted,
    /// Earned a certificate (`item_id`).
    CertificateEarned,
    /// Answered a question (`item_id`) of a quiz (`parent_id`).
    Answered,
    /// Submitted an attempt at a quiz (`item_id`).
    AttemptSubmitted,
}

impl Happened {
    /// The name kept in the outbox's `event` column.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Self::CourseStarted => "course_started",
            Self::LessonCompleted => "lesson_completed",
            Self::CourseCompleted => "course_completed",
            Self::CertificateEarned => "certificate_earned",
            Self::Answered => "answered",
            Self::AttemptSubmitted => "attempt_submitted",
        }
    }

    /// The event named `text` in the outbox.
    pub(crate) fn parse(text: &str) -> Option<Self> {
        [
            Self::CourseStarted,
            Self::LessonCompleted,
            Self::CourseCompleted,
            Self::CertificateEarned,
            Self::Answered,
            Self::AttemptSubmitted,
        ]
        .into_iter()
        .find(|event| event.as_str() == text)
    }
}

/// One statement in compact form: what its learner action fixed at commit.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Record {
    /// The statement id.
    pub id: String,
    pub learner: LearnerId,
    /// The statement's timestamp.
    pub at: Timestamp,
    pub event: Happened,
    /// The course version the action was recorded under.
    pub version_row: i64,
    /// The lesson, question or quiz; the certificate id for `CertificateEarned`.
    pub item_id: Option<String>,
    /// The quiz of an answered question.
    pub parent_id: Option<String>,
    /// The organisation's home page for learners, when one was set; `None`
    /// for the device's own page.
    pub home_page: Option<String>,
    /// The learner's name, when names were sent.
    pub name: Option<String>,
    /// An answer in xAPI's response format.
    pub response: Option<String>,
    /// An answer's points, or an attempt's.
    pub points: Option<f64>,
    /// An attempt's points available.
    pub max_points: Option<f64>,
    /// An attempt's score, from 0 to 1.
    pub score: Option<f64>,
    /// Whether an attempt passed.
    pub success: Option<bool>,
    /// How long the lesson, course or attempt took, in milliseconds.
    pub duration_ms: Option<i64>,
}

/// What a course version says about itself in statements.
pub(super) struct CourseContext {
    course_id: String,
    title: String,
    base: String,
    language: String,
    activity: String,
}

fn course_context(conn: &Connection, version_row: i64) -> rusqlite::Result<CourseContext> {
    let (course_id, title, base, language): (String, String, Option<String>, Option<String>) = conn
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
    fn definition(&self, conn: &Connection, version_row: i64) -> rusqlite::Result<Value> {
        Ok(
            match describe(conn, version_row, ActivityKind::Course, &self.course_id)? {
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
    conn: &Connection,
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
    let row: Row = conn
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

/// The id, definition and parent activity id of an item of the course.
fn item(
    conn: &Connection,
    version_row: i64,
    context: &CourseContext,
    kind: ActivityKind,
    item_id: &str,
) -> rusqlite::Result<(String, Described, Option<String>)> {
    let described = describe(conn, version_row, kind, item_id)?.unwrap_or(Described {
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

/// The learner as the statement names them: their pseudonymous id (made with
/// their first statement, kept until they are removed, and their statements
/// with them) on the organisation's page, else on the device's.
fn actor(conn: &Connection, record: &Record) -> rusqlite::Result<Actor> {
    let (account_name, device): (String, Option<String>) = conn
        .prepare_cached(include_str!("actor.sql"))?
        .query_row([record.learner.0], |row| Ok((row.get(0)?, row.get(1)?)))?;
    let home_page = match &record.home_page {
        Some(page) => page.clone(),
        None => format!("{DEFAULT_HOME_PAGE_BASE}{}", device.unwrap_or_default()),
    };
    Ok(Actor {
        home_page,
        account_name,
        name: record.name.clone(),
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

/// The `completion` result, with a duration when one was measured.
fn completion(duration_ms: Option<i64>) -> Value {
    let mut result = json!({ "completion": true });
    if let Some(ms) = duration_ms {
        result["duration"] = xapi::duration(ms).into();
    }
    result
}

/// The full statement of `record`.
pub(crate) fn render(conn: &Connection, record: &Record) -> rusqlite::Result<Value> {
    let context = course_context(conn, record.version_row)?;
    let item_id = record.item_id.as_deref().unwrap_or_default();
    let course = |verb, result| -> rusqlite::Result<Subject> {
        Ok(Subject {
            verb,
            object: context.activity.clone(),
            definition: context.definition(conn, record.version_row)?,
            parent: None,
            result,
        })
    };
    let subject = match record.event {
        Happened::CourseStarted => course(Verb::Initialized, None)?,
        Happened::CourseCompleted => course(Verb::Completed, Some(completion(record.duration_ms)))?,
        Happened::CertificateEarned => course(
            Verb::Earned,
            Some(json!({ "extensions": { CERTIFICATE_ID_EXTENSION: item_id } })),
        )?,
        Happened::LessonCompleted => {
            let (object, described, parent) = item(
                conn,
                record.version_row,
                &context,
                ActivityKind::Lesson,
                item_id,
            )?;
            Subject {
                verb: Verb::Completed,
                object,
                definition: described.definition,
                parent,
                result: Some(completion(record.duration_ms)),
            }
        }
        Happened::Answered => answered(conn, record, &context)?,
        Happened::AttemptSubmitted => {
            let (object, described, parent) = item(
                conn,
                record.version_row,
                &context,
                ActivityKind::Quiz,
                item_id,
            )?;
            let passed = record.success.unwrap_or(false);
            let result = json!({
                "score": {
                    "scaled": record.score.unwrap_or(0.0),
                    "raw": record.points.unwrap_or(0.0),
                    "min": 0.0,
                    "max": record.max_points.unwrap_or(0.0),
                },
                "success": passed,
                "completion": true,
                "duration": xapi::duration(record.duration_ms.unwrap_or(0)),
            });
            Subject {
                verb: if passed { Verb::Passed } else { Verb::Failed },
                object,
                definition: described.definition,
                parent,
                result: Some(result),
            }
        }
    };
    let actor = actor(conn, record)?;
    Ok(xapi::statement(&StatementParts {
        id: &record.id,
        actor: &actor,
        verb: subject.verb,
        object_id: &subject.object,
        definition: &subject.definition,
        result: subject.result,
        course_activity: &context.activity,
        parent_activity: subject.parent.as_deref(),
        language: &context.language,
        timestamp: record.at,
    }))
}

/// The subject of an `answered` statement: the question, in its quiz.
fn answered(
    conn: &Connection,
    record: &Record,
    context: &CourseContext,
) -> rusqlite::Result<Subject> {
    let question_id = record.item_id.as_deref().unwrap_or_default();
    let quiz_id = record.parent_id.as_deref().unwrap_or_default();
    let (object, described, _) = item(
        conn,
        record.version_row,
        context,
        ActivityKind::Question,
        question_id,
    )?;
    let (quiz, _, _) = item(
        conn,
        record.version_row,
        context,
        ActivityKind::Quiz,
        quiz_id,
    )?;
    let mut result = json!({ "response": record.response.as_deref().unwrap_or_default() });
    if let Some(points) = record.points {
        if let Some(max) = described.max_points.filter(|max| *max > 0.0) {
            result["success"] = (points >= max - 1e-9).into();
            result["score"] = json!({ "raw": points, "min": 0.0, "max": max });
        } else {
            result["success"] = (points > 0.0).into();
        }
    }
    Ok(Subject {
        verb: Verb::Answered,
        object,
        definition: described.definition,
        parent: Some(quiz),
        result: Some(result),
    })
}
