//! The trainer area's questions tab over a seeded store: the flags in words,
//! the option shares, and reaching every question from the keyboard.

use crate::trainer::Area;
use fieldcourse::certificate::keys::Keyring;
use fieldcourse::course::Course;
use fieldcourse::gui::screen::trainer::{Message, QuestionsMessage, Tab};
use fieldcourse::gui::widget::Focus;
use fieldcourse::progress::{AttemptOutcome, NewLearner, Profile, Store, Timestamp};
use fieldcourse::quiz::{Attempt, AttemptPlan, PlannedQuestion, Response};
use fieldcourse::records::{collect_file, export_records};
use serde_json::json;
use tempfile::TempDir;

fn course_json() -> serde_json::Value {
    json!({
        "format": "fieldcourse/1", "id": "water", "version": "1.0.0", "language": "en",
        "title": "Safe water", "summary": "Water.", "publisher": "Tests", "estimated_minutes": 10,
        "modules": [{"id": "m1", "title": "One", "lessons": [
            {"id": "l1", "title": "Lesson", "blocks": [{"kind": "markdown", "text": "Text."}]}
        ], "quiz": {"id": "check", "title": "Check", "pass_mark": 0.5, "questions": [
            {"id": "q1", "kind": "single_choice", "prompt": "Which water is safe?", "options": [
                {"id": "a", "text": "Boiled", "correct": true},
                {"id": "b", "text": "Clear"},
                {"id": "c", "text": "Cold"}]},
            {"id": "q2", "kind": "true_false", "prompt": "Chlorine kills germs.", "answer": true}
        ]}}]
    })
}

/// Learners on `store`, one per answer, each submitting one attempt at the
/// quiz with q1 answered with the option and q2 with the truth value.
fn take_check(store: &Store, answers: &[(&str, bool)]) {
    let course: Course = serde_json::from_value(course_json()).unwrap();
    let quiz = course.modules[0].quiz.clone().unwrap();
    let version = store.register_course(&course).unwrap();
    let plan = AttemptPlan {
        seed: 0,
        questions: ["q1", "q2"]
            .map(|id| PlannedQuestion {
                question_id: id.to_owned(),
                order: Vec::new(),
            })
            .to_vec(),
    };
    for (n, (option, truth)) in answers.iter().enumerate() {
        let session = store
            .create_learner(&NewLearner {
                profile: Profile {
                    display_name: format!("Learner {n}"),
                    certificate_name: String::new(),
                    language: "en".to_owned(),
                },
                pin: None,
            })
            .unwrap();
        let id = session.start_attempt(&version, "check", 0, &plan).unwrap();
        let mut attempt = Attempt::new(plan.clone());
        for (question, response) in [
            ("q1", Response::Choice(vec![(*option).to_owned()])),
            ("q2", Response::TrueFalse(*truth)),
        ] {
            session
                .record_answer(id, question, &response, None)
                .unwrap();
            attempt.responses.insert(question.to_owned(), response);
        }
        let result = attempt.submit(&quiz).unwrap();
        session
            .finish_attempt(id, &AttemptOutcome::from(&result))
            .unwrap();
    }
}

/// The trainer's data folder with the course installed, and its store.
fn trainer_folder() -> (TempDir, Store) {
    let root = TempDir::new().unwrap();
    let data = root.path().join("data");
    let folder = data.join("courses/water");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("course.json"), course_json().to_string()).unwrap();
    let store = Store::open(&data).unwrap();
    (root, store)
}

/// Six learners: q1 answered a, a, a, a, b, b; q2 true, true, false, true, true, false.
const SIX: [(&str, bool); 6] = [
    ("a", true),
    ("a", true),
    ("a", false),
    ("a", true),
    ("b", true),
    ("b", false),
];

fn seeded() -> Area {
    let (root, store) = trainer_folder();
    take_check(&store, &SIX);
    Area::open(root, store)
}

/// The six learners of [`seeded`], and two more on another laptop whose
/// records file the trainer collected: both picked Cold, one said false.
fn seeded_with_a_laptop() -> Area {
    let (root, store) = trainer_folder();
    take_check(&store, &SIX);
    let laptop = TempDir::new().unwrap();
    let laptop_store = Store::open(laptop.path()).unwrap();
    take_check(&laptop_store, &[("c", true), ("c", false)]);
    let export = export_records(
        &laptop_store,
        &Keyring::new(laptop.path()),
        &root.path().join("usb"),
        Some("Laptop A"),
        Timestamp::from_unix_ms(1_000),
    )
    .unwrap();
    collect_file(&store, &export.path, Timestamp::from_unix_ms(2_000)).unwrap();
    Area::open(root, store)
}

#[test]
fn the_questions_tab_shows_the_flags_and_what_learners_picked() {
    let mut area = seeded();
    area.click("tab-questions");
    assert_eq!(area.state.tab(), Tab::Questions);
    assert!(area.shows("6 attempts analysed"));
    assert!(area.shows("Pass rate 83% (pass mark 50%)"));
    assert!(
        area.shows("A wrong option nobody picks"),
        "q1's flag in words"
    );
    assert!(area.shows("No flags"), "q2 works well");
    assert!(
        !area.shows("Right answer: Boiled"),
        "details open on demand"
    );

    area.click("questions-item-0");
    assert!(area.shows("Which water is safe?"));
    assert!(area.shows("Right answer: Boiled"));
    assert!(area.shows("Boiled (right answer)"));
    assert!(area.shows("67% (4)"), "four of six picked the right option");
    assert!(area.shows("33% (2)"));
    assert!(area.shows("0% (0)"), "nobody picked Cold");

    area.click("questions-item-1");
    assert!(area.shows("Right answer: True"));
    assert!(
        !area.shows("Boiled (right answer)"),
        "one question open at a time"
    );
}

#[test]
fn every_question_is_reachable_from_the_keyboard() {
    let mut area = seeded();
    area.click("tab-questions");
    let order = area.state.focus_order();
    let ids: Vec<&str> = order.iter().map(Focus::id).collect();
    for wanted in [
        "tab-questions",
        "questions-course-0",
        "questions-quiz-0",
        "questions-scope",
        "questions-item-0",
        "questions-item-1",
    ] {
        assert!(ids.contains(&wanted), "{wanted} missing from {ids:?}");
    }
    // Enter on a question's row sends its message, as a click does.
    let enter = order
        .into_iter()
        .find_map(|focus| match focus {
            Focus::Press(id, message) if id == "questions-item-1" => Some(message),
            _ => None,
        })
        .unwrap();
    assert!(matches!(
        enter,
        Message::Questions(QuestionsMessage::PickQuestion(1))
    ));
    area.deliver(vec![enter]);
    assert!(area.shows("Chlorine kills germs."));
    area.click("questions-scope");
    assert!(area.shows("Showing all attempts: show first attempts only"));
}

#[test]
fn the_questions_tab_counts_the_attempts_collected_from_other_laptops() {
    let mut local = seeded();
    local.click("tab-questions");
    assert!(!local.has("questions-collected"), "nothing collected yet");

    let mut area = seeded_with_a_laptop();
    area.click("tab-questions");
    assert!(area.shows("8 attempts analysed"));
    assert!(area.has("questions-collected"));
    assert!(area.shows(
        "Of these, 2 attempts were taken on other laptops and came in their records files."
    ));
    // The figures are over all eight: Cold is picked now, by two of eight.
    assert!(
        !area.shows("A wrong option nobody picks"),
        "the laptop's learners picked Cold"
    );
    area.click("questions-item-0");
    assert!(
        area.shows("50% (4)"),
        "four of eight picked the right option"
    );
    assert!(area.shows("25% (2)"), "two picked Clear, two Cold");
}
