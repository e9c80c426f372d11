//! The signed credential: an Open Badges 3.0 `OpenBadgeCredential` (a W3C
//! Verifiable Credential) secured as a VC-JWT with Ed25519 (`alg: EdDSA`), the
//! issuer named by its `did:key`.
//!
//! The JWT payload IS the credential, with the registered claims `iss`
//! (= `issuer.id`), `jti` (= `id`), `nbf` (= `validFrom`), `sub`
//! (= `credentialSubject.id`, the learner's pseudonymous id) and `exp`
//! (= `validUntil`, when set) beside its fields, as the JSON Web Token Proof
//! Format of Open Badges 3.0.3 asks; the header holds only `alg`, `kid` and
//! `typ`. Tokens signed before that (the VCDM 1.1 form: the credential inside a
//! `vc` claim, with `iat`) are still read: see [`Claims::form`].
//!
//! Fieldcourse's own facts (verification code, content hash, score, hours,
//! signatory) sit in a `fieldcourse` object inside the credential, so the
//! signature covers them too. Its terms are defined by a JSON-LD context
//! embedded in `@context` ([`fieldcourse_context`]) and its shape by a JSON
//! Schema kept with the documentation ([`FIELDCOURSE_SCHEMA`],
//! `docs/credentials/fieldcourse-credential.schema.json`); `credentialSchema`
//! lists 1EdTech's.

use super::Certificate;
use super::keys::IssuerKey;
use super::record::{CertificateId, CourseFacts, KeyKind, Signatory};
use crate::i18n::Localizer;
use crate::time::Timestamp;
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::{Deserialize, Serialize};

/// The JSON-LD contexts of an Open Badges 3.0 credential, before the embedded
/// [`fieldcourse_context`].
pub const CONTEXTS: [&str; 2] = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
];
/// The prefix of a course's achievement id; the course id follows.
pub const ACHIEVEMENT_ID_PREFIX: &str = "urn:fieldcourse:course:";
/// The media type of the `.json` envelope's `id` data URL.
const VC_JWT_DATA_URL: &str = "data:application/vc+jwt,";
/// 1EdTech's JSON Schema of an AchievementCredential (OpenBadgeCredential).
pub const ACHIEVEMENT_CREDENTIAL_SCHEMA: &str =
    "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";
/// The JSON Schema of the `fieldcourse` block; its text is
/// `docs/credentials/fieldcourse-credential.schema.json` in the source. Not
/// listed in `credentialSchema` (nor is 1EdTech's): the printed QR code has no
/// room for the references.
pub const FIELDCOURSE_SCHEMA: &str = "https://fieldcourse.invalid/credentials/v1/schema.json";
/// The validator type 1EdTech names for its JSON Schemas (draft 2019-09).
pub const SCHEMA_VALIDATOR: &str = "1EdTechJsonSchemaValidator2019";
/// The vocabulary the `fieldcourse` block's terms expand to.
pub const FIELDCOURSE_VOCABULARY: &str = "https://fieldcourse.invalid/credentials/v1#";

/// The JSON-LD context of the `fieldcourse` block, embedded as an object after
/// the two URLs of [`CONTEXTS`] (VCDM 2.0 allows that): nothing to host, and
/// nothing that can go dark. Only the new term `fieldcourse` is defined at the
/// top, so no protected term of the Open Badges context is redefined; inside
/// the block a scoped `@vocab` names every term in Fieldcourse's vocabulary
/// (a vocabulary rather than a term each, to keep the token short enough for
/// the printed QR code).
pub fn fieldcourse_context() -> serde_json::Value {
    serde_json::json!({
        "fieldcourse": {
            "@id": format!("{FIELDCOURSE_VOCABULARY}fieldcourse"),
            "@context": { "@vocab": FIELDCOURSE_VOCABULARY },
        },
    })
}

/// The credential, field for field as it is signed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OpenBadgeCredential {
    /// The JSON-LD contexts: the URLs of [`CONTEXTS`], then (since the Open
    /// Badges 3.0.3 form) the embedded [`fieldcourse_context`].
    #[serde(rename = "@context")]
    pub context: Vec<serde_json::Value>,
    /// The certificate id as a `urn:uuid:` URN.
    pub id: String,
    /// `["VerifiableCredential", "OpenBadgeCredential"]`.
    #[serde(rename = "type")]
    pub types: Vec<String>,
    /// Who signed it.
    pub issuer: Profile,
    /// The certificate's heading.
    pub name: String,
    /// When it was issued (RFC 3339, UTC).
    pub valid_from: String,
    /// When it stops being valid, if ever.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<String>,
    /// The learner and what they achieved.
    pub credential_subject: AchievementSubject,
    /// The schemas the credential follows. Fieldcourse lists none, to keep the
    /// token short enough for the printed QR code (see [`build`]); kept so a
    /// credential that lists some reads back whole.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub credential_schema: Vec<CredentialSchema>,
    /// Fieldcourse's own facts about the certificate.
    pub fieldcourse: Extension,
}

/// A JSON Schema the credential follows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CredentialSchema {
    /// The schema's URL.
    pub id: String,
    /// How it validates: [`SCHEMA_VALIDATOR`].
    #[serde(rename = "type")]
    pub kind: String,
}

/// An issuer profile.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    /// The issuer's `did:key`.
    pub id: String,
    /// `["Profile"]`.
    #[serde(rename = "type")]
    pub types: Vec<String>,
    /// The issuer's name.
    pub name: String,
}

/// The learner and the achievement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AchievementSubject {
    /// The learner's pseudonymous id (`urn:uuid:`), the same on every
    /// certificate they earn on a device; absent from older credentials.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `["AchievementSubject"]`.
    #[serde(rename = "type")]
    pub types: Vec<String>,
    /// The learner, named (learners have no DID).
    pub identifier: Vec<IdentityObject>,
    /// The course, as an achievement.
    pub achievement: Achievement,
    /// When the course was completed (RFC 3339, UTC); left out when it is
    /// the credential's `validFrom` (the usual case: issued on completion).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity_end_date: Option<String>,
}

/// One way of naming the learner.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IdentityObject {
    /// `"IdentityObject"`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The learner's name, in plain text (`hashed` is false).
    pub identity_hash: String,
    /// `"name"`.
    pub identity_type: String,
    /// Always false: the name is printed on the certificate anyway.
    pub hashed: bool,
}

/// The course as an Open Badges achievement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Achievement {
    /// [`ACHIEVEMENT_ID_PREFIX`] and the course id.
    pub id: String,
    /// `["Achievement"]`.
    #[serde(rename = "type")]
    pub types: Vec<String>,
    /// `"Certificate"`.
    pub achievement_type: String,
    /// The course title.
    pub name: String,
    /// What the achievement is: what was required to earn it.
    pub description: String,
    /// How it is earned.
    pub criteria: Criteria,
    /// The course version.
    pub version: String,
    /// The language of the certificate's text.
    pub in_language: String,
}

/// How an achievement is earned.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Criteria {
    /// In words; Fieldcourse says it in the achievement's `description`
    /// instead (once is enough in a QR code), so only older credentials have it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub narrative: Option<String>,
}

/// Fieldcourse's facts about the certificate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Extension {
    /// The short verification code. Written by older credentials only: it is
    /// the credential id's, so a reader works it out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The SHA-256 of the course content.
    pub content_hash: String,
    /// The organisation that publishes the course; left out when it is the
    /// awarding organisation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// The organisation that awards the certificate; left out when it is the
    /// issuer's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    /// Who signs it.
    pub signatory: Signatory,
    /// The course's estimated length, in hours (to the quarter hour): written
    /// by the older form only; `minutes` says it since.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<f64>,
    /// The course's estimated length in minutes, which `hours` rounds;
    /// absent from credentials signed before it was added.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<u32>,
    /// The final score from 0 to 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    /// The course's own heading for the certificate, when it sets one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heading: Option<String>,
    /// Which kind of key signed it.
    pub signed_with: KeyKind,
}

/// The JWT header: `alg`, `kid` and `typ` only, as Open Badges 3.0.3 allows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Header {
    /// The algorithm: `EdDSA`.
    pub alg: String,
    /// The signing key: `did:key:z...#z...`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kid: Option<String>,
    /// `JWT`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub typ: Option<String>,
    /// Extensions the verifier must understand (RFC 7515 §4.1.11). Fieldcourse
    /// never writes it and refuses any token that has it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crit: Option<serde_json::Value>,
}

/// Where a token keeps its credential.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenForm {
    /// Open Badges 3.0.3: the payload is the credential, with `sub`.
    Current,
    /// The VCDM 1.1 form Fieldcourse signed before: the credential in a `vc`
    /// claim, with `iat` and no `sub`. Still read everywhere.
    VcClaim,
}

/// The JWT payload read back: its registered claims and the credential,
/// whichever [`TokenForm`] it has.
#[derive(Debug, Clone, PartialEq)]
pub struct Claims {
    /// The issuer's `did:key`.
    pub iss: String,
    /// The credential id.
    pub jti: String,
    /// Not valid before (seconds since the Unix epoch): `validFrom`.
    pub nbf: i64,
    /// The learner's pseudonymous id: `credentialSubject.id`; absent from the
    /// older form.
    pub sub: Option<String>,
    /// Issued at (seconds since the Unix epoch); only the older form has it.
    pub iat: Option<i64>,
    /// Expiry (seconds since the Unix epoch): `validUntil`.
    pub exp: Option<i64>,
    /// The credential.
    pub credential: OpenBadgeCredential,
    /// Where the token kept the credential.
    pub form: TokenForm,
}

/// The registered claims as a payload of either form spells them.
#[derive(Deserialize)]
struct RegisteredClaims {
    iss: String,
    jti: String,
    nbf: i64,
    #[serde(default)]
    sub: Option<String>,
    #[serde(default)]
    iat: Option<i64>,
    #[serde(default)]
    exp: Option<i64>,
}

/// The payload of the current form, as it is written: the credential's fields
/// and the claims side by side.
#[derive(Serialize)]
struct CurrentPayload<'a> {
    #[serde(flatten)]
    credential: &'a OpenBadgeCredential,
    iss: &'a str,
    jti: &'a str,
    nbf: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    sub: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    exp: Option<i64>,
}

impl Claims {
    /// Reads a payload of either form: `credential = payload.vc ?? payload`.
    pub fn from_json(bytes: &[u8]) -> Result<Self, String> {
        let mut value: serde_json::Value = serde_json::from_slice(bytes)
            .map_err(|error| format!("its payload is not JSON: {error}"))?;
        let registered: RegisteredClaims = serde_json::from_value(value.clone())
            .map_err(|error| format!("its payload lacks the JWT claims: {error}"))?;
        let (credential, form) = match value.as_object_mut().and_then(|map| map.remove("vc")) {
            Some(inner) => (inner, TokenForm::VcClaim),
            None => (value, TokenForm::Current),
        };
        let credential: OpenBadgeCredential = serde_json::from_value(credential)
            .map_err(|error| format!("its payload is not an Open Badges credential: {error}"))?;
        Ok(Self {
            iss: registered.iss,
            jti: registered.jti,
            nbf: registered.nbf,
            sub: registered.sub,
            iat: registered.iat,
            exp: registered.exp,
            credential,
            form,
        })
    }
}

/// Builds the credential for `certificate`, signed by `key`, in `words`' language.
pub fn build(
    certificate: &Certificate,
    key: &IssuerKey,
    words: &Localizer,
    issued_at: Timestamp,
) -> OpenBadgeCredential {
    let heading = certificate
        .heading
        .clone()
        .unwrap_or_else(|| words.text("certificate-heading"));
    let valid_from = issued_at.to_rfc3339();
    OpenBadgeCredential {
        context: CONTEXTS
            .iter()
            .map(|&url| serde_json::Value::from(url))
            .chain([fieldcourse_context()])
            .collect(),
        id: certificate.id.urn(),
        types: vec!["VerifiableCredential".into(), "OpenBadgeCredential".into()],
        issuer: Profile {
            id: key.did().as_str().to_owned(),
            types: vec!["Profile".into()],
            name: key.name.clone(),
        },
        name: heading,
        valid_from: valid_from.clone(),
        valid_until: certificate.valid_until.map(Timestamp::to_rfc3339),
        credential_subject: AchievementSubject {
            id: certificate.subject_id.clone(),
            types: vec!["AchievementSubject".into()],
            identifier: vec![IdentityObject {
                kind: "IdentityObject".into(),
                identity_hash: certificate.learner_name.clone(),
                identity_type: "name".into(),
                hashed: false,
            }],
            achievement: Achievement {
                id: format!("{ACHIEVEMENT_ID_PREFIX}{}", certificate.course.id),
                types: vec!["Achievement".into()],
                achievement_type: "Certificate".into(),
                name: certificate.course.title.clone(),
                // Said once, as the description: the QR code has no room
                // for the sentence twice.
                description: words.text("certificate-criteria"),
                criteria: Criteria { narrative: None },
                version: certificate.course.version.clone(),
                in_language: certificate.language.clone(),
            },
            activity_end_date: Some(certificate.completed_at.to_rfc3339())
                .filter(|completed| *completed != valid_from),
        },
        // No schema references: with them, a certificate in Arabic for a
        // long organisation name no longer fits the printed QR code. The
        // credential follows ACHIEVEMENT_CREDENTIAL_SCHEMA and FIELDCOURSE_SCHEMA
        // all the same (the tests check both).
        credential_schema: Vec::new(),
        fieldcourse: Extension {
            code: None,
            content_hash: certificate.course.content_hash.clone(),
            publisher: Some(certificate.course.publisher.clone())
                .filter(|publisher| *publisher != certificate.organisation),
            organisation: Some(certificate.organisation.clone())
                .filter(|organisation| *organisation != key.name),
            signatory: certificate.signatory.clone(),
            hours: None,
            minutes: Some(certificate.minutes),
            score: certificate.final_score,
            heading: certificate.heading.clone(),
            signed_with: key.kind,
        },
    }
}

/// Signs `credential` with `key`: the compact VC-JWT `header.payload.signature`,
/// its payload the credential itself with `iss`, `jti`, `nbf`, `sub` and `exp`.
pub fn sign(credential: &OpenBadgeCredential, key: &IssuerKey) -> String {
    let header = Header {
        alg: "EdDSA".into(),
        kid: Some(key.did().key_id()),
        typ: Some("JWT".into()),
        crit: None,
    };
    let seconds = |text: &str| Timestamp::parse_rfc3339(text).map_or(0, |t| t.unix_ms() / 1_000);
    let payload = CurrentPayload {
        credential,
        iss: &credential.issuer.id,
        jti: &credential.id,
        nbf: seconds(&credential.valid_from),
        sub: credential.credential_subject.id.as_deref(),
        exp: credential.valid_until.as_deref().map(seconds),
    };
    // Serializing these plain structs cannot fail (string keys, finite numbers
    // or null), so an empty part is never signed in practice.
    let encode = |json: Vec<u8>| URL_SAFE_NO_PAD.encode(json);
    let signing_input = format!(
        "{}.{}",
        encode(serde_json::to_vec(&header).unwrap_or_default()),
        encode(serde_json::to_vec(&payload).unwrap_or_default())
    );
    let signature = key.sign(signing_input.as_bytes());
    format!("{signing_input}.{}", URL_SAFE_NO_PAD.encode(signature))
}

/// The `.json` file saved beside the PDF: a W3C `EnvelopedVerifiableCredential`
/// whose `id` is a data URL holding the VC-JWT.
pub fn envelope_json(token: &str) -> String {
    let envelope = serde_json::json!({
        "@context": CONTEXTS[0],
        "id": format!("{VC_JWT_DATA_URL}{token}"),
        "type": "EnvelopedVerifiableCredential",
    });
    let mut text = serde_json::to_string_pretty(&envelope).unwrap_or_default();
    text.push('\n');
    text
}

/// The token inside an `EnvelopedVerifiableCredential` JSON document, if it is one.
pub fn token_from_envelope(json: &str) -> Option<String> {
    let value: serde_json::Value = serde_json::from_str(json).ok()?;
    let id = value.get("id")?.as_str()?;
    Some(id.strip_prefix(VC_JWT_DATA_URL)?.to_owned())
}

/// Reads the claims of a token WITHOUT checking its signature: for tokens this
/// program signed and stored itself. Use [`super::verify`] for anything else.
pub fn decode_unverified(token: &str) -> Result<Claims, String> {
    let payload = token
        .split('.')
        .nth(1)
        .ok_or_else(|| "it is not a JWT (no payload part)".to_owned())?;
    let bytes = URL_SAFE_NO_PAD
        .decode(payload)
        .map_err(|error| format!("its payload is not base64url: {error}"))?;
    Claims::from_json(&bytes)
}

impl Claims {
    /// The certificate the credential describes, or why it cannot be read.
    pub fn certificate(&self) -> Result<Certificate, String> {
        let vc = &self.credential;
        let id = CertificateId::parse(&vc.id)
            .ok_or_else(|| format!("its id `{}` is not a urn:uuid", vc.id))?;
        let subject = &vc.credential_subject;
        let learner_name = subject
            .identifier
            .iter()
            .find(|identity| identity.identity_type == "name" && !identity.hashed)
            .map(|identity| identity.identity_hash.clone())
            .ok_or_else(|| "it names no learner".to_owned())?;
        let achievement = &subject.achievement;
        let course_id = achievement
            .id
            .strip_prefix(ACHIEVEMENT_ID_PREFIX)
            .ok_or_else(|| format!("its achievement `{}` is not a course", achievement.id))?;
        let time = |text: &str, what: &str| {
            Timestamp::parse_rfc3339(text)
                .ok_or_else(|| format!("its {what} `{text}` is not an RFC 3339 UTC time"))
        };
        let extension = &vc.fieldcourse;
        let organisation = extension
            .organisation
            .clone()
            .unwrap_or_else(|| vc.issuer.name.clone());
        Ok(Certificate {
            id,
            learner_name,
            subject_id: subject.id.clone(),
            course: CourseFacts {
                id: course_id.to_owned(),
                title: achievement.name.clone(),
                version: achievement.version.clone(),
                content_hash: extension.content_hash.clone(),
                publisher: extension
                    .publisher
                    .clone()
                    .unwrap_or_else(|| organisation.clone()),
            },
            heading: extension.heading.clone(),
            organisation,
            signatory: extension.signatory.clone(),
            completed_at: match &subject.activity_end_date {
                Some(completed) => time(completed, "activityEndDate")?,
                None => time(&vc.valid_from, "validFrom")?,
            },
            final_score: extension.score,
            minutes: extension
                .minutes
                .or_else(|| extension.hours.map(crate::course::minutes_from_hours))
                .ok_or_else(|| "it states no course length".to_owned())?,
            valid_until: vc
                .valid_until
                .as_deref()
                .map(|text| time(text, "validUntil"))
                .transpose()?,
            language: achievement.in_language.clone(),
        })
    }
}

/// A certificate with its signed credential: what is stored, exported and printed.
#[derive(Debug, Clone, PartialEq)]
pub struct SignedCertificate {
    /// What the certificate says.
    pub certificate: Certificate,
    /// The VC-JWT.
    pub token: String,
    /// Which kind of key signed it.
    pub signed_with: KeyKind,
}

impl SignedCertificate {
    /// Signs `certificate` with `key`, issued at `issued_at`; the credential's
    /// words are in the certificate's language.
    pub fn sign(certificate: Certificate, key: &IssuerKey, issued_at: Timestamp) -> Self {
        let words = super::record::localizer_for(&certificate.language);
        let credential = build(&certificate, key, &words, issued_at);
        let token = sign(&credential, key);
        Self {
            certificate,
            token,
            signed_with: key.kind,
        }
    }

    /// Reads back a token this program signed and stored (the signature is not
    /// checked: use [`super::verify::verify_token`] for tokens from elsewhere).
    pub fn from_stored_token(token: &str) -> Result<Self, String> {
        let claims = decode_unverified(token)?;
        Ok(Self {
            certificate: claims.certificate()?,
            token: token.to_owned(),
            signed_with: claims.credential.fieldcourse.signed_with,
        })
    }

    /// The `did:key` that signed it (the token's `iss`), read from the token.
    pub fn issuer(&self) -> Option<String> {
        decode_unverified(&self.token).ok().map(|claims| claims.iss)
    }

    /// The `.json` file saved beside the PDF.
    pub fn envelope_json(&self) -> String {
        envelope_json(&self.token)
    }
}
