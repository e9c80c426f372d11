//! Matching with distractors in every pick list, and partial credit shown in
//! the feedback and in the review.

use fieldcourse::gui::app::{App, Message, ScrollKey, Shortcut};
use fieldcourse::gui::screen::quiz;
use iced_test::selector::id;
use serde_json::json;
use tempfile::TempDir;

use crate::common::{click, simulator};
use crate::quiz::{last_answer, overview, quiz_state, stored};

/// A module quiz (feedback after each answer) with a matching question that has
/// a distractor, and short and numeric answers worth part of the points; a
/// final assessment marked only once submitted.
fn course_folder() -> TempDir {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("partly");
    std::fs::create_dir_all(&dir).unwrap();
    let course = json!({
        "format": "fieldcourse/1", "id": "quizzes", "version": "1.0.0", "language": "en",
        "title": "Partly right", "summary": "Distractors and partial credit.",
        "publisher": "Tests", "estimated_minutes": 10,
        "modules": [{
            "id": "basics", "title": "Basics",
            "lessons": [{"id": "read", "title": "Read", "blocks": [{"kind": "markdown", "text": "Words."}]}],
            "quiz": {
                "id": "check", "title": "Check", "pass_mark": 0.5, "feedback": "immediate",
                "questions": [
                    {"id": "q-match", "kind": "matching", "prompt": "Match them.", "scoring": "partial",
                     "pairs": [{"id": "p-water", "left": "Water", "right": "Wet"},
                               {"id": "p-fire", "left": "Fire", "right": "Hot"}],
                     "distractors": [{"id": "d-cold", "text": "Frozen"}]},
                    {"id": "q-short", "kind": "short_answer", "prompt": "Name the folder.",
                     "accepted": ["assets"],
                     "partial_credit": [{"text": "asset", "credit": 0.5}]},
                    {"id": "q-number", "kind": "numeric", "prompt": "Six times seven?",
                     "value": 42,
                     "partial_credit": [{"value": 40, "tolerance": 1, "credit": 0.25}]}
                ]
            }
        }],
        "final_assessment": {
            "id": "final", "title": "Final", "pass_mark": 0.5, "feedback": "after_submit",
            "questions": [
                {"id": "f-year", "kind": "numeric", "prompt": "Year Grant was born?",
                 "value": 1822,
                 "partial_credit": [{"min": 1820, "max": 1824, "credit": 0.5}]}
            ]
        }
    });
    std::fs::write(dir.join("course.json"), course.to_string()).unwrap();
    root
}

fn shows(app: &App, text: &str) -> bool {
    simulator(app).find(text).is_ok()
}

fn has_widget(app: &App, widget_id: &str) -> bool {
    simulator(app).find(id(widget_id.to_owned())).is_ok()
}

fn key(app: &mut App, shortcut: Shortcut) {
    crate::common::deliver(app, Message::Shortcut(shortcut));
}

fn tab_to(app: &mut App, target: &str) {
    for _ in 0..40 {
        key(app, Shortcut::FocusNext);
        if app.focused() == Some(target) {
            return;
        }
    }
    panic!("Tab never reaches {target}");
}

fn answer(app: &mut App, typed: &str) {
    let _ = app.update(Message::Quiz(quiz::Message::Input(typed.into())));
    click(app, "check");
}

#[test]
fn every_pick_list_offers_the_distractor_and_choosing_it_is_a_wrong_match() {
    let folder = course_folder();
    let mut app = overview(folder.path());
    click(&mut app, "quiz-check");
    let offered = quiz_state(&app).attempt().unwrap().plan.questions[0]
        .order
        .clone();
    assert_eq!(offered.len(), 3, "two right items and the distractor");
    assert!(offered.iter().any(|item| item == "d-cold"));
    for pair in ["p-water", "p-fire"] {
        tab_to(&mut app, &format!("match-{pair}"));
        key(&mut app, Shortcut::OpenList);
        assert!(
            has_widget(&app, &format!("choice-{pair}-3")),
            "{pair}: three choices"
        );
        assert!(shows(&app, "Frozen"), "{pair}: the distractor is offered");
        key(&mut app, Shortcut::Back);
    }
    // The distractor for Water (wrong), Hot for Fire (right): the keyboard way.
    for (pair, right) in [("p-water", "d-cold"), ("p-fire", "p-fire")] {
        tab_to(&mut app, &format!("match-{pair}"));
        key(&mut app, Shortcut::OpenList);
        let at = offered.iter().position(|id| id == right).unwrap();
        for _ in 0..at {
            key(&mut app, Shortcut::Scroll(ScrollKey::LineDown));
        }
        key(&mut app, Shortcut::Space);
    }
    click(&mut app, "check");
    let saved = last_answer(folder.path(), "check", "q-match").unwrap();
    assert_eq!(
        saved.answer,
        json!({"kind": "matching", "value": {"p-fire": "p-fire", "p-water": "d-cold"}})
    );
    assert_eq!(saved.points, Some(0.5));
    assert!(shows(&app, "Partly right: 50% of the points"));
    assert!(shows(&app, "The right answer: Water → Wet; Fire → Hot"));
}

#[test]
fn partial_credit_is_shown_in_the_feedback_and_the_review() {
    let folder = course_folder();
    let mut app = overview(folder.path());
    click(&mut app, "quiz-check");
    for (left, right) in [("p-water", "p-water"), ("p-fire", "p-fire")] {
        let _ = app.update(Message::Quiz(quiz::Message::Match {
            left: left.into(),
            right: right.into(),
        }));
    }
    click(&mut app, "check");
    assert!(shows(&app, "Correct"));
    click(&mut app, "next");

    answer(&mut app, "Asset");
    assert!(shows(&app, "Partly right: 50% of the points"));
    assert!(shows(&app, "The right answer: assets"));
    assert!(shows(&app, "Also worth part of the points: asset (50%)"));
    assert_eq!(
        last_answer(folder.path(), "check", "q-short")
            .unwrap()
            .points,
        Some(0.5)
    );
    click(&mut app, "next");

    answer(&mut app, "40.5");
    assert!(shows(&app, "Partly right: 25% of the points"));
    assert!(shows(&app, "Also worth part of the points: 39–41 (25%)"));
    click(&mut app, "submit");
    let result = quiz_state(&app).result().expect("submitted").clone();
    assert!((result.points - 1.75).abs() < 1e-9, "{result:?}");
    assert!(
        shows(&app, "Partly right: 50% of the points"),
        "in the review"
    );
    assert!(
        shows(&app, "Partly right: 25% of the points"),
        "in the review"
    );

    // Marked only once submitted: the review alone says how partly.
    click(&mut app, "done");
    click(&mut app, "quiz-final");
    answer_without_check(&mut app, "1823");
    click(&mut app, "submit");
    assert!(shows(&app, "Partly right: 50% of the points"));
    assert!(shows(
        &app,
        "Also worth part of the points: 1820–1824 (50%)"
    ));
    let (attempt, answers) = stored(folder.path(), "final").pop().unwrap();
    assert_eq!(
        answers[0].answer,
        json!({"kind": "number", "value": 1823.0})
    );
    assert!((attempt.outcome.unwrap().score - 0.5).abs() < 1e-9);
}

fn answer_without_check(app: &mut App, typed: &str) {
    let _ = app.update(Message::Quiz(quiz::Message::Input(typed.into())));
}
