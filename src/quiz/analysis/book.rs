//! Attempts reduced to what item analysis needs, with each distinct answer kept
//! once: the form both the progress store and [`analyse_quiz`](super::analyse_quiz)
//! fill before the figures are computed (`figures` computes them: see
//! [`AnswerBook::analyse`]).

use crate::course::Quiz;
use crate::quiz::response::Response;
use std::collections::HashMap;

/// The submitted attempts at one quiz, each reduced to the questions the quiz
/// still has, in the order asked, and the answer given to each; every distinct
/// answer to a question is kept (and so graded) once.
///
/// Fill it with [`add_response`](Self::add_response) and
/// [`add_attempt`](Self::add_attempt), oldest attempt first, then call
/// [`analyse`](Self::analyse), as often as needed.
#[derive(Debug, Clone)]
pub struct AnswerBook<'q> {
    pub(super) quiz: &'q Quiz,
    /// Pool position of each question id.
    index: HashMap<&'q str, usize>,
    /// The responses added, by id.
    pub(super) responses: Vec<Response>,
    /// Each distinct (pool position, response id) answered, in first-seen order.
    pub(super) pairs: Vec<(usize, usize)>,
    /// The pair id of each (pool position, response id) seen, by position then
    /// response (`NO_PAIR`: not seen): a lookup, not a hash, for every answer.
    pair_ids: Vec<Vec<usize>>,
    /// The readable attempts, oldest first.
    pub(super) sheets: Vec<Sheet>,
    /// Attempts left out because they could not be read.
    pub(super) unreadable: usize,
}

/// In [`AnswerBook::pair_ids`]: no pair yet.
const NO_PAIR: usize = usize::MAX;

/// One attempt as the figures see it.
#[derive(Debug, Clone)]
pub(super) struct Sheet {
    pub learner: i64,
    pub started_at_ms: i64,
    /// Taken on another device and collected from its records file.
    pub collected: bool,
    /// The questions asked that the quiz still has, in order.
    pub asked: Vec<Asked>,
}

/// One question of an attempt: its pool position and, if answered, the
/// distinct (question, response) pair given.
#[derive(Debug, Clone, Copy)]
pub(super) struct Asked {
    pub position: usize,
    pub pair: Option<usize>,
}

impl<'q> AnswerBook<'q> {
    /// An empty book for `quiz`.
    pub fn new(quiz: &'q Quiz) -> Self {
        Self {
            quiz,
            index: quiz
                .questions
                .iter()
                .enumerate()
                .map(|(position, question)| (question.id.as_str(), position))
                .collect(),
            responses: Vec::new(),
            pairs: Vec::new(),
            pair_ids: vec![Vec::new(); quiz.questions.len()],
            sheets: Vec::new(),
            unreadable: 0,
        }
    }

    /// The position of `question_id` in the quiz's pool, if the quiz still has it.
    pub fn position(&self, question_id: &str) -> Option<usize> {
        self.index.get(question_id).copied()
    }

    /// Keeps `response` and returns its id for [`add_attempt`](Self::add_attempt).
    /// Add each distinct response once and reuse its id: that is what spares
    /// grading the same answer again.
    pub fn add_response(&mut self, response: Response) -> usize {
        self.responses.push(response);
        self.responses.len() - 1
    }

    /// Adds a submitted attempt by `learner` (any number unique to one learner),
    /// started at `started_at_ms`: the pool positions of the questions asked,
    /// in order, and the answers given as (pool position, response id), a later
    /// answer to the same question replacing an earlier one. Positions and ids
    /// this book does not know are left out.
    pub fn add_attempt(
        &mut self,
        learner: i64,
        started_at_ms: i64,
        asked: &[usize],
        answers: &[(usize, usize)],
    ) {
        self.add_sheet(learner, started_at_ms, false, asked, answers);
    }

    /// Adds a submitted attempt taken on another device and collected from its
    /// records file, as [`add_attempt`](Self::add_attempt) does: it counts
    /// like any other, and the figures say how many such attempts they cover
    /// ([`QuizAnalysis::collected`](super::QuizAnalysis::collected)). `learner`
    /// must tell the device's learners apart from this device's and from
    /// every other device's.
    pub fn add_collected_attempt(
        &mut self,
        learner: i64,
        started_at_ms: i64,
        asked: &[usize],
        answers: &[(usize, usize)],
    ) {
        self.add_sheet(learner, started_at_ms, true, asked, answers);
    }

    fn add_sheet(
        &mut self,
        learner: i64,
        started_at_ms: i64,
        collected: bool,
        asked: &[usize],
        answers: &[(usize, usize)],
    ) {
        let questions = self.quiz.questions.len();
        let responses = self.responses.len();
        let mut sheet = Sheet {
            learner,
            started_at_ms,
            collected,
            asked: Vec::with_capacity(asked.len()),
        };
        for &position in asked.iter().filter(|position| **position < questions) {
            let response = answers
                .iter()
                .rev()
                .find(|(answered, id)| *answered == position && *id < responses)
                .map(|(_, id)| *id);
            let pair = response.map(|response| self.pair_id(position, response));
            sheet.asked.push(Asked { position, pair });
        }
        self.sheets.push(sheet);
    }

    /// The id of the pair (`position`, `response`), new if not seen yet.
    fn pair_id(&mut self, position: usize, response: usize) -> usize {
        let next = self.pairs.len();
        let Some(ids) = self.pair_ids.get_mut(position) else {
            // Not a pool position (callers pass only those): a pair of its own.
            self.pairs.push((position, response));
            return next;
        };
        if ids.len() <= response {
            ids.resize(response + 1, NO_PAIR);
        }
        if ids[response] == NO_PAIR {
            ids[response] = next;
            self.pairs.push((position, response));
        }
        ids[response]
    }

    /// Counts an attempt whose plan or answers could not be read (written by
    /// another version of Fieldcourse): it is left out of the figures.
    pub fn add_unreadable(&mut self) {
        self.unreadable += 1;
    }

    /// The attempts added, readable or not.
    pub fn len(&self) -> usize {
        self.sheets.len() + self.unreadable
    }

    /// Whether no attempt was added.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
