//! The trainer report.

use crate::common::*;
use fieldcourse::course::Course;
use fieldcourse::progress::{
    AttemptOutcome, LearnerSession, NewCertificate, QuizSummary, Timestamp,
};
use serde_json::json;

fn attempt(
    session: &LearnerSession<'_>,
    version: &fieldcourse::progress::CourseVersion,
    quiz: &str,
    score: f64,
    pass_mark: f64,
) {
    let attempt = session.start_attempt(version, quiz, 1, &json!([])).unwrap();
    session
        .finish_attempt(
            attempt,
            &AttemptOutcome {
                points: score * 2.0,
                max_points: 2.0,
                score,
                passed: score >= pass_mark,
            },
        )
        .unwrap();
}

#[test]
fn a_row_per_learner_and_course_with_lessons_quizzes_and_certificate() {
    let fixture = Fixture::new();
    let store = &fixture.store;
    let safety = store.register_course(&course()).unwrap();
    let other = store.register_course(&other_course("first-aid")).unwrap();
    let bilal = fixture.learner("Bilal");
    let amina = fixture.learner("amina");
    for lesson in ["l1", "l2", "l3"] {
        amina.complete_lesson(&safety, lesson).unwrap();
    }
    amina.open_lesson(&safety, "l4").unwrap();
    attempt(&amina, &safety, "quiz1", 0.5, 0.7);
    attempt(&amina, &safety, "quiz1", 1.0, 0.7);
    attempt(&amina, &safety, "quiz1", 0.75, 0.7);
    // An attempt still open does not count.
    amina
        .start_attempt(&safety, "quiz2", 1, &json!([]))
        .unwrap();
    attempt(&amina, &safety, "final", 0.9, 0.8);
    amina
        .record_completion(
            &safety,
            Some(&NewCertificate {
                id: "FC-1".to_owned(),
                name_on_certificate: "Amina Fullname".to_owned(),
                credential: None,
            }),
            Timestamp::now(),
        )
        .unwrap();
    bilal.enroll(&safety).unwrap();
    bilal.complete_lesson(&other, "l1").unwrap();

    let rows = store.report(None).unwrap();
    let keys: Vec<(&str, &str)> = rows
        .iter()
        .map(|row| (row.display_name.as_str(), row.course_id.as_str()))
        .collect();
    assert_eq!(
        keys,
        [
            ("amina", "field-safety"),
            ("Bilal", "field-safety"),
            ("Bilal", "first-aid")
        ]
    );
    let row = &rows[0];
    assert_eq!(row.certificate_name, "amina Fullname");
    assert_eq!(row.course_title, "Field safety");
    assert_eq!(row.course_version, "1.0.0");
    assert_eq!((row.lessons_completed, row.lessons_total), (3, 4));
    assert_eq!(
        row.quizzes,
        [
            QuizSummary {
                quiz_id: "quiz1".to_owned(),
                title: "Quiz quiz1".to_owned(),
                attempts: 3,
                best_score: Some(1.0),
                passed: true,
            },
            QuizSummary {
                quiz_id: "quiz2".to_owned(),
                title: "Quiz quiz2".to_owned(),
                attempts: 0,
                best_score: None,
                passed: false,
            },
        ]
    );
    let final_assessment = row.final_assessment.as_ref().unwrap();
    assert_eq!(
        (
            final_assessment.attempts,
            final_assessment.best_score,
            final_assessment.passed
        ),
        (1, Some(0.9), true)
    );
    assert!(row.completed_at.is_some());
    assert_eq!(row.certificate_id.as_deref(), Some("FC-1"));

    let bilal_safety = &rows[1];
    assert_eq!(bilal_safety.lessons_completed, 0);
    assert_eq!(bilal_safety.certificate_id, None);
    assert_eq!(rows[2].lessons_completed, 1);

    let only = store.report(Some("first-aid")).unwrap();
    assert_eq!(only.len(), 1);
    assert_eq!(only[0].display_name, "Bilal");
    assert!(store.report(Some("nothing")).unwrap().is_empty());
}

#[test]
fn the_report_counts_against_the_current_version_of_each_course() {
    let fixture = Fixture::new();
    let store = &fixture.store;
    let first = store.register_course(&course()).unwrap();
    let session = fixture.learner("Amina");
    session.complete_lesson(&first, "l3").unwrap();
    session.complete_lesson(&first, "l4").unwrap();
    attempt(&session, &first, "quiz2", 0.8, 0.7);

    // 1.1.0 drops l3 and the second module's quiz.
    let mut value = course_json();
    value["version"] = json!("1.1.0");
    value["modules"][1]["lessons"] = json!([
        {"id": "l4", "title": "Lesson l4", "blocks": [{"kind": "markdown", "text": "T"}]}
    ]);
    value["modules"][1].as_object_mut().unwrap().remove("quiz");
    let updated: Course = serde_json::from_value(value).unwrap();
    store.register_course(&updated).unwrap();

    let row = &store.report(None).unwrap()[0];
    assert_eq!(row.course_version, "1.1.0");
    assert_eq!((row.lessons_completed, row.lessons_total), (1, 3));
    let quizzes: Vec<&str> = row.quizzes.iter().map(|q| q.quiz_id.as_str()).collect();
    assert_eq!(quizzes, ["quiz1"]);
    // History is kept, only not counted.
    assert_eq!(session.lessons("field-safety").unwrap().len(), 2);
    assert_eq!(session.attempts("field-safety", "quiz2").unwrap().len(), 1);
}
