//! The Open Badges 3.0.3 form of the credential: the payload is the
//! credential with its claims beside it, checked against 1EdTech's published
//! schema and ours; and the older form (the credential in `vc`) still read
//! everywhere a token is read.

use crate::common::{self, MAY_4_2026, SUBJECT_ID, course, key};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use fieldcourse::certificate::KeyKind;
use fieldcourse::certificate::credential::{SignedCertificate, TokenForm, decode_unverified};
use fieldcourse::certificate::issue::{Issue, issue_if_complete};
use fieldcourse::certificate::keys::Keyring;
use fieldcourse::certificate::pdf::{PdfOptions, render};
use fieldcourse::certificate::verify::{find_token, verify_token_at};
use fieldcourse::progress::{NewCertificate, NewLearner, Profile, Store};
use serde_json::Value;
use std::path::Path;

fn part(token: &str, index: usize) -> Value {
    let text = token.split('.').nth(index).unwrap();
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(text).unwrap()).unwrap()
}

fn seconds(rfc3339: &str) -> i64 {
    fieldcourse::progress::Timestamp::parse_rfc3339(rfc3339)
        .unwrap()
        .unix_ms()
        / 1_000
}

#[test]
fn the_payload_is_the_credential_with_its_claims_beside_it() {
    let signed = common::signed();
    let header = part(&signed.token, 0);
    let keys: Vec<&str> = header
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys.len(), 3, "{header}");
    for name in ["alg", "kid", "typ"] {
        assert!(keys.contains(&name), "{header}");
    }
    assert_eq!(header["alg"], "EdDSA");
    assert_eq!(header["typ"], "JWT");
    let did = key(1, KeyKind::Organisation).did().as_str().to_owned();
    let suffix = did.trim_start_matches("did:key:");
    assert_eq!(header["kid"], format!("{did}#{suffix}"));

    let payload = part(&signed.token, 1);
    assert!(payload.get("vc").is_none(), "no vc claim");
    assert!(payload.get("iat").is_none(), "no iat");
    assert_eq!(payload["iss"], payload["issuer"]["id"]);
    assert_eq!(payload["iss"], did.as_str());
    assert_eq!(payload["jti"], payload["id"]);
    assert_eq!(
        payload["nbf"],
        seconds(payload["validFrom"].as_str().unwrap())
    );
    assert_eq!(
        payload["exp"],
        seconds(payload["validUntil"].as_str().unwrap())
    );
    assert_eq!(payload["sub"], payload["credentialSubject"]["id"]);
    assert_eq!(payload["sub"], SUBJECT_ID);
    assert_eq!(
        payload["@context"][0],
        "https://www.w3.org/ns/credentials/v2"
    );
    assert_eq!(
        payload["@context"][1],
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
    );
    assert!(payload["@context"][2]["fieldcourse"]["@context"]["@vocab"].is_string());
    // What the QR code has no room for: schema references, the code (the
    // id's), the criteria said twice, the organisation when it is the issuer's
    // name and the publisher when it is the organisation.
    assert!(payload.get("credentialSchema").is_none());
    let block = &payload["fieldcourse"];
    for left_out in ["code", "organisation", "publisher"] {
        assert!(block.get(left_out).is_none(), "{left_out} in {block}");
    }
    let achievement = &payload["credentialSubject"]["achievement"];
    assert!(achievement["description"].as_str().unwrap().len() > 20);
    assert_eq!(achievement["criteria"], serde_json::json!({}));

    let claims = decode_unverified(&signed.token).unwrap();
    assert_eq!(claims.form, TokenForm::Current);
    assert_eq!(claims.sub.as_deref(), Some(SUBJECT_ID));
    let verified = verify_token_at(&signed.token, MAY_4_2026).unwrap();
    assert_eq!(verified.certificate, signed.certificate);
    assert_eq!(verified.certificate.subject_id.as_deref(), Some(SUBJECT_ID));
}

#[test]
fn without_valid_until_there_is_no_exp() {
    let mut certificate = common::certificate("Amira Haddad", "en");
    certificate.valid_until = None;
    let signed = SignedCertificate::sign(certificate, &key(1, KeyKind::Device), MAY_4_2026);
    let payload = part(&signed.token, 1);
    assert!(payload.get("exp").is_none() && payload.get("validUntil").is_none());
    verify_token_at(&signed.token, MAY_4_2026).unwrap();
}

#[test]
fn a_sub_that_differs_from_the_subject_is_refused() {
    let organisation = key(1, KeyKind::Organisation);
    let token = common::resigned(&common::signed().token, &organisation, |_, claims| {
        claims["sub"] = "urn:uuid:00000000-0000-4000-8000-000000000000".into();
    });
    let error = verify_token_at(&token, MAY_4_2026).unwrap_err();
    assert!(error.to_string().contains("`sub`"), "{error}");
}

fn validator(path: &Path) -> jsonschema::Validator {
    let text = std::fs::read_to_string(path).unwrap();
    jsonschema::options()
        .should_validate_formats(true)
        .build(&serde_json::from_str(&text).unwrap())
        .unwrap()
}

fn errors(validator: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    validator
        .iter_errors(instance)
        .map(|error| format!("{} at {}", error, error.instance_path()))
        .collect()
}

#[test]
fn a_new_credential_validates_against_1edtech_schema_and_ours() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let published = validator(
        &root.join("tests/fixtures/credentials/ob_v3p0_achievementcredential_schema.json"),
    );
    let ours = validator(&root.join("docs/credentials/fieldcourse-credential.schema.json"));
    for (language, kind) in [("en", KeyKind::Organisation), ("ar", KeyKind::Device)] {
        let certificate = common::certificate("Amira Haddad", language);
        let signed = SignedCertificate::sign(certificate, &key(1, kind), MAY_4_2026);
        // The payload is the credential (with the JWT claims beside it, which
        // both schemas allow).
        let credential = part(&signed.token, 1);
        assert_eq!(errors(&published, &credential), Vec::<String>::new());
        assert_eq!(errors(&ours, &credential), Vec::<String>::new());
    }
    // Our schema catches a block that is not ours.
    let mut changed = part(&common::signed().token, 1);
    changed["fieldcourse"]["signedWith"] = "someone".into();
    changed["fieldcourse"]["extra"] = true.into();
    assert_eq!(errors(&ours, &changed).len(), 2);
    // And 1EdTech's catches a credential without its subject.
    let mut broken = part(&common::signed().token, 1);
    broken.as_object_mut().unwrap().remove("credentialSubject");
    assert!(!errors(&published, &broken).is_empty());
}

/// The stored token of the older form, and the key that signed it.
fn old_token() -> String {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/credentials/old-vc-claim.jwt");
    std::fs::read_to_string(path).unwrap().trim().to_owned()
}
const OLD_ISSUER: &str = "did:key:z6Mkon3Necd6NkkyfoGoHxid2znGc59LU3K7mubaRcFbLfLX";

#[test]
fn a_token_of_the_older_form_still_verifies_and_reads_back() {
    let token = old_token();
    assert!(
        part(&token, 1).get("vc").is_some(),
        "the fixture is of the older form"
    );
    let verified = verify_token_at(&token, MAY_4_2026).unwrap();
    assert_eq!(verified.issuer.as_str(), OLD_ISSUER);
    assert_eq!(verified.claims.form, TokenForm::VcClaim);
    assert_eq!(verified.claims.sub, None);
    assert_eq!(verified.claims.iat, Some(verified.claims.nbf));
    let certificate = &verified.certificate;
    assert_eq!(certificate.learner_name, "Amira Haddad");
    assert_eq!(
        certificate.course.title,
        "Safe water storage in emergencies"
    );
    assert_eq!(certificate.subject_id, None);
    assert_eq!(certificate.code().as_str(), "FC-2W5J-G3S9");
    // Read back as stored, it is the same certificate.
    let stored = SignedCertificate::from_stored_token(&token).unwrap();
    assert_eq!(stored.certificate, *certificate);
    assert_eq!(stored.issuer().as_deref(), Some(OLD_ISSUER));
    // Its envelope, its PDF and a verification link all give it back.
    assert_eq!(
        find_token(stored.envelope_json().as_bytes(), "x.json").unwrap(),
        token
    );
    let pdf = render(&stored, &PdfOptions::default(), Path::new("old.pdf")).unwrap();
    assert_eq!(find_token(&pdf, "old.pdf").unwrap(), token);
    let link = format!("https://ngo.example.org/verify/#{token}");
    assert_eq!(find_token(link.as_bytes(), "link").unwrap(), token);
}

#[test]
fn a_progress_file_holding_an_older_token_gives_it_back_unchanged() {
    let dir = tempfile::TempDir::new().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let course = course();
    let version = store.register_course(&course).unwrap();
    let session = store
        .create_learner(&NewLearner {
            profile: Profile {
                display_name: "Amira".into(),
                certificate_name: "Amira Haddad".into(),
                language: "en".into(),
            },
            pin: None,
        })
        .unwrap();
    let token = old_token();
    session
        .record_completion(
            &version,
            Some(&NewCertificate {
                id: "07070707-0707-4707-8707-070707070707".into(),
                name_on_certificate: "Amira Haddad".into(),
                credential: Some(token.clone()),
            }),
            MAY_4_2026,
        )
        .unwrap();
    let keyring = Keyring::new(dir.path());
    let Issue::AlreadyIssued(kept) =
        issue_if_complete(&session, &version, &course, &keyring, MAY_4_2026).unwrap()
    else {
        panic!("the stored certificate is given back");
    };
    assert_eq!(kept.token, token);
    assert_eq!(kept.certificate.learner_name, "Amira Haddad");
    // The learner has a subject id all the same, for what they earn next.
    let subject = session.subject_id().unwrap();
    assert!(subject.starts_with("urn:uuid:"), "{subject}");
    assert_eq!(session.subject_id().unwrap(), subject, "kept");
}
