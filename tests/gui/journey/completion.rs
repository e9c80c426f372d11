//! Completing a course: the certificate appears, and the report, the library
//! and the learning records say so, once.

use super::{course_folder, course_records, shows};
use crate::common::{add_learner, app_for, click, paths_for, start};
use fieldcourse::gui::app::Screen;
use fieldcourse::progress::Store;

#[test]
fn finishing_the_last_lesson_of_a_complete_course_shows_the_certificate() {
    let folder = course_folder();
    let mut app = app_for(folder.path(), "en");
    {
        // The quiz is already passed; only the lessons remain.
        let store = Store::open(&paths_for(folder.path()).data_dir).unwrap();
        let course = fieldcourse::course::load_course(&folder.path().join("journey-course"))
            .course
            .unwrap();
        let version = store.register_course(&course).unwrap();
        let id = store.learners().unwrap()[0].id;
        let session = store.open_session(id, None).unwrap();
        let attempt = session
            .start_attempt(&version, "quiz", 7, &serde_json::json!({}))
            .unwrap();
        session
            .finish_attempt(
                attempt,
                &fieldcourse::progress::AttemptOutcome {
                    points: 1.0,
                    max_points: 1.0,
                    score: 1.0,
                    passed: true,
                },
            )
            .unwrap();
    }
    click(&mut app, "open-course-0");
    click(&mut app, "start");
    click(&mut app, "next");
    click(&mut app, "next");
    assert!(matches!(app.screen(), Screen::Lesson(_)));
    click(&mut app, "next");
    assert!(
        matches!(app.screen(), Screen::Certificate(_)),
        "the certificate appears once the course is complete"
    );
    assert!(shows(&app, "Amina Diallo"));
    let store = Store::open(&paths_for(folder.path()).data_dir).unwrap();
    assert!(store.report(None).unwrap()[0].completed_at.is_some());
    let verbs: Vec<String> = course_records(&store, "journey")
        .into_iter()
        .map(|(verb, _)| verb)
        .collect();
    assert_eq!(verbs, ["initialized", "completed", "earned"]);
    click(&mut app, "back");
    assert!(
        matches!(app.screen(), Screen::Course(_)),
        "back from the certificate is the overview, and it does not pop up again"
    );
}

#[test]
fn opening_a_course_whose_rule_is_already_met_records_it_and_shows_the_certificate() {
    let folder = course_folder();
    add_learner(folder.path(), "Amina Diallo", "en");
    {
        // Everything done, as a file from before completions were recorded
        // (or a new version whose rule asks for less) holds it.
        let store = Store::open(&paths_for(folder.path()).data_dir).unwrap();
        let course = fieldcourse::course::load_course(&folder.path().join("journey-course"))
            .course
            .unwrap();
        let version = store.register_course(&course).unwrap();
        let id = store.learners().unwrap()[0].id;
        let session = store.open_session(id, None).unwrap();
        for lesson in ["one", "two", "three"] {
            session.complete_lesson(&version, lesson).unwrap();
        }
        let attempt = session
            .start_attempt(&version, "quiz", 7, &serde_json::json!({}))
            .unwrap();
        let passed = fieldcourse::progress::AttemptOutcome {
            points: 1.0,
            max_points: 1.0,
            score: 1.0,
            passed: true,
        };
        session.finish_attempt(attempt, &passed).unwrap();
        assert_eq!(store.report(None).unwrap()[0].completed_at, None);
    }
    let mut app = start(folder.path(), "en");
    assert!(shows(&app, "Continue"));
    click(&mut app, "open-course-0");
    assert!(matches!(app.screen(), Screen::Certificate(_)));
    let store = Store::open(&paths_for(folder.path()).data_dir).unwrap();
    assert!(store.report(None).unwrap()[0].completed_at.is_some());
    click(&mut app, "back");
    click(&mut app, "back");
    assert!(shows(&app, "Review the course"));
}

#[test]
fn completing_a_course_in_the_app_records_it_in_the_report_the_library_and_the_records() {
    let folder = course_folder();
    let mut app = app_for(folder.path(), "en");
    click(&mut app, "open-course-0");
    click(&mut app, "start");
    for _ in 0..3 {
        click(&mut app, "next");
    }
    assert!(
        matches!(app.screen(), Screen::Quiz(_)),
        "the quiz is still to pass: the last lesson leads on to it"
    );
    click(&mut app, "option-1");
    click(&mut app, "check");
    click(&mut app, "submit");
    click(&mut app, "done");
    assert!(
        matches!(app.screen(), Screen::Certificate(_)),
        "passing the last quiz completes the course and shows the certificate"
    );
    assert!(shows(
        &app,
        "Well done: you have completed the course. Your certificate is ready."
    ));
    click(&mut app, "back");
    click(&mut app, "back");
    assert!(matches!(app.screen(), Screen::Library(_)));
    assert!(shows(&app, "Review the course"));
    assert!(
        !shows(&app, "Continue"),
        "a completed course is not continued"
    );

    let store = Store::open(&paths_for(folder.path()).data_dir).unwrap();
    let rows = store.report(None).unwrap();
    assert_eq!(rows.len(), 1);
    let completed_at = rows[0]
        .completed_at
        .expect("the report has the completion date");
    let certificate_id = rows[0].certificate_id.clone().expect("and the certificate");
    let records = course_records(&store, "journey");
    let verbs: Vec<&str> = records.iter().map(|(verb, _)| verb.as_str()).collect();
    assert_eq!(verbs, ["initialized", "completed", "earned"]);
    assert_eq!(
        records[1].1["timestamp"],
        completed_at.to_rfc3339_ms().as_str()
    );
    assert_eq!(
        records[2].1["result"]["extensions"]["https://fieldcourse.invalid/xapi/extensions/certificate-id"],
        certificate_id.as_str()
    );

    // A restart keeps it all, and opening the course again adds nothing.
    drop(store);
    drop(app);
    let mut app = start(folder.path(), "en");
    assert!(shows(&app, "Review the course"));
    click(&mut app, "open-course-0");
    assert!(matches!(app.screen(), Screen::Course(_)));
    let store = Store::open(&paths_for(folder.path()).data_dir).unwrap();
    assert_eq!(course_records(&store, "journey").len(), 3);
}
