//! The answers item analysis reads: every submitted attempt at one quiz, by every
//! learner on this device and on every device whose records were collected
//! here, with its plan and the answers given.
//!
//! Like the trainer report it reads across learners: keep it behind whatever
//! guards the trainer area.
//!
//! [`Store::analyse_quiz`] reads into an [`AnswerBook`] in one query per
//! source (this device's attempts, then those collected): each
//! attempt's plan is read for its question ids only, and each distinct answer
//! text is parsed once (a thousand learners give a handful of answers to each
//! question), so the figures over 3,000 attempts take milliseconds.

mod collected;
mod layout;
mod reader;

use super::{Result, Store};
use crate::course::Quiz;
use crate::quiz::analysis::{AnswerBook, AnsweredAttempt, AttemptScope, QuizAnalysis};
use crate::quiz::{AttemptPlan, Response};
use reader::{BookReader, PendingAttempt};
use std::collections::BTreeMap;

/// The submitted attempts at one quiz, ready for
/// [`analyse_quiz`](crate::quiz::analysis::analyse_quiz).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QuizAnswers {
    /// The attempts, oldest first.
    pub attempts: Vec<AnsweredAttempt>,
    /// Attempts whose stored plan or answers this version cannot read (written
    /// by another version of Fieldcourse): left out.
    pub unreadable: usize,
}

impl Store {
    /// Every submitted attempt at `quiz_id` of `course_id`, by every learner
    /// of this device (not those collected from others), each with its whole
    /// plan and answers (for other uses than the figures:
    /// [`Store::analyse_quiz`] reads through [`Store::quiz_answer_book`]).
    pub fn quiz_answers(&self, course_id: &str, quiz_id: &str) -> Result<QuizAnswers> {
        let fail = || self.fail("read the quiz answers");
        let mut answers = QuizAnswers::default();
        // Attempt ids, parallel to `answers.attempts`, with whether each was readable.
        let mut ids: Vec<(i64, bool)> = Vec::new();
        let mut statement = self
            .conn
            .prepare_cached(include_str!("attempts.sql"))
            .map_err(fail())?;
        let mut rows = statement.query([course_id, quiz_id]).map_err(fail())?;
        while let Some(row) = rows.next().map_err(fail())? {
            let read = || -> rusqlite::Result<_> {
                Ok((
                    row.get::<_, i64>(0)?,
                    row.get::<_, i64>(1)?,
                    row.get::<_, i64>(2)?,
                    serde_json::from_str::<AttemptPlan>(row.get_ref(3)?.as_str()?).ok(),
                ))
            };
            let (id, learner, started_at_ms, plan) = read().map_err(fail())?;
            let readable = plan.is_some();
            ids.push((id, readable));
            answers.attempts.push(AnsweredAttempt {
                learner: learner.to_string(),
                started_at_ms,
                plan: plan.unwrap_or(AttemptPlan {
                    seed: 0,
                    questions: Vec::new(),
                }),
                responses: BTreeMap::new(),
            });
        }
        drop(rows);

        let mut statement = self
            .conn
            .prepare_cached(include_str!("answers.sql"))
            .map_err(fail())?;
        let mut rows = statement.query([course_id, quiz_id]).map_err(fail())?;
        // Both queries run in attempt id order: walk them side by side.
        let mut at = 0;
        while let Some(row) = rows.next().map_err(fail())? {
            let attempt: i64 = row.get(0).map_err(fail())?;
            while ids.get(at).is_some_and(|(id, _)| *id < attempt) {
                at += 1;
            }
            let Some((id, readable)) = ids.get_mut(at) else {
                break;
            };
            if *id != attempt || !*readable {
                continue;
            }
            let read = || -> rusqlite::Result<_> {
                Ok((
                    row.get_ref(1)?.as_str()?.to_owned(),
                    serde_json::from_str::<Response>(row.get_ref(2)?.as_str()?).ok(),
                ))
            };
            let (question, response) = read().map_err(fail())?;
            match response {
                // A later answer to the same question replaces the earlier one.
                Some(response) => {
                    answers.attempts[at].responses.insert(question, response);
                }
                None => *readable = false,
            }
        }
        let before = answers.attempts.len();
        let mut readable = ids.iter().map(|(_, readable)| *readable);
        answers
            .attempts
            .retain(|_| readable.next().unwrap_or(false));
        answers.unreadable = before - answers.attempts.len();
        Ok(answers)
    }

    /// Every submitted attempt at `quiz` of `course_id`, by every learner of
    /// this device and of every device whose records were collected here,
    /// ready for [`AnswerBook::analyse`]: this device's attempts first, then
    /// each collected device's (by device id), each in the order taken. An
    /// attempt whose plan or answers this version cannot read (written by
    /// another version) is counted as unreadable.
    ///
    /// Attempts count whatever course version they were taken under, as this
    /// device's always have: every answer is graded against `quiz` as it is
    /// now, and questions it no longer has are left out.
    pub fn quiz_answer_book<'q>(&self, course_id: &str, quiz: &'q Quiz) -> Result<AnswerBook<'q>> {
        let fail = || self.fail("read the quiz answers");
        let mut reader = BookReader::new(quiz);
        let mut statement = self
            .conn
            .prepare_cached(include_str!("book.sql"))
            .map_err(fail())?;
        let mut rows = statement.query([course_id, &quiz.id]).map_err(fail())?;
        // This device's attempts come one after another, each with its answers.
        let mut current = PendingAttempt::default();
        let mut current_id: Option<i64> = None;
        while let Some(row) = rows.next().map_err(fail())? {
            let id: i64 = row.get(0).map_err(fail())?;
            if current_id != Some(id) {
                if current_id.is_some() {
                    reader.add(&mut current);
                }
                current_id = Some(id);
                let mut read = || -> rusqlite::Result<_> {
                    // Learner ids on this device are row ids, from 1 up.
                    current.start(row.get(1)?, row.get(2)?, false);
                    reader.plan(&mut current, row.get_ref(3)?.as_str()?);
                    Ok(())
                };
                read().map_err(fail())?;
            }
            let mut answer = || -> rusqlite::Result<_> {
                let question = row.get_ref(4)?;
                // An attempt without answers has one row, with none.
                if !matches!(question, rusqlite::types::ValueRef::Null) {
                    reader.answer(&mut current, question.as_str()?, row.get_ref(5)?.as_str()?);
                }
                Ok(())
            };
            answer().map_err(fail())?;
        }
        if current_id.is_some() {
            reader.add(&mut current);
        }
        drop(rows);
        self.read_collected_attempts(course_id, &quiz.id, &mut reader)?;
        Ok(reader.finish())
    }

    /// Item analysis of `quiz` (of `course_id`) over this device's attempts
    /// and those collected from other devices (see [`Store::quiz_answer_book`]).
    pub fn analyse_quiz(
        &self,
        course_id: &str,
        quiz: &Quiz,
        scope: AttemptScope,
    ) -> Result<QuizAnalysis> {
        Ok(self.quiz_answer_book(course_id, quiz)?.analyse(scope))
    }
}
