//! What a certificate says: its ids, the learner, the course and the dates.

use crate::course::Course;
use crate::i18n::{Language, Localizer};
use crate::time::Timestamp;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The letters of verification codes: no `0`/`O` or `1`/`I`, which people mix up
/// when they read a code out. 32 symbols, so each carries 5 bits.
const CODE_ALPHABET: &[u8; 32] = b"23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/// The localizer for a certificate's language (English when unknown).
pub fn localizer_for(language: &str) -> Localizer {
    Localizer::new(Language::from_tag(language).unwrap_or(crate::i18n::LANGUAGES[0]))
}

/// A certificate's unique id: a random (version 4) UUID.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CertificateId(uuid::Uuid);

impl CertificateId {
    /// A new random id from the operating system's generator.
    pub fn random() -> Result<Self, getrandom::Error> {
        let mut bytes = [0; 16];
        getrandom::fill(&mut bytes)?;
        Ok(Self::from_random_bytes(bytes))
    }

    /// The id made of 16 random bytes, with the UUID version and variant bits set.
    pub fn from_random_bytes(bytes: [u8; 16]) -> Self {
        Self(uuid::Builder::from_random_bytes(bytes).into_uuid())
    }

    /// Reads the one spelling ids are written in: `8-4-4-4-12` hex digits (in
    /// either case), with or without a `urn:uuid:` prefix. Anything else (signs,
    /// braces, a missing dash) is refused, so one id has one spelling.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.strip_prefix("urn:uuid:").unwrap_or(text);
        let dashes_ok = text.len() == 36
            && text.bytes().enumerate().all(|(index, byte)| {
                if matches!(index, 8 | 13 | 18 | 23) {
                    byte == b'-'
                } else {
                    byte.is_ascii_hexdigit()
                }
            });
        if !dashes_ok {
            return None;
        }
        uuid::Uuid::try_parse(text).ok().map(Self)
    }

    /// The short code printed on the certificate, made from this id's first 40
    /// bits (random in a version 4 UUID), so the two always agree.
    pub fn code(&self) -> VerificationCode {
        let bits = self.0.as_bytes()[..5]
            .iter()
            .fold(0_u64, |acc, byte| (acc << 8) | u64::from(*byte));
        let symbols: Vec<u8> = (0..8)
            .rev()
            .map(|index| CODE_ALPHABET[usize::try_from((bits >> (index * 5)) & 31).unwrap_or(0)])
            .collect();
        let symbols = String::from_utf8_lossy(&symbols).into_owned();
        VerificationCode(format!("FC-{}-{}", &symbols[..4], &symbols[4..]))
    }

    /// The id as a URN, as the credential's `id`.
    pub fn urn(&self) -> String {
        format!("urn:uuid:{self}")
    }
}

impl fmt::Display for CertificateId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0.hyphenated(), f)
    }
}

/// The short code a person can read out, such as `FC-7K3M-Q9XD`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct VerificationCode(String);

impl VerificationCode {
    /// Reads a code as a person may type it: any case, with or without the
    /// dashes and the `FC` prefix.
    pub fn parse(text: &str) -> Option<Self> {
        let cleaned: String = text
            .chars()
            .filter(|c| !matches!(c, '-' | ' '))
            .collect::<String>()
            .to_ascii_uppercase();
        let symbols = cleaned.strip_prefix("FC").unwrap_or(&cleaned);
        let valid = symbols.len() == 8 && symbols.bytes().all(|b| CODE_ALPHABET.contains(&b));
        valid.then(|| Self(format!("FC-{}-{}", &symbols[..4], &symbols[4..])))
    }

    /// The code as printed.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for VerificationCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Which key signed a certificate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KeyKind {
    /// The organisation's issuer key named in the course.
    Organisation,
    /// The key of the device the learner used: it proves the certificate was not
    /// changed, not that the organisation vouches for it.
    Device,
}

/// The course a certificate is for, as it was when the certificate was issued.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CourseFacts {
    /// The course's stable id.
    pub id: String,
    /// Its title, in the language the learner took it in.
    pub title: String,
    /// Its version.
    pub version: String,
    /// The SHA-256 of its content (see [`crate::progress::content_hash`]).
    pub content_hash: String,
    /// The organisation that publishes it.
    pub publisher: String,
}

/// The person who signs the certificate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signatory {
    /// Their name.
    pub name: String,
    /// Their role, such as "Head of Training".
    pub title: String,
}

/// Everything a certificate says.
#[derive(Debug, Clone, PartialEq)]
pub struct Certificate {
    /// The unique id.
    pub id: CertificateId,
    /// The learner's name as they want it on certificates.
    pub learner_name: String,
    /// The learner's pseudonymous subject id (`urn:uuid:...`), made once per
    /// learner and kept: the credential's `credentialSubject.id` and `sub`.
    /// `None` only in credentials signed before it existed.
    pub subject_id: Option<String>,
    /// The course.
    pub course: CourseFacts,
    /// The heading the course sets, if any (else the localized default).
    pub heading: Option<String>,
    /// The organisation that awards it.
    pub organisation: String,
    /// Who signs it.
    pub signatory: Signatory,
    /// When the course was completed.
    pub completed_at: Timestamp,
    /// The final score from 0 to 1, when the course has quizzes.
    pub final_score: Option<f64>,
    /// The course's estimated length, in minutes (the course's
    /// `estimated_minutes`): the one source of every way the length is stated.
    pub minutes: u32,
    /// When the certificate stops being valid, if the course sets a validity.
    pub valid_until: Option<Timestamp>,
    /// The language the certificate's text is written in (`en`, `fr`, `es`, `ar`).
    pub language: String,
}

impl Certificate {
    /// The certificate for `learner_name` completing `course` at `completed_at`,
    /// or `None` when the course issues no certificate. Its `subject_id` is
    /// left for the caller to set from the learner's record.
    pub fn for_course(
        id: CertificateId,
        course: &Course,
        content_hash: &str,
        learner_name: &str,
        completed_at: Timestamp,
        final_score: Option<f64>,
        language: &str,
    ) -> Option<Self> {
        let settings = course.certificate.as_ref().filter(|s| s.enabled)?;
        Some(Self {
            id,
            learner_name: learner_name.trim().to_owned(),
            subject_id: None,
            course: CourseFacts {
                id: course.id.clone(),
                title: course.title.clone(),
                version: course.version.clone(),
                content_hash: content_hash.to_owned(),
                publisher: course.publisher.clone(),
            },
            heading: settings.title.clone(),
            organisation: settings.organisation.clone(),
            signatory: Signatory {
                name: settings.signatory_name.clone(),
                title: settings.signatory_title.clone(),
            },
            completed_at,
            final_score: final_score.map(|score| score.clamp(0.0, 1.0)),
            minutes: course.estimated_minutes,
            valid_until: settings
                .validity_months
                .map(|months| completed_at.plus_months(months)),
            language: language.to_owned(),
        })
    }

    /// The course's length in hours to the quarter hour, as the signed
    /// credential states it.
    pub fn hours(&self) -> f64 {
        crate::course::length_hours(self.minutes)
    }

    /// The short code printed on the certificate.
    pub fn code(&self) -> VerificationCode {
        self.id.code()
    }

    /// Whether the certificate has expired at `now`.
    pub fn expired_at(&self, now: Timestamp) -> bool {
        self.valid_until.is_some_and(|end| now >= end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_codes_read_back() {
        let id = CertificateId::from_random_bytes([0xab; 16]);
        let text = id.to_string();
        assert_eq!(text.len(), 36);
        assert_eq!(&text[14..15], "4", "version 4");
        assert_eq!(CertificateId::parse(&text), Some(id));
        assert_eq!(CertificateId::parse(&id.urn()), Some(id));
        assert_eq!(CertificateId::parse("not-a-uuid"), None);
        let code = id.code();
        assert!(code.as_str().starts_with("FC-") && code.as_str().len() == 12);
        let typed = code.as_str().to_lowercase().replace('-', "");
        assert_eq!(VerificationCode::parse(&typed), Some(code.clone()));
        assert_eq!(VerificationCode::parse("FC-0000-OOOO"), None);
        assert_eq!(VerificationCode::parse("FC-ABC"), None);
    }
}
