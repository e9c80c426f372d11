//! Issuing through the progress store: once, automatically when the rule is
//! met, signed with the organisation key when installed, and stored.

use crate::common::{MAY_4_2026, course, course_from, course_json};
use fieldcourse::certificate::KeyKind;
use fieldcourse::certificate::issue::{Issue, issue_if_complete};
use fieldcourse::certificate::keys::{IssuerKey, Keyring};
use fieldcourse::certificate::verify::verify_token;
use fieldcourse::course::Course;
use fieldcourse::progress::{
    AttemptOutcome, CourseVersion, LearnerSession, NewLearner, Profile, Store,
};
use serde_json::Value;
use tempfile::TempDir;

fn learner<'s>(store: &'s Store, language: &str) -> LearnerSession<'s> {
    store
        .create_learner(&NewLearner {
            profile: Profile {
                display_name: "Amira".into(),
                certificate_name: "Amira Haddad".into(),
                language: language.into(),
            },
            pin: None,
        })
        .unwrap()
}

fn pass(session: &LearnerSession<'_>, version: &CourseVersion, quiz: &str, score: f64) {
    let attempt = session.start_attempt(version, quiz, 1, &[quiz]).unwrap();
    let outcome = AttemptOutcome {
        points: score,
        max_points: 1.0,
        score,
        passed: score >= 0.5,
    };
    session.finish_attempt(attempt, &outcome).unwrap();
}

fn issue(
    session: &LearnerSession<'_>,
    version: &CourseVersion,
    course: &Course,
    keyring: &Keyring,
) -> Issue {
    issue_if_complete(session, version, course, keyring, MAY_4_2026).unwrap()
}

#[test]
fn a_certificate_is_issued_once_when_the_rule_is_met_and_stored() {
    let dir = TempDir::new().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let keyring = Keyring::new(dir.path());
    let course = course();
    let version = store.register_course(&course).unwrap();
    let session = learner(&store, "fr");

    for lesson in ["l1", "l2", "l3"] {
        assert!(matches!(
            issue(&session, &version, &course, &keyring),
            Issue::NotYet(_)
        ));
        session.complete_lesson(&version, lesson).unwrap();
    }
    pass(&session, &version, "q1", 1.0);
    pass(&session, &version, "q2", 1.0);
    pass(&session, &version, "final", 0.2);
    let Issue::NotYet(missing) = issue(&session, &version, &course, &keyring) else {
        panic!("a failed final assessment must not complete the course");
    };
    assert_eq!(missing.missing_quizzes, vec!["final"]);
    pass(&session, &version, "final", 0.8);

    let Issue::Issued(first) = issue(&session, &version, &course, &keyring) else {
        panic!("the rule is met");
    };
    assert_eq!(first.certificate.learner_name, "Amira Haddad");
    assert_eq!(first.certificate.language, "fr");
    assert_eq!(first.certificate.final_score, Some(0.8));
    assert_eq!(first.certificate.minutes, 210);
    assert_eq!(first.certificate.hours(), 3.5);
    assert_eq!(
        first.certificate.course.content_hash,
        version.content_hash()
    );
    assert_eq!(
        first.signed_with,
        KeyKind::Device,
        "no organisation key is installed"
    );
    assert!(keyring.device_key_path().is_file());

    // Again and again: the same certificate, the same credential.
    for _ in 0..3 {
        let Issue::AlreadyIssued(again) = issue(&session, &version, &course, &keyring) else {
            panic!("issued once only");
        };
        assert_eq!(again, first);
    }
    let stored = session.certificates().unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].id, first.certificate.id.to_string());
    assert_eq!(stored[0].credential.as_deref(), Some(first.token.as_str()));
    assert_eq!(store.all_certificates().unwrap().len(), 1);
    verify_token(&first.token).unwrap();
}

const CERTIFICATE_ID: &str = "https://fieldcourse.invalid/xapi/extensions/certificate-id";

/// The learning records about the course itself (not a lesson or quiz in it):
/// each one's verb (its last word) and the statement, oldest first.
fn course_records(store: &Store, course_id: &str) -> Vec<(String, Value)> {
    let course = format!("https://fieldcourse.invalid/xapi/{course_id}");
    store
        .outbox_statements(None, 0, 1_000)
        .unwrap()
        .into_iter()
        .filter(|record| record.statement["object"]["id"] == course.as_str())
        .map(|record| {
            let verb = record.statement["verb"]["id"].as_str().unwrap();
            (
                verb.rsplit('/').next().unwrap().to_owned(),
                record.statement,
            )
        })
        .collect()
}

/// Every lesson completed and every quiz passed.
fn finish(session: &LearnerSession<'_>, version: &CourseVersion) {
    for lesson in ["l1", "l2", "l3"] {
        session.complete_lesson(version, lesson).unwrap();
    }
    for quiz in ["q1", "q2", "final"] {
        pass(session, version, quiz, 0.9);
    }
}

#[test]
fn completing_the_course_records_it_with_the_certificate_and_both_records_once() {
    let dir = TempDir::new().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let keyring = Keyring::new(dir.path());
    let course = course();
    let version = store.register_course(&course).unwrap();
    let session = learner(&store, "en");
    finish(&session, &version);
    assert_eq!(store.report(None).unwrap()[0].completed_at, None);

    let Issue::Issued(signed) = issue(&session, &version, &course, &keyring) else {
        panic!("the rule is met");
    };
    let id = signed.certificate.id.to_string();
    let row = &store.report(None).unwrap()[0];
    assert_eq!(row.completed_at, Some(MAY_4_2026));
    assert_eq!(row.certificate_id.as_deref(), Some(id.as_str()));
    assert_eq!(
        session
            .enrollment("safe-water")
            .unwrap()
            .unwrap()
            .completed_at,
        Some(MAY_4_2026)
    );
    let records = course_records(&store, "safe-water");
    let verbs: Vec<&str> = records.iter().map(|(verb, _)| verb.as_str()).collect();
    assert_eq!(verbs, ["initialized", "completed", "earned"]);
    let (_, completed) = &records[1];
    assert_eq!(completed["result"]["completion"], true);
    assert_eq!(completed["timestamp"], MAY_4_2026.to_rfc3339_ms().as_str());
    let (_, earned) = &records[2];
    assert_eq!(earned["result"]["extensions"][CERTIFICATE_ID], id.as_str());

    // Asking again, as each screen does, adds nothing.
    let pending = store.outbox_count().unwrap().pending;
    for _ in 0..2 {
        assert!(matches!(
            issue(&session, &version, &course, &keyring),
            Issue::AlreadyIssued(_)
        ));
    }
    assert_eq!(store.outbox_count().unwrap().pending, pending);
    assert_eq!(
        store.report(None).unwrap()[0].completed_at,
        Some(MAY_4_2026)
    );
}

#[test]
fn a_new_version_whose_rule_the_learner_already_meets_completes_the_course() {
    let dir = TempDir::new().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let keyring = Keyring::new(dir.path());
    let course = course();
    let first = store.register_course(&course).unwrap();
    let session = learner(&store, "en");
    for lesson in ["l1", "l2", "l3"] {
        session.complete_lesson(&first, lesson).unwrap();
    }
    pass(&session, &first, "q1", 1.0);
    pass(&session, &first, "q2", 1.0);
    assert!(matches!(
        issue(&session, &first, &course, &keyring),
        Issue::NotYet(_)
    ));
    assert_eq!(course_records(&store, "safe-water").len(), 1);

    // Version 1.3 no longer asks for the final assessment.
    let mut json = course_json();
    json["version"] = Value::from("1.3.0");
    json["completion"] = serde_json::json!({"quizzes": ["q1", "q2"]});
    let changed = course_from(json);
    let second = store.register_course(&changed).unwrap();
    assert!(matches!(
        issue(&session, &second, &changed, &keyring),
        Issue::Issued(_)
    ));
    assert_eq!(
        store.report(None).unwrap()[0].completed_at,
        Some(MAY_4_2026)
    );
    let verbs: Vec<String> = course_records(&store, "safe-water")
        .into_iter()
        .map(|(verb, _)| verb)
        .collect();
    assert_eq!(verbs, ["initialized", "completed", "earned"]);
}

#[test]
fn the_organisation_key_signs_when_installed_and_named_in_the_course() {
    let dir = TempDir::new().unwrap();
    let org_file = dir.path().join("org.key");
    let org = IssuerKey::generate(
        "Riverside Health Training",
        KeyKind::Organisation,
        &org_file,
    )
    .unwrap();
    org.write_new(&org_file).unwrap();
    let keyring = Keyring::new(&dir.path().join("data"));
    keyring.install(&org_file).unwrap();
    keyring.install(&org_file).unwrap();

    let mut json = course_json();
    json["certificate"]["issuer"] = serde_json::Value::String(org.did().to_string());
    json["completion"] = serde_json::json!({"lessons": [], "quizzes": []});
    let course = course_from(json);
    let store = Store::open(&dir.path().join("data")).unwrap();
    let version = store.register_course(&course).unwrap();
    let session = learner(&store, "ar");
    let Issue::Issued(signed) = issue(&session, &version, &course, &keyring) else {
        panic!("an empty rule is met at once");
    };
    assert_eq!(signed.signed_with, KeyKind::Organisation);
    let verified = verify_token(&signed.token).unwrap();
    assert_eq!(&verified.issuer, org.did());
    assert_eq!(signed.certificate.final_score, None);
}

#[test]
fn a_course_without_a_certificate_issues_none() {
    let dir = TempDir::new().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let mut json = course_json();
    json["certificate"]["enabled"] = serde_json::Value::Bool(false);
    json["completion"] = serde_json::json!({"lessons": [], "quizzes": []});
    let course = course_from(json);
    let version = store.register_course(&course).unwrap();
    let session = learner(&store, "en");
    let keyring = Keyring::new(dir.path());
    assert_eq!(
        issue(&session, &version, &course, &keyring),
        Issue::NoCertificate
    );
    assert!(
        !keyring.device_key_path().exists(),
        "no key is made for nothing"
    );
    // Completed all the same: the date, and the "completed" record once.
    assert_eq!(
        store.report(None).unwrap()[0].completed_at,
        Some(MAY_4_2026)
    );
    assert_eq!(
        issue(&session, &version, &course, &keyring),
        Issue::NoCertificate
    );
    let verbs: Vec<String> = course_records(&store, "safe-water")
        .into_iter()
        .map(|(verb, _)| verb)
        .collect();
    assert_eq!(verbs, ["initialized", "completed"]);
}

#[cfg(unix)]
#[test]
fn key_files_are_readable_by_their_owner_only_and_never_overwritten() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = TempDir::new().unwrap();
    let keyring = Keyring::new(dir.path());
    let device = keyring.device_key().unwrap();
    assert_eq!(
        keyring.device_key().unwrap().did(),
        device.did(),
        "made once"
    );
    let mode = std::fs::metadata(keyring.device_key_path())
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    let dir_mode = std::fs::metadata(dir.path().join("keys"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(dir_mode & 0o777, 0o700);
    assert!(device.write_new(&keyring.device_key_path()).is_err());
    // A device key cannot be installed as an organisation key.
    assert!(keyring.install(&keyring.device_key_path()).is_err());
    // An edited key file is refused, naming the file.
    let edited = dir.path().join("edited.key");
    let text = std::fs::read_to_string(keyring.device_key_path()).unwrap();
    let other_did = IssuerKey::from_secret("x", KeyKind::Device, [9; 32])
        .did()
        .to_string();
    std::fs::write(&edited, text.replace(device.did().as_str(), &other_did)).unwrap();
    let error = IssuerKey::read(&edited).unwrap_err().to_string();
    assert!(error.contains("edited.key"), "{error}");
}
