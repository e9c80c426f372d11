//! Learners, PINs, sessions and removal.

use crate::common::*;
use fieldcourse::progress::{
    AttemptOutcome, Error, LearnerId, NewCertificate, Profile, Store, Timestamp,
};
use serde_json::json;

#[test]
fn the_picker_lists_names_sorted_without_private_details() {
    let fixture = Fixture::new();
    fixture.learner("zainab");
    fixture
        .store
        .create_learner(&new_learner("Amina", Some("1234")))
        .unwrap();
    let learners = fixture.store.learners().unwrap();
    let names: Vec<(&str, bool)> = learners
        .iter()
        .map(|l| (l.display_name.as_str(), l.has_pin))
        .collect();
    assert_eq!(names, [("Amina", true), ("zainab", false)]);
}

#[test]
fn a_pin_is_asked_for_checked_and_stored_only_as_a_salted_hash() {
    let fixture = Fixture::new();
    let id = fixture
        .store
        .create_learner(&new_learner("Amina", Some("8642")))
        .unwrap()
        .id();
    let store = &fixture.store;
    assert!(matches!(
        store.open_session(id, None),
        Err(Error::PinRequired { .. })
    ));
    let wrong = store.open_session(id, Some("0000")).unwrap_err();
    assert!(matches!(wrong, Error::WrongPin { .. }), "{wrong:?}");
    assert!(wrong.to_string().contains("Amina"));
    assert_eq!(store.open_session(id, Some("8642")).unwrap().id(), id);

    let hash: String = raw(&fixture.database())
        .query_row("SELECT pin_hash FROM learners", [], |row| row.get(0))
        .unwrap();
    assert!(hash.starts_with("$argon2id$"), "{hash}");
    assert!(!hash.contains("8642"));
    // Same PIN, another learner: another salt, another hash.
    store
        .create_learner(&new_learner("Bilal", Some("8642")))
        .unwrap();
    assert_eq!(
        fixture.count("SELECT count(DISTINCT pin_hash) FROM learners"),
        2
    );
}

#[test]
fn a_pin_can_be_changed_and_removed_through_the_session() {
    let fixture = Fixture::new();
    let session = fixture.learner("Amina");
    let id = session.id();
    session.set_pin(Some("secret")).unwrap();
    assert!(fixture.store.open_session(id, None).is_err());
    let session = fixture.store.open_session(id, Some("secret")).unwrap();
    session.set_pin(None).unwrap();
    assert!(fixture.store.open_session(id, None).is_ok());
    let short = session.set_pin(Some("12")).unwrap_err();
    assert!(
        matches!(short, Error::PinLength { min: 4, .. }),
        "{short:?}"
    );
}

#[test]
fn profiles_are_checked_and_trimmed() {
    let fixture = Fixture::new();
    let empty = fixture
        .store
        .create_learner(&new_learner("   ", None))
        .unwrap_err();
    assert!(matches!(empty, Error::InvalidInput { .. }));
    assert!(empty.to_string().contains("name is empty"), "{empty}");
    assert!(empty.to_string().contains("progress.sqlite"), "{empty}");

    let session = fixture.learner("  Amina ");
    session
        .update_profile(&Profile {
            display_name: "Amina K.".to_owned(),
            certificate_name: "  ".to_owned(),
            language: "fr".to_owned(),
        })
        .unwrap();
    let learner = session.learner().unwrap();
    assert_eq!(learner.display_name, "Amina K.");
    // A blank name for certificates means the display name.
    assert_eq!(learner.certificate_name, "Amina K.");
    assert_eq!(learner.language, "fr");
}

#[test]
fn a_session_key_resumes_only_on_the_store_that_issued_it() {
    let fixture = Fixture::new();
    let key = fixture
        .store
        .create_learner(&new_learner("Amina", Some("1357")))
        .unwrap()
        .key();
    // No PIN asked again on the same store.
    assert_eq!(
        fixture.store.resume_session(&key).unwrap().id(),
        key.learner()
    );
    let other = Store::open(fixture.data_dir()).unwrap();
    assert!(matches!(
        other.resume_session(&key),
        Err(Error::NotThisSession { .. })
    ));
}

#[test]
fn an_unknown_learner_is_reported() {
    let fixture = Fixture::new();
    let error = fixture
        .store
        .open_session(LearnerId(404), None)
        .unwrap_err();
    assert!(matches!(error, Error::LearnerNotFound { .. }), "{error:?}");
}

#[test]
fn removing_a_learner_needs_their_confirmed_request_and_removes_every_row() {
    let fixture = Fixture::new();
    let version = fixture.store.register_course(&course()).unwrap();
    let amina = fixture.learner("Amina");
    let bilal = fixture.learner("Bilal");
    for session in [&amina, &bilal] {
        session.complete_lesson(&version, "l1").unwrap();
        session.save_note(&version, "r1", "private").unwrap();
        let attempt = session
            .start_attempt(&version, "quiz1", 1, &json!([]))
            .unwrap();
        session
            .record_answer(attempt, "quiz1-q1", &json!(true), None)
            .unwrap();
        session
            .finish_attempt(
                attempt,
                &AttemptOutcome {
                    points: 1.0,
                    max_points: 2.0,
                    score: 0.5,
                    passed: false,
                },
            )
            .unwrap();
        session
            .record_completion(
                &version,
                Some(&NewCertificate {
                    id: format!("cert-{}", session.id()),
                    name_on_certificate: "x".to_owned(),
                    credential: None,
                }),
                Timestamp::now(),
            )
            .unwrap();
    }
    let request = amina.prepare_removal().unwrap();
    assert_eq!(request.display_name, "Amina");
    assert_eq!(
        (
            request.courses,
            request.lessons,
            request.quiz_attempts,
            request.notes,
            request.certificates
        ),
        (1, 1, 1, 1, 1)
    );
    // Another learner's request does not remove this one.
    let wrong = bilal.prepare_removal().unwrap();
    let amina_id = amina.id();
    let error = fixture
        .store
        .open_session(amina_id, None)
        .unwrap()
        .remove(wrong)
        .unwrap_err();
    assert!(matches!(error, Error::NotThisSession { .. }), "{error:?}");

    amina.remove(request).unwrap();
    let id = amina_id.0;
    for table in [
        "learners WHERE id",
        "enrollments WHERE learner_id",
        "lesson_progress WHERE learner_id",
        "quiz_attempts WHERE learner_id",
        "reflection_notes WHERE learner_id",
        "certificates WHERE learner_id",
        "quiz_results WHERE learner_id",
    ] {
        assert_eq!(
            fixture.count(&format!("SELECT count(*) FROM {table} = {id}")),
            0,
            "{table}"
        );
    }
    // Answers go with their attempts; Bilal's rows all stay.
    assert_eq!(fixture.count("SELECT count(*) FROM quiz_answers"), 1);
    assert_eq!(bilal.lessons("field-safety").unwrap().len(), 1);
    assert!(matches!(
        fixture.store.open_session(amina_id, None),
        Err(Error::LearnerNotFound { .. })
    ));
}

#[test]
fn a_trainer_pin_guards_the_trainer_area_and_is_kept_only_hashed() {
    let fixture = Fixture::new();
    let store = &fixture.store;
    assert!(!store.has_trainer_pin().unwrap());
    assert!(store.check_trainer_pin("anything").unwrap(), "no PIN: open");
    assert!(matches!(
        store.set_trainer_pin(Some("12")),
        Err(Error::PinLength { .. })
    ));
    store.set_trainer_pin(Some("trainer-7")).unwrap();
    assert!(store.has_trainer_pin().unwrap());
    assert!(store.check_trainer_pin("trainer-7").unwrap());
    assert!(!store.check_trainer_pin("trainer-8").unwrap());
    let stored: String = store.setting("trainer.pin").unwrap().unwrap();
    assert!(!stored.contains("trainer-7") && stored.starts_with("$argon2"));
    store.set_trainer_pin(None).unwrap();
    assert!(!store.has_trainer_pin().unwrap());
}
