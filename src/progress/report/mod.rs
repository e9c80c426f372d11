//! The trainer report: a row per learner and course, counted against the current
//! version of each course. `fieldcourse report` prints it; the GUI's trainer area
//! shows the same rows.
//!
//! It reads across learners, so it belongs to the trainer, not to a learner's
//! session: keep it behind whatever guards the trainer area.

mod csv;

pub(crate) use csv::Csv;
pub use csv::report_csv;

use super::{CourseVersion, ItemKind, LearnerId, Result, Store, Timestamp};
use serde::Serialize;
use std::cmp::Ordering;
use std::collections::HashMap;

/// A quiz's results for one learner.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuizSummary {
    /// The quiz id.
    pub quiz_id: String,
    /// The quiz title.
    pub title: String,
    /// Submitted attempts.
    pub attempts: u32,
    /// The best score of those, from 0 to 1.
    pub best_score: Option<f64>,
    /// Whether any attempt passed.
    pub passed: bool,
}

/// One learner's results in one course.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReportRow {
    /// The learner's id.
    pub learner_id: LearnerId,
    /// The name shown on the device.
    pub display_name: String,
    /// The name for certificates.
    pub certificate_name: String,
    /// The course id.
    pub course_id: String,
    /// The course title.
    pub course_title: String,
    /// The current version of the course, which the counts are against.
    pub course_version: String,
    /// Completed lessons that the current version has.
    pub lessons_completed: u32,
    /// Lessons in the current version.
    pub lessons_total: u32,
    /// Each module quiz, in course order.
    pub quizzes: Vec<QuizSummary>,
    /// The final assessment, if the course has one.
    pub final_assessment: Option<QuizSummary>,
    /// When the learner started the course.
    pub started_at: Timestamp,
    /// When the course was completed.
    pub completed_at: Option<Timestamp>,
    /// The newest certificate issued for the course.
    pub certificate_id: Option<String>,
    /// The device the learner's records were collected from (its name), or
    /// `None` for a learner of this device.
    pub device: Option<String>,
    /// The latest thing the learner did in the course (opened it, finished a
    /// lesson or a quiz), for the programme view; not printed.
    #[serde(skip)]
    pub last_activity: Option<Timestamp>,
}

/// What a course contributes to each of its rows.
struct CourseShape {
    version: CourseVersion,
    lessons_total: u32,
    quizzes: Vec<QuizSummary>,
    final_assessment: Option<QuizSummary>,
}

impl Store {
    /// The trainer report, for every course or only `course_id`: a row per
    /// learner and course, ordered by learner name.
    pub fn report(&self, course_id: Option<&str>) -> Result<Vec<ReportRow>> {
        let shapes = self.course_shapes(course_id)?;
        let mut rows = self.report_rows(course_id, &shapes)?;
        let fail = || self.fail("read the quiz results");
        // The quiz results and certificates arrive ordered by learner and course;
        // walking the rows in the same order matches them without lookups.
        let mut walk = KeyWalk::new(&rows);
        let mut statement = self
            .conn
            .prepare_cached(include_str!("quiz_results.sql"))
            .map_err(fail())?;
        let mut results = statement.query([course_id]).map_err(fail())?;
        while let Some(result) = results.next().map_err(fail())? {
            let read = || -> rusqlite::Result<_> {
                Ok((
                    result.get::<_, i64>(0)?,
                    result.get_ref(1)?.as_str()?,
                    result.get_ref(2)?.as_str()?,
                    result.get::<_, u32>(3)?,
                    result.get::<_, Option<f64>>(4)?,
                    result.get::<_, bool>(5)?,
                ))
            };
            let (learner, course, quiz, attempts, best_score, passed) = read().map_err(fail())?;
            let Some(position) = walk.seek(&rows, learner, course) else {
                continue;
            };
            let row = &mut rows[position];
            let summary = row
                .quizzes
                .iter_mut()
                .chain(row.final_assessment.as_mut())
                .find(|summary| summary.quiz_id == quiz);
            // A quiz the current version no longer has is history: not reported.
            if let Some(summary) = summary {
                summary.attempts = attempts;
                summary.best_score = best_score;
                summary.passed = passed;
            }
        }

        let mut walk = KeyWalk::new(&rows);
        for (learner, course, certificate) in self.query(
            "read the certificates",
            include_str!("certificates.sql"),
            [course_id],
            |row| {
                Ok((
                    row.get::<_, i64>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, String>(2)?,
                ))
            },
        )? {
            if let Some(position) = walk.seek(&rows, learner, &course) {
                rows[position].certificate_id = Some(certificate);
            }
        }
        Ok(rows)
    }

    fn course_shapes(&self, course_id: Option<&str>) -> Result<HashMap<String, CourseShape>> {
        let versions = match course_id {
            Some(id) => self.course(id)?.into_iter().collect(),
            None => self.courses()?,
        };
        let mut shapes = HashMap::new();
        for version in versions {
            let mut shape = CourseShape {
                version,
                lessons_total: 0,
                quizzes: Vec::new(),
                final_assessment: None,
            };
            for item in self.course_items(&shape.version)? {
                let summary = || QuizSummary {
                    quiz_id: item.id.clone(),
                    title: item.title.clone(),
                    attempts: 0,
                    best_score: None,
                    passed: false,
                };
                match item.kind {
                    ItemKind::Lesson => shape.lessons_total += 1,
                    ItemKind::Quiz => shape.quizzes.push(summary()),
                    ItemKind::FinalAssessment => shape.final_assessment = Some(summary()),
                    ItemKind::Reflection => {}
                }
            }
            shapes.insert(shape.version.course_id().to_owned(), shape);
        }
        Ok(shapes)
    }

    fn report_rows(
        &self,
        course_id: Option<&str>,
        shapes: &HashMap<String, CourseShape>,
    ) -> Result<Vec<ReportRow>> {
        let rows = self.query(
            "read the enrollments",
            include_str!("enrollments.sql"),
            [course_id],
            |row| {
                let course: String = row.get(3)?;
                // Every enrollment names a registered course; a course missing
                // from `shapes` was filtered out by `course_id`.
                let Some(shape) = shapes.get(&course) else {
                    return Ok(None);
                };
                Ok(Some(ReportRow {
                    learner_id: LearnerId(row.get(0)?),
                    display_name: row.get(1)?,
                    certificate_name: row.get(2)?,
                    course_title: shape.version.title().to_owned(),
                    course_version: shape.version.version().to_owned(),
                    course_id: course,
                    lessons_completed: row.get(6)?,
                    lessons_total: shape.lessons_total,
                    quizzes: shape.quizzes.clone(),
                    final_assessment: shape.final_assessment.clone(),
                    started_at: Timestamp::from_unix_ms(row.get(4)?),
                    completed_at: row.get::<_, Option<i64>>(5)?.map(Timestamp::from_unix_ms),
                    certificate_id: None,
                    device: None,
                    last_activity: [Some(row.get::<_, i64>(7)?), row.get(5)?]
                        .into_iter()
                        .flatten()
                        .max()
                        .map(Timestamp::from_unix_ms),
                }))
            },
        )?;
        Ok(rows.into_iter().flatten().collect())
    }
}

/// Visits report rows in (learner, course) order, to match them with query
/// results sorted the same way in one pass.
struct KeyWalk {
    /// Indexes into the rows, sorted by (learner id, course id).
    order: Vec<usize>,
    next: usize,
}

impl KeyWalk {
    fn new(rows: &[ReportRow]) -> Self {
        let mut order: Vec<usize> = (0..rows.len()).collect();
        order.sort_unstable_by(|&a, &b| key(&rows[a]).cmp(&key(&rows[b])));
        Self { order, next: 0 }
    }

    /// The row of `learner` in `course`, for keys given in ascending order.
    fn seek(&mut self, rows: &[ReportRow], learner: i64, course: &str) -> Option<usize> {
        let wanted = (learner, course);
        while let Some(&index) = self.order.get(self.next) {
            match key(&rows[index]).cmp(&wanted) {
                Ordering::Less => self.next += 1,
                Ordering::Equal => return Some(index),
                Ordering::Greater => return None,
            }
        }
        None
    }
}

fn key(row: &ReportRow) -> (i64, &str) {
    (row.learner_id.0, &row.course_id)
}
