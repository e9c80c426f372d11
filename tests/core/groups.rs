//! Validation of quizzes drawn by group, of matching distractors and of partial
//! credit: each rule with the path and message it gets.

use crate::common::*;
use fieldcourse::course::{Code, Severity};
use serde_json::{Value, json};

/// The sample course with its module quiz split: two groups and questions
/// outside them.
fn grouped_course() -> Value {
    let mut course = valid_course();
    remove(&mut course, "/modules/0/quiz/draw");
    set(
        &mut course,
        "/modules/0/quiz/groups",
        json!([{"id": "choices", "draw": 1}, {"id": "typed", "draw": 2}]),
    );
    for index in [0, 1] {
        set(
            &mut course,
            &format!("/modules/0/quiz/questions/{index}/group"),
            json!("choices"),
        );
    }
    for index in [5, 6] {
        set(
            &mut course,
            &format!("/modules/0/quiz/questions/{index}/group"),
            json!("typed"),
        );
    }
    course
}

fn errors(course: &Value) -> Vec<(Code, String, String)> {
    load(course)
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| (d.code, d.path.clone(), d.message.clone()))
        .collect()
}

#[test]
fn a_grouped_quiz_is_valid_and_counts_what_each_attempt_asks() {
    let loaded = load(&grouped_course());
    assert!(
        loaded.diagnostics.iter().all(|d| !d.is_error()),
        "{}",
        describe(&loaded)
    );
    let course = loaded.course.unwrap();
    let quiz = course.modules[0].quiz.as_ref().unwrap();
    // 3 questions outside groups + 1 + 2.
    assert_eq!(quiz.asked_count(), 6);
    assert_eq!(quiz.group_size("typed"), 2);
}

#[test]
fn a_group_draw_above_its_size_names_the_totals() {
    let mut course = grouped_course();
    set(&mut course, "/modules/0/quiz/groups/1/draw", json!(3));
    let loaded = load(&course);
    let diagnostic = find(&loaded, Code::QuizSettings, "/modules/0/quiz/groups/1/draw");
    assert_eq!(
        diagnostic.message,
        "group `typed` draws 3 questions, but only 2 question(s) have `\"group\": \"typed\"`; in all, each attempt would ask 3 question(s) outside groups and 4 drawn from groups, from a pool of 7"
    );
    assert!(diagnostic.hint.as_deref().unwrap().contains("2 or less"));
    assert!(diagnostic.location.is_some());
}

#[test]
fn a_group_that_draws_nothing_is_refused() {
    let mut course = grouped_course();
    set(&mut course, "/modules/0/quiz/groups/0/draw", json!(0));
    let loaded = load(&course);
    let diagnostic = find(&loaded, Code::QuizSettings, "/modules/0/quiz/groups/0/draw");
    assert!(
        diagnostic
            .message
            .starts_with("group `choices` draws 0 questions")
    );
}

#[test]
fn a_question_in_an_unknown_group_is_refused() {
    let mut course = grouped_course();
    set(
        &mut course,
        "/modules/0/quiz/questions/2/group",
        json!("scenarios"),
    );
    let loaded = load(&course);
    let diagnostic = find(
        &loaded,
        Code::QuizSettings,
        "/modules/0/quiz/questions/2/group",
    );
    assert_eq!(
        diagnostic.message,
        "question `q-tf` belongs to group `scenarios`, which quiz `quiz-one` does not define (its groups: choices, typed)"
    );

    let mut ungrouped = valid_course();
    set(
        &mut ungrouped,
        "/modules/0/quiz/questions/2/group",
        json!("scenarios"),
    );
    let loaded = load(&ungrouped);
    let diagnostic = find(
        &loaded,
        Code::QuizSettings,
        "/modules/0/quiz/questions/2/group",
    );
    assert!(diagnostic.message.contains("has no `groups`"));
}

#[test]
fn groups_and_a_whole_pool_draw_do_not_mix_and_group_ids_are_unique() {
    let mut course = grouped_course();
    set(&mut course, "/modules/0/quiz/draw", json!(3));
    set(&mut course, "/modules/0/quiz/groups/1/id", json!("choices"));
    let found = errors(&course);
    assert!(
        found
            .iter()
            .any(|(code, path, _)| *code == Code::QuizSettings && path == "/modules/0/quiz/draw"),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|(code, path, _)| *code == Code::DuplicateId
                && path == "/modules/0/quiz/groups/1/id"),
        "{found:?}"
    );
}

#[test]
fn a_translation_keeps_the_groups() {
    let dir = CourseDir::new(&grouped_course());
    let mut french = grouped_course();
    set(&mut french, "/language", json!("fr"));
    dir.write("course.fr.json", &french);
    let loaded = dir.load();
    assert!(
        loaded
            .diagnostics
            .iter()
            .all(|d| d.code != Code::Translation),
        "{}",
        describe(&loaded)
    );

    let mut moved = french.clone();
    set(
        &mut moved,
        "/modules/0/quiz/questions/5/group",
        json!("choices"),
    );
    dir.write("course.fr.json", &moved);
    let loaded = dir.load();
    let diagnostic = find(
        &loaded,
        Code::Translation,
        "/modules/0/quiz/questions/5/group",
    );
    assert!(diagnostic.file.ends_with("course.fr.json"));
    assert!(
        diagnostic
            .message
            .contains("in group `choices` here but in group `typed` in course.json"),
        "{}",
        diagnostic.message
    );

    let mut redrawn = french;
    set(&mut redrawn, "/modules/0/quiz/groups/1/draw", json!(1));
    dir.write("course.fr.json", &redrawn);
    let loaded = dir.load();
    let diagnostic = find(&loaded, Code::Translation, "/modules/0/quiz");
    assert!(diagnostic.message.contains("groups"));
}

#[test]
fn distractors_belong_to_matching_questions_and_differ_from_right_items() {
    let mut course = valid_course();
    set(
        &mut course,
        "/modules/0/quiz/questions/3/distractors",
        json!([{"id": "q-match-x", "text": "three"}, {"id": "q-match-y", "text": "two"}]),
    );
    let loaded = load(&course);
    let diagnostic = find(
        &loaded,
        Code::AnswerKey,
        "/modules/0/quiz/questions/3/distractors/1/text",
    );
    assert!(diagnostic.message.contains("`two` is also the right item"));
    assert_eq!(
        loaded.diagnostics.iter().filter(|d| d.is_error()).count(),
        1,
        "{}",
        describe(&loaded)
    );

    let mut misplaced = valid_course();
    set(
        &mut misplaced,
        "/modules/0/quiz/questions/0/distractors",
        json!([{"id": "q-single-x", "text": "C"}]),
    );
    let loaded = load(&misplaced);
    let diagnostic = find(
        &loaded,
        Code::UnusedField,
        "/modules/0/quiz/questions/0/distractors",
    );
    assert_eq!(diagnostic.severity, Severity::Warning);
}

#[test]
fn partial_credit_is_a_share_and_fits_the_kind() {
    let mut course = valid_course();
    set(
        &mut course,
        "/modules/0/quiz/questions/5/partial_credit",
        json!([{"text": "hey", "credit": 0.5}, {"text": "yo", "credit": 1.0}]),
    );
    set(
        &mut course,
        "/modules/0/quiz/questions/6/partial_credit",
        json!([{"value": 5, "tolerance": 1, "credit": 0.25}, {"credit": 0.5}]),
    );
    let found = errors(&course);
    let paths: Vec<&str> = found.iter().map(|(_, path, _)| path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "/modules/0/quiz/questions/5/partial_credit/1/credit",
            "/modules/0/quiz/questions/6/partial_credit/1",
        ],
        "{found:?}"
    );
    assert_eq!(
        found[0].2,
        "`credit` is 1, but a partial credit is above 0 and below 1"
    );
}
