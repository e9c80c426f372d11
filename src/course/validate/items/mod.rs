//! Item-writing checks: warnings about questions that a learner can answer
//! without knowing the subject (the longest option is right, most statements
//! are false, absolute words mark the wrong options...). Never errors: the
//! course works, it just measures less than it claims. A question leaves a
//! check out with `"allow": ["longest-option"]`.

mod similar;
mod words;

use super::Checker;
use crate::course::diagnostic::Code;
use crate::course::model::{Course, ItemCheck, Question, QuestionKind, Quiz};
use words::{fold, has_absolute_word, is_all_or_none_of_the_above};

/// The right option counts as the longest when it is longer than every wrong
/// option by more than this share of the wrong option's length...
const LONGER_SHARE: f64 = 0.1;
/// ...and by at least this many characters.
const LONGER_CHARS: usize = 3;
/// Fewest single-choice questions for the longest-option and position checks.
const MIN_CHOICE_QUESTIONS: usize = 3;
/// Fewest true/false statements for the lopsided check, and the share of one
/// answer above which it warns.
const MIN_TRUE_FALSE: usize = 6;
const LOPSIDED_SHARE: f64 = 0.75;
/// Fewest wrong options with absolute words before the check speaks.
const MIN_ABSOLUTE: usize = 3;

fn allows(question: &Question, check: ItemCheck) -> bool {
    !question.allow.contains(&check)
}

fn code(check: ItemCheck) -> Code {
    match check {
        ItemCheck::LongestOption => Code::LongestOption,
        ItemCheck::LopsidedTrueFalse => Code::LopsidedTrueFalse,
        ItemCheck::AllNoneOfTheAbove => Code::AllNoneOfTheAbove,
        ItemCheck::AbsoluteWords => Code::AbsoluteWords,
        ItemCheck::NearDuplicate => Code::NearDuplicate,
        ItemCheck::AnswerPosition => Code::AnswerPosition,
    }
}

/// How to silence `check` on one question, for the hints.
fn silence(check: ItemCheck) -> String {
    format!(
        "if a question is right as it is, add `\"allow\": [\"{}\"]` to it",
        check.as_str()
    )
}

/// The questions of `quiz` of `kind` that take part in `check`, with their index.
fn taking_part(
    quiz: &Quiz,
    kind: QuestionKind,
    check: ItemCheck,
) -> impl Iterator<Item = (usize, &Question)> {
    quiz.questions
        .iter()
        .enumerate()
        .filter(move |(_, q)| q.kind == kind && allows(q, check))
}

/// Every option text of `quiz`, folded, by question and option.
fn folded_options(quiz: &Quiz) -> Vec<Vec<String>> {
    quiz.questions
        .iter()
        .map(|question| {
            question
                .options
                .iter()
                .flatten()
                .map(|option| fold(&option.text))
                .collect()
        })
        .collect()
}

fn list(ids: &[&str]) -> String {
    let shown: Vec<String> = ids.iter().take(8).map(|id| format!("`{id}`")).collect();
    let more = ids.len().saturating_sub(shown.len());
    if more > 0 {
        format!("{} and {more} more", shown.join(", "))
    } else {
        shown.join(", ")
    }
}

impl Checker<'_> {
    /// Runs every item-writing check on the course's quizzes.
    pub(super) fn item_writing(&mut self, course: &Course) {
        let mut quizzes: Vec<(&Quiz, String)> = course
            .modules
            .iter()
            .enumerate()
            .filter_map(|(index, module)| {
                module
                    .quiz
                    .as_ref()
                    .map(|quiz| (quiz, format!("/modules/{index}/quiz")))
            })
            .collect();
        if let Some(quiz) = &course.final_assessment {
            quizzes.push((quiz, "/final_assessment".to_owned()));
        }
        self.lopsided_true_false(&quizzes);
        for (quiz, path) in &quizzes {
            // Each option folded once, for the two checks that read words.
            let folded = folded_options(quiz);
            self.longest_option(quiz, path);
            self.all_or_none_of_the_above(quiz, path, &folded);
            self.absolute_words(quiz, path, &folded);
            self.answer_position(quiz, path);
        }
        self.near_duplicates(&quizzes);
    }

    fn item_warning(&mut self, check: ItemCheck, path: &str, message: String, fix: &str) {
        let hint = format!("{fix}; {}", silence(check));
        self.warning(code(check), path, message, &hint);
    }

    fn longest_option(&mut self, quiz: &Quiz, path: &str) {
        let check = ItemCheck::LongestOption;
        let mut counted = 0;
        let mut longest: Vec<&str> = Vec::new();
        for (_, question) in taking_part(quiz, QuestionKind::SingleChoice, check) {
            let options = question.options.as_deref().unwrap_or_default();
            let length = |text: &str| text.trim().chars().count();
            let Some(right) = options.iter().find(|o| o.correct).map(|o| length(&o.text)) else {
                continue;
            };
            counted += 1;
            let beats_every_wrong = options.iter().filter(|o| !o.correct).all(|wrong| {
                let wrong = length(&wrong.text);
                let margin = ((wrong as f64 * LONGER_SHARE).ceil() as usize).max(LONGER_CHARS);
                right > wrong + margin
            });
            if beats_every_wrong && options.len() > 1 {
                longest.push(&question.id);
            }
        }
        if counted >= MIN_CHOICE_QUESTIONS && longest.len() * 2 > counted {
            self.item_warning(
                check,
                &format!("{path}/questions"),
                format!(
                    "in {} of the {counted} single-choice questions of quiz `{}` the right option is clearly the longest ({}), so learners can pick it without knowing the answer",
                    longest.len(),
                    quiz.id,
                    list(&longest)
                ),
                "give the wrong options the same length and detail as the right one, or shorten the right one",
            );
        }
    }

    /// Over the whole course: a learner who takes every quiz learns the habit.
    fn lopsided_true_false(&mut self, quizzes: &[(&Quiz, String)]) {
        let check = ItemCheck::LopsidedTrueFalse;
        let answers: Vec<bool> = quizzes
            .iter()
            .flat_map(|(quiz, _)| taking_part(quiz, QuestionKind::TrueFalse, check))
            .filter_map(|(_, question)| question.answer)
            .collect();
        let total = answers.len();
        let true_count = answers.iter().filter(|answer| **answer).count();
        let (count, word, other) = if true_count * 2 >= total {
            (true_count, "true", "false")
        } else {
            (total - true_count, "false", "true")
        };
        if total >= MIN_TRUE_FALSE && count as f64 > LOPSIDED_SHARE * total as f64 {
            self.item_warning(
                check,
                "",
                format!(
                    "{count} of the {total} true/false statements of the course are {word}, so answering \"{word}\" every time goes a long way"
                ),
                &format!("rewrite some statements so that their answer is {other}; about half each way is best"),
            );
        }
    }

    fn all_or_none_of_the_above(&mut self, quiz: &Quiz, path: &str, folded: &[Vec<String>]) {
        let check = ItemCheck::AllNoneOfTheAbove;
        for ((index, question), folded) in quiz.questions.iter().enumerate().zip(folded) {
            if !allows(question, check) {
                continue;
            }
            for ((option_index, option), folded) in
                question.options.iter().flatten().enumerate().zip(folded)
            {
                if is_all_or_none_of_the_above(folded) {
                    self.item_warning(
                        check,
                        &format!("{path}/questions/{index}/options/{option_index}/text"),
                        format!(
                            "the option `{}` of question `{}` stands for the other options: a learner who spots two right (or one wrong) options knows the answer, and with shuffled options \"above\" means nothing",
                            option.text.trim(),
                            question.id
                        ),
                        "replace it with a plausible option of its own, or ask a multiple_choice question",
                    );
                }
            }
        }
    }

    fn absolute_words(&mut self, quiz: &Quiz, path: &str, folded: &[Vec<String>]) {
        let check = ItemCheck::AbsoluteWords;
        let (mut wrong_total, mut wrong_absolute, mut right_total, mut right_absolute) =
            (0usize, Vec::new(), 0usize, 0usize);
        for (question, folded) in quiz.questions.iter().zip(folded) {
            if !allows(question, check) {
                continue;
            }
            for (option, folded) in question.options.iter().flatten().zip(folded) {
                if is_all_or_none_of_the_above(folded) {
                    continue;
                }
                let absolute = has_absolute_word(folded);
                if option.correct {
                    right_total += 1;
                    right_absolute += usize::from(absolute);
                } else {
                    wrong_total += 1;
                    if absolute {
                        wrong_absolute.push(question.id.as_str());
                    }
                }
            }
        }
        if wrong_absolute.len() < MIN_ABSOLUTE || right_total == 0 {
            return;
        }
        let wrong_rate = wrong_absolute.len() as f64 / wrong_total as f64;
        let right_rate = right_absolute as f64 / right_total as f64;
        if wrong_rate > 2.0 * right_rate {
            wrong_absolute.dedup();
            self.item_warning(
                check,
                &format!("{path}/questions"),
                format!(
                    "absolute words (\"always\", \"never\", \"only\", \"all\", \"none\"...) are in {} wrong options of quiz `{}` but in {right_absolute} of its {right_total} right options (questions {}), so learners rule those options out without knowing why",
                    wrong_absolute.len(),
                    quiz.id,
                    list(&wrong_absolute)
                ),
                "reword the wrong options without absolute words, or let some right options carry them too",
            );
        }
    }

    fn answer_position(&mut self, quiz: &Quiz, path: &str) {
        let check = ItemCheck::AnswerPosition;
        if quiz.shuffle_options {
            return;
        }
        let positions: Vec<usize> = taking_part(quiz, QuestionKind::SingleChoice, check)
            .filter_map(|(_, question)| {
                question
                    .options
                    .as_deref()
                    .and_then(|options| options.iter().position(|o| o.correct))
            })
            .collect();
        let Some(first) = positions.first().copied() else {
            return;
        };
        if positions.len() >= MIN_CHOICE_QUESTIONS && positions.iter().all(|p| *p == first) {
            self.item_warning(
                check,
                path,
                format!(
                    "quiz `{}` does not shuffle its options, and in all {} single-choice questions the right option is number {}",
                    quiz.id,
                    positions.len(),
                    first + 1
                ),
                "set `\"shuffle_options\": true`, or move the right option to different places",
            );
        }
    }
}
