//! What learners answered, beyond right and wrong: the options they picked, the
//! wrong answers they typed, and how partly right answers spread.

use super::{OptionPicks, ScoreCount, WrongAnswer};
use crate::course::{Question, QuestionKind};
use crate::quiz::grade::normalize;
use crate::quiz::response::Response;
use std::collections::{BTreeMap, HashMap};

/// How many wrong answers a question lists.
const WRONG_ANSWERS_SHOWN: usize = 5;

/// One distinct answer to a question, with how many attempts gave it and
/// whether it earns full points.
pub(super) struct Given<'r> {
    pub response: &'r Response,
    pub count: usize,
    pub right: bool,
}

/// For choice and true/false questions, how often each option was picked, out
/// of the `drawn` attempts that drew the question (`given`: their answers).
pub(super) fn option_picks(
    question: &Question,
    given: &[Given<'_>],
    drawn: usize,
) -> Vec<OptionPicks> {
    let share = |picked: usize| {
        if drawn == 0 {
            0.0
        } else {
            picked as f64 / drawn as f64
        }
    };
    let count = |picks: &dyn Fn(&Response) -> bool| -> usize {
        given
            .iter()
            .filter(|answer| picks(answer.response))
            .map(|answer| answer.count)
            .sum()
    };
    match question.kind {
        QuestionKind::SingleChoice | QuestionKind::MultipleChoice => question
            .options
            .iter()
            .flatten()
            .map(|option| {
                let picked = count(&|response| {
                    matches!(response, Response::Choice(ids) if ids.contains(&option.id))
                });
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
                let picked =
                    count(&|response| matches!(response, Response::TrueFalse(given) if *given == value));
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
/// counted together under the first spelling seen (`given` is in the order
/// first given).
pub(super) fn wrong_answers(question: &Question, given: &[Given<'_>]) -> Vec<WrongAnswer> {
    if !matches!(
        question.kind,
        QuestionKind::ShortAnswer | QuestionKind::Numeric
    ) {
        return Vec::new();
    }
    let mut counts: HashMap<String, WrongAnswer> = HashMap::new();
    for answer in given.iter().filter(|answer| !answer.right) {
        let typed = match answer.response {
            Response::Text(text) => text.trim().to_owned(),
            Response::Number(number) => number.to_string(),
            _ => continue,
        };
        if typed.is_empty() {
            continue;
        }
        let key = normalize(&typed, question.case_sensitive, question.accent_sensitive);
        counts
            .entry(key)
            .or_insert(WrongAnswer {
                answer: typed,
                count: 0,
            })
            .count += answer.count;
    }
    let mut wrong: Vec<WrongAnswer> = counts.into_values().collect();
    wrong.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.answer.cmp(&b.answer)));
    wrong.truncate(WRONG_ANSWERS_SHOWN);
    wrong
}

/// For matching and ordering questions, how many attempts earned each share of
/// the points, lowest share first.
pub fn partial_scores(question: &Question, scores: &[f64]) -> Vec<ScoreCount> {
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
