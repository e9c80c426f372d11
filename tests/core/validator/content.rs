//! The course's content: ids, empty texts, the fields each kind of block or
//! question needs or does not use, empty lessons, completion rules, and the
//! certificate issuer and xAPI base written as the standards ask.

use crate::common::*;
use fieldcourse::course::{Code, Severity};
use serde_json::json;

#[test]
fn a_duplicate_id_points_at_its_first_use() {
    let mut course = valid_course();
    set(&mut course, "/modules/0/lessons/0/id", json!("module-one"));
    let loaded = load(&course);
    let diagnostic = find(&loaded, Code::DuplicateId, "/modules/0/lessons/0/id");
    assert!(
        diagnostic.message.ends_with(" (module 1)")
            && diagnostic.message.contains("first used at course.json:"),
        "{}",
        diagnostic.message
    );
}

#[test]
fn option_ids_share_the_course_namespace() {
    let mut course = valid_course();
    set(
        &mut course,
        "/modules/0/quiz/questions/1/options/0/id",
        json!("q-single-a"),
    );
    let loaded = load(&course);
    find(
        &loaded,
        Code::DuplicateId,
        "/modules/0/quiz/questions/1/options/0/id",
    );
}

#[test]
fn a_malformed_id_gets_a_well_formed_suggestion() {
    let mut course = valid_course();
    set(&mut course, "/modules/0/lessons/0/id", json!("Lesson One"));
    let loaded = load(&course);
    let diagnostic = find(&loaded, Code::MalformedId, "/modules/0/lessons/0/id");
    assert_eq!(diagnostic.message, "`Lesson One` is not a valid id");
    assert!(diagnostic.hint.as_deref().unwrap().contains("`lesson-one`"));
}

#[test]
fn empty_titles_and_prompts_are_errors() {
    let mut course = valid_course();
    set(&mut course, "/modules/0/title", json!("   "));
    set(&mut course, "/modules/0/quiz/questions/2/prompt", json!(""));
    let loaded = load(&course);
    assert_eq!(
        find(&loaded, Code::EmptyText, "/modules/0/title").message,
        "the module title is empty"
    );
    assert_eq!(
        find(
            &loaded,
            Code::EmptyText,
            "/modules/0/quiz/questions/2/prompt"
        )
        .message,
        "the question prompt is empty"
    );
}

#[test]
fn a_field_the_kind_does_not_use_is_a_warning() {
    let mut course = valid_course();
    set(
        &mut course,
        "/modules/0/lessons/0/blocks/0/caption",
        json!("stray"),
    );
    set(
        &mut course,
        "/modules/0/quiz/questions/2/options",
        json!([]),
    );
    let loaded = load(&course);
    let block = find(
        &loaded,
        Code::UnusedField,
        "/modules/0/lessons/0/blocks/0/caption",
    );
    assert_eq!(block.severity, Severity::Warning);
    assert!(block.message.contains("not used by a `markdown block`"));
    find(
        &loaded,
        Code::UnusedField,
        "/modules/0/quiz/questions/2/options",
    );
    assert!(loaded.is_usable(), "warnings do not stop a course");
}

#[test]
fn each_kind_needs_its_own_fields() {
    let mut course = valid_course();
    remove(&mut course, "/modules/0/quiz/questions/2/answer");
    remove(&mut course, "/modules/0/quiz/questions/6/value");
    remove(&mut course, "/modules/0/lessons/0/blocks/2/style");
    let loaded = load(&course);
    let answer = find(&loaded, Code::MissingField, "/modules/0/quiz/questions/2");
    assert_eq!(
        answer.message,
        "a true/false question needs `\"answer\": true` or `\"answer\": false`"
    );
    let numeric = find(&loaded, Code::MissingField, "/modules/0/quiz/questions/6");
    assert!(
        numeric
            .message
            .contains("needs `value` or both `min` and `max`")
    );
    find(&loaded, Code::MissingField, "/modules/0/lessons/0/blocks/2");
}

#[test]
fn a_lesson_without_blocks_is_a_warning() {
    let mut course = valid_course();
    set(&mut course, "/modules/0/lessons/0/blocks", json!([]));
    let loaded = load(&course);
    let diagnostic = find(&loaded, Code::EmptyLesson, "/modules/0/lessons/0/blocks");
    assert_eq!(diagnostic.severity, Severity::Warning);
}

#[test]
fn completion_rules_must_name_real_ids() {
    let mut course = valid_course();
    set(
        &mut course,
        "/completion",
        json!({"lessons": ["lesson-one", "lesson-two"], "quizzes": ["lesson-one"]}),
    );
    let loaded = load(&course);
    find(&loaded, Code::Completion, "/completion/lessons/1");
    find(&loaded, Code::Completion, "/completion/quizzes/0");
}

#[test]
fn a_certificate_issuer_must_be_a_did_key() {
    let mut course = valid_course();
    set(
        &mut course,
        "/certificate/issuer",
        json!("Ministry of Health"),
    );
    let loaded = load(&course);
    find(&loaded, Code::InvalidValue, "/certificate/issuer");
}

#[test]
fn the_xapi_activity_base_must_be_an_absolute_iri() {
    let mut course = valid_course();
    course["xapi"] = json!({"activity_base": "training/xapi/"});
    let loaded = load(&course);
    let diagnostic = find(&loaded, Code::InvalidValue, "/xapi/activity_base");
    assert!(diagnostic.message.contains("not an absolute IRI"));
    course["xapi"] = json!({"activity_base": "https://training.example.org/xapi/é/"});
    let loaded = load(&course);
    assert!(loaded.diagnostics.is_empty(), "{}", describe(&loaded));
}
