//! What a learner answered, in a form the store can keep as JSON.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A learner's answer to one question, as given.
///
/// The variant must fit the question's kind; ids are the stable ids of the
/// course file, so an answer keeps its meaning across course updates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Response {
    /// The option ids picked in a single or multiple choice question.
    Choice(Vec<String>),
    /// The answer to a true/false question.
    TrueFalse(bool),
    /// For a matching question: each pair id (left item) mapped to the pair id
    /// whose right item the learner chose for it.
    Matching(BTreeMap<String, String>),
    /// For an ordering question: item ids in the order the learner put them.
    Ordering(Vec<String>),
    /// The text typed for a short answer question.
    Text(String),
    /// The number typed for a numeric question.
    Number(f64),
}

impl Response {
    /// The name of the response kind, for messages.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Self::Choice(_) => "choice",
            Self::TrueFalse(_) => "true_false",
            Self::Matching(_) => "matching",
            Self::Ordering(_) => "ordering",
            Self::Text(_) => "text",
            Self::Number(_) => "number",
        }
    }
}

/// Reads a number as a learner types it: `3.5`, `3,5`, ` 1 000 `, `-2`.
///
/// A lone comma is taken as the decimal mark (as in French, Spanish and Arabic
/// writing); spaces, non-breaking spaces and Arabic-Indic digits are accepted.
pub fn parse_number(typed: &str) -> Option<f64> {
    let mut normalized = String::with_capacity(typed.len());
    for character in typed.trim().chars() {
        match character {
            ' ' | '\u{a0}' | '\u{202f}' | '\u{066c}' => {}
            '\u{066b}' | ',' => normalized.push('.'),
            '\u{0660}'..='\u{0669}' => {
                let digit = character as u32 - 0x0660;
                normalized.push(char::from_digit(digit, 10)?);
            }
            other => normalized.push(other),
        }
    }
    if normalized.matches('.').count() > 1 {
        return None;
    }
    normalized
        .parse::<f64>()
        .ok()
        .filter(|number| number.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_read_the_way_people_type_them() {
        assert_eq!(parse_number(" 3.5 "), Some(3.5));
        assert_eq!(parse_number("3,5"), Some(3.5));
        assert_eq!(parse_number("1 000"), Some(1000.0));
        assert_eq!(parse_number("-2"), Some(-2.0));
        assert_eq!(parse_number("٣٫٥"), Some(3.5));
        assert_eq!(parse_number("1.000,5"), None);
        assert_eq!(parse_number("abc"), None);
        assert_eq!(parse_number("inf"), None);
        assert_eq!(parse_number(""), None);
    }

    #[test]
    fn responses_round_trip_through_json() {
        let response = Response::Matching(BTreeMap::from([("p1".into(), "p2".into())]));
        let json = serde_json::to_string(&response).unwrap();
        assert_eq!(json, r#"{"kind":"matching","value":{"p1":"p2"}}"#);
        assert_eq!(serde_json::from_str::<Response>(&json).unwrap(), response);
    }
}
