//! What learners answered, beyond right and wrong: the options they picked, the
//! wrong answers they typed, and how partly right answers spread.

use super::{OptionPicks, ScoreCount, WrongAnswer};
use crate::course::{Question, QuestionKind, Quiz};
use crate::quiz::grade::{grade, normalize};
use crate::quiz::response::Response;
use std::collections::{BTreeMap, HashMap};

/// How many wrong answers a question lists.
const WRONG_ANSWERS_SHOWN: usize = 5;

/// For choice and true/false questions, how often each option was picked, out
/// of the attempts that drew the question (`responses`, one per attempt).
pub(super) fn option_picks(
    question: &Question,
    responses: &[Option<&Response>],
) -> Vec<OptionPicks> {
    let drawn = responses.len();
    let share = |picked: usize| {
        if drawn == 0 {
            0.0
        } else {
            picked as f64 / drawn as f64
        }
    };
    match question.kind {
        QuestionKind::SingleChoice | QuestionKind::MultipleChoice => question
            .options
            .iter()
            .flatten()
            .map(|option| {
                let picked = responses
                    .iter()
                    .filter(|response| {
                        matches!(response, Some(Response::Choice(ids)) if ids.contains(&option.id))
                    })
                    .count();
                OptionPicks {
                    option_id: option.id.clone(),
                    correct: option.correct,
                    picked,
                    share: share(picked),
                }
            })
            .collect(),
        QuestionKind::TrueFalse => [true, false]
            .into_iter()
            .map(|value| {
                let picked = responses
                    .iter()
                    .filter(|response| matches!(response, Some(Response::TrueFalse(given)) if *given == value))
                    .count();
                OptionPicks {
                    option_id: value.to_string(),
                    correct: question.answer == Some(value),
                    picked,
                    share: share(picked),
                }
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// For short answer and numeric questions, the wrong answers given most often
/// (most frequent first, then alphabetically), answers that normalise alike
/// counted together under the first spelling seen.
pub(super) fn wrong_answers(
    quiz: &Quiz,
    question: &Question,
    responses: &[Option<&Response>],
) -> Vec<WrongAnswer> {
    if !matches!(
        question.kind,
        QuestionKind::ShortAnswer | QuestionKind::Numeric
    ) {
        return Vec::new();
    }
    let mut counts: HashMap<String, WrongAnswer> = HashMap::new();
    for response in responses.iter().copied().flatten() {
        let right = grade(question, quiz.scoring, Some(response))
            .is_ok_and(|outcome| outcome.points >= outcome.max_points);
        let typed = match response {
            Response::Text(text) => text.trim().to_owned(),
            Response::Number(number) => number.to_string(),
            _ => continue,
        };
        if right || typed.is_empty() {
            continue;
        }
        let key = normalize(&typed, question.case_sensitive, question.accent_sensitive);
        counts
            .entry(key)
            .or_insert(WrongAnswer {
                answer: typed,
                count: 0,
            })
            .count += 1;
    }
    let mut wrong: Vec<WrongAnswer> = counts.into_values().collect();
    wrong.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.answer.cmp(&b.answer)));
    wrong.truncate(WRONG_ANSWERS_SHOWN);
    wrong
}

/// For matching and ordering questions, how many attempts earned each share of
/// the points, lowest share first.
pub(super) fn partial_scores(question: &Question, scores: &[f64]) -> Vec<ScoreCount> {
    if !matches!(
        question.kind,
        QuestionKind::Matching | QuestionKind::Ordering
    ) {
        return Vec::new();
    }
    // Shares such as 2/3 are grouped at a millionth, well below any real step.
    let mut counts: BTreeMap<i64, (f64, usize)> = BTreeMap::new();
    for score in scores {
        let entry = counts
            .entry((score * 1e6).round() as i64)
            .or_insert((*score, 0));
        entry.1 += 1;
    }
    counts
        .into_values()
        .map(|(score, count)| ScoreCount { score, count })
        .collect()
}
