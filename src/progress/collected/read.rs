//! This device's rows, as a records file carries them.

use super::{
    AnswerRow, AttemptRow, CertificateRow, CourseItemRow, CourseVersionRow, DeviceRecords,
    EnrollmentRow, LearnerRow, LessonRow, StatementRow,
};
use crate::progress::{Result, Store};
use rusqlite::{Transaction, TransactionBehavior};
use serde_json::Value;
use std::collections::HashMap;

/// Learning records read from the outbox per page.
const STATEMENT_PAGE: u32 = 1_000;

impl Store {
    /// Every learner of this device with their enrollments, lesson progress,
    /// quiz attempts (every answer), certificates (signed credentials) and the
    /// learning records not yet delivered, read in one snapshot. PIN hashes
    /// and private reflection notes stay on the device.
    pub fn device_records(&self) -> Result<DeviceRecords> {
        // One read transaction: a learner saving an answer meanwhile is either
        // wholly in the records or wholly out.
        let snapshot = Transaction::new_unchecked(&self.conn, TransactionBehavior::Deferred)
            .map_err(self.fail("start reading the records"))?;
        let records = self.read_records();
        drop(snapshot);
        records
    }

    fn read_records(&self) -> Result<DeviceRecords> {
        let text_json = |text: String| serde_json::from_str::<Value>(&text);
        let learners = self.query(
            "read the learners",
            include_str!("learners.sql"),
            [],
            |row| {
                Ok(LearnerRow {
                    id: row.get(0)?,
                    display_name: row.get(1)?,
                    certificate_name: row.get(2)?,
                    language: row.get(3)?,
                    created_at: row.get(4)?,
                    subject_id: row.get(5)?,
                })
            },
        )?;
        let mut courses = self.query(
            "read the course versions",
            include_str!("versions.sql"),
            [],
            |row| {
                Ok(CourseVersionRow {
                    id: row.get(0)?,
                    course_id: row.get(1)?,
                    version: row.get(2)?,
                    content_hash: row.get(3)?,
                    title: row.get(4)?,
                    current: row.get(5)?,
                    items: Vec::new(),
                })
            },
        )?;
        let by_version: HashMap<i64, usize> = courses
            .iter()
            .enumerate()
            .map(|(index, version)| (version.id, index))
            .collect();
        let items = self.query(
            "read the course items",
            include_str!("items.sql"),
            [],
            |row| {
                Ok((
                    row.get::<_, i64>(0)?,
                    CourseItemRow {
                        item_id: row.get(1)?,
                        kind: row.get(2)?,
                        position: row.get(3)?,
                        title: row.get(4)?,
                    },
                ))
            },
        )?;
        for (version, item) in items {
            if let Some(&index) = by_version.get(&version) {
                courses[index].items.push(item);
            }
        }
        let enrollments = self.query(
            "read the enrollments",
            include_str!("enrollments.sql"),
            [],
            |row| {
                Ok(EnrollmentRow {
                    learner_id: row.get(0)?,
                    course_id: row.get(1)?,
                    course_version_id: row.get(2)?,
                    started_at: row.get(3)?,
                    last_opened_at: row.get(4)?,
                    last_item_id: row.get(5)?,
                    last_block: row.get(6)?,
                    completed_at: row.get(7)?,
                    lessons_completed: row.get(8)?,
                })
            },
        )?;
        let lessons = self.query(
            "read the lesson progress",
            include_str!("lessons.sql"),
            [],
            |row| {
                Ok(LessonRow {
                    learner_id: row.get(0)?,
                    course_id: row.get(1)?,
                    lesson_id: row.get(2)?,
                    course_version_id: row.get(3)?,
                    first_opened_at: row.get(4)?,
                    completed_at: row.get(5)?,
                    seconds_spent: row.get(6)?,
                })
            },
        )?;
        let mut attempts = self
            .query(
                "read the quiz attempts",
                include_str!("attempts.sql"),
                [],
                |row| {
                    Ok((
                        row.get::<_, String>(6)?,
                        AttemptRow {
                            id: row.get(0)?,
                            learner_id: row.get(1)?,
                            course_id: row.get(2)?,
                            quiz_id: row.get(3)?,
                            course_version_id: row.get(4)?,
                            seed: row.get(5)?,
                            layout: Value::Null,
                            started_at: row.get(7)?,
                            finished_at: row.get(8)?,
                            points: row.get(9)?,
                            max_points: row.get(10)?,
                            score: row.get(11)?,
                            passed: row.get(12)?,
                            answers: Vec::new(),
                        },
                    ))
                },
            )?
            .into_iter()
            .map(|(layout, mut attempt)| {
                attempt.layout = text_json(layout).map_err(self.json_fail("read a quiz layout"))?;
                Ok(attempt)
            })
            .collect::<Result<Vec<AttemptRow>>>()?;
        let by_attempt: HashMap<i64, usize> = attempts
            .iter()
            .enumerate()
            .map(|(index, attempt)| (attempt.id, index))
            .collect();
        let answers = self.query(
            "read the quiz answers",
            include_str!("answers.sql"),
            [],
            |row| {
                Ok((
                    row.get::<_, i64>(0)?,
                    row.get::<_, i64>(1)?,
                    row.get::<_, String>(2)?,
                    row.get::<_, String>(3)?,
                    row.get::<_, Option<f64>>(4)?,
                    row.get::<_, i64>(5)?,
                ))
            },
        )?;
        for (attempt, id, question_id, answer, points, answered_at) in answers {
            let answer = text_json(answer).map_err(self.json_fail("read a quiz answer"))?;
            if let Some(&index) = by_attempt.get(&attempt) {
                attempts[index].answers.push(AnswerRow {
                    id,
                    question_id,
                    answer,
                    points,
                    answered_at,
                });
            }
        }
        let certificates = self.query(
            "read the certificates",
            include_str!("certificates.sql"),
            [],
            |row| {
                Ok(CertificateRow {
                    id: row.get(0)?,
                    learner_id: row.get(1)?,
                    course_id: row.get(2)?,
                    course_version_id: row.get(3)?,
                    name_on_certificate: row.get(4)?,
                    issued_at: row.get(5)?,
                    credential: row.get(6)?,
                })
            },
        )?;
        Ok(DeviceRecords {
            learners,
            courses,
            enrollments,
            lessons,
            attempts,
            certificates,
            statements: self.undelivered_statements()?,
        })
    }

    /// The outbox, read through its own paging (whatever its storage).
    fn undelivered_statements(&self) -> Result<Vec<StatementRow>> {
        let mut statements = Vec::new();
        let mut after = 0;
        loop {
            let page = self.outbox_statements(None, after, STATEMENT_PAGE)?;
            let Some(last) = page.last() else { break };
            after = last.seq;
            statements.extend(page.into_iter().map(|statement| StatementRow {
                id: statement.id,
                recorded_at: statement.recorded_at.unix_ms(),
                statement: statement.statement,
            }));
        }
        Ok(statements)
    }
}
