//! Quizzes: answer keys, the draw and the pass mark, and explanations.

use crate::common::*;
use fieldcourse::course::{Code, Severity};
use serde_json::json;

#[test]
fn single_choice_needs_exactly_one_correct_option() {
    let mut course = valid_course();
    set(
        &mut course,
        "/modules/0/quiz/questions/0/options/1/correct",
        json!(true),
    );
    let loaded = load(&course);
    let diagnostic = find(
        &loaded,
        Code::AnswerKey,
        "/modules/0/quiz/questions/0/options",
    );
    assert!(
        diagnostic
            .message
            .contains("exactly one correct option, and this one has 2")
    );

    let mut none = valid_course();
    set(
        &mut none,
        "/modules/0/quiz/questions/0/options/0/correct",
        json!(false),
    );
    let loaded = load(&none);
    let diagnostic = find(
        &loaded,
        Code::AnswerKey,
        "/modules/0/quiz/questions/0/options",
    );
    assert!(
        diagnostic
            .hint
            .as_deref()
            .unwrap()
            .contains("\"correct\": true")
    );
}

#[test]
fn multiple_choice_needs_a_correct_option() {
    let mut course = valid_course();
    set(
        &mut course,
        "/modules/0/quiz/questions/1/options/0/correct",
        json!(false),
    );
    set(
        &mut course,
        "/modules/0/quiz/questions/1/options/1/correct",
        json!(false),
    );
    let loaded = load(&course);
    let diagnostic = find(
        &loaded,
        Code::AnswerKey,
        "/modules/0/quiz/questions/1/options",
    );
    assert_eq!(
        diagnostic.message,
        "a multiple_choice question needs at least one correct option"
    );
}

#[test]
fn matching_and_ordering_need_two_items() {
    let mut course = valid_course();
    remove(&mut course, "/modules/0/quiz/questions/3/pairs/1");
    remove(&mut course, "/modules/0/quiz/questions/4/items/1");
    let loaded = load(&course);
    let pairs = find(
        &loaded,
        Code::AnswerKey,
        "/modules/0/quiz/questions/3/pairs",
    );
    assert_eq!(
        pairs.message,
        "this question has 1 pairs; it needs at least two"
    );
    find(
        &loaded,
        Code::AnswerKey,
        "/modules/0/quiz/questions/4/items",
    );
}

#[test]
fn matching_right_items_must_differ() {
    let mut course = valid_course();
    set(
        &mut course,
        "/modules/0/quiz/questions/3/pairs/1/right",
        json!("one"),
    );
    let loaded = load(&course);
    find(
        &loaded,
        Code::AnswerKey,
        "/modules/0/quiz/questions/3/pairs/1/right",
    );
}

#[test]
fn a_draw_larger_than_the_pool_is_refused() {
    let mut course = valid_course();
    set(&mut course, "/modules/0/quiz/draw", json!(9));
    let loaded = load(&course);
    let diagnostic = find(&loaded, Code::QuizSettings, "/modules/0/quiz/draw");
    assert_eq!(
        diagnostic.message,
        "`draw` asks for 9 questions, but the pool has only 7"
    );
}

#[test]
fn a_pass_mark_outside_zero_to_one_is_refused() {
    for bad in [1.5, -0.1] {
        let mut course = valid_course();
        set(&mut course, "/modules/0/quiz/pass_mark", json!(bad));
        let loaded = load(&course);
        let diagnostic = find(&loaded, Code::QuizSettings, "/modules/0/quiz/pass_mark");
        assert!(diagnostic.message.contains("must be between 0 and 1"));
        assert!(
            diagnostic
                .hint
                .as_deref()
                .unwrap()
                .contains("0.7 means 70%")
        );
    }
}

#[test]
fn a_quiz_without_explanations_is_a_warning() {
    let mut course = valid_course();
    remove(&mut course, "/final_assessment/questions/0/explanation");
    let loaded = load(&course);
    let diagnostic = find(&loaded, Code::NoExplanations, "/final_assessment/questions");
    assert_eq!(diagnostic.severity, Severity::Warning);
    assert!(loaded.is_usable());
}
