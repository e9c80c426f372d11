//! The signed credential: round trip, tampering, forgery, wrong algorithm,
//! truncation, expiry, and malformed input that must never panic.

use crate::common::{self, MAY_4_2026, key, resigned};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use fieldcourse::certificate::KeyKind;
use fieldcourse::certificate::credential::{SignedCertificate, decode_unverified};
use fieldcourse::certificate::keys::DidKey;
use fieldcourse::certificate::verify::{
    CLOCK_SKEW_SECONDS, Rejection, find_token, verify_token, verify_token_at,
};
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
    let vc = &claims.credential;
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
    let (header, payload, signature) = parts(&token);
    assert_eq!(signature.len(), 86, "64 bytes of base64url");
    let in_header = [0, 1, 10, header.len()];
    for length in in_header {
        let error = verify_token(&token[..length]).unwrap_err();
        assert_eq!(error, Rejection::NotAJwt { parts: 1 }, "length {length}");
        let reason = error.to_string();
        assert!(
            reason.contains("1 part(s) instead of 3") && reason.contains("truncated"),
            "{reason}"
        );
    }
    let in_payload = header.len() + 1 + payload.len() / 2;
    assert_eq!(
        verify_token(&token[..in_payload]).unwrap_err(),
        Rejection::NotAJwt { parts: 2 }
    );
    // 44 characters of signature decode to 33 bytes, not 64.
    match verify_token(&token[..token.len() - 42]).unwrap_err() {
        Rejection::Malformed { part, problem } => {
            assert_eq!(part, "signature");
            assert_eq!(problem, "33 bytes instead of 64");
        }
        other => panic!("{other:?}"),
    }
    // 85 characters are not a whole number of base64url bytes.
    let error = verify_token(&token[..token.len() - 1]).unwrap_err();
    assert!(
        matches!(&error, Rejection::Malformed { part: "signature", problem } if problem.starts_with("not base64url")),
        "{error:?}"
    );
    assert!(
        error.to_string().contains("copy it again in full"),
        "{error}"
    );
    assert_eq!(
        verify_token("abc").unwrap_err(),
        Rejection::NotAJwt { parts: 1 }
    );
}

#[test]
fn a_header_with_crit_is_rejected_even_when_signed() {
    let organisation = key(1, KeyKind::Organisation);
    let token = resigned(&common::signed().token, &organisation, |header, _| {
        header["crit"] = serde_json::json!(["b64"]);
        header["b64"] = Value::Bool(false);
    });
    let error = verify_token(&token).unwrap_err();
    assert_eq!(
        error,
        Rejection::CriticalHeader {
            names: r#"["b64"]"#.into()
        }
    );
    assert!(error.to_string().contains("crit"), "{error}");
    // The same token without `crit` is fine: the rejection is for `crit` alone.
    let plain = resigned(&common::signed().token, &organisation, |header, _| {
        header["b64"] = Value::Bool(false);
    });
    assert!(verify_token(&plain).is_ok());
}

#[test]
fn a_credential_not_valid_yet_is_rejected_with_its_date() {
    // Issued (signed) on 4 May 2026, valid from 4 June: checked on 10 May.
    let organisation = key(1, KeyKind::Organisation);
    let june = MAY_4_2026.plus_hours(24 * 31);
    let token = resigned(&common::signed().token, &organisation, |_, claims| {
        claims["nbf"] = (june.unix_ms() / 1_000).into();
        claims["validFrom"] = june.to_rfc3339().into();
    });
    let may_10 = MAY_4_2026.plus_hours(24 * 6);
    let error = verify_token_at(&token, may_10).unwrap_err();
    assert_eq!(
        error,
        Rejection::NotYetValid {
            valid_from: "2026-06-04T09:30:00Z".into(),
            now: may_10.to_rfc3339(),
        }
    );
    assert!(error.to_string().contains("not valid yet"), "{error}");
    // From 4 June on, it is valid; five minutes early counts as a clock a little off.
    assert!(verify_token_at(&token, june).is_ok());
    let early = Timestamp::from_unix_ms(june.unix_ms() - CLOCK_SKEW_SECONDS * 1_000);
    assert!(verify_token_at(&token, early).is_ok());
    let too_early = Timestamp::from_unix_ms(early.unix_ms() - 1_000);
    assert!(verify_token_at(&token, too_early).is_err());
}

#[test]
fn a_credential_issued_in_the_future_is_rejected_beyond_the_clock_skew() {
    let signed = common::signed();
    let claims = decode_unverified(&signed.token).unwrap();
    assert_eq!(claims.iat, None, "the Open Badges 3.0.3 form has no iat");
    let organisation = key(1, KeyKind::Organisation);
    let iat = claims.nbf + 3_600;
    let token = resigned(&signed.token, &organisation, |_, claims| {
        claims["iat"] = iat.into();
    });
    // Checked half an hour after validFrom, when iat is still 30 minutes ahead.
    let half_past = Timestamp::from_unix_ms(MAY_4_2026.unix_ms() + 30 * 60 * 1_000);
    let error = verify_token_at(&token, half_past).unwrap_err();
    assert_eq!(
        error,
        Rejection::IssuedInFuture {
            issued_at: "2026-05-04T10:30:00Z".into(),
            now: "2026-05-04T10:00:00Z".into(),
        }
    );
    assert!(
        error.to_string().contains("issued in the future"),
        "{error}"
    );
    let just_within = Timestamp::from_unix_ms((iat - CLOCK_SKEW_SECONDS) * 1_000);
    assert!(verify_token_at(&token, just_within).is_ok());
    let beyond = Timestamp::from_unix_ms((iat - CLOCK_SKEW_SECONDS - 1) * 1_000);
    assert!(matches!(
        verify_token_at(&token, beyond),
        Err(Rejection::IssuedInFuture { .. })
    ));
    // Without `iat` (as signed today), it verifies.
    let without = resigned(&signed.token, &organisation, |_, claims| {
        claims.as_object_mut().unwrap().remove("iat");
    });
    assert!(verify_token_at(&without, MAY_4_2026).is_ok());
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

#[test]
fn a_certificate_id_has_one_spelling() {
    use fieldcourse::certificate::CertificateId;
    let id = CertificateId::from_random_bytes([7; 16]);
    // As every version has written it: lowercase, dashed, version 4.
    let written = "07070707-0707-4707-8707-070707070707";
    assert_eq!(id.to_string(), written);
    assert_eq!(id.urn(), format!("urn:uuid:{written}"));
    assert_eq!(CertificateId::parse(written), Some(id));
    assert_eq!(CertificateId::parse(&id.urn()), Some(id));
    assert_eq!(
        CertificateId::parse(&written.to_ascii_uppercase()),
        Some(id),
        "typed in capitals"
    );
    // The code printed on the page is made from the same bits as before.
    assert_eq!(
        id.code(),
        fieldcourse::certificate::VerificationCode::parse("FC-2W5J-G3S9").unwrap()
    );
    for other in [
        "+7070707-0707-4707-8707-070707070707",
        "07070707-0707-4707-8707-+f0707070707",
        "07070707-0707-4707-8707-07070707070",
        "07070707070747078707070707070707",
        "{07070707-0707-4707-8707-070707070707}",
        "07070707-07074-707-8707-070707070707",
        "07070707-0707-4707-8707-07070707070g",
        "urn:uuid:urn:uuid:07070707-0707-4707-8707-070707070707",
        "",
    ] {
        assert_eq!(CertificateId::parse(other), None, "{other}");
    }
}
