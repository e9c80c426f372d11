//! The figures of a quiz and of each of its questions, from an [`AnswerBook`].
//!
//! Each distinct answer is graded once; an attempt's grades are looked up, and
//! each question's attempts come from an index built in one pass. Sums run over
//! the attempts in the same order as a plain loop over them would, so the
//! figures are exactly those of grading every answer again.

use super::book::{AnswerBook, Sheet};
use super::flags;
use super::picks::{Given, option_picks, partial_scores, wrong_answers};
use super::stats::{correlation, cronbach_alpha, mean, median, sample_sd};
use super::{AttemptScope, MIN_ANSWERS, QuestionAnalysis, QuizAnalysis};
use crate::course::Question;
use crate::quiz::grade::grade;
use std::collections::HashMap;

/// Points earned and available, for one question of one attempt.
#[derive(Debug, Clone, Copy)]
struct Points {
    earned: f64,
    max: f64,
}

/// One graded question of one attempt.
struct Item {
    position: usize,
    pair: Option<usize>,
    points: Points,
}

/// One graded attempt: its questions in the order asked.
struct GradedAttempt {
    items: Vec<Item>,
    points: f64,
    max_points: f64,
}

impl GradedAttempt {
    fn score(&self) -> f64 {
        if self.max_points > 0.0 {
            (self.points / self.max_points).clamp(0.0, 1.0)
        } else {
            0.0
        }
    }
}

/// What each distinct answer, and no answer, earns on each question; `None`
/// where the answer no longer fits its question (or the question is incomplete).
struct Grades {
    pairs: Vec<Option<Points>>,
    unanswered: Vec<Option<Points>>,
}

impl Grades {
    fn of(book: &AnswerBook<'_>) -> Self {
        let quiz = book.quiz;
        let points = |outcome: crate::quiz::Outcome| Points {
            earned: outcome.points,
            max: outcome.max_points,
        };
        Self {
            pairs: book
                .pairs
                .iter()
                .map(|&(position, response)| {
                    let question = quiz.questions.get(position)?;
                    let response = book.responses.get(response)?;
                    grade(question, quiz.scoring, Some(response))
                        .ok()
                        .map(points)
                })
                .collect(),
            unanswered: quiz
                .questions
                .iter()
                .map(|question| grade(question, quiz.scoring, None).ok().map(points))
                .collect(),
        }
    }

    /// Grades `sheet`; `None` when an answer no longer fits its question or
    /// the quiz has none of the attempt's questions.
    fn attempt(&self, sheet: &Sheet) -> Option<GradedAttempt> {
        let mut graded = GradedAttempt {
            items: Vec::with_capacity(sheet.asked.len()),
            points: 0.0,
            max_points: 0.0,
        };
        for asked in &sheet.asked {
            let points = match asked.pair {
                Some(pair) => self.pairs.get(pair).copied().flatten()?,
                None => self.unanswered.get(asked.position).copied().flatten()?,
            };
            graded.points += points.earned;
            graded.max_points += points.max;
            graded.items.push(Item {
                position: asked.position,
                pair: asked.pair,
                points,
            });
        }
        (!graded.items.is_empty()).then_some(graded)
    }
}

impl AnswerBook<'_> {
    /// The figures of the quiz over the attempts in `scope`.
    pub fn analyse(&self, scope: AttemptScope) -> QuizAnalysis {
        let selected = select(&self.sheets, scope);
        let mut analysis = analyse(self, &selected, scope);
        analysis.unreadable += self.unreadable;
        analysis
    }
}

/// The attempts in scope: all, or each learner's earliest (the first added on
/// a tie), learners in the order they first appear.
fn select(sheets: &[Sheet], scope: AttemptScope) -> Vec<&Sheet> {
    match scope {
        AttemptScope::All => sheets.iter().collect(),
        AttemptScope::First => {
            let mut first: HashMap<i64, &Sheet> = HashMap::new();
            let mut order = Vec::new();
            for sheet in sheets {
                match first.get_mut(&sheet.learner) {
                    Some(kept) if kept.started_at_ms <= sheet.started_at_ms => {}
                    Some(kept) => *kept = sheet,
                    None => {
                        order.push(sheet.learner);
                        first.insert(sheet.learner, sheet);
                    }
                }
            }
            order
                .into_iter()
                .filter_map(|learner| first.get(&learner).copied())
                .collect()
        }
    }
}

/// The figures of `book`'s quiz over the `selected` attempts.
fn analyse(book: &AnswerBook<'_>, selected: &[&Sheet], scope: AttemptScope) -> QuizAnalysis {
    let quiz = book.quiz;
    let grades = Grades::of(book);
    let (mut unreadable, mut collected) = (0, 0);
    let mut graded = Vec::with_capacity(selected.len());
    for sheet in selected {
        match grades.attempt(sheet) {
            Some(attempt) => {
                collected += usize::from(sheet.collected);
                graded.push(attempt);
            }
            None => unreadable += 1,
        }
    }

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

    // Each question's (attempt, item) pairs, attempts in order; a question an
    // attempt asked twice counts at its first place.
    let mut by_question: Vec<Vec<(usize, usize)>> = vec![Vec::new(); quiz.questions.len()];
    for (at, attempt) in graded.iter().enumerate() {
        for (item, asked) in attempt.items.iter().enumerate() {
            if let Some(list) = by_question.get_mut(asked.position)
                && list.last().is_none_or(|(last, _)| *last != at)
            {
                list.push((at, item));
            }
        }
    }
    let mut tally = Tally::new(book.pairs.len());
    let questions = quiz
        .questions
        .iter()
        .zip(&by_question)
        .map(|(question, drawn)| {
            analyse_question(question, &graded, drawn, book, &grades, &mut tally)
        })
        .collect();
    QuizAnalysis {
        quiz_id: quiz.id.clone(),
        scope,
        attempts: graded.len(),
        collected,
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

/// Counts the distinct answers to one question, in the order first given.
struct Tally {
    /// Where each pair is in `counts`, while counting (`usize::MAX`: not yet).
    slot: Vec<usize>,
    counts: Vec<(usize, usize)>,
}

impl Tally {
    fn new(pairs: usize) -> Self {
        Self {
            slot: vec![usize::MAX; pairs],
            counts: Vec::new(),
        }
    }

    fn add(&mut self, pair: usize) {
        let Some(slot) = self.slot.get_mut(pair) else {
            return;
        };
        match self.counts.get_mut(*slot) {
            Some(count) => count.1 += 1,
            None => {
                *slot = self.counts.len();
                self.counts.push((pair, 1));
            }
        }
    }

    /// The (pair, count) counted, in first-given order; ready for the next question.
    fn take(&mut self) -> Vec<(usize, usize)> {
        for (pair, _) in &self.counts {
            if let Some(slot) = self.slot.get_mut(*pair) {
                *slot = usize::MAX;
            }
        }
        std::mem::take(&mut self.counts)
    }
}

fn analyse_question(
    question: &Question,
    attempts: &[GradedAttempt],
    drawn_in: &[(usize, usize)],
    book: &AnswerBook<'_>,
    grades: &Grades,
    tally: &mut Tally,
) -> QuestionAnalysis {
    let mut scores = Vec::with_capacity(drawn_in.len());
    let mut with_rest = Vec::with_capacity(drawn_in.len());
    let mut answered = 0;
    for &(at, item) in drawn_in {
        let Some(attempt) = attempts.get(at) else {
            continue;
        };
        let Some(item) = attempt.items.get(item) else {
            continue;
        };
        let graded = item.points;
        let score = if graded.max > 0.0 {
            graded.earned / graded.max
        } else {
            0.0
        };
        scores.push(score);
        let rest_max = attempt.max_points - graded.max;
        if rest_max > 0.0 {
            with_rest.push((score, (attempt.points - graded.earned) / rest_max));
        }
        if let Some(pair) = item.pair {
            answered += 1;
            tally.add(pair);
        }
    }
    let given: Vec<Given<'_>> = tally
        .take()
        .into_iter()
        .filter_map(|(pair, count)| {
            let response = book.responses.get(book.pairs.get(pair)?.1)?;
            let right = grades
                .pairs
                .get(pair)
                .copied()
                .flatten()
                .is_some_and(|points| points.earned >= points.max);
            Some(Given {
                response,
                count,
                right,
            })
        })
        .collect();
    let drawn = scores.len();
    let too_few = drawn < MIN_ANSWERS;
    let facility = mean(&scores);
    let discrimination = correlation(&with_rest);
    let options = option_picks(question, &given, drawn);
    let flags = flags(question, too_few, facility, discrimination, &options);
    QuestionAnalysis {
        question_id: question.id.clone(),
        kind: question.kind,
        drawn,
        answered,
        too_few,
        facility,
        sd: sample_sd(&scores),
        discrimination,
        options,
        wrong_answers: wrong_answers(question, &given),
        partial_scores: partial_scores(question, &scores),
        flags,
    }
}

/// Cronbach's alpha over the attempts' questions (see the module notes of
/// [`super`]).
fn alpha(attempts: &[GradedAttempt]) -> Option<f64> {
    let first = attempts.first()?;
    let same_questions = |attempt: &GradedAttempt| {
        let mut asked: Vec<usize> = attempt.items.iter().map(|item| item.position).collect();
        asked.sort_unstable();
        asked
    };
    let reference = same_questions(first);
    let fixed = attempts
        .iter()
        .all(|attempt| same_questions(attempt) == reference);
    let rows: Vec<Vec<f64>> = attempts
        .iter()
        .map(|attempt| {
            let mut items: Vec<(usize, f64)> = attempt
                .items
                .iter()
                .enumerate()
                .map(|(asked, item)| {
                    (
                        if fixed { item.position } else { asked },
                        item.points.earned,
                    )
                })
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
