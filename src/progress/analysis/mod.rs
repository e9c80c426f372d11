//! The answers item analysis reads: every submitted attempt at one quiz, by every
//! learner on this device, with its plan and the answers given.
//!
//! Like the trainer report it reads across learners: keep it behind whatever
//! guards the trainer area.

use super::{Result, Store};
use crate::course::Quiz;
use crate::quiz::analysis::{AnsweredAttempt, AttemptScope, QuizAnalysis, analyse_quiz};
use crate::quiz::{AttemptPlan, Response};
use std::collections::BTreeMap;

/// The submitted attempts at one quiz, ready for [`analyse_quiz`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QuizAnswers {
    /// The attempts, oldest first.
    pub attempts: Vec<AnsweredAttempt>,
    /// Attempts whose stored plan or answers this version cannot read (written
    /// by another version of Fieldcourse): left out.
    pub unreadable: usize,
}

impl Store {
    /// Every submitted attempt at `quiz_id` of `course_id`, by every learner.
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

    /// Item analysis of `quiz` (of `course_id`) over this device's attempts.
    pub fn analyse_quiz(
        &self,
        course_id: &str,
        quiz: &Quiz,
        scope: AttemptScope,
    ) -> Result<QuizAnalysis> {
        let answers = self.quiz_answers(course_id, &quiz.id)?;
        let mut analysis = analyse_quiz(quiz, &answers.attempts, scope);
        analysis.unreadable += answers.unreadable;
        Ok(analysis)
    }
}
