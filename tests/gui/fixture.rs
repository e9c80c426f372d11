//! A small course that gives a certificate, and learners who took it.

use fieldcourse::course::{LoadedCourse, load_course};
use fieldcourse::progress::{AttemptOutcome, CourseVersion, LearnerSession, NewLearner, Profile};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

/// The course, as JSON: two lessons and a quiz, with a certificate.
pub fn course_json() -> Value {
    json!({
        "format": "fieldcourse/1", "id": "water", "version": "1.0.0", "language": "en",
        "title": "Safe water", "summary": "Storing water safely.", "publisher": "Field Health",
        "estimated_minutes": 60,
        "modules": [{"id": "m1", "title": "Basics", "lessons": [
            {"id": "boil", "title": "Boiling water", "blocks": [{"kind": "markdown", "text": "Boil it."}]},
            {"id": "store", "title": "Storing water", "blocks": [{"kind": "markdown", "text": "Cover it."}]}
        ], "quiz": {"id": "check", "title": "Water check", "pass_mark": 0.5, "questions": [
            {"id": "q1", "kind": "true_false", "prompt": "Boil water?", "answer": true}
        ]}}],
        "certificate": {
            "enabled": true, "organisation": "Field Health Network",
            "signatory_name": "Dr Sara Mensah", "signatory_title": "Head of Training"
        }
    })
}

/// Writes the course into `parent/water/` and returns that folder.
pub fn write_course(parent: &Path) -> PathBuf {
    let folder = parent.join("water");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("course.json"), course_json().to_string()).unwrap();
    folder
}

/// The course written by [`write_course`], loaded.
pub fn load(folder: &Path) -> LoadedCourse {
    let loaded = load_course(folder);
    assert!(loaded.is_usable(), "{:?}", loaded.diagnostics);
    loaded
}

/// A new learner named `name` whose interface language is `language`.
pub fn learner<'s>(
    store: &'s fieldcourse::progress::Store,
    name: &str,
    language: &str,
) -> LearnerSession<'s> {
    store
        .create_learner(&NewLearner {
            profile: Profile {
                display_name: name.into(),
                certificate_name: name.into(),
                language: language.into(),
            },
            pin: None,
        })
        .unwrap()
}

/// Records every lesson completed and the quiz passed.
pub fn complete(session: &LearnerSession<'_>, version: &CourseVersion) {
    for lesson in ["boil", "store"] {
        session.complete_lesson(version, lesson).unwrap();
    }
    let attempt = session.start_attempt(version, "check", 7, &["q1"]).unwrap();
    session
        .finish_attempt(
            attempt,
            &AttemptOutcome {
                points: 1.0,
                max_points: 1.0,
                score: 1.0,
                passed: true,
            },
        )
        .unwrap();
}

/// The organisation key the package fixtures are signed with.
pub fn publisher_key() -> fieldcourse::certificate::keys::IssuerKey {
    fieldcourse::certificate::keys::IssuerKey::from_secret(
        "Riverside Health",
        fieldcourse::certificate::KeyKind::Organisation,
        [7; 32],
    )
}

/// The course at `folder` packed and signed with `key`.
pub fn signed_package(folder: &Path, key: &fieldcourse::certificate::keys::IssuerKey) -> Vec<u8> {
    let sign = |message: &[u8]| key.sign(message);
    let signer = fieldcourse::course::PackageSigner {
        did: key.did().clone(),
        name: key.name.clone(),
        sign: &sign,
    };
    fieldcourse::course::pack_signed(folder, &signer)
        .unwrap()
        .bytes
}

/// The course at `folder` packed and signed by an organisation whose key
/// the data folder `data_dir` trusts, as a trainer's laptop set up by the
/// organisation does: the package installs verified, without a question.
pub fn trusted_package(folder: &Path, data_dir: &Path) -> Vec<u8> {
    let key = publisher_key();
    fieldcourse::certificate::keys::Keyring::new(data_dir)
        .trust(key.did(), "Riverside Health")
        .unwrap();
    signed_package(folder, &key)
}
