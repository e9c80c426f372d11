//! The flagship course's 1.1.0 installs over 1.0.0 (the real 1.0.0 files, kept
//! in tests/fixtures/ctip-1.0.0) and a learner's progress carries over: ids are
//! stable, so what was done under 1.0.0 counts against 1.1.0.

use crate::common::new_learner;
use fieldcourse::certificate::eligibility;
use fieldcourse::certificate::issue::standing;
use fieldcourse::course::{ImportOptions, import_course};
use fieldcourse::progress::{AttemptOutcome, CourseProgress, Position, Store};
use serde_json::json;
use std::path::Path;

const COURSE: &str = "ctip-humanitarian";

/// Lessons a learner finished under 1.0.0: the first three modules.
const DONE: [&str; 10] = [
    "before-you-start",
    "definition",
    "trafficking-vs-smuggling",
    "forms-and-scale",
    "why-risk-rises",
    "crisis-settings",
    "who-is-at-risk",
    "indicators",
    "do-no-harm",
    "first-response-and-referral",
];

#[test]
fn version_1_1_0_installs_over_1_0_0_and_keeps_the_learners_progress() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let data = tempfile::tempdir().unwrap();
    let courses = data.path().join("courses");
    let store = Store::open(data.path()).unwrap();

    let first = import_course(
        &root.join("tests/fixtures/ctip-1.0.0"),
        &courses,
        &ImportOptions::default(),
    )
    .unwrap();
    assert!(first.replaced.is_none());
    let old = first.installed.loaded.course.clone().unwrap();
    assert_eq!(old.version, "1.0.0");
    let old_version = store.register_course(&old).unwrap();

    let session = store.create_learner(&new_learner("Amina", None)).unwrap();
    for lesson in DONE {
        session.complete_lesson(&old_version, lesson).unwrap();
    }
    let attempt = session
        .start_attempt(
            &old_version,
            "responding-quiz",
            7,
            &json!({"questions": ["responding-q1", "responding-q3", "responding-q5", "responding-q7", "responding-q8"]}),
        )
        .unwrap();
    session
        .record_answer(
            attempt,
            "responding-q1",
            &json!({"value": false}),
            Some(1.0),
        )
        .unwrap();
    let passed = AttemptOutcome {
        points: 4.0,
        max_points: 5.0,
        score: 0.8,
        passed: true,
    };
    session.finish_attempt(attempt, &passed).unwrap();
    let here = Position {
        item_id: "first-response-and-referral".to_owned(),
        block: 2,
    };
    session.set_position(&old_version, &here).unwrap();

    // The course as it ships now goes over it.
    let second = import_course(
        &root.join("courses").join(COURSE),
        &courses,
        &ImportOptions::default(),
    )
    .unwrap();
    let replaced = second.replaced.expect("1.1.0 replaces the installed 1.0.0");
    assert_eq!(replaced.version, "1.0.0");
    assert_eq!(replaced.added, ["psea"], "only the new lesson is added");
    assert!(replaced.removed.is_empty(), "{:?}", replaced.removed);
    let new = second.installed.loaded.course.clone().unwrap();
    assert_eq!(new.version, "1.1.0");
    for translation in second.installed.loaded.translations.values() {
        assert_eq!(translation.version, "1.1.0");
    }

    // Opening the course registers 1.1.0 and enrolls, as the app does.
    let new_version = store.register_course(&new).unwrap();
    session.enroll(&new_version).unwrap();
    let enrollment = session.enrollment(COURSE).unwrap().unwrap();
    assert_eq!(enrollment.course_version, "1.1.0");
    assert_eq!(
        enrollment.position,
        Some(here),
        "the place to resume is kept"
    );

    let lessons_total = u32::try_from(new.lessons().count()).unwrap();
    assert_eq!(new.lessons().count(), old.lessons().count() + 1);
    assert_eq!(
        session.course_progress(&new_version).unwrap(),
        CourseProgress {
            lessons_completed: u32::try_from(DONE.len()).unwrap(),
            lessons_total,
        }
    );
    let done = standing(&session, &new).unwrap();
    for lesson in DONE {
        assert!(done.lessons_completed.contains(lesson), "{lesson}");
    }
    let quiz = &done.quizzes["responding-quiz"];
    assert!(quiz.passed);
    assert_eq!(quiz.best_score, Some(0.8));
    let attempts = session.attempts(COURSE, "responding-quiz").unwrap();
    assert_eq!(attempts.len(), 1);
    assert_eq!(attempts[0].course_version, "1.0.0");
    assert_eq!(attempts[0].outcome, Some(passed));

    // What is left to do is counted against 1.1.0: the new lesson is not done.
    let left = eligibility(&new, &done);
    assert!(left.missing_lessons.contains(&"psea".to_owned()));
    assert!(
        !left
            .missing_lessons
            .iter()
            .any(|lesson| DONE.contains(&lesson.as_str())),
        "{:?}",
        left.missing_lessons
    );
    assert!(!left.missing_quizzes.contains(&"responding-quiz".to_owned()));
    assert!(
        left.missing_quizzes
            .contains(&"understanding-quiz".to_owned())
    );
}
