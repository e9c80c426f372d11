//! Item analysis: how well each question of a quiz works, from the answers
//! learners gave. Pure: the progress store (or records collected from other
//! laptops) supplies the attempts, the CLI and the trainer area show the figures.
//!
//! Every answer is graded again against the quiz as it is now, so a corrected
//! answer key shows at once; questions the quiz no longer has are left out.
//! Attempts collected from other devices count exactly as this device's do
//! (whatever course version they were taken under); the figures only say how
//! many there were.
//! Answers repeat (a thousand learners pick among four options), so each
//! distinct answer to a question is graded once ([`AnswerBook`] keeps them that
//! way), and each question's attempts are found through an index, not a search.
//!
//! Definitions (also in `docs/trainers.md`):
//! - A question's *score* in an attempt is the share of its points earned (0-1);
//!   its *facility* is the mean of those scores, its *SD* their sample standard
//!   deviation (n - 1), both over the attempts that drew it.
//! - *Discrimination* is Pearson's correlation, over the attempts that drew the
//!   question, between its score and the rest of the attempt: the share of the
//!   points earned on the attempt's other questions. A share rather than raw
//!   points because with drawn quizzes the rest differs from one attempt to the next.
//! - An attempt's *score* is its points over the points available (0-1); the
//!   quiz's mean, median, sample SD, distribution and pass rate are over those.
//! - *Cronbach's alpha* takes each question's points as an item. When every
//!   attempt asked the same questions, the items are the questions. When the
//!   quiz draws from a pool, no question is in every attempt, so (as Moodle does
//!   for random questions) the items are the positions in the attempt: the first
//!   question asked, the second, and so on. This measures how consistently a
//!   drawn attempt as a whole ranks learners, which is what its score claims.
//!   Only attempts with the usual number of questions count towards it.

mod book;
mod figures;
mod picks;
mod stats;

pub use book::AnswerBook;
pub use picks::partial_scores;
pub use stats::{correlation, cronbach_alpha, mean, median, sample_sd, sample_variance};

use super::attempt::AttemptPlan;
use super::response::Response;
use crate::course::{QuestionKind, Quiz};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// Below this many attempts a question's figures are shown as "too few answers"
/// and raise no flags.
pub const MIN_ANSWERS: usize = 5;

/// A facility above this is "very easy".
pub const VERY_EASY_ABOVE: f64 = 0.9;
/// A facility below this is "very hard".
pub const VERY_HARD_BELOW: f64 = 0.3;
/// A discrimination below this "does not separate strong from weak learners".
pub const WEAK_DISCRIMINATION_BELOW: f64 = 0.2;

/// One submitted attempt with its answers, from whatever source.
#[derive(Debug, Clone, PartialEq)]
pub struct AnsweredAttempt {
    /// Who took it: any key unique to one learner (attempts with the same key
    /// are the same learner's).
    pub learner: String,
    /// When it started, in milliseconds since 1970: orders a learner's attempts.
    pub started_at_ms: i64,
    /// The questions asked, in order.
    pub plan: AttemptPlan,
    /// The answer given to each question (the last one, when changed).
    pub responses: BTreeMap<String, Response>,
}

/// Which attempts to analyse.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AttemptScope {
    /// Each learner's first submitted attempt: later ones are coloured by the
    /// review of the first, so they say less about the questions.
    #[default]
    First,
    /// Every submitted attempt.
    All,
}

/// Something worth a trainer's look about one question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Flag {
    /// Facility above 0.9.
    VeryEasy,
    /// Facility below 0.3.
    VeryHard,
    /// Discrimination from 0 up to 0.2.
    DoesNotSeparate,
    /// Negative discrimination: stronger learners tend to get it wrong.
    CheckAnswerKey,
    /// A wrong option of a choice question that nobody picked.
    UnpickedWrongOption,
}

impl Flag {
    /// The flag in plain English words, for the command line and files.
    pub fn words(self) -> &'static str {
        match self {
            Self::VeryEasy => "very easy",
            Self::VeryHard => "very hard",
            Self::DoesNotSeparate => "does not separate strong from weak learners",
            Self::CheckAnswerKey => "stronger learners tend to get it wrong: check the answer key",
            Self::UnpickedWrongOption => "a wrong option nobody picks",
        }
    }
}

/// How often one option (or `true` / `false`) was picked.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OptionPicks {
    /// The option id (`true` or `false` for a true/false question).
    pub option_id: String,
    /// Whether picking it is right.
    pub correct: bool,
    /// Attempts that picked it.
    pub picked: usize,
    /// `picked` over the attempts that drew the question (0-1).
    pub share: f64,
}

/// A wrong answer typed by several learners.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WrongAnswer {
    /// The answer as first typed (answers equal once normalised count together).
    pub answer: String,
    /// How many attempts gave it.
    pub count: usize,
}

/// How many attempts earned one share of a question's points.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScoreCount {
    /// The share of the points (0-1).
    pub score: f64,
    /// Attempts with that share.
    pub count: usize,
}

/// The figures of one question.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionAnalysis {
    /// The question id.
    pub question_id: String,
    /// Its kind.
    pub kind: QuestionKind,
    /// Attempts that drew it: every figure below is over these.
    pub drawn: usize,
    /// Of those, attempts that answered it.
    pub answered: usize,
    /// Fewer than [`MIN_ANSWERS`] attempts drew it: figures are unreliable.
    pub too_few: bool,
    /// The mean score (0-1).
    pub facility: Option<f64>,
    /// The sample standard deviation of the score.
    pub sd: Option<f64>,
    /// The correlation with the rest of the attempt (-1 to 1).
    pub discrimination: Option<f64>,
    /// For choice and true/false questions: how often each option was picked.
    pub options: Vec<OptionPicks>,
    /// For short answer and numeric questions: the most frequent wrong answers.
    pub wrong_answers: Vec<WrongAnswer>,
    /// For matching and ordering questions: how many attempts earned each share.
    pub partial_scores: Vec<ScoreCount>,
    /// What a trainer should look at, in order of importance.
    pub flags: Vec<Flag>,
}

/// The figures of one quiz.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuizAnalysis {
    /// The quiz id.
    pub quiz_id: String,
    /// Which attempts were analysed.
    pub scope: AttemptScope,
    /// Attempts analysed.
    pub attempts: usize,
    /// Of those, attempts taken on other devices and collected from their
    /// records files (added with [`AnswerBook::add_collected_attempt`]).
    pub collected: usize,
    /// Attempts left out because an answer no longer fits its question.
    pub unreadable: usize,
    /// The mean score (0-1).
    pub mean: Option<f64>,
    /// The median score.
    pub median: Option<f64>,
    /// The sample standard deviation of the scores.
    pub sd: Option<f64>,
    /// Attempts per tenth of the score: 0-10%, 10-20%, ... 90-100% (100% in the last).
    pub distribution: Vec<usize>,
    /// Cronbach's alpha.
    pub alpha: Option<f64>,
    /// The share of attempts that reached the pass mark.
    pub pass_rate: Option<f64>,
    /// Each question of the pool, in course order.
    pub questions: Vec<QuestionAnalysis>,
}

/// Analyses `quiz` over `attempts` (submitted ones only), in `scope`.
pub fn analyse_quiz(
    quiz: &Quiz,
    attempts: &[AnsweredAttempt],
    scope: AttemptScope,
) -> QuizAnalysis {
    let mut book = AnswerBook::new(quiz);
    let mut learners: HashMap<&str, i64> = HashMap::new();
    let mut responses: HashMap<ResponseKey<'_>, usize> = HashMap::new();
    let (mut asked, mut answers) = (Vec::new(), Vec::new());
    for attempt in attempts {
        let next = learners.len() as i64;
        let learner = *learners.entry(attempt.learner.as_str()).or_insert(next);
        asked.clear();
        answers.clear();
        for planned in &attempt.plan.questions {
            let Some(position) = book.position(&planned.question_id) else {
                continue;
            };
            asked.push(position);
            if let Some(response) = attempt.responses.get(&planned.question_id) {
                let id = *responses
                    .entry(ResponseKey::of(response))
                    .or_insert_with(|| book.add_response(response.clone()));
                answers.push((position, id));
            }
        }
        book.add_attempt(learner, attempt.started_at_ms, &asked, &answers);
    }
    book.analyse(scope)
}

/// A response, borrowed, as a key for finding its equals: the same key means
/// the same response, so grading one grades all (numbers compare bit for bit).
#[derive(PartialEq, Eq, Hash)]
enum ResponseKey<'a> {
    Choice(&'a [String]),
    TrueFalse(bool),
    Matching(&'a BTreeMap<String, String>),
    Ordering(&'a [String]),
    Text(&'a str),
    Number(u64),
}

impl<'a> ResponseKey<'a> {
    fn of(response: &'a Response) -> Self {
        match response {
            Response::Choice(ids) => Self::Choice(ids),
            Response::TrueFalse(value) => Self::TrueFalse(*value),
            Response::Matching(chosen) => Self::Matching(chosen),
            Response::Ordering(ids) => Self::Ordering(ids),
            Response::Text(text) => Self::Text(text),
            Response::Number(number) => Self::Number(number.to_bits()),
        }
    }
}

/// The plain-words flags of a question from its figures: none below
/// [`MIN_ANSWERS`] answers; a negative or weak discrimination, a very easy or
/// very hard question, and for choice questions a wrong option nobody picked.
pub fn flags(
    question: &crate::course::Question,
    too_few: bool,
    facility: Option<f64>,
    discrimination: Option<f64>,
    options: &[OptionPicks],
) -> Vec<Flag> {
    let mut flags = Vec::new();
    if !too_few {
        if discrimination.is_some_and(|value| value < 0.0) {
            flags.push(Flag::CheckAnswerKey);
        } else if discrimination.is_some_and(|value| value < WEAK_DISCRIMINATION_BELOW) {
            flags.push(Flag::DoesNotSeparate);
        }
        if facility.is_some_and(|value| value > VERY_EASY_ABOVE) {
            flags.push(Flag::VeryEasy);
        } else if facility.is_some_and(|value| value < VERY_HARD_BELOW) {
            flags.push(Flag::VeryHard);
        }
        let choice = matches!(
            question.kind,
            QuestionKind::SingleChoice | QuestionKind::MultipleChoice
        );
        if choice
            && options
                .iter()
                .any(|option| !option.correct && option.picked == 0)
        {
            flags.push(Flag::UnpickedWrongOption);
        }
    }
    flags
}
