//! Reading the collected records back: the devices, and every collected
//! learner with their progress, best scores, certificate and last activity
//! (what the trainer's programme view and `fieldcourse report` show).

use crate::progress::{LearnerId, QuizSummary, ReportRow, Result, Store, Timestamp};
use serde::Serialize;
use std::collections::HashMap;

/// A device whose records were collected.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CollectedDevice {
    /// The device's random id.
    pub device_id: String,
    /// The name it gave itself.
    pub name: String,
    /// The `did:key` pinned for it.
    pub public_key: String,
    /// When the export held was made.
    pub exported_at: Timestamp,
    /// The Fieldcourse version that wrote it.
    pub exported_by: String,
    /// When it was collected here.
    pub collected_at: Timestamp,
    /// Its learners.
    pub learners: u32,
    /// Its learning records not yet delivered to an LRS when it exported.
    pub statements: u32,
}

/// A learner collected from another device, with their courses.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CollectedLearner {
    /// The device's id.
    pub device_id: String,
    /// The device's name.
    pub device_name: String,
    /// The learner's id on that device (unique with `device_id`).
    pub learner_id: i64,
    /// The name shown on the device.
    pub display_name: String,
    /// The name for certificates.
    pub certificate_name: String,
    /// The learner's interface language (also their certificate language).
    pub language: String,
    /// Each course the learner started, by course id.
    pub courses: Vec<CollectedCourse>,
    /// The latest thing the learner did in any course.
    pub last_activity: Option<Timestamp>,
}

/// A collected learner's results in one course, counted against the
/// device's current version of it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CollectedCourse {
    /// The course id.
    pub course_id: String,
    /// The course title.
    pub course_title: String,
    /// The version counted against.
    pub course_version: String,
    /// Completed lessons that version has.
    pub lessons_completed: u32,
    /// Lessons in that version.
    pub lessons_total: u32,
    /// Each module quiz, in course order.
    pub quizzes: Vec<QuizSummary>,
    /// The final assessment, if the course has one.
    pub final_assessment: Option<QuizSummary>,
    /// When the learner started.
    pub started_at: Timestamp,
    /// When the course was completed.
    pub completed_at: Option<Timestamp>,
    /// The newest certificate issued for it.
    pub certificate_id: Option<String>,
    /// The latest thing the learner did in it.
    pub last_activity: Timestamp,
}

impl CollectedLearner {
    /// The learner's courses as trainer report rows, `device` set to the
    /// device's name.
    pub fn report_rows(self) -> impl Iterator<Item = ReportRow> {
        let Self {
            learner_id,
            display_name,
            certificate_name,
            device_name,
            courses,
            ..
        } = self;
        courses.into_iter().map(move |course| ReportRow {
            learner_id: LearnerId(learner_id),
            display_name: display_name.clone(),
            certificate_name: certificate_name.clone(),
            course_id: course.course_id,
            course_title: course.course_title,
            course_version: course.course_version,
            lessons_completed: course.lessons_completed,
            lessons_total: course.lessons_total,
            quizzes: course.quizzes,
            final_assessment: course.final_assessment,
            started_at: course.started_at,
            completed_at: course.completed_at,
            certificate_id: course.certificate_id,
            device: Some(device_name.clone()),
            last_activity: Some(course.last_activity),
        })
    }
}

/// A course version as the collected rows describe it.
#[derive(Default)]
struct Shape {
    course_id: String,
    title: String,
    version: String,
    current: bool,
    lessons_total: u32,
    quizzes: Vec<QuizSummary>,
    final_assessment: Option<QuizSummary>,
}

/// (device id, learner id on it, course id).
type Key = (String, i64, String);

/// A learner's standing in one quiz: (quiz id, submitted attempts, best
/// score, any pass).
type QuizResult = (String, u32, Option<f64>, bool);

impl Store {
    /// Every device collected, by name.
    pub fn collected_devices(&self) -> Result<Vec<CollectedDevice>> {
        self.query(
            "read the collected devices",
            include_str!("devices.sql"),
            [],
            |row| {
                Ok(CollectedDevice {
                    device_id: row.get(0)?,
                    name: row.get(1)?,
                    public_key: row.get(2)?,
                    exported_at: Timestamp::from_unix_ms(row.get(3)?),
                    exported_by: row.get(4)?,
                    collected_at: Timestamp::from_unix_ms(row.get(5)?),
                    learners: row.get(6)?,
                    statements: row.get(7)?,
                })
            },
        )
    }

    /// Every learner collected from other devices, by name then device, each
    /// with their courses (by course id). This device's own learners are in
    /// [`Store::report`], not here.
    pub fn collected_learners(&self) -> Result<Vec<CollectedLearner>> {
        let shapes = self.collected_shapes()?;
        let mut results: HashMap<Key, Vec<QuizResult>> = HashMap::new();
        let mut latest: HashMap<Key, i64> = HashMap::new();
        let mut later = |key: Key, moment: Option<i64>| {
            if let Some(moment) = moment {
                let entry = latest.entry(key).or_insert(moment);
                *entry = (*entry).max(moment);
            }
        };
        for (key, quiz, attempts, best, passed, moment) in self.query(
            "read the collected quiz results",
            include_str!("list_results.sql"),
            [],
            |row| {
                Ok((
                    (row.get(0)?, row.get(1)?, row.get(2)?),
                    row.get::<_, String>(3)?,
                    row.get::<_, u32>(4)?,
                    row.get::<_, Option<f64>>(5)?,
                    row.get::<_, bool>(6)?,
                    row.get::<_, Option<i64>>(7)?,
                ))
            },
        )? {
            later(key.clone(), moment);
            results
                .entry(key)
                .or_default()
                .push((quiz, attempts, best, passed));
        }
        for (key, moment) in self.query(
            "read the collected lesson progress",
            include_str!("list_lessons.sql"),
            [],
            |row| {
                Ok((
                    (row.get(0)?, row.get(1)?, row.get(2)?),
                    row.get::<_, Option<i64>>(3)?,
                ))
            },
        )? {
            later(key, moment);
        }
        let mut certificates: HashMap<Key, String> = HashMap::new();
        for (key, id) in self.query(
            "read the collected certificates",
            include_str!("list_certificates.sql"),
            [],
            |row| Ok(((row.get(0)?, row.get(1)?, row.get(2)?), row.get(3)?)),
        )? {
            certificates.insert(key, id);
        }
        let mut courses: HashMap<(String, i64), Vec<CollectedCourse>> = HashMap::new();
        for (key, version_id, started, opened, completed, lessons_completed) in self.query(
            "read the collected enrollments",
            include_str!("list_enrollments.sql"),
            [],
            |row| {
                Ok((
                    (
                        row.get::<_, String>(0)?,
                        row.get::<_, i64>(1)?,
                        row.get::<_, String>(2)?,
                    ),
                    row.get::<_, i64>(3)?,
                    row.get::<_, i64>(4)?,
                    row.get::<_, i64>(5)?,
                    row.get::<_, Option<i64>>(6)?,
                    row.get::<_, u32>(7)?,
                ))
            },
        )? {
            // Counted against the device's current version of the course, as
            // its own report does; else the version last written under.
            let shape = shapes
                .get(&(key.0.clone(), key.2.clone()))
                .or_else(|| shapes.get(&(key.0.clone(), version_key(version_id))));
            let empty = Shape::default();
            let shape = shape.unwrap_or(&empty);
            let mut quizzes = shape.quizzes.clone();
            let mut final_assessment = shape.final_assessment.clone();
            for (quiz, attempts, best_score, passed) in results.remove(&key).unwrap_or_default() {
                let summary = quizzes
                    .iter_mut()
                    .chain(final_assessment.as_mut())
                    .find(|summary| summary.quiz_id == quiz);
                if let Some(summary) = summary {
                    summary.attempts = attempts;
                    summary.best_score = best_score;
                    summary.passed = passed;
                }
            }
            let last_activity = [Some(opened), completed, latest.get(&key).copied()]
                .into_iter()
                .flatten()
                .max()
                .unwrap_or(opened);
            let course = CollectedCourse {
                course_title: shape.title.clone(),
                course_version: shape.version.clone(),
                lessons_completed,
                lessons_total: shape.lessons_total,
                quizzes,
                final_assessment,
                started_at: Timestamp::from_unix_ms(started),
                completed_at: completed.map(Timestamp::from_unix_ms),
                certificate_id: certificates.remove(&key),
                last_activity: Timestamp::from_unix_ms(last_activity),
                course_id: key.2,
            };
            courses.entry((key.0, key.1)).or_default().push(course);
        }
        self.query(
            "read the collected learners",
            include_str!("list_learners.sql"),
            [],
            |row| {
                Ok(CollectedLearner {
                    device_id: row.get(0)?,
                    device_name: row.get(1)?,
                    learner_id: row.get(2)?,
                    display_name: row.get(3)?,
                    certificate_name: row.get(4)?,
                    language: row.get(5)?,
                    courses: Vec::new(),
                    last_activity: None,
                })
            },
        )
        .map(|learners| {
            learners
                .into_iter()
                .map(|mut learner| {
                    learner.courses = courses
                        .remove(&(learner.device_id.clone(), learner.learner_id))
                        .unwrap_or_default();
                    learner.last_activity = learner
                        .courses
                        .iter()
                        .map(|course| course.last_activity)
                        .max();
                    learner
                })
                .collect()
        })
    }

    /// The trainer report's rows for the collected learners, for every course
    /// or only `course_id`, each with `device` set to the device's name.
    pub fn collected_report(&self, course_id: Option<&str>) -> Result<Vec<ReportRow>> {
        let mut rows = Vec::new();
        for learner in self.collected_learners()? {
            rows.extend(
                learner
                    .report_rows()
                    .filter(|row| course_id.is_none_or(|wanted| wanted == row.course_id)),
            );
        }
        Ok(rows)
    }

    /// The shape of each device's current version of each course, keyed by
    /// (device, course id), and of every version, keyed by (device, `#id`).
    fn collected_shapes(&self) -> Result<HashMap<(String, String), Shape>> {
        let rows = self.query(
            "read the collected courses",
            include_str!("list_versions.sql"),
            [],
            |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, i64>(1)?,
                    row.get::<_, String>(2)?,
                    row.get::<_, String>(3)?,
                    row.get::<_, String>(4)?,
                    row.get::<_, bool>(5)?,
                    row.get::<_, Option<String>>(6)?,
                    row.get::<_, Option<String>>(7)?,
                    row.get::<_, Option<String>>(8)?,
                ))
            },
        )?;
        let mut by_version: HashMap<(String, String), Shape> = HashMap::new();
        for (device, version_id, course_id, version, title, current, item, kind, item_title) in rows
        {
            let shape = by_version
                .entry((device, version_key(version_id)))
                .or_insert_with(|| Shape {
                    course_id,
                    title,
                    version,
                    current,
                    ..Shape::default()
                });
            let (Some(item), Some(kind)) = (item, kind) else {
                continue;
            };
            let summary = QuizSummary {
                quiz_id: item,
                title: item_title.unwrap_or_default(),
                attempts: 0,
                best_score: None,
                passed: false,
            };
            match kind.as_str() {
                "lesson" => shape.lessons_total += 1,
                "quiz" => shape.quizzes.push(summary),
                "final_assessment" => shape.final_assessment = Some(summary),
                _ => {}
            }
        }
        let mut shapes = HashMap::new();
        for ((device, key), shape) in by_version {
            if shape.current {
                let current = Shape {
                    course_id: shape.course_id.clone(),
                    title: shape.title.clone(),
                    version: shape.version.clone(),
                    current: true,
                    lessons_total: shape.lessons_total,
                    quizzes: shape.quizzes.clone(),
                    final_assessment: shape.final_assessment.clone(),
                };
                shapes.insert((device.clone(), shape.course_id.clone()), current);
            }
            shapes.insert((device, key), shape);
        }
        Ok(shapes)
    }
}

/// The key of a version id among course ids (`#` never starts a course id).
fn version_key(version_id: i64) -> String {
    format!("#{version_id}")
}
