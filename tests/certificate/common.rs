//! Shared helpers: a course with two modules, their quizzes and a final
//! assessment, and certificates made from it.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use fieldcourse::certificate::credential::SignedCertificate;
use fieldcourse::certificate::keys::IssuerKey;
use fieldcourse::certificate::{Certificate, CertificateId, KeyKind};
use fieldcourse::course::Course;
use fieldcourse::progress::{Timestamp, content_hash};
use serde_json::{Value, json};

/// 2026-05-04T09:30:00Z.
pub const MAY_4_2026: Timestamp = Timestamp::from_unix_ms(1_777_887_000_000);

fn quiz(id: &str) -> Value {
    json!({
        "id": id,
        "title": format!("Quiz {id}"),
        "pass_mark": 0.5,
        "questions": [{
            "id": format!("{id}-q1"),
            "kind": "true_false",
            "prompt": "Water must be boiled?",
            "answer": true
        }]
    })
}

fn lesson(id: &str) -> Value {
    json!({"id": id, "title": format!("Lesson {id}"), "estimated_minutes": 30,
           "blocks": [{"kind": "markdown", "text": "Text."}]})
}

/// The course as JSON, to change before [`course_from`].
pub fn course_json() -> Value {
    json!({
        "format": "fieldcourse/1",
        "id": "safe-water",
        "version": "1.2.0",
        "language": "en",
        "title": "Safe water storage in emergencies",
        "summary": "Keep stored water safe to drink.",
        "publisher": "Riverside Health Training",
        "estimated_minutes": 210,
        "modules": [
            {"id": "m1", "title": "Module one", "lessons": [lesson("l1"), lesson("l2")], "quiz": quiz("q1")},
            {"id": "m2", "title": "Module two", "lessons": [lesson("l3")], "quiz": quiz("q2")}
        ],
        "final_assessment": quiz("final"),
        "certificate": {
            "organisation": "Riverside Health Training",
            "signatory_name": "Ana Ruiz",
            "signatory_title": "Head of Training",
            "validity_months": 24
        }
    })
}

/// A course from JSON.
pub fn course_from(json: Value) -> Course {
    serde_json::from_value(json).unwrap()
}

/// The test course.
pub fn course() -> Course {
    course_from(course_json())
}

/// A key made from a fixed secret.
pub fn key(seed: u8, kind: KeyKind) -> IssuerKey {
    IssuerKey::from_secret("Riverside Health Training", kind, [seed; 32])
}

/// The pseudonymous subject id of the test learner.
pub const SUBJECT_ID: &str = "urn:uuid:5a1e0c3b-6f0d-4a8e-9c2b-0d4f6e8a1b2c";

/// A certificate of the test course for `name`, in `language`.
pub fn certificate(name: &str, language: &str) -> Certificate {
    let course = course();
    let certificate = Certificate::for_course(
        CertificateId::from_random_bytes([7; 16]),
        &course,
        &content_hash(&course),
        name,
        MAY_4_2026,
        Some(0.92),
        language,
    )
    .unwrap();
    Certificate {
        subject_id: Some(SUBJECT_ID.to_owned()),
        ..certificate
    }
}

/// The certificate for Amira Haddad, signed by the organisation key (seed 1).
pub fn signed() -> SignedCertificate {
    SignedCertificate::sign(
        certificate("Amira Haddad", "en"),
        &key(1, KeyKind::Organisation),
        MAY_4_2026,
    )
}

/// `token` with its JSON header and claims changed by `change`, signed again by
/// `key`: a credential its key holder really signed, whatever it says.
pub fn resigned(
    token: &str,
    key: &IssuerKey,
    change: impl FnOnce(&mut Value, &mut Value),
) -> String {
    let decode = |part: &str| -> Value {
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(part).unwrap()).unwrap()
    };
    let encode = |value: &Value| URL_SAFE_NO_PAD.encode(serde_json::to_vec(value).unwrap());
    let mut split = token.split('.');
    let mut header = decode(split.next().unwrap());
    let mut claims = decode(split.next().unwrap());
    change(&mut header, &mut claims);
    let input = format!("{}.{}", encode(&header), encode(&claims));
    format!(
        "{input}.{}",
        URL_SAFE_NO_PAD.encode(key.sign(input.as_bytes()))
    )
}
