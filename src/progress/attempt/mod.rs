//! Quiz attempts, stored as the quiz engine decides them: the seed, the questions
//! drawn and the option order shown, every answer as given, and the score.
//!
//! The store does no grading. Each answer is committed on its own the moment it is
//! given, so a power cut mid-quiz loses nothing that was answered; an attempt that
//! was never finished stays open, to be resumed or abandoned.

use super::lesson::enroll;
use super::outbox;
use super::{CourseVersion, Error, InputProblem, LearnerSession, Result, Timestamp};
use crate::xapi::statement as xapi;
use rusqlite::{OptionalExtension, params};
use serde::Serialize;
use serde_json::Value;

/// A quiz attempt's id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct AttemptId(pub i64);

/// An answer's id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct AnswerId(pub i64);

/// How an attempt ended, as the quiz engine scored it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct AttemptOutcome {
    /// Points earned.
    pub points: f64,
    /// Points available.
    pub max_points: f64,
    /// The share of points earned, from 0 to 1.
    pub score: f64,
    /// Whether the score reached the pass mark.
    pub passed: bool,
}

impl From<&crate::quiz::AttemptResult> for AttemptOutcome {
    /// The outcome of an attempt the quiz engine submitted.
    fn from(result: &crate::quiz::AttemptResult) -> Self {
        Self {
            points: result.points,
            max_points: result.max_points,
            score: result.score,
            passed: result.passed,
        }
    }
}

/// A quiz attempt as stored.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AttemptRecord {
    /// The attempt's id.
    pub id: AttemptId,
    /// The course id.
    pub course_id: String,
    /// The quiz id.
    pub quiz_id: String,
    /// The course version the attempt was taken under.
    pub course_version: String,
    /// The shuffle seed.
    pub seed: u64,
    /// The questions drawn and the option order shown, as the engine gave them.
    pub layout: Value,
    /// When the attempt started.
    pub started_at: Timestamp,
    /// When it was submitted; `None` while it is open.
    pub finished_at: Option<Timestamp>,
    /// The score, once submitted.
    pub outcome: Option<AttemptOutcome>,
}

/// One answer as given.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AnswerRecord {
    /// The answer's id.
    pub id: AnswerId,
    /// The question id.
    pub question_id: String,
    /// The answer, as the engine gave it.
    pub answer: Value,
    /// Points the engine gave it when answered, if it grades as it goes.
    pub points: Option<f64>,
    /// When it was given.
    pub answered_at: Timestamp,
}

impl LearnerSession<'_> {
    /// Starts an attempt at a quiz (or the final assessment) of `version`.
    /// `layout` is whatever the quiz engine needs to show the same attempt again:
    /// the questions drawn and the option order, stored as JSON.
    pub fn start_attempt<L: Serialize + ?Sized>(
        &self,
        version: &CourseVersion,
        quiz_id: &str,
        seed: u64,
        layout: &L,
    ) -> Result<AttemptId> {
        let layout =
            serde_json::to_string(layout).map_err(self.store.json_fail("save the quiz layout"))?;
        let now = Timestamp::now();
        self.write_item("start the quiz attempt", version, quiz_id, |transaction| {
            enroll(transaction, self, version, now)?;
            transaction
                .prepare_cached(include_str!("start.sql"))?
                .execute(params![
                    self.learner.0,
                    version.course_id(),
                    quiz_id,
                    version.row,
                    seed.cast_signed(),
                    layout,
                    now.unix_ms(),
                ])?;
            Ok(AttemptId(transaction.last_insert_rowid()))
        })
    }

    /// Records one answer, as given, in an open attempt: committed before it
    /// returns. `points` is the engine's grade of it, when it grades as it goes.
    pub fn record_answer<A: Serialize + ?Sized>(
        &self,
        attempt: AttemptId,
        question_id: &str,
        answer: &A,
        points: Option<f64>,
    ) -> Result<AnswerId> {
        let answer =
            serde_json::to_value(answer).map_err(self.store.json_fail("save the answer"))?;
        let text = answer.to_string();
        let now = Timestamp::now();
        // The answer and its learning record are one transaction, and in
        // the usual case one row; the answer is kept only in an unfinished
        // attempt of this learner.
        let inserted = self.write("save the answer", |transaction| {
            let saved = transaction
                .prepare_cached(include_str!("answer.sql"))?
                .query_row(
                    params![
                        attempt.0,
                        self.learner.0,
                        question_id,
                        text,
                        points,
                        now.unix_ms(),
                        xapi::new_id(),
                    ],
                    |row| Ok((row.get::<_, i64>(0)?, row.get::<_, bool>(1)?)),
                )
                .optional()?;
            let Some((id, carries_record)) = saved else {
                return Ok(None);
            };
            if !carries_record {
                outbox::attach_answer_record(transaction, id)?;
            }
            Ok(Some(AnswerId(id)))
        })?;
        inserted.ok_or_else(|| self.why_closed(attempt))
    }

    /// Submits an attempt with its score. An attempt is submitted once.
    pub fn finish_attempt(&self, attempt: AttemptId, outcome: &AttemptOutcome) -> Result<()> {
        let valid = outcome.points.is_finite()
            && outcome.max_points.is_finite()
            && outcome.points >= 0.0
            && outcome.points <= outcome.max_points
            && (0.0..=1.0).contains(&outcome.score);
        if !valid {
            return Err(Error::InvalidInput {
                path: self.store.path.clone(),
                problem: InputProblem::ImpossibleOutcome {
                    outcome: format!("{outcome:?}"),
                },
            });
        }
        let finished = self.write("submit the quiz attempt", |transaction| {
            let finished = transaction
                .prepare_cached(include_str!("finish.sql"))?
                .execute(params![
                    attempt.0,
                    self.learner.0,
                    Timestamp::now().unix_ms(),
                    outcome.points,
                    outcome.max_points,
                    outcome.score,
                    outcome.passed,
                ])?;
            if finished == 1 {
                outbox::record_attempt(transaction, self.learner, attempt.0)?;
            }
            Ok(finished)
        })?;
        if finished == 0 {
            return Err(self.why_closed(attempt));
        }
        Ok(())
    }

    /// Why an attempt took no write: it is not this learner's, or it was submitted.
    fn why_closed(&self, attempt: AttemptId) -> Error {
        let finished: Result<Option<bool>> = self
            .store
            .conn
            .prepare_cached(include_str!("state.sql"))
            .and_then(|mut statement| {
                statement
                    .query_row(params![attempt.0, self.learner.0], |row| row.get(0))
                    .optional()
            })
            .map_err(self.store.fail("read the quiz attempt"));
        let path = self.store.path.clone();
        match finished {
            Ok(Some(true)) => Error::AttemptFinished {
                path,
                attempt: attempt.0,
            },
            Ok(_) => Error::AttemptNotFound {
                path,
                attempt: attempt.0,
            },
            Err(error) => error,
        }
    }

    /// The learner's attempts at one quiz of a course, oldest first.
    pub fn attempts(&self, course_id: &str, quiz_id: &str) -> Result<Vec<AttemptRecord>> {
        self.read_attempts(Some(course_id), Some(quiz_id), None)
    }

    /// Every attempt of the learner in a course, oldest first.
    pub fn course_attempts(&self, course_id: &str) -> Result<Vec<AttemptRecord>> {
        self.read_attempts(Some(course_id), None, None)
    }

    /// One of the learner's attempts.
    pub fn attempt(&self, attempt: AttemptId) -> Result<AttemptRecord> {
        self.read_attempts(None, None, Some(attempt))?
            .into_iter()
            .next()
            .ok_or_else(|| Error::AttemptNotFound {
                path: self.store.path.clone(),
                attempt: attempt.0,
            })
    }

    /// The newest attempt at a quiz that was started but never submitted (after a
    /// crash, say), to resume it.
    pub fn open_attempt(&self, course_id: &str, quiz_id: &str) -> Result<Option<AttemptRecord>> {
        Ok(self
            .attempts(course_id, quiz_id)?
            .into_iter()
            .rev()
            .find(|attempt| attempt.finished_at.is_none()))
    }

    fn read_attempts(
        &self,
        course_id: Option<&str>,
        quiz_id: Option<&str>,
        attempt: Option<AttemptId>,
    ) -> Result<Vec<AttemptRecord>> {
        self.store.query(
            "read the quiz attempts",
            include_str!("attempts.sql"),
            params![self.learner.0, course_id, quiz_id, attempt.map(|id| id.0)],
            |row| {
                let finished_at: Option<i64> = row.get(7)?;
                let outcome = match finished_at {
                    Some(_) => Some(AttemptOutcome {
                        points: row.get(8)?,
                        max_points: row.get(9)?,
                        score: row.get(10)?,
                        passed: row.get(11)?,
                    }),
                    None => None,
                };
                Ok(AttemptRecord {
                    id: AttemptId(row.get(0)?),
                    course_id: row.get(1)?,
                    quiz_id: row.get(2)?,
                    course_version: row.get(3)?,
                    seed: row.get::<_, i64>(4)?.cast_unsigned(),
                    layout: row.get(5)?,
                    started_at: Timestamp::from_unix_ms(row.get(6)?),
                    finished_at: finished_at.map(Timestamp::from_unix_ms),
                    outcome,
                })
            },
        )
    }

    /// Every answer given in one of the learner's attempts, in the order given.
    pub fn answers(&self, attempt: AttemptId) -> Result<Vec<AnswerRecord>> {
        self.store.query(
            "read the answers",
            include_str!("answers.sql"),
            params![attempt.0, self.learner.0],
            |row| {
                Ok(AnswerRecord {
                    id: AnswerId(row.get(0)?),
                    question_id: row.get(1)?,
                    answer: row.get(2)?,
                    points: row.get(3)?,
                    answered_at: Timestamp::from_unix_ms(row.get(4)?),
                })
            },
        )
    }
}
