//! The signed credential: round trip, tampering, forgery, wrong algorithm,
//! truncation, expiry, and malformed input that must never panic.

use crate::common::{self, MAY_4_2026, key};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use fieldcourse::certificate::KeyKind;
use fieldcourse::certificate::credential::{SignedCertificate, decode_unverified};
use fieldcourse::certificate::keys::DidKey;
use fieldcourse::certificate::verify::{IssuerStanding, Rejection, find_token, verify_token};
use fieldcourse::progress::Timestamp;
use proptest::prelude::*;
use serde_json::Value;

fn parts(token: &str) -> (String, String, String) {
    let mut split = token.split('.').map(str::to_owned);
    (
        split.next().unwrap(),
        split.next().unwrap(),
        split.next().unwrap(),
    )
}

fn json_part(part: &str) -> Value {
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(part).unwrap()).unwrap()
}

fn encode(value: &Value) -> String {
    URL_SAFE_NO_PAD.encode(serde_json::to_vec(value).unwrap())
}

#[test]
fn a_signed_credential_verifies_and_reads_back_the_same_certificate() {
    let signed = common::signed();
    let verified = verify_token(&signed.token).unwrap();
    assert_eq!(verified.certificate, signed.certificate);
    assert_eq!(verified.issuer, *key(1, KeyKind::Organisation).did());
    let claims = decode_unverified(&signed.token).unwrap();
    let vc = &claims.vc;
    assert_eq!(vc.types, ["VerifiableCredential", "OpenBadgeCredential"]);
    assert_eq!(vc.context[0], "https://www.w3.org/ns/credentials/v2");
    assert!(vc.id.starts_with("urn:uuid:"));
    assert_eq!(vc.valid_from, "2026-05-04T09:30:00Z");
    assert_eq!(vc.valid_until.as_deref(), Some("2028-05-04T09:30:00Z"));
    assert_eq!(claims.iss, vc.issuer.id);
    assert_eq!(
        vc.credential_subject.achievement.name,
        "Safe water storage in emergencies"
    );
    assert_eq!(json_part(&parts(&signed.token).0)["alg"], "EdDSA");
    // Stored and read back without verifying, it is the same too.
    assert_eq!(
        SignedCertificate::from_stored_token(&signed.token).unwrap(),
        signed
    );
}

#[test]
fn did_key_encoding_follows_the_spec() {
    // The did:key test vector for an Ed25519 key (W3C CCG did:key spec).
    let did = "did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp";
    let parsed = DidKey::parse(did).unwrap();
    assert_eq!(parsed.as_str(), did);
    assert_eq!(DidKey::from_public_key(*parsed.public_key()).as_str(), did);
    assert!(
        key(1, KeyKind::Device)
            .did()
            .as_str()
            .starts_with("did:key:z6Mk")
    );
    for bad in ["did:web:example.org", "did:key:abc", "did:key:z111", ""] {
        assert!(DidKey::parse(bad).is_err(), "{bad}");
    }
}

/// Every leaf of a JSON value, as a pointer.
fn leaves(value: &Value, pointer: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (name, child) in map {
                leaves(child, format!("{pointer}/{name}"), out);
            }
        }
        Value::Array(items) => {
            for (index, child) in items.iter().enumerate() {
                leaves(child, format!("{pointer}/{index}"), out);
            }
        }
        _ => out.push(pointer),
    }
}

fn altered(value: &Value) -> Value {
    match value {
        Value::String(text) => Value::String(format!("{text}x")),
        Value::Number(number) => serde_json::json!(number.as_f64().unwrap_or(0.0) + 1.0),
        Value::Bool(flag) => Value::Bool(!flag),
        _ => Value::String("changed".into()),
    }
}

#[test]
fn changing_any_field_of_the_payload_breaks_the_signature() {
    let token = common::signed().token;
    let (header, payload, signature) = parts(&token);
    let claims = json_part(&payload);
    let mut pointers = Vec::new();
    leaves(&claims, String::new(), &mut pointers);
    assert!(pointers.len() > 30, "{pointers:?}");
    for pointer in pointers {
        let mut tampered = claims.clone();
        let field = tampered.pointer_mut(&pointer).unwrap();
        *field = altered(field);
        let forged = format!("{header}.{}.{signature}", encode(&tampered));
        assert_eq!(
            verify_token(&forged).unwrap_err(),
            Rejection::BadSignature,
            "{pointer}"
        );
    }
}

#[test]
fn changing_any_byte_of_the_token_is_rejected() {
    let token = common::signed().token;
    let bytes = token.as_bytes();
    for index in (0..bytes.len()).step_by(7) {
        if bytes[index] == b'.' {
            continue;
        }
        let mut changed = bytes.to_vec();
        changed[index] = if bytes[index] == b'A' { b'B' } else { b'A' };
        let changed = String::from_utf8(changed).unwrap();
        // A change in the last character may only touch unused bits of base64.
        if index + 1 == bytes.len() {
            continue;
        }
        assert!(verify_token(&changed).is_err(), "byte {index}");
    }
}

#[test]
fn a_signature_made_with_another_key_is_rejected() {
    let signed = common::signed();
    let forger = key(2, KeyKind::Organisation);
    let (header, payload, _) = parts(&signed.token);
    let input = format!("{header}.{payload}");
    let forged = format!(
        "{input}.{}",
        URL_SAFE_NO_PAD.encode(forger.sign(input.as_bytes()))
    );
    assert_eq!(verify_token(&forged).unwrap_err(), Rejection::BadSignature);

    // Swapping the key the header names for the forger's is caught too: the
    // signature checks out against that key, but it is not the issuer named.
    let mut new_header = json_part(&header);
    new_header["kid"] = Value::String(forger.did().key_id());
    let input = format!("{}.{payload}", encode(&new_header));
    let swapped = format!(
        "{input}.{}",
        URL_SAFE_NO_PAD.encode(forger.sign(input.as_bytes()))
    );
    assert!(matches!(
        verify_token(&swapped).unwrap_err(),
        Rejection::Inconsistent { .. }
    ));
}

#[test]
fn a_wrong_algorithm_is_rejected() {
    let token = common::signed().token;
    let (header, payload, signature) = parts(&token);
    for alg in ["none", "HS256", "ES256", "RS256"] {
        let mut new_header = json_part(&header);
        new_header["alg"] = Value::String(alg.into());
        let forged = format!("{}.{payload}.{signature}", encode(&new_header));
        assert_eq!(
            verify_token(&forged).unwrap_err(),
            Rejection::WrongAlgorithm { found: alg.into() }
        );
    }
}

#[test]
fn a_truncated_token_is_rejected_with_a_reason() {
    let token = common::signed().token;
    for length in [0, 1, 10, token.len() / 2, token.len() - 40, token.len() - 1] {
        let truncated = &token[..length];
        let error = verify_token(truncated).unwrap_err();
        assert!(!error.to_string().is_empty());
    }
    assert_eq!(
        verify_token("abc").unwrap_err(),
        Rejection::NotAJwt { parts: 1 }
    );
}

#[test]
fn expiry_follows_validity_months_and_no_validity_never_expires() {
    let verified = verify_token(&common::signed().token).unwrap();
    assert!(!verified.expired_at(MAY_4_2026));
    let just_before = Timestamp::from_unix_ms(1_841_045_399_000); // 2028-05-04T09:29:59Z
    assert!(!verified.expired_at(just_before));
    assert!(verified.expired_at(just_before.plus_hours(1)));

    let mut certificate = common::certificate("Amira Haddad", "en");
    certificate.valid_until = None;
    let forever = SignedCertificate::sign(certificate, &key(1, KeyKind::Device), MAY_4_2026);
    let verified = verify_token(&forever.token).unwrap();
    assert!(!verified.expired_at(Timestamp::from_unix_ms(i64::MAX / 2)));
}

#[test]
fn the_issuer_is_named_in_the_course_trusted_or_unknown() {
    let verified = verify_token(&common::signed().token).unwrap();
    let did = key(1, KeyKind::Organisation).did().clone();
    let other = key(3, KeyKind::Organisation).did().clone();
    assert_eq!(
        verified.standing(Some(did.as_str()), &[]),
        IssuerStanding::NamedInCourse
    );
    assert_eq!(
        verified.standing(Some(other.as_str()), std::slice::from_ref(&did)),
        IssuerStanding::Trusted
    );
    assert_eq!(verified.standing(None, &[other]), IssuerStanding::Unknown);
    assert_eq!(
        verified.standing(Some("not a did"), &[]),
        IssuerStanding::Unknown
    );
}

#[test]
fn the_token_is_found_in_a_json_envelope_and_as_text() {
    let signed = common::signed();
    let envelope = signed.envelope_json();
    assert!(envelope.contains("EnvelopedVerifiableCredential"));
    assert_eq!(
        find_token(envelope.as_bytes(), "x.json").unwrap(),
        signed.token
    );
    let padded = format!("  {}\n", signed.token);
    assert_eq!(find_token(padded.as_bytes(), "text").unwrap(), signed.token);
    assert!(find_token(b"%PDF-1.7 nothing", "x.pdf").is_err());
    assert!(find_token(b"{\"id\": 3}", "x.json").is_err());
    assert!(find_token(&[0xff, 0xfe], "x").is_err());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,400}") {
        let _ = verify_token(&text);
        let _ = find_token(text.as_bytes(), "input");
    }

    #[test]
    fn arbitrary_jwt_shapes_never_panic(
        header in "[A-Za-z0-9_-]{0,60}",
        payload in "[A-Za-z0-9_-]{0,200}",
        signature in "[A-Za-z0-9_-]{0,90}",
    ) {
        let token = format!("{header}.{payload}.{signature}");
        prop_assert!(verify_token(&token).is_err());
    }

    #[test]
    fn arbitrary_json_under_a_valid_header_never_panics(payload in "\\PC{0,300}") {
        let token = common::signed().token;
        let (header, _, signature) = parts(&token);
        let forged = format!("{header}.{}.{signature}", URL_SAFE_NO_PAD.encode(payload));
        prop_assert!(verify_token(&forged).is_err());
    }

    #[test]
    fn arbitrary_bytes_in_a_pdf_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let mut pdf = b"%PDF-1.7 data:application/vc+jwt,".to_vec();
        pdf.extend(bytes);
        let _ = find_token(&pdf, "x.pdf").and_then(|token| verify_token(&token));
    }
}
