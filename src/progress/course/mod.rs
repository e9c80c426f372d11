//! Course versions: which course, which version, which content, and its
//! lessons and quizzes, as progress was recorded against them.
//!
//! Progress rows name lessons and quizzes by the course's stable ids. A course
//! update registers a new version (told apart by a SHA-256 of its content);
//! progress on ids that still exist counts toward the new version, and progress on
//! removed ids stays in the file as history.

use super::{Error, Result, Store, Timestamp};
use crate::course::Course;
use rusqlite::{OptionalExtension, Transaction, TransactionBehavior, params};
use serde::Serialize;
use sha2::{Digest, Sha256};

/// What a course item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    /// A lesson.
    Lesson,
    /// A module quiz.
    Quiz,
    /// The course's final assessment.
    FinalAssessment,
    /// A reflection block, where the learner writes a private note.
    Reflection,
}

impl ItemKind {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Self::Lesson => "lesson",
            Self::Quiz => "quiz",
            Self::FinalAssessment => "final_assessment",
            Self::Reflection => "reflection",
        }
    }

    fn parse(text: &str) -> Option<Self> {
        [
            Self::Lesson,
            Self::Quiz,
            Self::FinalAssessment,
            Self::Reflection,
        ]
        .into_iter()
        .find(|kind| kind.as_str() == text)
    }
}

/// A lesson, quiz or reflection block of a course version, in course order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CourseItem {
    /// The item's stable id.
    pub id: String,
    /// What it is.
    pub kind: ItemKind,
    /// Its title (a reflection's prompt), in the course's source language.
    pub title: String,
}

/// A course version known to the store. Get one from [`Store::register_course`]
/// and pass it to the session methods that record progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CourseVersion {
    pub(crate) row: i64,
    pub(crate) store: u64,
    course_id: String,
    version: String,
    content_hash: String,
    title: String,
    registered_at: Timestamp,
}

impl CourseVersion {
    /// The course's stable id.
    pub fn course_id(&self) -> &str {
        &self.course_id
    }

    /// The course's version, as its author wrote it (`1.2.0`).
    pub fn version(&self) -> &str {
        &self.version
    }

    /// The SHA-256 of the course content, in hex (see [`content_hash`]).
    pub fn content_hash(&self) -> &str {
        &self.content_hash
    }

    /// The course title in its source language.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// When this store first saw this version.
    pub fn registered_at(&self) -> Timestamp {
        self.registered_at
    }
}

/// The SHA-256, in hex, of the course as canonical JSON (serde's field order),
/// so the same content hashes the same whatever the file's layout or comments.
pub fn content_hash(course: &Course) -> String {
    struct HashWriter(Sha256);
    impl std::io::Write for HashWriter {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.update(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut writer = HashWriter(Sha256::new());
    // Writing a `Course` cannot fail: its maps have string keys, serde_json
    // writes non-finite numbers as null, and this writer never errs.
    let _ = serde_json::to_writer(&mut writer, course);
    hex::encode(writer.0.finalize())
}

/// The items of `course` in reading order: per module its lessons (each followed
/// by its reflection blocks) then its quiz; the final assessment last.
fn items_of(course: &Course) -> Vec<CourseItem> {
    let mut items = Vec::new();
    let item = |id: &str, kind, title: &str| CourseItem {
        id: id.to_owned(),
        kind,
        title: title.to_owned(),
    };
    for module in &course.modules {
        for lesson in &module.lessons {
            items.push(item(&lesson.id, ItemKind::Lesson, &lesson.title));
            for block in &lesson.blocks {
                if let (Some(id), Some(prompt)) = (&block.id, &block.prompt) {
                    items.push(item(id, ItemKind::Reflection, prompt));
                }
            }
        }
        if let Some(quiz) = &module.quiz {
            items.push(item(&quiz.id, ItemKind::Quiz, &quiz.title));
        }
    }
    if let Some(quiz) = &course.final_assessment {
        items.push(item(&quiz.id, ItemKind::FinalAssessment, &quiz.title));
    }
    items
}

impl Store {
    /// Records that progress is about to be made on this course: registers its
    /// version and structure if this content is new, and makes it the version
    /// that reports count against. Call it when a course is opened.
    pub fn register_course(&self, course: &Course) -> Result<CourseVersion> {
        let hash = content_hash(course);
        let fail = self.fail("record the course version");
        let mut version = CourseVersion {
            row: 0,
            store: self.instance,
            course_id: course.id.clone(),
            version: course.version.clone(),
            content_hash: hash,
            title: course.title.clone(),
            registered_at: Timestamp::now(),
        };
        let result = (|| {
            let transaction =
                Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
            let known = transaction
                .prepare_cached(include_str!("find_version.sql"))?
                .query_row(params![version.course_id, version.content_hash], |row| {
                    Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
                })
                .optional()?;
            if let Some((row, number, title, registered_at)) = known {
                (version.row, version.version, version.title) = (row, number, title);
                version.registered_at = Timestamp::from_unix_ms(registered_at);
            } else {
                transaction
                    .prepare_cached(include_str!("insert_version.sql"))?
                    .execute(params![
                        version.course_id,
                        version.version,
                        version.content_hash,
                        version.title,
                        version.registered_at.unix_ms(),
                    ])?;
                version.row = transaction.last_insert_rowid();
                let mut insert = transaction.prepare_cached(include_str!("insert_item.sql"))?;
                for (position, item) in items_of(course).iter().enumerate() {
                    insert.execute(params![
                        version.row,
                        item.id,
                        item.kind.as_str(),
                        i64::try_from(position).unwrap_or(i64::MAX),
                        item.title,
                    ])?;
                }
            }
            super::outbox::register_course(&transaction, version.row, course)?;
            transaction
                .prepare_cached(include_str!("set_current.sql"))?
                .execute(params![version.course_id, version.row])?;
            transaction.commit()
        })();
        result.map_err(fail)?;
        Ok(version)
    }

    /// The current version of every course with recorded progress, by course id.
    pub fn courses(&self) -> Result<Vec<CourseVersion>> {
        self.current_versions(None)
    }

    /// The current version of one course, if any progress was recorded on it.
    pub fn course(&self, course_id: &str) -> Result<Option<CourseVersion>> {
        Ok(self.current_versions(Some(course_id))?.into_iter().next())
    }

    fn current_versions(&self, course_id: Option<&str>) -> Result<Vec<CourseVersion>> {
        let fail = self.fail("read the course versions");
        let mut statement = self
            .conn
            .prepare_cached(include_str!("current_versions.sql"))
            .map_err(self.fail("read the course versions"))?;
        let rows = statement
            .query_map([course_id], |row| {
                Ok(CourseVersion {
                    row: row.get(0)?,
                    store: self.instance,
                    course_id: row.get(1)?,
                    version: row.get(2)?,
                    content_hash: row.get(3)?,
                    title: row.get(4)?,
                    registered_at: Timestamp::from_unix_ms(row.get(5)?),
                })
            })
            .and_then(Iterator::collect)
            .map_err(fail)?;
        Ok(rows)
    }

    /// The lessons, quizzes and reflection blocks of a course version, in order.
    pub fn course_items(&self, version: &CourseVersion) -> Result<Vec<CourseItem>> {
        self.check_version(version)?;
        let fail = self.fail("read the course structure");
        let mut statement = self
            .conn
            .prepare_cached(include_str!("items.sql"))
            .map_err(self.fail("read the course structure"))?;
        let rows = statement
            .query_map([version.row], |row| {
                let kind: String = row.get(1)?;
                Ok(CourseItem {
                    id: row.get(0)?,
                    kind: ItemKind::parse(&kind).unwrap_or(ItemKind::Lesson),
                    title: row.get(2)?,
                })
            })
            .and_then(Iterator::collect)
            .map_err(fail)?;
        Ok(rows)
    }

    /// Refuses a course version registered by another store.
    pub(crate) fn check_version(&self, version: &CourseVersion) -> Result<()> {
        if version.store == self.instance {
            Ok(())
        } else {
            Err(Error::NotThisSession {
                path: self.path.clone(),
                what: "course version",
            })
        }
    }
}
