//! xAPI 1.0.3 statements as Fieldcourse writes them: the verbs, the activity
//! types and ids, the interaction definitions of questions and the learners'
//! responses in xAPI's response formats.
//!
//! Everything here is pure: the progress store calls it inside the transaction
//! that records the learner's action, and stores the statement it returns.

use crate::course::{Course, Question, QuestionKind};
use crate::quiz::Response;
use crate::time::Timestamp;
use serde_json::{Map, Value, json};

/// The activity base of a course that sets none.
pub const DEFAULT_ACTIVITY_BASE: &str = "https://fieldcourse.invalid/xapi/";

/// The account home page of a device whose organisation set none: this base
/// followed by the device's random id.
pub const DEFAULT_HOME_PAGE_BASE: &str = "https://fieldcourse.invalid/device/";

/// The extension (in `result.extensions`) that carries a certificate's id.
pub const CERTIFICATE_ID_EXTENSION: &str =
    "https://fieldcourse.invalid/xapi/extensions/certificate-id";

/// The language tag of text whose language is unknown (records backfilled from
/// progress saved before Fieldcourse kept the course language).
pub const UNKNOWN_LANGUAGE: &str = "und";

/// What a learner did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verb {
    /// Started a course.
    Initialized,
    /// Completed a lesson or a course.
    Completed,
    /// Answered a question.
    Answered,
    /// Passed a quiz or the final assessment.
    Passed,
    /// Failed a quiz or the final assessment.
    Failed,
    /// Earned a certificate.
    Earned,
}

impl Verb {
    /// The verb's IRI: ADL's where ADL has one; `earned` is the one in the xAPI
    /// vocabulary registry (`http://id.tincanapi.com/verb/earned`).
    pub fn iri(self) -> &'static str {
        match self {
            Self::Initialized => "http://adlnet.gov/expapi/verbs/initialized",
            Self::Completed => "http://adlnet.gov/expapi/verbs/completed",
            Self::Answered => "http://adlnet.gov/expapi/verbs/answered",
            Self::Passed => "http://adlnet.gov/expapi/verbs/passed",
            Self::Failed => "http://adlnet.gov/expapi/verbs/failed",
            Self::Earned => "http://id.tincanapi.com/verb/earned",
        }
    }

    /// The verb's English display word.
    pub fn word(self) -> &'static str {
        match self {
            Self::Initialized => "initialized",
            Self::Completed => "completed",
            Self::Answered => "answered",
            Self::Passed => "passed",
            Self::Failed => "failed",
            Self::Earned => "earned",
        }
    }
}

/// What an activity is, with its xAPI activity type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActivityKind {
    /// The course.
    Course,
    /// A module.
    Module,
    /// A lesson.
    Lesson,
    /// A module quiz.
    Quiz,
    /// The final assessment.
    FinalAssessment,
    /// A question of a quiz.
    Question,
}

impl ActivityKind {
    /// The name stored in the progress file and used in activity ids.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Course => "course",
            Self::Module => "module",
            Self::Lesson => "lesson",
            Self::Quiz => "quiz",
            Self::FinalAssessment => "final_assessment",
            Self::Question => "question",
        }
    }

    /// The ADL activity type.
    pub fn type_iri(self) -> &'static str {
        match self {
            Self::Course => "http://adlnet.gov/expapi/activities/course",
            Self::Module => "http://adlnet.gov/expapi/activities/module",
            Self::Lesson => "http://adlnet.gov/expapi/activities/lesson",
            Self::Quiz | Self::FinalAssessment => "http://adlnet.gov/expapi/activities/assessment",
            Self::Question => "http://adlnet.gov/expapi/activities/cmi.interaction",
        }
    }
}

/// The activity id of a course (`item` is `None`) or of one of its items:
/// `{base}{course}` or `{base}{course}/{kind}/{item}`, ids percent-encoded
/// where they hold characters an IRI path cannot.
pub fn activity_id(base: &str, course_id: &str, item: Option<(ActivityKind, &str)>) -> String {
    let encode = |text: &str| percent_encoding::utf8_percent_encode(text, PATH_SEGMENT).to_string();
    let mut id = base.to_owned();
    if !id.ends_with('/') && !id.ends_with('#') && !id.ends_with(':') {
        id.push('/');
    }
    id.push_str(&encode(course_id));
    if let Some((kind, item_id)) = item {
        id.push('/');
        id.push_str(kind.as_str());
        id.push('/');
        id.push_str(&encode(item_id));
    }
    id
}

/// Characters escaped in one path segment of an activity id.
const PATH_SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'/')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'[')
    .add(b'\\')
    .add(b']')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

/// The activity base of `course`: its `xapi.activity_base`, else the default.
pub fn activity_base(course: &Course) -> &str {
    course
        .xapi
        .as_ref()
        .and_then(|xapi| xapi.activity_base.as_deref())
        .unwrap_or(DEFAULT_ACTIVITY_BASE)
}

/// One activity of a course as the progress file keeps it, to describe it in
/// statements.
#[derive(Debug, Clone, PartialEq)]
pub struct ActivityDefinition {
    /// What it is.
    pub kind: ActivityKind,
    /// Its stable id in the course.
    pub item_id: String,
    /// The module a lesson or quiz is in, or the quiz a question is in.
    pub parent: Option<(ActivityKind, String)>,
    /// The xAPI `definition` object.
    pub definition: Value,
    /// A question's points for a fully right answer.
    pub max_points: Option<f64>,
}

/// A language map with one entry.
fn text(language: &str, value: &str) -> Value {
    json!({ language: value })
}

/// A `definition` with a type and a name.
pub fn named_definition(kind: ActivityKind, language: &str, name: &str) -> Value {
    json!({ "type": kind.type_iri(), "name": text(language, name) })
}

/// Every activity of `course`, described for statements.
pub fn course_definitions(course: &Course) -> Vec<ActivityDefinition> {
    let language = course.language.as_str();
    let plain =
        |kind, id: &str, parent: Option<(ActivityKind, &str)>, name: &str| ActivityDefinition {
            kind,
            item_id: id.to_owned(),
            parent: parent.map(|(kind, id)| (kind, id.to_owned())),
            definition: named_definition(kind, language, name),
            max_points: None,
        };
    let mut activities = vec![plain(ActivityKind::Course, &course.id, None, &course.title)];
    let quiz = |activities: &mut Vec<ActivityDefinition>,
                kind,
                quiz: &crate::course::Quiz,
                module: Option<&str>| {
        activities.push(plain(
            kind,
            &quiz.id,
            module.map(|id| (ActivityKind::Module, id)),
            &quiz.title,
        ));
        for question in &quiz.questions {
            activities.push(ActivityDefinition {
                kind: ActivityKind::Question,
                item_id: question.id.clone(),
                parent: Some((kind, quiz.id.clone())),
                definition: question_definition(question, language),
                max_points: Some(question.points),
            });
        }
    };
    for module in &course.modules {
        activities.push(plain(ActivityKind::Module, &module.id, None, &module.title));
        for lesson in &module.lessons {
            activities.push(plain(
                ActivityKind::Lesson,
                &lesson.id,
                Some((ActivityKind::Module, &module.id)),
                &lesson.title,
            ));
        }
        if let Some(module_quiz) = &module.quiz {
            quiz(
                &mut activities,
                ActivityKind::Quiz,
                module_quiz,
                Some(&module.id),
            );
        }
    }
    if let Some(final_assessment) = &course.final_assessment {
        quiz(
            &mut activities,
            ActivityKind::FinalAssessment,
            final_assessment,
            None,
        );
    }
    activities
}

/// A question's interaction definition: its type, its prompt as name, its
/// interaction type, choices and the pattern of right responses.
pub fn question_definition(question: &Question, language: &str) -> Value {
    let mut definition = Map::new();
    definition.insert("type".into(), ActivityKind::Question.type_iri().into());
    definition.insert("name".into(), text(language, &question.prompt));
    let component = |id: &str, description: &str| json!({ "id": id, "description": text(language, description) });
    let (interaction, pattern, components): (&str, Vec<String>, Vec<(&str, Value)>) =
        match question.kind {
            QuestionKind::SingleChoice | QuestionKind::MultipleChoice => {
                let options = question.options.as_deref().unwrap_or_default();
                let right: Vec<&str> = options
                    .iter()
                    .filter(|option| option.correct)
                    .map(|option| option.id.as_str())
                    .collect();
                let choices = options
                    .iter()
                    .map(|option| component(&option.id, &option.text))
                    .collect();
                (
                    "choice",
                    vec![right.join("[,]")],
                    vec![("choices", Value::Array(choices))],
                )
            }
            QuestionKind::TrueFalse => (
                "true-false",
                question
                    .answer
                    .map(|answer| answer.to_string())
                    .into_iter()
                    .collect(),
                Vec::new(),
            ),
            QuestionKind::Matching => {
                let pairs = question.pairs.as_deref().unwrap_or_default();
                let right: Vec<String> = pairs
                    .iter()
                    .map(|pair| format!("{0}[.]{0}", pair.id))
                    .collect();
                let source = pairs
                    .iter()
                    .map(|pair| component(&pair.id, &pair.left))
                    .collect();
                let target = pairs
                    .iter()
                    .map(|pair| component(&pair.id, &pair.right))
                    .collect();
                (
                    "matching",
                    vec![right.join("[,]")],
                    vec![
                        ("source", Value::Array(source)),
                        ("target", Value::Array(target)),
                    ],
                )
            }
            QuestionKind::Ordering => {
                let items = question.items.as_deref().unwrap_or_default();
                let right: Vec<&str> = items.iter().map(|item| item.id.as_str()).collect();
                let choices = items
                    .iter()
                    .map(|item| component(&item.id, &item.text))
                    .collect();
                (
                    "sequencing",
                    vec![right.join("[,]")],
                    vec![("choices", Value::Array(choices))],
                )
            }
            QuestionKind::ShortAnswer => {
                let case = if question.case_sensitive {
                    "{case_matters=true}"
                } else {
                    ""
                };
                let accepted = question.accepted.as_deref().unwrap_or_default();
                (
                    "fill-in",
                    accepted
                        .iter()
                        .map(|answer| format!("{case}{answer}"))
                        .collect(),
                    Vec::new(),
                )
            }
            QuestionKind::Numeric => {
                let pattern = match (question.value, question.min, question.max) {
                    (Some(value), _, _) => match question.tolerance {
                        Some(tolerance) if tolerance > 0.0 => {
                            format!("{}[:]{}", value - tolerance, value + tolerance)
                        }
                        _ => value.to_string(),
                    },
                    (None, min, max) => format!(
                        "{}[:]{}",
                        min.map(|min| min.to_string()).unwrap_or_default(),
                        max.map(|max| max.to_string()).unwrap_or_default()
                    ),
                };
                ("numeric", vec![pattern], Vec::new())
            }
        };
    definition.insert("interactionType".into(), interaction.into());
    definition.insert("correctResponsesPattern".into(), pattern.into());
    for (name, value) in components {
        definition.insert(name.into(), value);
    }
    Value::Object(definition)
}

/// A learner's answer (as the quiz engine stored it) in xAPI's response format
/// for its interaction type. An answer in a form Fieldcourse does not know is
/// sent as its JSON text.
pub fn response_text(answer: &Value) -> String {
    match serde_json::from_value::<Response>(answer.clone()) {
        Ok(Response::Choice(ids) | Response::Ordering(ids)) => ids.join("[,]"),
        Ok(Response::TrueFalse(value)) => value.to_string(),
        Ok(Response::Matching(pairs)) => pairs
            .iter()
            .map(|(left, right)| format!("{left}[.]{right}"))
            .collect::<Vec<_>>()
            .join("[,]"),
        Ok(Response::Text(text)) => text,
        Ok(Response::Number(number)) => number.to_string(),
        Err(_) => answer.to_string(),
    }
}

/// An ISO 8601 duration of `ms` milliseconds, such as `PT95.25S`.
pub fn duration(ms: i64) -> String {
    let ms = ms.max(0);
    let (seconds, fraction) = (ms / 1_000, ms % 1_000);
    if fraction == 0 {
        format!("PT{seconds}S")
    } else {
        let fraction = format!("{fraction:03}");
        format!("PT{seconds}.{}S", fraction.trim_end_matches('0'))
    }
}

/// Who a statement is about: an account on the organisation's or the device's
/// home page, named by a pseudonymous id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// The account's home page (an IRL).
    pub home_page: String,
    /// The learner's pseudonymous id.
    pub account_name: String,
    /// The learner's name, only when the organisation turned names on.
    pub name: Option<String>,
}

impl Actor {
    fn to_json(&self) -> Value {
        let mut actor = json!({
            "objectType": "Agent",
            "account": { "homePage": self.home_page, "name": self.account_name },
        });
        if let (Some(name), Value::Object(map)) = (&self.name, &mut actor) {
            map.insert("name".into(), name.clone().into());
        }
        actor
    }
}

/// The parts of one statement.
#[derive(Debug, Clone)]
pub struct StatementParts<'a> {
    /// The statement id (a UUID, fixed when the action is recorded).
    pub id: &'a str,
    /// Who.
    pub actor: &'a Actor,
    /// Did what.
    pub verb: Verb,
    /// The activity id.
    pub object_id: &'a str,
    /// The activity's definition.
    pub definition: &'a Value,
    /// The `result` object, if any.
    pub result: Option<Value>,
    /// The course activity id (the context's grouping).
    pub course_activity: &'a str,
    /// The module, quiz or course the object is directly part of, if not the course.
    pub parent_activity: Option<&'a str>,
    /// The language the learner saw the course in.
    pub language: &'a str,
    /// When it happened.
    pub timestamp: Timestamp,
}

/// The statement as JSON.
pub fn statement(parts: &StatementParts<'_>) -> Value {
    let mut context_activities = Map::new();
    let is_course = parts.object_id == parts.course_activity;
    if let Some(parent) = parts.parent_activity {
        context_activities.insert("parent".into(), json!([{ "id": parent }]));
    } else if !is_course {
        context_activities.insert("parent".into(), json!([{ "id": parts.course_activity }]));
    }
    if !is_course {
        context_activities.insert("grouping".into(), json!([{ "id": parts.course_activity }]));
    }
    let mut context = Map::new();
    context.insert("platform".into(), "Fieldcourse".into());
    if parts.language != UNKNOWN_LANGUAGE {
        context.insert("language".into(), parts.language.into());
    }
    if !context_activities.is_empty() {
        context.insert(
            "contextActivities".into(),
            Value::Object(context_activities),
        );
    }
    let mut statement = Map::new();
    statement.insert("id".into(), parts.id.into());
    statement.insert("actor".into(), parts.actor.to_json());
    statement.insert(
        "verb".into(),
        json!({ "id": parts.verb.iri(), "display": { "en-US": parts.verb.word() } }),
    );
    statement.insert(
        "object".into(),
        json!({ "objectType": "Activity", "id": parts.object_id, "definition": parts.definition }),
    );
    if let Some(result) = &parts.result {
        statement.insert("result".into(), result.clone());
    }
    statement.insert("context".into(), Value::Object(context));
    statement.insert("timestamp".into(), parts.timestamp.to_rfc3339_ms().into());
    Value::Object(statement)
}

/// A new statement id: a random (version 4) UUID.
pub fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_are_iso_8601() {
        assert_eq!(duration(0), "PT0S");
        assert_eq!(duration(95_250), "PT95.25S");
        assert_eq!(duration(3_600_000), "PT3600S");
        assert_eq!(duration(-5), "PT0S");
    }

    #[test]
    fn activity_ids_join_the_base_and_stable_ids() {
        let base = "https://org.example/xapi";
        assert_eq!(
            activity_id(base, "safety", None),
            "https://org.example/xapi/safety"
        );
        assert_eq!(
            activity_id(base, "safety", Some((ActivityKind::Question, "q 1"))),
            "https://org.example/xapi/safety/question/q%201"
        );
    }

    #[test]
    fn responses_use_the_xapi_formats() {
        let choice = json!({"kind": "choice", "value": ["a", "b"]});
        assert_eq!(response_text(&choice), "a[,]b");
        let matching = json!({"kind": "matching", "value": {"p1": "p2", "p2": "p1"}});
        assert_eq!(response_text(&matching), "p1[.]p2[,]p2[.]p1");
        assert_eq!(
            response_text(&json!({"kind": "true_false", "value": true})),
            "true"
        );
        assert_eq!(
            response_text(&json!({"kind": "number", "value": 2.5})),
            "2.5"
        );
        assert_eq!(response_text(&json!("free")), "\"free\"");
    }
}
