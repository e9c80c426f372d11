//! Rules for quizzes and questions.

use super::place::{IdOwner, PartList, PartPlace, QuestionPlace, QuizPlace, index};
use super::{Checker, KindName};
use crate::course::diagnostic::Code;
use crate::course::model::{Question, QuestionKind, Quiz};
use rustc_hash::FxHashSet;
use std::fmt::Display;

impl<'a> Checker<'a> {
    pub(super) fn quiz(&mut self, quiz: &'a Quiz, path: QuizPlace) {
        self.id(&quiz.id, IdOwner::Quiz(path));
        self.text(&quiz.title, format_args!("{path}/title"), "the quiz title");
        if !(0.0..=1.0).contains(&quiz.pass_mark) {
            self.error(
                Code::QuizSettings,
                format_args!("{path}/pass_mark"),
                format!(
                    "`pass_mark` is {}, but it must be between 0 and 1",
                    quiz.pass_mark
                ),
                "write the share of points needed to pass: 0.7 means 70%",
            );
        }
        if quiz.max_attempts == Some(0) {
            self.error(
                Code::QuizSettings,
                format_args!("{path}/max_attempts"),
                "`max_attempts` is 0, so nobody could take this quiz".to_owned(),
                "allow at least 1 attempt, or leave `max_attempts` out for unlimited attempts",
            );
        }
        self.draw(quiz, path);
        if quiz.questions.is_empty() {
            self.error(
                Code::QuizSettings,
                format_args!("{path}/questions"),
                format!("quiz `{}` has no questions", quiz.id),
                "add at least one question",
            );
        } else if quiz
            .questions
            .iter()
            .all(|question| question.explanation.is_none())
        {
            self.warning(
                Code::NoExplanations,
                format_args!("{path}/questions"),
                format!("no question in quiz `{}` has an explanation", quiz.id),
                "add `\"explanation\"` to each question: learners see it on review and learn from it",
            );
        }
        for (position, question) in quiz.questions.iter().enumerate() {
            let place = QuestionPlace {
                quiz: path,
                index: index(position),
            };
            self.question(question, place);
        }
    }

    fn question(&mut self, question: &'a Question, path: QuestionPlace) {
        let kind = question.kind;
        let kind_name = KindName {
            kind: kind.as_str(),
            noun: "question",
        };
        self.id(&question.id, IdOwner::Question(path));
        self.text(
            &question.prompt,
            format_args!("{path}/prompt"),
            "the question prompt",
        );
        if !(question.points.is_finite() && question.points > 0.0) {
            self.error(
                Code::InvalidValue,
                format_args!("{path}/points"),
                format!(
                    "`points` is {}, but it must be more than 0",
                    question.points
                ),
                "leave `points` out to give the question 1 point",
            );
        }
        if let Some(image) = &question.image {
            self.image(&image.src, format_args!("{path}/image/src"));
            self.alt(Some(&image.alt), format_args!("{path}/image"));
        }
        if let Some(explanation) = &question.explanation {
            self.text(
                explanation,
                format_args!("{path}/explanation"),
                "the explanation",
            );
        }
        self.unused_answer_fields(question, path, kind_name);
        match kind {
            QuestionKind::SingleChoice | QuestionKind::MultipleChoice => {
                if let Some(options) = self.required(&question.options, path, "options", kind_name)
                {
                    self.choice_options(question, options, path);
                }
            }
            QuestionKind::TrueFalse if question.answer.is_none() => self.error(
                Code::MissingField,
                path,
                "a true/false question needs `\"answer\": true` or `\"answer\": false`".to_owned(),
                "add `\"answer\": true` if the statement is true, or `\"answer\": false` if it is false",
            ),
            QuestionKind::TrueFalse => {}
            QuestionKind::Matching => {
                if let Some(pairs) = self.required(&question.pairs, path, "pairs", kind_name) {
                    self.at_least_two(pairs.len(), format_args!("{path}/pairs"), "pairs");
                    let mut rights =
                        FxHashSet::with_capacity_and_hasher(pairs.len(), Default::default());
                    for (position, pair) in pairs.iter().enumerate() {
                        let pair_path = PartPlace {
                            question: path,
                            list: PartList::Pairs,
                            index: index(position),
                        };
                        self.id(&pair.id, IdOwner::Part(pair_path));
                        self.text(&pair.left, format_args!("{pair_path}/left"), "the left item");
                        self.text(&pair.right, format_args!("{pair_path}/right"), "the right item");
                        if !rights.insert(pair.right.trim()) {
                            self.error(
                                Code::AnswerKey,
                                format_args!("{pair_path}/right"),
                                format!("two pairs have the same right item `{}`", pair.right),
                                "give every pair a different right item, or learners cannot tell them apart",
                            );
                        }
                    }
                }
                self.distractors(question, path);
            }
            QuestionKind::Ordering => {
                if let Some(items) = self.required(&question.items, path, "items", kind_name) {
                    self.at_least_two(items.len(), format_args!("{path}/items"), "items");
                    for (position, item) in items.iter().enumerate() {
                        let item_path = PartPlace {
                            question: path,
                            list: PartList::Items,
                            index: index(position),
                        };
                        self.id(&item.id, IdOwner::Part(item_path));
                        self.text(&item.text, format_args!("{item_path}/text"), "the item text");
                    }
                }
            }
            QuestionKind::ShortAnswer => {
                if let Some(accepted) =
                    self.required(&question.accepted, path, "accepted", kind_name)
                {
                    if accepted.is_empty() {
                        self.error(
                            Code::AnswerKey,
                            format_args!("{path}/accepted"),
                            "no answer is accepted, so nobody could get this right".to_owned(),
                            "list at least one accepted answer",
                        );
                    }
                    for (index, answer) in accepted.iter().enumerate() {
                        self.text(
                            answer,
                            format_args!("{path}/accepted/{index}"),
                            "an accepted answer",
                        );
                    }
                }
            }
            QuestionKind::Numeric => self.numeric(question, path),
        }
        if matches!(kind, QuestionKind::ShortAnswer | QuestionKind::Numeric) {
            self.partial_credit(question, path);
        }
    }

    fn choice_options(
        &mut self,
        question: &'a Question,
        options: &'a [crate::course::ChoiceOption],
        path: QuestionPlace,
    ) {
        self.at_least_two(options.len(), format_args!("{path}/options"), "options");
        for (position, option) in options.iter().enumerate() {
            let option_path = PartPlace {
                question: path,
                list: PartList::Options,
                index: index(position),
            };
            self.id(&option.id, IdOwner::Part(option_path));
            self.text(
                &option.text,
                format_args!("{option_path}/text"),
                "the option text",
            );
        }
        let correct = options.iter().filter(|option| option.correct).count();
        match question.kind {
            QuestionKind::SingleChoice if correct != 1 => self.error(
                Code::AnswerKey,
                format_args!("{path}/options"),
                format!("a single_choice question needs exactly one correct option, and this one has {correct}"),
                if correct == 0 {
                    "mark the right option with `\"correct\": true`"
                } else {
                    "keep `\"correct\": true` on one option, or make it a multiple_choice question"
                },
            ),
            QuestionKind::MultipleChoice if correct == 0 => self.error(
                Code::AnswerKey,
                format_args!("{path}/options"),
                "a multiple_choice question needs at least one correct option".to_owned(),
                "mark each right option with `\"correct\": true`",
            ),
            _ => {}
        }
    }

    fn numeric(&mut self, question: &Question, path: QuestionPlace) {
        let range = (question.min, question.max);
        match (question.value, range) {
            (Some(_), (None, None)) => {
                if question.tolerance.is_some_and(|tolerance| tolerance.is_nan() || tolerance < 0.0) {
                    self.error(
                        Code::AnswerKey,
                        format_args!("{path}/tolerance"),
                        "`tolerance` must be 0 or more".to_owned(),
                        "write how far from `value` an answer may be, such as 0.5",
                    );
                }
            }
            (None, (Some(min), Some(max))) => {
                if min.is_nan() || max.is_nan() || min > max {
                    self.error(
                        Code::AnswerKey,
                        format_args!("{path}/min"),
                        format!("`min` ({min}) is larger than `max` ({max})"),
                        "swap them",
                    );
                }
                if question.tolerance.is_some() {
                    self.unused(true, path, "tolerance", "numeric question with a range");
                }
            }
            (None, (None, None)) => self.error(
                Code::MissingField,
                path,
                "a numeric question needs `value` or both `min` and `max`".to_owned(),
                "add `\"value\": 42` (with an optional `\"tolerance\"`), or `\"min\"` and `\"max\"`",
            ),
            (None, _) => self.error(
                Code::MissingField,
                path,
                "a numeric range needs both `min` and `max`".to_owned(),
                "add the missing end of the range",
            ),
            (Some(_), _) => self.error(
                Code::AnswerKey,
                path,
                "a numeric question has either `value` or `min` and `max`, not both".to_owned(),
                "keep `value` (with `tolerance`) or the range, and remove the other",
            ),
        }
    }

    fn at_least_two(&mut self, count: usize, path: impl Display, what: &str) {
        if count < 2 {
            self.error(
                Code::AnswerKey,
                path,
                format!("this question has {count} {what}; it needs at least two"),
                &format!("add {what}, or use another kind of question"),
            );
        }
    }

    fn unused_answer_fields(
        &mut self,
        question: &Question,
        path: QuestionPlace,
        kind_name: KindName<'_>,
    ) {
        use QuestionKind as K;
        let kind = question.kind;
        let fields = [
            (
                "options",
                question.options.is_some(),
                matches!(kind, K::SingleChoice | K::MultipleChoice),
            ),
            ("answer", question.answer.is_some(), kind == K::TrueFalse),
            ("pairs", question.pairs.is_some(), kind == K::Matching),
            (
                "distractors",
                !question.distractors.is_empty(),
                kind == K::Matching,
            ),
            (
                "partial_credit",
                !question.partial_credit.is_empty(),
                matches!(kind, K::ShortAnswer | K::Numeric),
            ),
            ("items", question.items.is_some(), kind == K::Ordering),
            (
                "accepted",
                question.accepted.is_some(),
                kind == K::ShortAnswer,
            ),
            (
                "case_sensitive",
                question.case_sensitive,
                kind == K::ShortAnswer,
            ),
            (
                "accent_sensitive",
                question.accent_sensitive,
                kind == K::ShortAnswer,
            ),
            ("value", question.value.is_some(), kind == K::Numeric),
            (
                "tolerance",
                question.tolerance.is_some(),
                kind == K::Numeric,
            ),
            ("min", question.min.is_some(), kind == K::Numeric),
            ("max", question.max.is_some(), kind == K::Numeric),
            (
                "scoring",
                question.scoring.is_some(),
                matches!(kind, K::MultipleChoice | K::Matching | K::Ordering),
            ),
        ];
        for (field, is_set, used) in fields {
            if !used {
                self.unused(is_set, path, field, kind_name);
            }
        }
    }
}
