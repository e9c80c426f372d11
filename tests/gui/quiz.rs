//! Taking quizzes: every question kind, feedback, submitting, results, trying
//! again, resuming after a restart, and running out of attempts, checked against
//! what the progress store holds.

use fieldcourse::gui::app::{App, Message, Screen, Shortcut, key_message};
use fieldcourse::gui::screen::quiz;
use fieldcourse::progress::{AnswerRecord, AttemptRecord, Store};
use fieldcourse::quiz::Response;
use iced::keyboard::{self, Key, Modifiers, key::Named};
use iced_test::selector::id;
use serde_json::json;
use std::path::Path;
use tempfile::TempDir;

use crate::common::{app_for, click, simulator};

/// A course with one question of each kind in a quiz with immediate feedback and
/// two attempts, and a final assessment marked only after submitting, one attempt.
pub fn course_folder() -> TempDir {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("quiz-course");
    std::fs::create_dir_all(&dir).unwrap();
    let course = json!({
        "format": "fieldcourse/1", "id": "quizzes", "version": "1.0.0", "language": "en",
        "title": "Quiz course", "summary": "Questions of every kind.", "publisher": "Tests",
        "estimated_minutes": 20,
        "modules": [{
            "id": "basics", "title": "Basics",
            "lessons": [{"id": "read", "title": "Read first", "blocks": [{"kind": "markdown", "text": "Words."}]}],
            "quiz": {
                "id": "check", "title": "Check yourself", "pass_mark": 0.5, "max_attempts": 2,
                "feedback": "immediate",
                "questions": [
                    {"id": "q-single", "kind": "single_choice", "prompt": "Pick the river.",
                     "options": [{"id": "s-nile", "text": "The Nile", "correct": true},
                                 {"id": "s-alps", "text": "The Alps"}]},
                    {"id": "q-multi", "kind": "multiple_choice", "prompt": "Pick the colours.",
                     "options": [{"id": "m-red", "text": "Red", "correct": true},
                                 {"id": "m-blue", "text": "Blue", "correct": true},
                                 {"id": "m-table", "text": "Table"}]},
                    {"id": "q-tf", "kind": "true_false", "prompt": "Water is wet.", "answer": true,
                     "explanation": "It soaks things."},
                    {"id": "q-match", "kind": "matching", "prompt": "Match them.",
                     "pairs": [{"id": "p-water", "left": "Water", "right": "Wet"},
                               {"id": "p-fire", "left": "Fire", "right": "Hot"}]},
                    {"id": "q-order", "kind": "ordering", "prompt": "Put in order.",
                     "items": [{"id": "o-one", "text": "First"}, {"id": "o-two", "text": "Second"},
                               {"id": "o-three", "text": "Third"}]},
                    {"id": "q-short", "kind": "short_answer", "prompt": "Name the folder.",
                     "accepted": ["assets"]},
                    {"id": "q-number", "kind": "numeric", "prompt": "Six times seven?",
                     "value": 42, "tolerance": 0.5}
                ]
            }
        }],
        "final_assessment": {
            "id": "final", "title": "Final check", "pass_mark": 0.5, "max_attempts": 1,
            "feedback": "after_submit",
            "questions": [
                {"id": "f-tf", "kind": "true_false", "prompt": "Fire is cold.", "answer": false,
                 "explanation": "Fire burns."},
                {"id": "f-number", "kind": "numeric", "prompt": "How many legs has a spider?",
                 "value": 8}
            ]
        }
    });
    std::fs::write(dir.join("course.json"), course.to_string()).unwrap();
    root
}

/// Types `text` into the field `field`, one character per frame as a person
/// would (the simulator does not redraw between key presses).
fn type_into(app: &mut App, field: &str, text: &str) {
    for character in text.chars() {
        let mut ui = simulator(app);
        ui.click(id(field.to_owned()))
            .unwrap_or_else(|e| panic!("no {field}: {e:?}"));
        let _ = ui.typewrite(&character.to_string());
        for message in ui.into_messages() {
            crate::common::deliver(app, message);
        }
    }
}

fn shows(app: &App, text: &str) -> bool {
    simulator(app).find(text).is_ok()
}

fn has_widget(app: &App, widget_id: &str) -> bool {
    simulator(app).find(id(widget_id.to_owned())).is_ok()
}

pub fn quiz_state(app: &App) -> &quiz::State {
    match app.screen() {
        Screen::Quiz(state) => state,
        other => panic!("not on the quiz screen: {other:?}"),
    }
}

/// The app on the course overview of the test course.
pub fn overview(folder: &Path) -> App {
    let mut app = app_for(folder, "en");
    click(&mut app, "open-course-0");
    assert!(matches!(app.screen(), Screen::Course(_)));
    app
}

/// What the store holds for `quiz_id`: each attempt with its answers.
pub fn stored(folder: &Path, quiz_id: &str) -> Vec<(AttemptRecord, Vec<AnswerRecord>)> {
    let store = Store::open(&folder.join("data")).unwrap();
    let learner = store.learners().unwrap()[0].id;
    let session = store.open_session(learner, None).unwrap();
    session
        .attempts("quizzes", quiz_id)
        .unwrap()
        .into_iter()
        .map(|attempt| {
            let answers = session.answers(attempt.id).unwrap();
            (attempt, answers)
        })
        .collect()
}

pub fn last_answer(folder: &Path, quiz_id: &str, question: &str) -> Option<AnswerRecord> {
    stored(folder, quiz_id).pop().and_then(|(_, answers)| {
        answers
            .into_iter()
            .rev()
            .find(|a| a.question_id == question)
    })
}

/// Puts the ordering question shown in the right order with its Up buttons.
fn order_items(app: &mut App, right: &[&str]) {
    let start = quiz_state(app).attempt().unwrap().plan.questions[4]
        .order
        .clone();
    let mut current: Vec<String> = start;
    for (target, item) in right.iter().enumerate() {
        let mut at = current.iter().position(|id| id == item).unwrap();
        while at > target {
            click(app, &format!("up-{}", at + 1));
            current.swap(at, at - 1);
            at -= 1;
        }
    }
}

#[test]
fn every_question_kind_is_answered_saved_then_marked_with_feedback() {
    let folder = course_folder();
    let mut app = overview(folder.path());
    click(&mut app, "quiz-check");
    let state = quiz_state(&app);
    assert_eq!(state.position(), Some(0));
    assert!(shows(&app, "Question 1 of 7"));
    assert_eq!(
        stored(folder.path(), "check").len(),
        1,
        "the attempt is started"
    );

    // Single choice: the answer is in the store before the feedback shows.
    assert!(
        !has_widget(&app, "check"),
        "nothing to check before an answer"
    );
    click(&mut app, "option-1");
    click(&mut app, "check");
    assert!(quiz_state(&app).shows_feedback());
    let saved = last_answer(folder.path(), "check", "q-single").expect("saved");
    assert_eq!(saved.answer, json!({"kind": "choice", "value": ["s-nile"]}));
    assert_eq!(saved.points, Some(1.0));
    assert!(shows(&app, "Correct"));
    click(&mut app, "next");

    // Multiple choice.
    assert!(shows(&app, "Question 2 of 7"));
    click(&mut app, "option-1");
    click(&mut app, "option-2");
    click(&mut app, "check");
    assert!(shows(&app, "Correct"));
    click(&mut app, "next");

    // True/false by keyboard: 2 is False (wrong), Enter checks.
    let _ = app.update(Message::Shortcut(Shortcut::Answer(2)));
    let _ = app.update(Message::Shortcut(Shortcut::Activate));
    assert!(shows(&app, "Not quite"));
    assert!(shows(&app, "Why: It soaks things."));
    assert!(shows(&app, "The right answer: True"));
    let saved = last_answer(folder.path(), "check", "q-tf").unwrap();
    assert_eq!(saved.answer, json!({"kind": "true_false", "value": false}));
    assert_eq!(saved.points, Some(0.0));
    // A checked answer is final: picking again changes nothing.
    let _ = app.update(Message::Shortcut(Shortcut::Answer(1)));
    assert_eq!(
        quiz_state(&app).attempt().unwrap().responses["q-tf"],
        Response::TrueFalse(false)
    );
    let _ = app.update(Message::Shortcut(Shortcut::Activate));
    assert_eq!(quiz_state(&app).position(), Some(3), "Enter goes on");

    // Matching: one pick list per left item.
    assert!(has_widget(&app, "match-p-water") && has_widget(&app, "match-p-fire"));
    for (left, right) in [("p-water", "p-water"), ("p-fire", "p-fire")] {
        let _ = app.update(Message::Quiz(quiz::Message::Match {
            left: left.into(),
            right: right.into(),
        }));
    }
    click(&mut app, "check");
    assert!(shows(&app, "Correct"));
    let saved = last_answer(folder.path(), "check", "q-match").unwrap();
    assert_eq!(
        saved.answer,
        json!({"kind": "matching", "value": {"p-fire": "p-fire", "p-water": "p-water"}})
    );
    // Checked: the choices stay on screen as text, no longer changeable.
    assert!(shows(&app, "Wet") && shows(&app, "Hot"), "the choices show");
    assert!(!has_widget(&app, "match-p-water"));
    click(&mut app, "next");

    // Ordering, with the Up buttons.
    order_items(&mut app, &["o-one", "o-two", "o-three"]);
    click(&mut app, "check");
    assert!(shows(&app, "Correct"), "ordered right");
    click(&mut app, "next");

    // Short answer: typed, and Enter in the field checks it.
    type_into(&mut app, quiz::TEXT_ID, "Assets");
    let mut ui = simulator(&app);
    ui.click(id(quiz::TEXT_ID)).unwrap();
    let _ = ui.tap_key(Key::Named(Named::Enter));
    for message in ui.into_messages().collect::<Vec<_>>() {
        crate::common::deliver(&mut app, message);
    }
    assert!(
        quiz_state(&app).shows_feedback(),
        "Enter checked the answer"
    );
    assert!(shows(&app, "Correct"));
    let saved = last_answer(folder.path(), "check", "q-short").unwrap();
    assert_eq!(saved.answer, json!({"kind": "text", "value": "Assets"}));
    click(&mut app, "next");

    // Numeric: an unreadable number is refused and nothing is saved.
    type_into(&mut app, quiz::NUMBER_ID, "4x");
    click(&mut app, "check");
    assert!(shows(
        &app,
        "That is not a number this quiz can read. Type digits, such as 12 or 3.5."
    ));
    assert!(!quiz_state(&app).shows_feedback());
    assert!(last_answer(folder.path(), "check", "q-number").is_none());
    // A decimal comma is read as people write it: 42,2 is within 0.5 of 42.
    let _ = app.update(Message::Quiz(quiz::Message::Input(String::new())));
    type_into(&mut app, quiz::NUMBER_ID, "42,2");
    click(&mut app, "check");
    assert!(shows(&app, "Correct"));

    // All answered: submitting goes straight to the results.
    click(&mut app, "submit");
    let result = quiz_state(&app).result().expect("submitted").clone();
    assert!((result.points - 6.0).abs() < 1e-9, "{result:?}");
    assert!(result.passed);
    let (attempt, answers) = stored(folder.path(), "check").pop().unwrap();
    let outcome = attempt.outcome.expect("finished in the store");
    assert!((outcome.score - 6.0 / 7.0).abs() < 1e-9);
    assert!(outcome.passed);
    assert_eq!(answers.len(), 7);
    assert!(shows(&app, "Your score: 86%"));
    assert!(shows(&app, "Pass mark: 50%"));
    assert!(shows(&app, "Passed"));
    assert!(shows(&app, "Your answer: False"));
    assert!(shows(&app, "One attempt left."));
    assert!(has_widget(&app, "try-again"));
    click(&mut app, "done");
    assert!(matches!(app.screen(), Screen::Course(_)));
}

#[test]
fn submitting_early_warns_then_attempts_run_out() {
    let folder = course_folder();
    let mut app = overview(folder.path());
    click(&mut app, "quiz-check");
    click(&mut app, "option-1");
    click(&mut app, "check");
    for _ in 0..6 {
        click(&mut app, "next");
    }
    assert_eq!(quiz_state(&app).position(), Some(6));
    click(&mut app, "submit");
    assert!(
        shows(
            &app,
            "Questions 2, 3, 4, 5, 6, 7 have no answer yet. They will score 0 if you submit now."
        ),
        "the warning names the unanswered questions"
    );
    assert!(quiz_state(&app).result().is_none(), "not submitted yet");
    click(&mut app, "keep-answering");
    assert_eq!(
        quiz_state(&app).position(),
        Some(1),
        "back to the first gap"
    );
    for _ in 0..5 {
        click(&mut app, "next");
    }
    click(&mut app, "submit");
    click(&mut app, "submit-anyway");
    let result = quiz_state(&app).result().expect("submitted").clone();
    assert!((result.score - 1.0 / 7.0).abs() < 1e-9);
    assert!(!result.passed);
    assert!(shows(&app, "Not passed yet"));
    assert!(shows(&app, "Your answer: (no answer)"));

    // The second and last attempt.
    click(&mut app, "try-again");
    assert_eq!(quiz_state(&app).position(), Some(0));
    assert!(quiz_state(&app).attempt().unwrap().responses.is_empty());
    assert_eq!(stored(folder.path(), "check").len(), 2);
    for _ in 0..6 {
        click(&mut app, "next");
    }
    click(&mut app, "submit");
    click(&mut app, "submit-anyway");
    assert!(quiz_state(&app).result().is_some());
    assert!(shows(&app, "No attempts left."));
    assert!(!has_widget(&app, "try-again"), "no attempts left to try");
    click(&mut app, "done");

    // Opening the quiz again says so, and what to do.
    click(&mut app, "quiz-check");
    assert!(quiz_state(&app).is_out_of_attempts());
    assert!(shows(&app, "You have used every attempt at this quiz"));
    assert!(shows(&app, "You made 2 attempts."));
    assert!(shows(&app, "Your best score: 14%"));
    assert!(shows(
        &app,
        "To try again, ask your trainer for more attempts. Meanwhile, review the module's lessons."
    ));
    assert_eq!(stored(folder.path(), "check").len(), 2, "no new attempt");
    click(&mut app, "done");
    assert!(matches!(app.screen(), Screen::Course(_)));
}

#[test]
fn an_unfinished_attempt_resumes_after_a_restart_with_its_answers() {
    let folder = course_folder();
    {
        let mut app = overview(folder.path());
        click(&mut app, "quiz-final");
        // Asked in file order: true/false, then the number.
        assert_eq!(quiz_state(&app).question_id(), Some("f-tf"));
        click(&mut app, "option-2");
        // Marked only after submitting: no Check, and no feedback on Next.
        assert!(!has_widget(&app, "check"));
        click(&mut app, "next");
        assert!(!quiz_state(&app).shows_feedback());
        let saved = last_answer(folder.path(), "final", "f-tf").expect("Next saves");
        assert_eq!(saved.points, None, "not marked while answering");
        type_into(&mut app, quiz::NUMBER_ID, "7");
        click(&mut app, "back");
        assert!(
            matches!(app.screen(), Screen::Course(_)),
            "Back leaves the quiz"
        );
        assert!(
            last_answer(folder.path(), "final", "f-number").is_some(),
            "Back saves"
        );
    }
    // A new app on the same data folder: the attempt and its answers come back.
    let mut app = overview(folder.path());
    click(&mut app, "quiz-final");
    let state = quiz_state(&app);
    let responses = &state.attempt().unwrap().responses;
    assert_eq!(responses["f-tf"], Response::TrueFalse(false));
    assert_eq!(responses["f-number"], Response::Number(7.0));
    assert_eq!(
        state.position(),
        Some(1),
        "every question answered: the last one"
    );
    assert_eq!(
        stored(folder.path(), "final").len(),
        1,
        "resumed, not restarted"
    );
    assert!(shows(&app, "7"), "the typed number is back on screen");
    click(&mut app, "submit");
    let result = quiz_state(&app).result().expect("submitted");
    assert!((result.score - 0.5).abs() < 1e-9, "{result:?}");
    // The review shows the right answers and why.
    assert!(shows(&app, "The right answer: 8"));
    assert!(shows(&app, "Why: Fire burns."));
    let (attempt, _) = stored(folder.path(), "final").pop().unwrap();
    assert!(attempt.outcome.unwrap().passed);
}

#[test]
fn an_answer_the_store_refuses_stays_on_screen_with_the_reason() {
    let folder = course_folder();
    let mut app = overview(folder.path());
    click(&mut app, "quiz-check");
    // Another window submits the attempt behind this one's back.
    {
        let (attempt, _) = stored(folder.path(), "check").pop().unwrap();
        let store = Store::open(&folder.path().join("data")).unwrap();
        let learner = store.learners().unwrap()[0].id;
        let session = store.open_session(learner, None).unwrap();
        let outcome = fieldcourse::progress::AttemptOutcome {
            points: 0.0,
            max_points: 7.0,
            score: 0.0,
            passed: false,
        };
        session.finish_attempt(attempt.id, &outcome).unwrap();
    }
    click(&mut app, "option-1");
    click(&mut app, "check");
    assert!(
        !quiz_state(&app).shows_feedback(),
        "no feedback for an unsaved answer"
    );
    assert!(has_widget(&app, "quiz-problem"));
    assert!(!shows(&app, "Correct"));
    // The answer is still picked: checking again tries again.
    assert!(has_widget(&app, "check"));
}

#[test]
fn number_keys_pick_answers_and_enter_confirms() {
    let press = |key: Key| keyboard::Event::KeyPressed {
        key: key.clone(),
        modified_key: key,
        physical_key: keyboard::key::Physical::Unidentified(
            keyboard::key::NativeCode::Unidentified,
        ),
        location: keyboard::Location::Standard,
        modifiers: Modifiers::empty(),
        text: None,
        repeat: false,
    };
    assert!(matches!(
        key_message(press(Key::Character("3".into()))),
        Some(Message::Shortcut(Shortcut::Answer(3)))
    ));
    assert!(matches!(
        key_message(press(Key::Named(Named::Enter))),
        Some(Message::Shortcut(Shortcut::Activate))
    ));
    assert!(key_message(press(Key::Character("0".into()))).is_none());

    let folder = course_folder();
    let mut app = overview(folder.path());
    click(&mut app, "quiz-check");
    let state = quiz_state(&app);
    assert!(matches!(
        state.key(&Key::Character("2".into()), Modifiers::empty()),
        Some(quiz::Message::Pick(1))
    ));
    assert!(
        state
            .key(&Key::Character("3".into()), Modifiers::empty())
            .is_none(),
        "the first question has two options"
    );
    let _ = app.update(Message::Shortcut(Shortcut::Answer(1)));
    let _ = app.update(Message::Shortcut(Shortcut::Space));
    assert!(
        !quiz_state(&app).shows_feedback(),
        "Space presses only a focused control; with none it scrolls"
    );
    let _ = app.update(Message::Shortcut(Shortcut::Activate));
    assert!(quiz_state(&app).shows_feedback(), "Enter checks");
    let _ = app.update(Message::Shortcut(Shortcut::Back));
    assert!(matches!(app.screen(), Screen::Course(_)));
}

#[test]
fn in_arabic_the_quiz_speaks_arabic() {
    let folder = course_folder();
    let mut app = app_for(folder.path(), "ar");
    click(&mut app, "open-course-0");
    click(&mut app, "quiz-check");
    assert!(shows(&app, "السؤال 1 من 7"));
    click(&mut app, "option-1");
    click(&mut app, "check");
    assert!(shows(&app, "إجابة صحيحة"));
}

#[test]
fn matching_picks_survive_leaving_the_question_before_check() {
    let folder = course_folder();
    let mut app = overview(folder.path());
    click(&mut app, "quiz-check");
    // To the matching question: answer the first three.
    click(&mut app, "option-1");
    click(&mut app, "check");
    click(&mut app, "next");
    click(&mut app, "option-1");
    click(&mut app, "check");
    click(&mut app, "next");
    click(&mut app, "option-1");
    click(&mut app, "check");
    click(&mut app, "next");
    assert_eq!(quiz_state(&app).question_id(), Some("q-match"));
    assert!(!has_widget(&app, "check"), "nothing picked yet");
    let _ = app.update(Message::Quiz(quiz::Message::Match {
        left: "p-water".into(),
        right: "p-water".into(),
    }));
    // Back a question and forward again, before Check: the pick is still there.
    click(&mut app, "previous");
    assert_eq!(quiz_state(&app).question_id(), Some("q-tf"));
    click(&mut app, "next");
    assert_eq!(quiz_state(&app).question_id(), Some("q-match"));
    assert!(has_widget(&app, "check"), "the pick is still there");
    // Out of the quiz and back in: still there.
    click(&mut app, "back");
    assert!(matches!(app.screen(), Screen::Course(_)));
    click(&mut app, "quiz-check");
    assert_eq!(quiz_state(&app).question_id(), Some("q-match"));
    assert!(
        has_widget(&app, "check"),
        "the pick is back after leaving the quiz"
    );
    // And it is part of the answer Check saves.
    let _ = app.update(Message::Quiz(quiz::Message::Match {
        left: "p-fire".into(),
        right: "p-fire".into(),
    }));
    click(&mut app, "check");
    let saved = last_answer(folder.path(), "check", "q-match").unwrap();
    assert_eq!(
        saved.answer,
        json!({"kind": "matching", "value": {"p-fire": "p-fire", "p-water": "p-water"}})
    );
}

/// "Previous question" and "Try again" are drawn outlined in the primary
/// colour, not in iced's grey secondary style that reads as disabled.
#[test]
fn previous_and_try_again_do_not_look_disabled() {
    use fieldcourse::gui::theme::{ThemeChoice, secondary_button};
    use iced::widget::button;
    fn luminance(color: iced::Color) -> f32 {
        let channel = |c: f32| {
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)
    }
    for choice in ThemeChoice::ALL {
        let theme = choice.theme();
        let style = secondary_button(&theme, button::Status::Active);
        let grey = button::secondary(&theme, button::Status::Active);
        assert_ne!(style.text_color, grey.text_color, "{choice:?}");
        assert!(style.border.width >= 1.0, "{choice:?}: outlined");
        let Some(iced::Background::Color(background)) = style.background else {
            panic!("{choice:?}: a plain background")
        };
        let (a, b) = (luminance(style.text_color), luminance(background));
        let ratio = (a.max(b) + 0.05) / (a.min(b) + 0.05);
        assert!(ratio >= 4.5, "{choice:?}: contrast {ratio:.2}");
    }
    // "Previous question" shows from the second question (drawn with
    // `Look::secondary_button`, as is "Try again" on the results).
    let folder = course_folder();
    let mut app = overview(folder.path());
    click(&mut app, "quiz-check");
    click(&mut app, "option-1");
    click(&mut app, "check");
    click(&mut app, "next");
    assert!(has_widget(&app, "previous"));
}
