//! Grading one response against one question's answer key.

use super::response::Response;
use super::{Error, Result};
use crate::course::{Question, QuestionKind, Scoring};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Whether an answer was right.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Full points.
    Correct,
    /// Some points, not all.
    Partly,
    /// No points.
    Incorrect,
}

/// The right answer of a question, in a form a review can show.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum AnswerKey {
    /// The ids of the right options (exactly one for single choice).
    Options {
        /// Ids of the options that are right to pick.
        correct: Vec<String>,
    },
    /// The right answer of a true/false question.
    TrueFalse {
        /// Whether the statement is true.
        answer: bool,
    },
    /// Each pair id matches itself: its left item goes with its own right item.
    Pairs {
        /// Pair ids in course order.
        pairs: Vec<String>,
        /// Ids of the right-hand items that match nothing.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        distractors: Vec<String>,
    },
    /// Item ids in the right order.
    Order {
        /// Item ids, first to last.
        items: Vec<String>,
    },
    /// Accepted answers of a short answer question.
    Accepted {
        /// The answers that count, as written by the author.
        answers: Vec<String>,
        /// Whether letter case must match.
        case_sensitive: bool,
        /// Whether accents must match.
        accent_sensitive: bool,
        /// Answers worth part of the points, with their share.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        partial: Vec<(String, f64)>,
    },
    /// A number, with how far an answer may be from it.
    Number {
        /// The right number.
        value: f64,
        /// The largest accepted distance from `value`.
        tolerance: f64,
        /// Numbers worth part of the points, with their share.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        partial: Vec<PartialRange>,
    },
    /// Any number in a range, ends included.
    Range {
        /// The lowest accepted number.
        min: f64,
        /// The highest accepted number.
        max: f64,
        /// Numbers worth part of the points, with their share.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        partial: Vec<PartialRange>,
    },
}

/// Numbers from `min` to `max` (ends included) that earn `credit` of the points.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct PartialRange {
    /// The lowest number.
    pub min: f64,
    /// The highest number.
    pub max: f64,
    /// The share of the points, between 0 and 1.
    pub credit: f64,
}

impl PartialRange {
    /// Whether `number` falls in the range.
    pub fn contains(&self, number: f64) -> bool {
        number.is_finite() && number >= self.min - 1e-9 && number <= self.max + 1e-9
    }
}

fn partial_ranges(question: &Question) -> Vec<PartialRange> {
    question
        .partial_credit
        .iter()
        .filter_map(|partial| {
            let (min, max) = match (partial.value, partial.min, partial.max) {
                (Some(value), _, _) => {
                    let tolerance = partial.tolerance.unwrap_or(0.0).abs();
                    (value - tolerance, value + tolerance)
                }
                (None, Some(min), Some(max)) => (min, max),
                _ => return None,
            };
            Some(PartialRange {
                min,
                max,
                credit: partial.credit,
            })
        })
        .collect()
}

impl AnswerKey {
    /// The answer key of `question`, or an error when the question lacks the
    /// fields its kind needs (a course that did not pass validation).
    pub fn of(question: &Question) -> Result<Self> {
        let missing = |what: &'static str| Error::IncompleteQuestion {
            question: question.id.clone(),
            missing: what,
        };
        Ok(match question.kind {
            QuestionKind::SingleChoice | QuestionKind::MultipleChoice => {
                let options = question
                    .options
                    .as_ref()
                    .ok_or_else(|| missing("options"))?;
                Self::Options {
                    correct: options
                        .iter()
                        .filter(|option| option.correct)
                        .map(|option| option.id.clone())
                        .collect(),
                }
            }
            QuestionKind::TrueFalse => Self::TrueFalse {
                answer: question.answer.ok_or_else(|| missing("answer"))?,
            },
            QuestionKind::Matching => Self::Pairs {
                pairs: ids(
                    question.pairs.as_deref().ok_or_else(|| missing("pairs"))?,
                    |p| &p.id,
                ),
                distractors: ids(&question.distractors, |d| &d.id),
            },
            QuestionKind::Ordering => Self::Order {
                items: ids(
                    question.items.as_deref().ok_or_else(|| missing("items"))?,
                    |i| &i.id,
                ),
            },
            QuestionKind::ShortAnswer => Self::Accepted {
                answers: question
                    .accepted
                    .clone()
                    .ok_or_else(|| missing("accepted"))?,
                case_sensitive: question.case_sensitive,
                accent_sensitive: question.accent_sensitive,
                partial: question
                    .partial_credit
                    .iter()
                    .filter_map(|p| p.text.clone().map(|text| (text, p.credit)))
                    .collect(),
            },
            QuestionKind::Numeric => match (question.value, question.min, question.max) {
                (Some(value), _, _) => Self::Number {
                    value,
                    tolerance: question.tolerance.unwrap_or(0.0).abs(),
                    partial: partial_ranges(question),
                },
                (None, Some(min), Some(max)) => Self::Range {
                    min,
                    max,
                    partial: partial_ranges(question),
                },
                _ => return Err(missing("value, or min and max")),
            },
        })
    }
}

fn ids<T>(items: &[T], id: impl Fn(&T) -> &String) -> Vec<String> {
    items.iter().map(|item| id(item).clone()).collect()
}

/// The result of grading one response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    /// Points earned, from 0 to `max_points`.
    pub points: f64,
    /// Points for a fully right answer.
    pub max_points: f64,
    /// Right, partly right or wrong.
    pub verdict: Verdict,
    /// The author's feedback for each option the learner picked, in option order.
    pub option_feedback: Vec<String>,
    /// The author's message for this verdict, if any.
    pub feedback: Option<String>,
    /// Why the right answer is right.
    pub explanation: Option<String>,
    /// The right answer.
    pub answer_key: AnswerKey,
}

/// Grades `response` (or no response) to `question`, under the quiz's default
/// scoring rule `quiz_scoring` unless the question sets its own.
pub fn grade(
    question: &Question,
    quiz_scoring: Scoring,
    response: Option<&Response>,
) -> Result<Outcome> {
    let key = AnswerKey::of(question)?;
    let scoring = question.scoring.unwrap_or(quiz_scoring);
    let (share, option_feedback) = match response {
        None => (0.0, Vec::new()),
        Some(response) => share_of_points(question, &key, scoring, response)?,
    };
    let max_points = question.points;
    let points = (share.clamp(0.0, 1.0) * max_points).clamp(0.0, max_points);
    let verdict = if share >= 1.0 {
        Verdict::Correct
    } else if share > 0.0 {
        Verdict::Partly
    } else {
        Verdict::Incorrect
    };
    let feedback = match verdict {
        Verdict::Correct => question.feedback.correct.clone(),
        Verdict::Partly => question
            .feedback
            .partly
            .clone()
            .or_else(|| question.feedback.incorrect.clone()),
        Verdict::Incorrect => question.feedback.incorrect.clone(),
    };
    Ok(Outcome {
        points,
        max_points,
        verdict,
        option_feedback,
        feedback,
        explanation: question.explanation.clone(),
        answer_key: key,
    })
}

/// The share of the points (0..=1) a response earns, and the feedback of the
/// options it picked.
fn share_of_points(
    question: &Question,
    key: &AnswerKey,
    scoring: Scoring,
    response: &Response,
) -> Result<(f64, Vec<String>)> {
    let wrong_kind = || Error::WrongResponseKind {
        question: question.id.clone(),
        expected: question.kind.as_str(),
        given: response.kind_name(),
    };
    let share = match (key, response) {
        (AnswerKey::Options { correct }, Response::Choice(picked)) => {
            let options = question.options.as_deref().unwrap_or_default();
            let picked = known_ids(question, picked, options.iter().map(|o| o.id.as_str()))?;
            let feedback = options
                .iter()
                .filter(|option| picked.contains(option.id.as_str()))
                .filter_map(|option| option.feedback.clone())
                .collect();
            let right = picked
                .iter()
                .filter(|id| correct.iter().any(|c| c == *id))
                .count();
            let wrong = picked.len() - right;
            let share = if question.kind == QuestionKind::SingleChoice {
                // More than one pick on a single choice question is not an answer.
                f64::from(u8::from(picked.len() == 1 && right == 1))
            } else {
                all_or_partial(scoring, right == correct.len() && wrong == 0, || {
                    (right as f64 - wrong as f64).max(0.0) / correct.len().max(1) as f64
                })
            };
            return Ok((share, feedback));
        }
        (AnswerKey::TrueFalse { answer }, Response::TrueFalse(given)) => {
            f64::from(u8::from(answer == given))
        }
        (AnswerKey::Pairs { pairs, distractors }, Response::Matching(chosen)) => {
            let lefts: HashSet<&str> = pairs.iter().map(String::as_str).collect();
            let rights: HashSet<&str> = lefts
                .iter()
                .copied()
                .chain(distractors.iter().map(String::as_str))
                .collect();
            for (left, right) in chosen {
                if !lefts.contains(left.as_str()) {
                    return Err(unknown(question, left));
                }
                if !rights.contains(right.as_str()) {
                    return Err(unknown(question, right));
                }
            }
            let right = pairs
                .iter()
                .filter(|id| chosen.get(*id) == Some(*id))
                .count();
            all_or_partial(scoring, right == pairs.len(), || {
                right as f64 / pairs.len().max(1) as f64
            })
        }
        (AnswerKey::Order { items }, Response::Ordering(given)) => {
            known_ids(question, given, items.iter().map(String::as_str))?;
            let in_place = items
                .iter()
                .zip(given)
                .filter(|(want, got)| want == got)
                .count();
            let exact = given.len() == items.len() && in_place == items.len();
            all_or_partial(scoring, exact, || {
                in_place as f64 / items.len().max(1) as f64
            })
        }
        (
            AnswerKey::Accepted {
                answers,
                case_sensitive,
                accent_sensitive,
                partial,
            },
            Response::Text(typed),
        ) => {
            let typed = normalize(typed, *case_sensitive, *accent_sensitive);
            let same =
                |answer: &str| normalize(answer, *case_sensitive, *accent_sensitive) == typed;
            if typed.is_empty() {
                0.0
            } else if answers.iter().any(|answer| same(answer)) {
                1.0
            } else {
                // The best share among the partial answers it matches.
                partial
                    .iter()
                    .filter(|(answer, _)| same(answer))
                    .map(|(_, credit)| credit.clamp(0.0, 1.0))
                    .fold(0.0, f64::max)
            }
        }
        (
            AnswerKey::Number {
                value,
                tolerance,
                partial,
            },
            Response::Number(given),
        ) => {
            let exact = given.is_finite() && (given - value).abs() <= *tolerance + 1e-9;
            number_share(exact, partial, *given)
        }
        (AnswerKey::Range { min, max, partial }, Response::Number(given)) => {
            let exact = given.is_finite() && *given >= *min && *given <= *max;
            number_share(exact, partial, *given)
        }
        _ => return Err(wrong_kind()),
    };
    Ok((share, Vec::new()))
}

/// Full points for an exact number, else the best share among the partial
/// ranges it falls in.
fn number_share(exact: bool, partial: &[PartialRange], given: f64) -> f64 {
    if exact {
        return 1.0;
    }
    partial
        .iter()
        .filter(|range| range.contains(given))
        .map(|range| range.credit.clamp(0.0, 1.0))
        .fold(0.0, f64::max)
}

fn all_or_partial(scoring: Scoring, exact: bool, partial: impl FnOnce() -> f64) -> f64 {
    match (exact, scoring) {
        (true, _) => 1.0,
        (false, Scoring::AllOrNothing) => 0.0,
        (false, Scoring::Partial) => partial().clamp(0.0, 1.0),
    }
}

/// The picked ids as a set (a duplicate pick counts once), or an error naming
/// an id the question does not have.
fn known_ids<'a, 'k>(
    question: &Question,
    picked: &'a [String],
    known: impl Iterator<Item = &'k str>,
) -> Result<HashSet<&'a str>> {
    let known: HashSet<&str> = known.collect();
    let mut set = HashSet::new();
    for id in picked {
        if !known.contains(id.as_str()) {
            return Err(unknown(question, id));
        }
        set.insert(id.as_str());
    }
    Ok(set)
}

fn unknown(question: &Question, id: &str) -> Error {
    Error::UnknownChoice {
        question: question.id.clone(),
        choice: id.to_owned(),
    }
}

/// Short answers compare after trimming, collapsing spaces, dropping
/// sentence punctuation at the end (`Referral.` = `referral`) and the Arabic
/// tatweel (a stretching stroke with no meaning), and, unless the question
/// says otherwise, folding case and dropping accents (`é` = `e`); with accents
/// ignored, Arabic letters written in several ways by habit or keyboard fold
/// to one (see [`fold_arabic_letter`]).
pub fn normalize(text: &str, case_sensitive: bool, accent_sensitive: bool) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let joined = words.join(" ");
    let trimmed = joined
        .trim_end_matches(|c: char| SENTENCE_END.contains(&c))
        .trim_end()
        .replace(TATWEEL, "");
    let folded = if case_sensitive {
        trimmed
    } else {
        trimmed.to_lowercase()
    };
    if accent_sensitive {
        folded.nfc().collect()
    } else {
        folded
            .nfd()
            .filter(|c| !is_combining_mark(*c))
            .nfc()
            .map(fold_arabic_letter)
            .collect()
    }
}

/// Punctuation that ends a sentence or a clause, in the course languages: a
/// learner may type it after an answer without meaning anything by it.
const SENTENCE_END: &[char] = &[
    '.', ',', ';', ':', '!', '?', '\u{2026}', '\u{061F}', '\u{060C}', '\u{061B}', '\u{06D4}',
];

/// The Arabic tatweel (kashida), which only stretches a word.
const TATWEEL: char = '\u{0640}';

/// One spelling for Arabic letters that learners write interchangeably:
/// alef with hamza or madda as bare alef, taa marbuta as haa, alef maqsura
/// as yaa, and waw or yaa carrying a hamza as the bare letter.
pub fn fold_arabic_letter(letter: char) -> char {
    match letter {
        '\u{0622}' | '\u{0623}' | '\u{0625}' | '\u{0671}' => '\u{0627}',
        '\u{0629}' => '\u{0647}',
        '\u{0649}' | '\u{0626}' => '\u{064A}',
        '\u{0624}' => '\u{0648}',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn short_answers_ignore_case_spacing_and_accents_by_default() {
        assert_eq!(
            normalize("  Traite   des PERSONNES ", false, false),
            "traite des personnes"
        );
        assert_eq!(normalize("Réintégration", false, false), "reintegration");
        assert_eq!(normalize("Réintégration", false, true), "réintégration");
        assert_eq!(normalize("Réintégration", true, false), "Reintegration");
        // Arabic diacritics (harakat) are combining marks too.
        assert_eq!(normalize("الاتِّجار", false, false), "الاتجار");
    }

    #[test]
    fn trailing_sentence_punctuation_is_ignored_in_every_language() {
        assert_eq!(normalize("Referral.", false, false), "referral");
        assert_eq!(
            normalize("non-pénalisation !", false, true),
            "non-pénalisation"
        );
        assert_eq!(normalize("¿No castigo?", false, false), "¿no castigo");
        assert_eq!(normalize("عدم التجريم؟", false, false), "عدم التجريم");
        assert_eq!(normalize("wait...", true, true), "wait");
        // Inside an answer, punctuation counts.
        assert_eq!(normalize("U.N. team", false, false), "u.n. team");
        assert_ne!(normalize("C++", false, false), normalize("C", false, false));
    }

    #[test]
    fn arabic_letter_variants_fold_unless_accents_count() {
        // Taa marbuta and haa, alef maqsura and yaa, hamza forms, tatweel.
        let same = |a: &str, b: &str| normalize(a, false, false) == normalize(b, false, false);
        assert!(same("فرقة العمل", "فرقه العمل"));
        assert!(same("مستشفى", "مستشفي"));
        assert!(same("إحالة", "احاله"));
        assert!(same("أمان", "امان"));
        assert!(same("آمن", "امن"));
        assert!(same("مسؤول", "مسوول"));
        assert!(same("السخــرة", "السخرة"));
        assert!(!same("السخرة", "السخرية"), "different words stay different");
        // The tatweel goes even when the spelling must be exact.
        assert_eq!(normalize("السخــرة", false, true), "السخرة");
        assert_ne!(
            normalize("إحالة", false, true),
            normalize("احاله", false, true)
        );
    }
}
