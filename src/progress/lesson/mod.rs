//! Enrollments, lesson progress and reflection notes: a learner's way through a
//! course.

mod reading;

pub use reading::{IDLE_CAP, ReadingClock};

use super::outbox::{self, Event};
use super::{CourseVersion, LearnerSession, Result, Timestamp};
use rusqlite::{OptionalExtension, Row, Transaction, params};
use serde::Serialize;

/// Where a learner was in a course, for "continue where you left off".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Position {
    /// The lesson or quiz id.
    pub item_id: String,
    /// The block (or question) index inside it.
    pub block: u32,
}

/// A learner's enrollment in a course.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Enrollment {
    /// The course id.
    pub course_id: String,
    /// The course version the learner opened last.
    pub course_version: String,
    /// When the learner first opened the course.
    pub started_at: Timestamp,
    /// When the learner last opened the course.
    pub last_opened_at: Timestamp,
    /// Where to continue.
    pub position: Option<Position>,
    /// When the course was completed.
    pub completed_at: Option<Timestamp>,
}

/// A learner's progress in one lesson.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LessonProgress {
    /// The lesson id.
    pub lesson_id: String,
    /// The course version the row was last written under.
    pub course_version: String,
    /// When the lesson was first opened.
    pub first_opened_at: Timestamp,
    /// When it was first completed.
    pub completed_at: Option<Timestamp>,
    /// Time spent reading it, in seconds.
    pub seconds_spent: u64,
}

/// Lessons completed of a course version's lessons.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CourseProgress {
    /// Completed lessons that the version has (completed lessons it no longer has
    /// are history and do not count).
    pub lessons_completed: u32,
    /// The version's lessons.
    pub lessons_total: u32,
}

/// A learner's private note on a reflection block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReflectionNote {
    /// The reflection block's id.
    pub block_id: String,
    /// The course version the note was last saved under.
    pub course_version: String,
    /// The note.
    pub text: String,
    /// When it was first saved.
    pub created_at: Timestamp,
    /// When it was last changed.
    pub updated_at: Timestamp,
}

fn optional_time(row: &Row<'_>, index: usize) -> rusqlite::Result<Option<Timestamp>> {
    Ok(row
        .get::<_, Option<i64>>(index)?
        .map(Timestamp::from_unix_ms))
}

/// Whether the learner started the course (`Some`), and completed it (`Some(true)`).
pub(crate) fn course_state(
    transaction: &Transaction<'_>,
    session: &LearnerSession<'_>,
    version: &CourseVersion,
) -> rusqlite::Result<Option<bool>> {
    transaction
        .prepare_cached(include_str!("enrolled.sql"))?
        .query_row(params![session.learner.0, version.course_id()], |row| {
            row.get(0)
        })
        .optional()
}

/// Starts the course for the learner (with its `initialized` learning record),
/// or records that they opened it again.
pub(crate) fn enroll(
    transaction: &Transaction<'_>,
    session: &LearnerSession<'_>,
    version: &CourseVersion,
    now: Timestamp,
) -> rusqlite::Result<()> {
    let started = course_state(transaction, session, version)?.is_some();
    transaction
        .prepare_cached(include_str!("enroll.sql"))?
        .execute(params![
            session.learner.0,
            version.course_id(),
            version.row,
            now.unix_ms()
        ])?;
    if !started {
        outbox::record(
            transaction,
            session.learner,
            version.row,
            Event::CourseStarted,
            now,
        )?;
    }
    Ok(())
}

/// What a lesson action adds to the lesson's row.
struct LessonTouch<'a> {
    lesson_id: &'a str,
    completed: bool,
    seconds: u32,
}

impl LearnerSession<'_> {
    /// Starts the course, or records that the learner opened it again.
    pub fn enroll(&self, version: &CourseVersion) -> Result<()> {
        self.store.check_version(version)?;
        self.write("save that the course was opened", |transaction| {
            enroll(transaction, self, version, Timestamp::now())
        })
    }

    /// Records that a lesson was opened, and makes it the place to continue from.
    pub fn open_lesson(&self, version: &CourseVersion, lesson_id: &str) -> Result<()> {
        let position = Position {
            item_id: lesson_id.to_owned(),
            block: 0,
        };
        self.touch_lesson(
            "save that the lesson was opened",
            version,
            LessonTouch {
                lesson_id,
                completed: false,
                seconds: 0,
            },
            Some(&position),
        )
    }

    /// Adds reading time to a lesson (counted by a [`ReadingClock`]); the
    /// lesson's completed statement carries the total as its duration.
    pub fn add_lesson_time(
        &self,
        version: &CourseVersion,
        lesson_id: &str,
        seconds: u32,
    ) -> Result<()> {
        self.touch_lesson(
            "save the time spent on the lesson",
            version,
            LessonTouch {
                lesson_id,
                completed: false,
                seconds,
            },
            None,
        )
    }

    /// Marks a lesson completed (the first completion time is kept).
    pub fn complete_lesson(&self, version: &CourseVersion, lesson_id: &str) -> Result<()> {
        self.touch_lesson(
            "save that the lesson was completed",
            version,
            LessonTouch {
                lesson_id,
                completed: true,
                seconds: 0,
            },
            None,
        )
    }

    /// Completes `lesson_id`, adding `seconds` of reading time (which its
    /// completed statement carries), and, when `next` is given, opens that
    /// lesson and makes it the place to continue from: one durable write for
    /// the step from one lesson to the next.
    pub fn complete_lesson_and_open(
        &self,
        version: &CourseVersion,
        lesson_id: &str,
        seconds: u32,
        next: Option<&str>,
    ) -> Result<()> {
        let now = Timestamp::now();
        let done = LessonTouch {
            lesson_id,
            completed: true,
            seconds,
        };
        self.write_item(
            "save that the lesson was completed",
            version,
            next.unwrap_or(lesson_id),
            |transaction| {
                self.touch(transaction, version, &done, None, now)?;
                if let Some(next) = next {
                    let opened = LessonTouch {
                        lesson_id: next,
                        completed: false,
                        seconds: 0,
                    };
                    let position = Position {
                        item_id: next.to_owned(),
                        block: 0,
                    };
                    self.touch(transaction, version, &opened, Some(&position), now)?;
                }
                Ok(())
            },
        )
    }

    fn touch_lesson(
        &self,
        action: &'static str,
        version: &CourseVersion,
        touch: LessonTouch<'_>,
        position: Option<&Position>,
    ) -> Result<()> {
        let now = Timestamp::now();
        self.write_item(action, version, touch.lesson_id, |transaction| {
            self.touch(transaction, version, &touch, position, now)
        })
    }

    /// One lesson's progress touched inside `transaction`.
    fn touch(
        &self,
        transaction: &Transaction<'_>,
        version: &CourseVersion,
        touch: &LessonTouch<'_>,
        position: Option<&Position>,
        now: Timestamp,
    ) -> rusqlite::Result<()> {
        enroll(transaction, self, version, now)?;
        let newly_completed = touch.completed
            && !transaction
                .prepare_cached(include_str!("lesson_completed.sql"))?
                .query_row(
                    params![self.learner.0, version.course_id(), touch.lesson_id],
                    |row| row.get::<_, bool>(0),
                )
                .optional()?
                .unwrap_or(false);
        transaction
            .prepare_cached(include_str!("touch_lesson.sql"))?
            .execute(params![
                self.learner.0,
                version.course_id(),
                touch.lesson_id,
                version.row,
                now.unix_ms(),
                touch.completed.then_some(now.unix_ms()),
                touch.seconds,
            ])?;
        if newly_completed {
            outbox::record(
                transaction,
                self.learner,
                version.row,
                Event::LessonCompleted(touch.lesson_id),
                now,
            )?;
        }
        if let Some(position) = position {
            set_position(transaction, self, version, position)?;
        }
        Ok(())
    }

    /// Records where the learner is in the course (a lesson or quiz and a block in it).
    pub fn set_position(&self, version: &CourseVersion, position: &Position) -> Result<()> {
        self.store.check_version(version)?;
        self.write("save the place in the course", |transaction| {
            enroll(transaction, self, version, Timestamp::now())?;
            set_position(transaction, self, version, position)
        })
    }

    /// Every course the learner has started, most recently opened first.
    pub fn enrollments(&self) -> Result<Vec<Enrollment>> {
        self.read_enrollments(None)
    }

    /// The learner's enrollment in one course, if they started it.
    pub fn enrollment(&self, course_id: &str) -> Result<Option<Enrollment>> {
        Ok(self.read_enrollments(Some(course_id))?.into_iter().next())
    }

    fn read_enrollments(&self, course_id: Option<&str>) -> Result<Vec<Enrollment>> {
        self.store.query(
            "read the learner's courses",
            include_str!("enrollments.sql"),
            params![self.learner.0, course_id],
            |row| {
                let position = match row.get::<_, Option<String>>(4)? {
                    Some(item_id) => Some(Position {
                        item_id,
                        block: row.get(5)?,
                    }),
                    None => None,
                };
                Ok(Enrollment {
                    course_id: row.get(0)?,
                    course_version: row.get(1)?,
                    started_at: Timestamp::from_unix_ms(row.get(2)?),
                    last_opened_at: Timestamp::from_unix_ms(row.get(3)?),
                    position,
                    completed_at: optional_time(row, 6)?,
                })
            },
        )
    }

    /// Every lesson row of the course, including lessons that a newer version of
    /// the course no longer has.
    pub fn lessons(&self, course_id: &str) -> Result<Vec<LessonProgress>> {
        self.store.query(
            "read the lesson progress",
            include_str!("lessons.sql"),
            params![self.learner.0, course_id],
            |row| {
                Ok(LessonProgress {
                    lesson_id: row.get(0)?,
                    course_version: row.get(1)?,
                    first_opened_at: Timestamp::from_unix_ms(row.get(2)?),
                    completed_at: optional_time(row, 3)?,
                    seconds_spent: u64::try_from(row.get::<_, i64>(4)?).unwrap_or(0),
                })
            },
        )
    }

    /// Lessons completed of the lessons in `version`.
    pub fn course_progress(&self, version: &CourseVersion) -> Result<CourseProgress> {
        self.store.check_version(version)?;
        let counts = self.store.query(
            "count the completed lessons",
            include_str!("course_progress.sql"),
            params![self.learner.0, version.course_id(), version.row],
            |row| {
                Ok(CourseProgress {
                    lessons_total: row.get(0)?,
                    lessons_completed: row.get(1)?,
                })
            },
        )?;
        Ok(counts.into_iter().next().unwrap_or(CourseProgress {
            lessons_completed: 0,
            lessons_total: 0,
        }))
    }

    /// Saves the learner's note on a reflection block, replacing the last one.
    pub fn save_note(&self, version: &CourseVersion, block_id: &str, text: &str) -> Result<()> {
        let now = Timestamp::now();
        self.write_item("save the note", version, block_id, |transaction| {
            enroll(transaction, self, version, now)?;
            transaction
                .prepare_cached(include_str!("save_note.sql"))?
                .execute(params![
                    self.learner.0,
                    version.course_id(),
                    block_id,
                    version.row,
                    text,
                    now.unix_ms(),
                ])?;
            Ok(())
        })
    }

    /// The learner's note on one reflection block.
    pub fn note(&self, course_id: &str, block_id: &str) -> Result<Option<ReflectionNote>> {
        Ok(self
            .read_notes(course_id, Some(block_id))?
            .into_iter()
            .next())
    }

    /// Every note of the learner in a course, oldest first.
    pub fn notes(&self, course_id: &str) -> Result<Vec<ReflectionNote>> {
        self.read_notes(course_id, None)
    }

    fn read_notes(&self, course_id: &str, block_id: Option<&str>) -> Result<Vec<ReflectionNote>> {
        self.store.query(
            "read the notes",
            include_str!("notes.sql"),
            params![self.learner.0, course_id, block_id],
            |row| {
                Ok(ReflectionNote {
                    block_id: row.get(0)?,
                    course_version: row.get(1)?,
                    text: row.get(2)?,
                    created_at: Timestamp::from_unix_ms(row.get(3)?),
                    updated_at: Timestamp::from_unix_ms(row.get(4)?),
                })
            },
        )
    }
}

fn set_position(
    transaction: &Transaction<'_>,
    session: &LearnerSession<'_>,
    version: &CourseVersion,
    position: &Position,
) -> rusqlite::Result<()> {
    transaction
        .prepare_cached(include_str!("set_position.sql"))?
        .execute(params![
            session.learner.0,
            version.course_id(),
            position.item_id,
            position.block
        ])?;
    Ok(())
}
