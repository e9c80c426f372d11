//! Credentials made by the app through its public API, dated from now so the
//! tests keep meaning the same thing whatever the day they run.

#[allow(dead_code)]
#[path = "../certificate/common.rs"]
mod common;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use fieldcourse::certificate::credential::SignedCertificate;
use fieldcourse::certificate::keys::IssuerKey;
use fieldcourse::certificate::{Certificate, CertificateId, KeyKind};
use fieldcourse::progress::{Timestamp, content_hash};
use serde_json::Value;

/// The organisation whose key the test pages trust.
pub const ORGANISATION: &str = "Riverside Health Training";
const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// The organisation's key (the page trusts it).
pub fn organisation_key() -> IssuerKey {
    common::key(1, KeyKind::Organisation)
}

/// Another key, calling itself by the same name (the page does not know it).
pub fn foreign_key() -> IssuerKey {
    IssuerKey::from_secret(ORGANISATION, KeyKind::Organisation, [2; 32])
}

fn days_from_now(days: i64) -> Timestamp {
    Timestamp::from_unix_ms(Timestamp::now().unix_ms() + days * DAY_MS)
}

/// Amira Haddad's certificate, completed and signed `days` from now (the
/// course keeps certificates valid for 24 months).
pub fn signed_at(key: &IssuerKey, days: i64) -> SignedCertificate {
    let course = common::course();
    let when = days_from_now(days);
    let certificate = Certificate::for_course(
        CertificateId::from_random_bytes([7; 16]),
        &course,
        &content_hash(&course),
        "Amira Haddad",
        when,
        Some(0.92),
        "en",
    )
    .unwrap();
    SignedCertificate::sign(certificate, key, when)
}

/// Signed yesterday by the organisation: valid and trusted.
pub fn valid() -> String {
    signed_at(&organisation_key(), -1).token
}

/// Signed yesterday by a key the page does not trust.
pub fn foreign() -> String {
    signed_at(&foreign_key(), -1).token
}

/// Signed three years ago by the organisation: expired a year ago.
pub fn expired() -> String {
    signed_at(&organisation_key(), -3 * 365).token
}

/// Signed by the organisation, valid only from a week ahead.
pub fn not_yet_valid() -> String {
    signed_at(&organisation_key(), 7).token
}

/// The valid credential with one byte of its signed payload changed (the
/// learner's name, Amira becomes Amina) and the signature kept.
pub fn tampered() -> String {
    let token = valid();
    let mut parts: Vec<String> = token.split('.').map(str::to_owned).collect();
    let payload = URL_SAFE_NO_PAD.decode(&parts[1]).unwrap();
    let at = payload
        .windows(5)
        .position(|window| window == b"Amira")
        .unwrap();
    let mut changed = payload.clone();
    changed[at + 3] = b'n';
    assert_eq!(
        payload.iter().zip(&changed).filter(|(a, b)| a != b).count(),
        1
    );
    parts[1] = URL_SAFE_NO_PAD.encode(changed);
    parts.join(".")
}

/// The `.json` file saved beside a certificate's PDF.
pub fn envelope(token: &str) -> String {
    fieldcourse::certificate::credential::envelope_json(token)
}

/// The signed credential inside `claims`, in either form.
fn credential_in(claims: &mut Value) -> &mut Value {
    if claims.get("vc").is_some() {
        &mut claims["vc"]
    } else {
        claims
    }
}

/// The valid credential in the Open Badges 3.0.3 form, signed again by the
/// organisation: the payload is the credential itself, with `iss`, `jti`,
/// `nbf`, `sub` and `exp` beside its fields and no `vc` claim.
pub fn open_badges_3_0_3() -> String {
    common::resigned(&valid(), &organisation_key(), |_, claims| {
        let Some(mut credential) = claims.as_object_mut().and_then(|c| c.remove("vc")) else {
            return; // the app already writes this form
        };
        let subject = "urn:uuid:5b0f3c2e-8d1a-4c7e-9f00-2a6b1c9d4e11";
        credential["credentialSubject"]["id"] = subject.into();
        for claim in ["iss", "jti", "nbf", "exp"] {
            if let Some(value) = claims.get(claim) {
                credential[claim] = value.clone();
            }
        }
        credential["sub"] = subject.into();
        *claims = credential;
    })
}

/// The valid credential in the older form, signed again by the
/// organisation: `iss`, `jti`, `nbf`, `iat` and `exp` with the credential in
/// the `vc` claim (as certificates issued before Open Badges 3.0.3 are).
pub fn vc_claim_form() -> String {
    common::resigned(&valid(), &organisation_key(), |_, claims| {
        if claims.get("vc").is_some() {
            return; // the app still writes this form
        }
        let mut credential = claims.take();
        let mut outer = serde_json::Map::new();
        for claim in ["iss", "jti", "nbf", "exp", "sub"] {
            let value = credential.as_object_mut().and_then(|c| c.remove(claim));
            if let Some(value) = value
                && claim != "sub"
            {
                outer.insert(claim.into(), value);
            }
        }
        outer.insert("iat".into(), outer["nbf"].clone());
        outer.insert("vc".into(), credential);
        *claims = Value::Object(outer);
    })
}

/// Signed by the foreign key, whose header names the organisation's key:
/// the signature cannot match the key it claims.
pub fn claiming_the_organisations_key() -> String {
    let organisation = organisation_key().did().key_id();
    common::resigned(&foreign(), &foreign_key(), |header, _| {
        header["kid"] = organisation.into();
    })
}

/// Signed by the foreign key and naming it in the header, but naming the
/// organisation as issuer (`iss` and `issuer.id`).
pub fn naming_the_organisation_as_issuer() -> String {
    let organisation = organisation_key().did().as_str().to_owned();
    common::resigned(&foreign(), &foreign_key(), |_, claims| {
        claims["iss"] = organisation.clone().into();
        credential_in(claims)["issuer"]["id"] = organisation.into();
    })
}
