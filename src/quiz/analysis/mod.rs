//! Item analysis: how well each question of a quiz works, from the answers
//! learners gave. Pure: the progress store (or records collected from other
//! laptops) supplies the attempts, the CLI and the trainer area show the figures.
//!
//! Every answer is graded again against the quiz as it is now, so a corrected
//! answer key shows at once; questions the quiz no longer has are left out.
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

mod picks;
mod stats;

pub use stats::{correlation, cronbach_alpha, mean, median, sample_sd, sample_variance};

use super::attempt::AttemptPlan;
use super::grade::grade;
use super::response::Response;
use crate::course::{Question, QuestionKind, Quiz};
use picks::{option_picks, partial_scores, wrong_answers};
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

/// One graded question of one attempt.
struct Graded {
    points: f64,
    max_points: f64,
}

/// One graded attempt: its questions in the order asked, as pool indexes.
struct GradedAttempt<'a> {
    questions: Vec<(usize, Graded)>,
    responses: &'a BTreeMap<String, Response>,
    points: f64,
    max_points: f64,
}

impl GradedAttempt<'_> {
    fn score(&self) -> f64 {
        if self.max_points > 0.0 {
            (self.points / self.max_points).clamp(0.0, 1.0)
        } else {
            0.0
        }
    }
}

/// Analyses `quiz` over `attempts` (submitted ones only), in `scope`.
pub fn analyse_quiz(
    quiz: &Quiz,
    attempts: &[AnsweredAttempt],
    scope: AttemptScope,
) -> QuizAnalysis {
    let index: HashMap<&str, usize> = quiz
        .questions
        .iter()
        .enumerate()
        .map(|(position, question)| (question.id.as_str(), position))
        .collect();
    let mut unreadable = 0;
    let graded: Vec<GradedAttempt<'_>> = select(attempts, scope)
        .into_iter()
        .filter_map(|attempt| {
            let graded = grade_attempt(quiz, &index, attempt);
            unreadable += usize::from(graded.is_none());
            graded
        })
        .collect();

    let scores: Vec<f64> = graded.iter().map(GradedAttempt::score).collect();
    let mut distribution = vec![0; 10];
    for score in &scores {
        // The small lift keeps 0.7 computed as 0.6999... in the 70% bin.
        let bin = ((score * 10.0 + 1e-9).floor() as usize).min(9);
        distribution[bin] += 1;
    }
    let passed = scores
        .iter()
        .filter(|score| **score + 1e-9 >= quiz.pass_mark)
        .count();
    let questions = quiz
        .questions
        .iter()
        .enumerate()
        .map(|(position, question)| analyse_question(quiz, position, question, &graded))
        .collect();
    QuizAnalysis {
        quiz_id: quiz.id.clone(),
        scope,
        attempts: graded.len(),
        unreadable,
        mean: mean(&scores),
        median: median(&scores),
        sd: sample_sd(&scores),
        distribution,
        alpha: alpha(&graded),
        pass_rate: (!scores.is_empty()).then(|| passed as f64 / scores.len() as f64),
        questions,
    }
}

/// The attempts in scope: all, or each learner's earliest.
fn select(attempts: &[AnsweredAttempt], scope: AttemptScope) -> Vec<&AnsweredAttempt> {
    match scope {
        AttemptScope::All => attempts.iter().collect(),
        AttemptScope::First => {
            let mut first: HashMap<&str, &AnsweredAttempt> = HashMap::new();
            let mut order = Vec::new();
            for attempt in attempts {
                match first.get_mut(attempt.learner.as_str()) {
                    Some(kept) if kept.started_at_ms <= attempt.started_at_ms => {}
                    Some(kept) => *kept = attempt,
                    None => {
                        order.push(attempt.learner.as_str());
                        first.insert(&attempt.learner, attempt);
                    }
                }
            }
            order
                .into_iter()
                .filter_map(|learner| first.get(learner).copied())
                .collect()
        }
    }
}

/// Grades every question of `attempt` the current quiz still has; `None` when
/// an answer no longer fits its question.
fn grade_attempt<'a>(
    quiz: &Quiz,
    index: &HashMap<&str, usize>,
    attempt: &'a AnsweredAttempt,
) -> Option<GradedAttempt<'a>> {
    let mut graded = GradedAttempt {
        questions: Vec::with_capacity(attempt.plan.questions.len()),
        responses: &attempt.responses,
        points: 0.0,
        max_points: 0.0,
    };
    for planned in &attempt.plan.questions {
        let Some(&position) = index.get(planned.question_id.as_str()) else {
            continue;
        };
        let question = &quiz.questions[position];
        let outcome = grade(
            question,
            quiz.scoring,
            attempt.responses.get(&planned.question_id),
        )
        .ok()?;
        graded.points += outcome.points;
        graded.max_points += outcome.max_points;
        graded.questions.push((
            position,
            Graded {
                points: outcome.points,
                max_points: outcome.max_points,
            },
        ));
    }
    (!graded.questions.is_empty()).then_some(graded)
}

fn analyse_question(
    quiz: &Quiz,
    position: usize,
    question: &Question,
    attempts: &[GradedAttempt<'_>],
) -> QuestionAnalysis {
    let mut scores = Vec::new();
    let mut with_rest = Vec::new();
    let mut responses = Vec::new();
    for attempt in attempts {
        let Some((_, graded)) = attempt.questions.iter().find(|(at, _)| *at == position) else {
            continue;
        };
        let score = if graded.max_points > 0.0 {
            graded.points / graded.max_points
        } else {
            0.0
        };
        scores.push(score);
        let rest_max = attempt.max_points - graded.max_points;
        if rest_max > 0.0 {
            with_rest.push((score, (attempt.points - graded.points) / rest_max));
        }
        responses.push(attempt.responses.get(&question.id));
    }
    let drawn = scores.len();
    let too_few = drawn < MIN_ANSWERS;
    let facility = mean(&scores);
    let discrimination = correlation(&with_rest);
    let options = option_picks(question, &responses);
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
    QuestionAnalysis {
        question_id: question.id.clone(),
        kind: question.kind,
        drawn,
        answered: responses
            .iter()
            .filter(|response| response.is_some())
            .count(),
        too_few,
        facility,
        sd: sample_sd(&scores),
        discrimination,
        options,
        wrong_answers: wrong_answers(quiz, question, &responses),
        partial_scores: partial_scores(question, &scores),
        flags,
    }
}

/// Cronbach's alpha over the attempts' questions (see the module notes).
fn alpha(attempts: &[GradedAttempt<'_>]) -> Option<f64> {
    let first = attempts.first()?;
    let same_questions = |attempt: &&GradedAttempt<'_>| {
        let mut asked: Vec<usize> = attempt.questions.iter().map(|(at, _)| *at).collect();
        asked.sort_unstable();
        asked
    };
    let reference = same_questions(&first);
    let fixed = attempts
        .iter()
        .all(|attempt| same_questions(&attempt) == reference);
    let rows: Vec<Vec<f64>> = attempts
        .iter()
        .map(|attempt| {
            let mut items: Vec<(usize, f64)> = attempt
                .questions
                .iter()
                .enumerate()
                .map(|(asked, (at, graded))| (if fixed { *at } else { asked }, graded.points))
                .collect();
            items.sort_unstable_by_key(|item| item.0);
            items.into_iter().map(|item| item.1).collect()
        })
        .collect();
    // The usual length: an attempt under an older version may have had more or
    // fewer questions, and alpha needs the same items in every row.
    let mut lengths: HashMap<usize, usize> = HashMap::new();
    for row in &rows {
        *lengths.entry(row.len()).or_default() += 1;
    }
    let usual = lengths
        .into_iter()
        .max_by_key(|(length, count)| (*count, *length))?
        .0;
    let rows: Vec<Vec<f64>> = rows.into_iter().filter(|row| row.len() == usual).collect();
    cronbach_alpha(&rows)
}
