//! Enrollments, lesson progress, notes, certificates and course updates.

use crate::common::*;
use fieldcourse::course::Course;
use fieldcourse::progress::{
    CourseProgress, Error, ItemKind, NewCertificate, Position, Timestamp, content_hash,
};
use serde_json::json;

#[test]
fn opening_a_lesson_enrolls_and_remembers_where_to_continue() {
    let fixture = Fixture::new();
    let version = fixture.store.register_course(&course()).unwrap();
    let session = fixture.learner("Amina");
    assert_eq!(session.enrollment("field-safety").unwrap(), None);
    session.open_lesson(&version, "l2").unwrap();
    let enrollment = session.enrollment("field-safety").unwrap().unwrap();
    assert_eq!(enrollment.course_version, "1.0.0");
    assert_eq!(
        enrollment.position,
        Some(Position {
            item_id: "l2".to_owned(),
            block: 0
        })
    );
    assert_eq!(enrollment.completed_at, None);
    session
        .set_position(
            &version,
            &Position {
                item_id: "quiz1".to_owned(),
                block: 3,
            },
        )
        .unwrap();
    let position = session.enrollments().unwrap()[0].position.clone();
    assert_eq!(position.unwrap().block, 3);
}

#[test]
fn time_adds_up_and_the_first_completion_is_kept() {
    let fixture = Fixture::new();
    let version = fixture.store.register_course(&course()).unwrap();
    let session = fixture.learner("Amina");
    session.open_lesson(&version, "l1").unwrap();
    session.add_lesson_time(&version, "l1", 30).unwrap();
    session.add_lesson_time(&version, "l1", 45).unwrap();
    session.complete_lesson(&version, "l1").unwrap();
    let first = session.lessons("field-safety").unwrap()[0].clone();
    session.complete_lesson(&version, "l1").unwrap();
    session.open_lesson(&version, "l1").unwrap();
    let again = session.lessons("field-safety").unwrap()[0].clone();
    assert_eq!(again.seconds_spent, 75);
    assert!(first.completed_at.is_some());
    assert_eq!(again.completed_at, first.completed_at);
    assert_eq!(again.first_opened_at, first.first_opened_at);
    assert_eq!(
        session.course_progress(&version).unwrap(),
        CourseProgress {
            lessons_completed: 1,
            lessons_total: 4
        }
    );
}

#[test]
fn an_id_the_course_version_does_not_have_is_refused() {
    let fixture = Fixture::new();
    let version = fixture.store.register_course(&course()).unwrap();
    let session = fixture.learner("Amina");
    let error = session
        .complete_lesson(&version, "no-such-lesson")
        .unwrap_err();
    assert!(
        matches!(&error, Error::NotInCourse { item_id, .. } if item_id == "no-such-lesson"),
        "{error:?}"
    );
    assert!(error.to_string().contains("field-safety"));
    assert!(session.lessons("field-safety").unwrap().is_empty());
}

#[test]
fn a_course_update_keeps_progress_on_ids_that_remain_and_the_rest_as_history() {
    let fixture = Fixture::new();
    let store = &fixture.store;
    let first = store.register_course(&course()).unwrap();
    let session = fixture.learner("Amina");
    for lesson in ["l1", "l2", "l3"] {
        session.complete_lesson(&first, lesson).unwrap();
    }
    session.save_note(&first, "r1", "kept").unwrap();

    // Version 1.1.0 drops lesson l3 and adds l5.
    let mut value = course_json();
    value["version"] = json!("1.1.0");
    value["modules"][1]["lessons"][0] =
        json!({"id": "l5", "title": "New", "blocks": [{"kind": "markdown", "text": "New."}]});
    let updated: Course = serde_json::from_value(value).unwrap();
    let second = store.register_course(&updated).unwrap();
    assert_ne!(second.content_hash(), first.content_hash());
    assert_eq!(
        store.course("field-safety").unwrap().unwrap().version(),
        "1.1.0"
    );

    assert_eq!(
        session.course_progress(&second).unwrap(),
        CourseProgress {
            lessons_completed: 2,
            lessons_total: 4
        }
    );
    // Nothing was lost: l3 stays, recorded under 1.0.0.
    let lessons = session.lessons("field-safety").unwrap();
    let l3 = lessons
        .iter()
        .find(|lesson| lesson.lesson_id == "l3")
        .unwrap();
    assert_eq!(l3.course_version, "1.0.0");
    assert!(l3.completed_at.is_some());
    // Progress made now is recorded under the new version.
    session.complete_lesson(&second, "l5").unwrap();
    let lessons = session.lessons("field-safety").unwrap();
    let l5 = lessons
        .iter()
        .find(|lesson| lesson.lesson_id == "l5")
        .unwrap();
    assert_eq!(l5.course_version, "1.1.0");
    assert_eq!(
        session.note("field-safety", "r1").unwrap().unwrap().text,
        "kept"
    );
    // The new version has no l3, so no progress can be recorded on it there.
    assert!(session.complete_lesson(&second, "l3").is_err());
    // Registering the old content again makes it current again, without a copy.
    let again = store.register_course(&course()).unwrap();
    assert_eq!(again.content_hash(), first.content_hash());
    assert_eq!(fixture.count("SELECT count(*) FROM course_versions"), 2);
}

#[test]
fn the_content_hash_follows_the_content_only() {
    let a = content_hash(&course());
    assert_eq!(a.len(), 64);
    assert_eq!(a, content_hash(&course()));
    let mut changed = course();
    changed.modules[0].lessons[0].title.push('!');
    assert_ne!(content_hash(&changed), a);
}

#[test]
fn the_structure_of_each_version_is_recorded_in_order() {
    let fixture = Fixture::new();
    let version = fixture.store.register_course(&course()).unwrap();
    let items = fixture.store.course_items(&version).unwrap();
    let listed: Vec<(&str, ItemKind)> = items.iter().map(|i| (i.id.as_str(), i.kind)).collect();
    assert_eq!(
        listed,
        [
            ("l1", ItemKind::Lesson),
            ("l2", ItemKind::Lesson),
            ("r1", ItemKind::Reflection),
            ("quiz1", ItemKind::Quiz),
            ("l3", ItemKind::Lesson),
            ("l4", ItemKind::Lesson),
            ("quiz2", ItemKind::Quiz),
            ("final", ItemKind::FinalAssessment),
        ]
    );
}

#[test]
fn notes_are_replaced_and_kept_per_block() {
    let fixture = Fixture::new();
    let version = fixture.store.register_course(&course()).unwrap();
    let session = fixture.learner("Amina");
    session.save_note(&version, "r1", "first thought").unwrap();
    session.save_note(&version, "r1", "second thought").unwrap();
    let notes = session.notes("field-safety").unwrap();
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].text, "second thought");
    assert!(notes[0].updated_at >= notes[0].created_at);
    // Only reflection ids of the course take notes.
    assert!(matches!(
        session.save_note(&version, "nowhere", "x"),
        Err(Error::NotInCourse { .. })
    ));
    // Another learner sees none of it.
    assert!(
        fixture
            .learner("Bilal")
            .notes("field-safety")
            .unwrap()
            .is_empty()
    );
}

#[test]
fn courses_and_certificates_are_recorded() {
    let fixture = Fixture::new();
    let version = fixture.store.register_course(&course()).unwrap();
    let session = fixture.learner("Amina");
    let first = Timestamp::from_unix_ms(1_777_887_000_000);
    let done = session.record_completion(&version, None, first).unwrap();
    assert_eq!((done.completed_at, done.newly_completed), (first, true));
    assert_eq!(done.certificate, None);
    let completed = session
        .enrollment("field-safety")
        .unwrap()
        .unwrap()
        .completed_at;
    assert_eq!(completed, Some(first));
    // The first completion time is kept; a certificate may come later.
    let certificate = NewCertificate {
        id: "FC-2026-0001".to_owned(),
        name_on_certificate: "Amina Fullname".to_owned(),
        credential: Some("{}".to_owned()),
    };
    let later = Timestamp::from_unix_ms(1_777_887_060_000);
    let done = session
        .record_completion(&version, Some(&certificate), later)
        .unwrap();
    assert_eq!((done.completed_at, done.newly_completed), (first, false));
    assert!(done.certificate_is_new);
    assert_eq!(done.certificate.unwrap().issued_at, later);
    let issued = session.certificates().unwrap();
    assert_eq!(issued.len(), 1);
    assert_eq!(issued[0].id, "FC-2026-0001");
    assert_eq!(issued[0].course_version, "1.0.0");
    // One certificate per course: another one offered is not kept.
    let other = NewCertificate {
        id: "FC-2026-0002".to_owned(),
        ..certificate
    };
    let done = session
        .record_completion(&version, Some(&other), Timestamp::now())
        .unwrap();
    assert!(!done.certificate_is_new);
    assert_eq!(done.certificate.unwrap().id, "FC-2026-0001");
    assert_eq!(session.certificates().unwrap().len(), 1);
}

#[test]
fn device_settings_survive_a_change_of_type() {
    let fixture = Fixture::new();
    let store = &fixture.store;
    assert_eq!(store.setting::<String>("theme").unwrap(), None);
    store.set_setting("theme", "dark").unwrap();
    assert_eq!(
        store.setting::<String>("theme").unwrap().as_deref(),
        Some("dark")
    );
    // Read as another type, the value counts as missing: the caller's default applies.
    assert_eq!(store.setting::<u32>("theme").unwrap(), None);
    store.remove_setting("theme").unwrap();
    assert_eq!(store.setting::<String>("theme").unwrap(), None);
}

#[test]
fn reading_time_counted_by_the_clock_is_stored_with_the_idle_cap() {
    use fieldcourse::progress::{IDLE_CAP, ReadingClock};
    use std::time::{Duration, Instant};
    let fixture = Fixture::new();
    let version = fixture.store.register_course(&course()).unwrap();
    let session = fixture.learner("Amina");
    session.open_lesson(&version, "l1").unwrap();
    let start = Instant::now();
    let at = |seconds: u64| start + Duration::from_secs(seconds);
    let mut clock = ReadingClock::new();
    clock.input(at(0));
    clock.input(at(40));
    clock.tick(at(95));
    session
        .add_lesson_time(&version, "l1", clock.take_seconds())
        .unwrap();
    assert_eq!(
        session.lessons("field-safety").unwrap()[0].seconds_spent,
        95
    );
    // Left open for two hours without a touch: only the cap is added.
    clock.tick(at(95 + 7_200));
    session
        .add_lesson_time(&version, "l1", clock.take_seconds())
        .unwrap();
    let expected = 40 + IDLE_CAP.as_secs();
    assert_eq!(
        session.lessons("field-safety").unwrap()[0].seconds_spent,
        expected
    );
}

#[test]
fn completing_a_lesson_and_opening_the_next_in_one_write_records_what_three_writes_did() {
    // The lesson reader's Next: the lesson completed with its reading time
    // and the next one opened, in one transaction, as the separate calls
    // record them (lessons, the place to continue from, the statements).
    let record = |one_write: bool| {
        let fixture = Fixture::new();
        let version = fixture.store.register_course(&course()).unwrap();
        let session = fixture.learner("Amina");
        session.open_lesson(&version, "l1").unwrap();
        if one_write {
            session
                .complete_lesson_and_open(&version, "l1", 40, Some("l2"))
                .unwrap();
        } else {
            session.add_lesson_time(&version, "l1", 40).unwrap();
            session.complete_lesson(&version, "l1").unwrap();
            session.open_lesson(&version, "l2").unwrap();
        }
        let lessons: Vec<_> = session
            .lessons("field-safety")
            .unwrap()
            .into_iter()
            .map(|lesson| {
                (
                    lesson.lesson_id,
                    lesson.completed_at.is_some(),
                    lesson.seconds_spent,
                )
            })
            .collect();
        let position = session
            .enrollment("field-safety")
            .unwrap()
            .unwrap()
            .position;
        let statements: Vec<_> = fixture
            .store
            .outbox_statements(None, 0, 1_000)
            .unwrap()
            .into_iter()
            .map(|sent| {
                let statement = sent.statement;
                (
                    statement["verb"]["id"].clone(),
                    statement["object"]["id"].clone(),
                    statement["result"].clone(),
                )
            })
            .collect();
        (lessons, position, statements)
    };
    let (lessons, position, statements) = record(true);
    assert_eq!(
        (lessons.clone(), position.clone(), statements.clone()),
        record(false)
    );
    assert!(
        lessons.contains(&("l1".to_owned(), true, 40)),
        "{lessons:?}"
    );
    assert!(lessons.iter().any(|(id, done, _)| id == "l2" && !done));
    assert_eq!(
        position,
        Some(Position {
            item_id: "l2".to_owned(),
            block: 0
        })
    );
    let completed = statements
        .iter()
        .find(|(verb, _, _)| verb == "http://adlnet.gov/expapi/verbs/completed")
        .unwrap();
    assert_eq!(completed.2["duration"], "PT40S");

    // Without a next lesson (a quiz follows), only the completion.
    let fixture = Fixture::new();
    let version = fixture.store.register_course(&course()).unwrap();
    let session = fixture.learner("Amina");
    session
        .complete_lesson_and_open(&version, "l1", 0, None)
        .unwrap();
    let lessons = session.lessons("field-safety").unwrap();
    assert_eq!(lessons.len(), 1);
    assert!(lessons[0].completed_at.is_some());
    // A next lesson the version does not have refuses the whole write.
    let error = session
        .complete_lesson_and_open(&version, "l2", 5, Some("no-such-lesson"))
        .unwrap_err();
    assert!(matches!(error, Error::NotInCourse { .. }), "{error:?}");
    assert_eq!(session.lessons("field-safety").unwrap().len(), 1);
}
