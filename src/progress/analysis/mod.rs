//! The answers item analysis reads: every submitted attempt at one quiz, by every
//! learner on this device, with its plan and the answers given.
//!
//! Like the trainer report it reads across learners: keep it behind whatever
//! guards the trainer area.
//!
//! [`Store::analyse_quiz`] reads into an [`AnswerBook`] in one query: each
//! attempt's plan is read for its question ids only, and each distinct answer
//! text is parsed once (a thousand learners give a handful of answers to each
//! question), so the figures over 3,000 attempts take milliseconds.

mod layout;

use super::{Result, Store};
use crate::course::Quiz;
use crate::quiz::analysis::{AnswerBook, AnsweredAttempt, AttemptScope, QuizAnalysis};
use crate::quiz::{AttemptPlan, Response};
use layout::Layout;
use std::collections::{BTreeMap, HashMap};

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
    /// Every submitted attempt at `quiz_id` of `course_id`, by every learner,
    /// each with its whole plan and answers (for other uses than the figures:
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

    /// Every submitted attempt at `quiz` of `course_id`, by every learner,
    /// ready for [`AnswerBook::analyse`]. An attempt whose plan or answers this
    /// version cannot read (written by another version) is counted as unreadable.
    pub fn quiz_answer_book<'q>(&self, course_id: &str, quiz: &'q Quiz) -> Result<AnswerBook<'q>> {
        let fail = || self.fail("read the quiz answers");
        let mut book = AnswerBook::new(quiz);
        // Each distinct answer text, parsed once: its response id, or `None`
        // when this version cannot read it.
        let mut parsed: HashMap<String, Option<usize>> = HashMap::new();
        let mut current = OpenAttempt::default();
        let mut statement = self
            .conn
            .prepare_cached(include_str!("book.sql"))
            .map_err(fail())?;
        let mut rows = statement.query([course_id, &quiz.id]).map_err(fail())?;
        while let Some(row) = rows.next().map_err(fail())? {
            let id: i64 = row.get(0).map_err(fail())?;
            if current.id != Some(id) {
                current.close(&mut book);
                let read = || -> rusqlite::Result<_> {
                    Ok((
                        row.get::<_, i64>(1)?,
                        row.get::<_, i64>(2)?,
                        serde_json::from_str::<Layout<'_>>(row.get_ref(3)?.as_str()?).ok(),
                    ))
                };
                let (learner, started_at_ms, layout) = read().map_err(fail())?;
                current.open(id, learner, started_at_ms);
                match layout {
                    Some(layout) => current.asked.extend(
                        layout
                            .questions
                            .iter()
                            .filter_map(|question| book.position(&question.question_id)),
                    ),
                    None => current.readable = false,
                }
            }
            if !current.readable {
                continue;
            }
            let answer = || -> rusqlite::Result<_> {
                let question = row.get_ref(4)?;
                if matches!(question, rusqlite::types::ValueRef::Null) {
                    return Ok(None);
                }
                Ok(Some((question.as_str()?, row.get_ref(5)?.as_str()?)))
            };
            // An attempt without answers has one row, with none.
            let Some((question, text)) = answer().map_err(fail())? else {
                continue;
            };
            let response = match parsed.get(text) {
                Some(response) => *response,
                None => {
                    let response = serde_json::from_str::<Response>(text)
                        .ok()
                        .map(|response| book.add_response(response));
                    parsed.insert(text.to_owned(), response);
                    response
                }
            };
            match response {
                // Answers to questions the quiz no longer has only need to be readable.
                Some(response) => {
                    if let Some(position) = book.position(question) {
                        current.answers.push((position, response));
                    }
                }
                None => current.readable = false,
            }
        }
        current.close(&mut book);
        Ok(book)
    }

    /// Item analysis of `quiz` (of `course_id`) over this device's attempts.
    pub fn analyse_quiz(
        &self,
        course_id: &str,
        quiz: &Quiz,
        scope: AttemptScope,
    ) -> Result<QuizAnalysis> {
        Ok(self.quiz_answer_book(course_id, quiz)?.analyse(scope))
    }
}

/// The attempt being read, its rows not all seen yet.
#[derive(Default)]
struct OpenAttempt {
    id: Option<i64>,
    learner: i64,
    started_at_ms: i64,
    readable: bool,
    /// Pool positions of the questions asked.
    asked: Vec<usize>,
    /// (pool position, response id), in the order given.
    answers: Vec<(usize, usize)>,
}

impl OpenAttempt {
    fn open(&mut self, id: i64, learner: i64, started_at_ms: i64) {
        self.id = Some(id);
        self.learner = learner;
        self.started_at_ms = started_at_ms;
        self.readable = true;
    }

    /// Adds the attempt to `book` and makes ready for the next one.
    fn close(&mut self, book: &mut AnswerBook<'_>) {
        if self.id.take().is_some() {
            if self.readable {
                book.add_attempt(self.learner, self.started_at_ms, &self.asked, &self.answers);
            } else {
                book.add_unreadable();
            }
        }
        self.asked.clear();
        self.answers.clear();
    }
}
