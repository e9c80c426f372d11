//! Rules for matching distractors and partial-credit answers.

use super::Checker;
use super::place::{IdOwner, PartList, PartPlace, QuestionPlace, index};
use crate::course::diagnostic::Code;
use crate::course::model::{Question, QuestionKind};

impl<'a> Checker<'a> {
    pub(super) fn distractors(&mut self, question: &'a Question, path: QuestionPlace) {
        if question.distractors.is_empty() {
            return;
        }
        let rights: Vec<&str> = question
            .pairs
            .iter()
            .flatten()
            .map(|pair| pair.right.trim())
            .collect();
        for (position, distractor) in question.distractors.iter().enumerate() {
            let item_path = PartPlace {
                question: path,
                list: PartList::Distractors,
                index: index(position),
            };
            self.id(&distractor.id, IdOwner::Part(item_path));
            self.text(
                &distractor.text,
                format_args!("{item_path}/text"),
                "the distractor text",
            );
            if rights.contains(&distractor.text.trim()) {
                self.error(
                    Code::AnswerKey,
                    format_args!("{item_path}/text"),
                    format!(
                        "the distractor `{}` is also the right item of a pair",
                        distractor.text
                    ),
                    "give the distractor a text no pair uses, or learners cannot tell them apart",
                );
            }
        }
    }

    pub(super) fn partial_credit(&mut self, question: &Question, path: QuestionPlace) {
        for (index, partial) in question.partial_credit.iter().enumerate() {
            let item_path = format!("{path}/partial_credit/{index}");
            if !(partial.credit > 0.0 && partial.credit < 1.0) {
                self.error(
                    Code::AnswerKey,
                    format_args!("{item_path}/credit"),
                    format!(
                        "`credit` is {}, but a partial credit is above 0 and below 1",
                        partial.credit
                    ),
                    "write the share of the points it earns, such as 0.5 for half; a fully right answer goes in the question's answer fields",
                );
            }
            let numbers = partial.value.is_some()
                || partial.tolerance.is_some()
                || partial.min.is_some()
                || partial.max.is_some();
            match question.kind {
                QuestionKind::ShortAnswer => match &partial.text {
                    Some(text) => self.text(text, format_args!("{item_path}/text"), "the answer"),
                    None => self.error(
                        Code::MissingField,
                        &item_path,
                        "a partial answer of a short_answer question needs `text`".to_owned(),
                        "add `\"text\"`: the answer that earns this share of the points",
                    ),
                },
                QuestionKind::Numeric => {
                    if partial.text.is_some() {
                        self.unused(
                            true,
                            &item_path,
                            "text",
                            "partial answer of a numeric question",
                        );
                    }
                    self.partial_number(partial, &item_path);
                }
                _ => {}
            }
            if question.kind == QuestionKind::ShortAnswer && numbers {
                self.error(
                    Code::UnusedField,
                    &item_path,
                    "a partial answer of a short_answer question takes only `text` and `credit`"
                        .to_owned(),
                    "remove `value`, `tolerance`, `min` and `max`",
                );
            }
        }
    }

    fn partial_number(&mut self, partial: &crate::course::PartialAnswer, path: &str) {
        match (partial.value, partial.min, partial.max) {
            (Some(_), None, None) => {
                if partial.tolerance.is_some_and(|t| t.is_nan() || t < 0.0) {
                    self.error(
                        Code::AnswerKey,
                        format_args!("{path}/tolerance"),
                        "`tolerance` must be 0 or more".to_owned(),
                        "write how far from `value` an answer may be, such as 2",
                    );
                }
            }
            (None, Some(min), Some(max)) if partial.tolerance.is_none() => {
                if min.is_nan() || max.is_nan() || min > max {
                    self.error(
                        Code::AnswerKey,
                        format_args!("{path}/min"),
                        format!("`min` ({min}) is larger than `max` ({max})"),
                        "swap them",
                    );
                }
            }
            _ => self.error(
                Code::AnswerKey,
                path,
                "a partial answer of a numeric question needs `value` (with an optional `tolerance`) or both `min` and `max`".to_owned(),
                "write `\"value\": 1822, \"tolerance\": 2` or `\"min\": 1820, \"max\": 1824`",
            ),
        }
    }
}
