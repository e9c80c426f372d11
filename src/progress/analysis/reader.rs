//! Filling an [`AnswerBook`] with attempts read from the store, whichever
//! device they were taken on: each plan read for its question ids only, each
//! distinct answer text parsed once.

use super::layout::Layout;
use crate::course::Quiz;
use crate::quiz::Response;
use crate::quiz::analysis::AnswerBook;
use std::collections::HashMap;

/// An attempt being read, its answers not all seen yet.
#[derive(Debug, Default)]
pub(super) struct PendingAttempt {
    learner: i64,
    started_at_ms: i64,
    collected: bool,
    readable: bool,
    /// Pool positions of the questions asked.
    asked: Vec<usize>,
    /// (pool position, response id), in the order given.
    answers: Vec<(usize, usize)>,
}

impl PendingAttempt {
    /// Starts reading an attempt by `learner` (a key unique to them among
    /// every device's learners), started at `started_at_ms`, `collected` from
    /// another device or not.
    pub(super) fn start(&mut self, learner: i64, started_at_ms: i64, collected: bool) {
        self.learner = learner;
        self.started_at_ms = started_at_ms;
        self.collected = collected;
        self.readable = true;
        self.asked.clear();
        self.answers.clear();
    }
}

/// An [`AnswerBook`] being filled, with the answer texts parsed so far.
pub(super) struct BookReader<'q> {
    book: AnswerBook<'q>,
    /// Each distinct answer text, parsed once: its response id, or `None`
    /// when this version cannot read it.
    parsed: HashMap<String, Option<usize>>,
}

impl<'q> BookReader<'q> {
    pub(super) fn new(quiz: &'q Quiz) -> Self {
        Self {
            book: AnswerBook::new(quiz),
            parsed: HashMap::new(),
        }
    }

    /// Reads the questions `attempt` asked from its stored plan (`layout`);
    /// a plan this version cannot read makes the attempt unreadable.
    pub(super) fn plan(&self, attempt: &mut PendingAttempt, layout: &str) {
        match serde_json::from_str::<Layout<'_>>(layout) {
            Ok(layout) => attempt.asked.extend(
                layout
                    .questions
                    .iter()
                    .filter_map(|question| self.book.position(&question.question_id)),
            ),
            Err(_) => attempt.readable = false,
        }
    }

    /// Adds the answer `text` to `question_id` to `attempt`, the answers in
    /// the order given; one this version cannot read makes the attempt
    /// unreadable.
    pub(super) fn answer(&mut self, attempt: &mut PendingAttempt, question_id: &str, text: &str) {
        if !attempt.readable {
            return;
        }
        let response = match self.parsed.get(text) {
            Some(response) => *response,
            None => {
                let response = serde_json::from_str::<Response>(text)
                    .ok()
                    .map(|response| self.book.add_response(response));
                self.parsed.insert(text.to_owned(), response);
                response
            }
        };
        match response {
            // Answers to questions the quiz no longer has only need to be readable.
            Some(response) => {
                if let Some(position) = self.book.position(question_id) {
                    attempt.answers.push((position, response));
                }
            }
            None => attempt.readable = false,
        }
    }

    /// Adds `attempt`, all its answers read, to the book (the attempts oldest
    /// first, as the book wants them).
    pub(super) fn add(&mut self, attempt: &mut PendingAttempt) {
        let PendingAttempt {
            learner,
            started_at_ms,
            collected,
            readable,
            ref asked,
            ref answers,
        } = *attempt;
        match (readable, collected) {
            (false, _) => self.book.add_unreadable(),
            (true, false) => self
                .book
                .add_attempt(learner, started_at_ms, asked, answers),
            (true, true) => self
                .book
                .add_collected_attempt(learner, started_at_ms, asked, answers),
        }
    }

    /// The book filled.
    pub(super) fn finish(self) -> AnswerBook<'q> {
        self.book
    }
}
