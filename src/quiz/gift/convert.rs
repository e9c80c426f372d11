//! A parsed GIFT question turned into a Fieldcourse question, or the reason it
//! cannot be one. Where Moodle means more than Fieldcourse can say (partial
//! credit on one option, several right short answers with their own feedback),
//! the question is still converted and a note says what changed. A
//! missing-word question becomes the question its answers make, its text
//! showing a blank where the answer block stood, as Moodle shows it.

use super::SkipReason;
use super::ids::{IdRegistry, letters, slugify};
use super::parser::{
    Answers, Body, Choice, NumericAnswer, NumericValue, Pair, RawQuestion, Weighted,
};
use super::text::RichText;
use crate::course::{
    ChoiceOption, Feedback, MatchDistractor, MatchPair, PartialAnswer, Question, QuestionKind,
    Scoring,
};
use std::collections::HashSet;

/// A converted question, ids not yet given, with notes on what changed.
pub(super) struct Draft {
    pub question: Question,
    pub notes: Vec<String>,
}

/// Converts one question, or says why it cannot be.
pub(super) fn convert(raw: &RawQuestion<'_>) -> Result<Draft, SkipReason> {
    let (answers, explanation, text_after) = match &raw.body {
        Body::Description => return Err(SkipReason::Description),
        Body::Essay => return Err(SkipReason::Essay),
        Body::Answers {
            answers,
            explanation,
            text_after,
        } => (answers, explanation, text_after),
    };
    let mut prompt = raw.prompt.to_markdown();
    if let Some(after) = text_after {
        prompt = with_blank(&prompt, &after.to_markdown());
    }
    if prompt.is_empty() {
        return Err(SkipReason::NoText);
    }
    let mut question = empty_question(prompt);
    question.explanation = explanation.and_then(RichText::to_markdown_opt);
    let mut notes = Vec::new();
    match answers {
        Answers::Choice(choices) => choice(&mut question, choices, &mut notes)?,
        Answers::Matching(pairs) => matching(&mut question, pairs)?,
        Answers::TrueFalse {
            answer,
            wrong_feedback,
            right_feedback,
        } => {
            question.kind = QuestionKind::TrueFalse;
            question.answer = Some(*answer);
            question.feedback = Feedback {
                correct: right_feedback.and_then(RichText::to_markdown_opt),
                incorrect: wrong_feedback.and_then(RichText::to_markdown_opt),
                partly: None,
            };
        }
        Answers::Short(answers) => short_answer(&mut question, answers, &mut notes)?,
        Answers::Numeric {
            answers,
            wrong_feedback,
        } => {
            numeric(&mut question, answers, &mut notes)?;
            question.feedback.incorrect = wrong_feedback.and_then(RichText::to_markdown_opt);
        }
    }
    Ok(Draft { question, notes })
}

/// The blank of a missing-word question, escaped so that markdown shows the
/// underscores rather than reading them as emphasis or a rule.
pub(super) const BLANK: &str = r"\_\_\_\_\_";

/// The sentence around a missing-word answer block, with a blank in its place.
fn with_blank(before: &str, after: &str) -> String {
    let mut prompt = before.to_owned();
    if !prompt.is_empty() {
        prompt.push(' ');
    }
    prompt.push_str(BLANK);
    if after.starts_with(|c: char| c.is_alphanumeric() || c == '(' || c == '*' || c == '_') {
        prompt.push(' ');
    }
    prompt.push_str(after);
    prompt
}

fn empty_question(prompt: String) -> Question {
    Question {
        id: String::new(),
        kind: QuestionKind::ShortAnswer,
        prompt,
        group: None,
        allow: Vec::new(),
        image: None,
        points: 1.0,
        scoring: None,
        options: None,
        answer: None,
        pairs: None,
        distractors: Vec::new(),
        items: None,
        accepted: None,
        case_sensitive: false,
        accent_sensitive: false,
        value: None,
        tolerance: None,
        min: None,
        max: None,
        partial_credit: Vec::new(),
        feedback: Feedback::default(),
        explanation: None,
    }
}

/// A percentage as people write it: `50`, `33.3`.
fn percent(weight: f64) -> String {
    format!("{}%", (weight * 1000.0).round() / 1000.0)
}

fn choice(
    question: &mut Question,
    choices: &[Choice<'_>],
    notes: &mut Vec<String>,
) -> Result<(), SkipReason> {
    let mut options = Vec::with_capacity(choices.len());
    for (index, choice) in choices.iter().enumerate() {
        let text = choice.text.to_markdown();
        if text.is_empty() {
            return Err(SkipReason::EmptyText {
                what: format!("answer {}", index + 1),
            });
        }
        options.push(ChoiceOption {
            id: String::new(),
            text,
            correct: false,
            feedback: choice.feedback.and_then(RichText::to_markdown_opt),
        });
    }
    let full: Vec<usize> = indexes(choices, |choice| choice.percent() >= 100.0);
    if choices.iter().any(|choice| choice.right) {
        // Moodle: with an `=` the learner picks one answer.
        match full.len() {
            0 => return Err(SkipReason::NoFullCredit),
            1 => question.kind = QuestionKind::SingleChoice,
            count => {
                question.kind = QuestionKind::MultipleChoice;
                notes.push(format!(
                    "Moodle accepts any one of the {count} answers marked `=`; Fieldcourse asks the learner to pick all of them (multiple_choice)"
                ));
            }
        }
        for (choice, option) in choices.iter().zip(&options) {
            let weight = choice.percent();
            if weight > 0.0 && weight < 100.0 {
                notes.push(format!(
                    "the answer `{}` gave {} of the points in Moodle; it now counts as wrong (only fully right answers are kept)",
                    option.text,
                    percent(weight)
                ));
            }
        }
        mark_correct(&mut options, &full);
    } else {
        // Moodle: with only `~` answers the learner picks several; positive weights are right.
        let right = indexes(choices, |choice| choice.percent() > 0.0);
        if right.is_empty() {
            return Err(SkipReason::NoRightAnswer);
        }
        question.kind = QuestionKind::MultipleChoice;
        question.scoring = Some(Scoring::Partial);
        let weights: Vec<f64> = choices
            .iter()
            .map(Choice::percent)
            .filter(|&weight| weight > 0.0)
            .collect();
        if weights.windows(2).any(|pair| pair.first() != pair.last()) {
            let listed: Vec<String> = weights.iter().map(|&weight| percent(weight)).collect();
            notes.push(format!(
                "the right answers have different weights ({}); in Fieldcourse each right answer counts the same",
                listed.join(", ")
            ));
        }
        mark_correct(&mut options, &right);
    }
    question.options = Some(options);
    Ok(())
}

fn indexes(choices: &[Choice<'_>], keep: impl Fn(&Choice<'_>) -> bool) -> Vec<usize> {
    choices
        .iter()
        .enumerate()
        .filter(|(_, choice)| keep(choice))
        .map(|(index, _)| index)
        .collect()
}

fn mark_correct(options: &mut [ChoiceOption], correct: &[usize]) {
    for (index, option) in options.iter_mut().enumerate() {
        option.correct = correct.contains(&index);
    }
}

fn matching(question: &mut Question, pairs: &[Pair<'_>]) -> Result<(), SkipReason> {
    question.kind = QuestionKind::Matching;
    let mut kept = Vec::with_capacity(pairs.len());
    let mut rights = HashSet::new();
    for pair in pairs {
        let left = pair.left.to_plain();
        let right = pair.right.to_plain();
        if right.is_empty() {
            return Err(SkipReason::EmptyText {
                what: format!("the right item at line {}", pair.pos.line),
            });
        }
        if !rights.insert(right.clone()) {
            return Err(SkipReason::DuplicateRightItem { item: right });
        }
        if left.is_empty() {
            // Moodle: a right item with nothing before `->` matches nothing.
            question.distractors.push(MatchDistractor {
                id: String::new(),
                text: right,
            });
            continue;
        }
        kept.push(MatchPair {
            id: String::new(),
            left,
            right,
        });
    }
    if kept.len() < 2 {
        return Err(SkipReason::TooFewPairs { count: kept.len() });
    }
    question.pairs = Some(kept);
    Ok(())
}

fn short_answer(
    question: &mut Question,
    answers: &[Weighted<'_>],
    notes: &mut Vec<String>,
) -> Result<(), SkipReason> {
    question.kind = QuestionKind::ShortAnswer;
    let mut accepted: Vec<String> = Vec::new();
    let mut right_feedback: Vec<String> = Vec::new();
    for answer in answers {
        let text = answer.text.to_plain();
        let feedback = answer.feedback.and_then(RichText::to_markdown_opt);
        if answer.weight >= 100.0 {
            if text.is_empty() {
                continue;
            }
            if text.contains('*') {
                notes.push(format!(
                    "`*` in the answer `{text}` is a wildcard in Moodle; Fieldcourse compares it as written"
                ));
            }
            if !accepted.contains(&text) {
                accepted.push(text);
            }
            if let Some(feedback) = feedback.filter(|feedback| !right_feedback.contains(feedback)) {
                right_feedback.push(feedback);
            }
        } else if text == "*" {
            // Moodle's catch-all: its feedback is for every other answer.
            question.feedback.incorrect = feedback;
        } else if answer.weight > 0.0 && !text.is_empty() {
            question.partial_credit.push(PartialAnswer {
                credit: answer.weight / 100.0,
                text: Some(text),
                value: None,
                tolerance: None,
                min: None,
                max: None,
            });
            if feedback.is_some() {
                notes.push(format!(
                    "the feedback of the partly right answer ({}) is left out: Fieldcourse shows one message for every partly right answer",
                    percent(answer.weight)
                ));
            }
        } else {
            notes.push(format!(
                "the answer `{text}` ({}) is left out: it earns no points, and any answer not listed earns none",
                percent(answer.weight)
            ));
        }
    }
    if accepted.is_empty() {
        return Err(SkipReason::NoFullCredit);
    }
    if right_feedback.len() > 1 {
        notes.push(format!(
            "the right answers have {} different feedback texts; only the first is kept, for every right answer",
            right_feedback.len()
        ));
    }
    if let [only] = accepted.as_slice()
        && ["true", "false", "t", "f"].contains(&only.to_lowercase().as_str())
    {
        notes.push(format!(
            "`{{{only}}}` is a short answer that accepts the word `{only}`, as in Moodle; for a true/false question write `{{TRUE}}` or `{{FALSE}}` in capitals"
        ));
    }
    question.feedback.correct = right_feedback.into_iter().next();
    question.accepted = Some(accepted);
    Ok(())
}

fn numeric(
    question: &mut Question,
    answers: &[NumericAnswer<'_>],
    notes: &mut Vec<String>,
) -> Result<(), SkipReason> {
    question.kind = QuestionKind::Numeric;
    let mut full = answers.iter().filter(|answer| answer.weight >= 100.0);
    let Some(chosen) = full.next() else {
        return Err(SkipReason::NoFullCredit);
    };
    for other in answers.iter().filter(|answer| answer.pos != chosen.pos) {
        if other.weight > 0.0 && other.weight < 100.0 {
            let (value, tolerance, min, max) = match other.value {
                NumericValue::Exact { value, tolerance } => (Some(value), tolerance, None, None),
                NumericValue::Range { min, max } => (None, None, Some(min), Some(max)),
            };
            question.partial_credit.push(PartialAnswer {
                credit: other.weight / 100.0,
                text: None,
                value,
                tolerance,
                min,
                max,
            });
            continue;
        }
        let what = if other.weight >= 100.0 {
            "another fully right answer".to_owned()
        } else {
            format!("an answer worth {}", percent(other.weight))
        };
        notes.push(format!(
            "{what} at line {} is left out: a Fieldcourse numeric question has one right value or range",
            other.pos.line
        ));
    }
    match chosen.value {
        NumericValue::Exact { value, tolerance } => {
            question.value = Some(value);
            question.tolerance = tolerance;
        }
        NumericValue::Range { min, max } => {
            question.min = Some(min);
            question.max = Some(max);
        }
    }
    question.feedback.correct = chosen.feedback.and_then(RichText::to_markdown_opt);
    Ok(())
}

/// Gives the question, its options and pairs their ids: from the title when
/// there is one, else `q` and the question's number; options `-a`, `-b`...,
/// distractors `-x1`, `-x2`...,
/// pairs `-1`, `-2`...
pub(super) fn assign_ids(
    question: &mut Question,
    title: Option<&str>,
    number: usize,
    ids: &mut IdRegistry,
) {
    let base = title
        .map(slugify)
        .filter(|slug| !slug.is_empty())
        .unwrap_or_else(|| format!("q{number}"));
    question.id = ids.claim(&base);
    if let Some(options) = &mut question.options {
        for (index, option) in options.iter_mut().enumerate() {
            option.id = ids.claim(&format!("{}-{}", question.id, letters(index)));
        }
    }
    if let Some(pairs) = &mut question.pairs {
        for (index, pair) in pairs.iter_mut().enumerate() {
            pair.id = ids.claim(&format!("{}-{}", question.id, index + 1));
        }
    }
    for (index, distractor) in question.distractors.iter_mut().enumerate() {
        distractor.id = ids.claim(&format!("{}-x{}", question.id, index + 1));
    }
}
