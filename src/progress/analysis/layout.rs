//! Reading only the question ids from an attempt's stored plan (`layout`),
//! without copying the plan: item analysis reads thousands of them.
//!
//! What it accepts is exactly what [`AttemptPlan`](crate::quiz::AttemptPlan)
//! accepts (the same fields, types and derive), so an attempt counts as
//! unreadable here exactly when its plan does.

use serde::de::{Deserializer, SeqAccess, Visitor};
use serde::{Deserialize, de};
use std::borrow::Cow;
use std::fmt;

/// The parts of a stored [`AttemptPlan`](crate::quiz::AttemptPlan) item
/// analysis needs.
#[derive(Deserialize)]
pub(super) struct Layout<'a> {
    #[serde(rename = "seed")]
    _seed: u64,
    #[serde(borrow)]
    pub questions: Vec<LayoutQuestion<'a>>,
}

/// One planned question: its id, borrowed from the text when it has no escapes.
#[derive(Deserialize)]
pub(super) struct LayoutQuestion<'a> {
    #[serde(borrow)]
    pub question_id: Cow<'a, str>,
    #[serde(rename = "order")]
    _order: Strings,
}

/// A list of strings, checked and not kept.
struct Strings;

impl<'de> Deserialize<'de> for Strings {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_seq(StringsVisitor)
    }
}

struct StringsVisitor;

impl<'de> Visitor<'de> for StringsVisitor {
    type Value = Strings;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a list of strings")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<Strings, A::Error> {
        while items.next_element::<AnyString>()?.is_some() {}
        Ok(Strings)
    }
}

/// A string, checked and not kept.
struct AnyString;

impl<'de> Deserialize<'de> for AnyString {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_string(AnyStringVisitor)
    }
}

struct AnyStringVisitor;

impl Visitor<'_> for AnyStringVisitor {
    type Value = AnyString;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a string")
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<AnyString, E> {
        Ok(AnyString)
    }
}

#[cfg(test)]
mod tests {
    use super::Layout;
    use crate::quiz::AttemptPlan;

    #[test]
    fn a_layout_reads_exactly_when_the_plan_does() {
        let cases = [
            r#"{"seed":1,"questions":[{"question_id":"q1","order":["a","b"]},{"question_id":"q\u0032","order":[]}]}"#,
            r#"{"seed":1,"questions":[],"extra":true}"#,
            r#"{"seed":-1,"questions":[]}"#,
            r#"{"seed":1,"questions":[{"question_id":"q1","order":[1]}]}"#,
            r#"{"seed":1,"questions":[{"question_id":"q1"}]}"#,
            r#"{"seed":1,"questions":[{"question_id":"q1","order":null}]}"#,
            r#"{"questions":[]}"#,
            r#"{"seed":1,"seed":2,"questions":[]}"#,
            r#"[]"#,
            r#"[1,[{"question_id":"q1","order":["a"]}]]"#,
        ];
        for case in cases {
            let plan = serde_json::from_str::<AttemptPlan>(case).ok();
            let layout = serde_json::from_str::<Layout<'_>>(case).ok();
            assert_eq!(plan.is_some(), layout.is_some(), "{case}");
            if let (Some(plan), Some(layout)) = (plan, layout) {
                let ids: Vec<&str> = layout
                    .questions
                    .iter()
                    .map(|question| question.question_id.as_ref())
                    .collect();
                let want: Vec<&str> = plan
                    .questions
                    .iter()
                    .map(|question| question.question_id.as_str())
                    .collect();
                assert_eq!(ids, want, "{case}");
            }
        }
    }
}
