//! Completing a course and issuing its certificate through the progress store:
//! when the completion rule is met, the completion is recorded and a
//! certificate is made, signed and stored with it, once; after that the stored
//! one is returned unchanged, so every export is the same credential.

use super::credential::SignedCertificate;
use super::keys::Keyring;
use super::{Certificate, CertificateId, Eligibility, Error, Result, Standing};
use crate::course::{CertificateSettings, Course};
use crate::i18n::Language;
use crate::progress::{CourseVersion, LearnerSession, NewCertificate};
use crate::quiz::{AttemptSummary, quiz_status};
use crate::time::Timestamp;

/// What [`issue_if_complete`] did.
#[derive(Debug, Clone, PartialEq)]
pub enum Issue {
    /// The course issues no certificate (none set, or `enabled: false`); its
    /// completion is recorded all the same once the rule is met.
    NoCertificate,
    /// The completion rule is not met yet.
    NotYet(Eligibility),
    /// A certificate was issued now.
    Issued(SignedCertificate),
    /// The learner already had one for this course; here it is, unchanged.
    AlreadyIssued(SignedCertificate),
}

/// What the learner has done in `course`, read from the store.
pub fn standing(session: &LearnerSession<'_>, course: &Course) -> Result<Standing> {
    let lessons_completed = session
        .lessons(&course.id)?
        .into_iter()
        .filter(|lesson| lesson.completed_at.is_some())
        .map(|lesson| lesson.lesson_id)
        .collect();
    let attempts = session.course_attempts(&course.id)?;
    let quizzes = course
        .quizzes()
        .map(|quiz| {
            let summaries: Vec<AttemptSummary> = attempts
                .iter()
                .filter(|attempt| attempt.quiz_id == quiz.id)
                .map(|attempt| AttemptSummary {
                    score: attempt.outcome.map_or(0.0, |outcome| outcome.score),
                    passed: attempt.outcome.is_some_and(|outcome| outcome.passed),
                    finished: attempt.outcome.is_some(),
                })
                .collect();
            (quiz.id.clone(), quiz_status(quiz, &summaries))
        })
        .collect();
    Ok(Standing {
        lessons_completed,
        quizzes,
    })
}

/// Records the learner's completion of `course` and issues its certificate,
/// when the completion rule is met: the one way either is recorded. Call it
/// after each lesson completed and quiz submitted, and when the course is
/// opened (a new version or rule may be met by what the learner did before).
/// `version` is the course as registered in the store; `now` becomes the
/// completion date and the certificate's.
///
/// The completion date, the "completed" learning record, the certificate and
/// its "earned" record are written in one transaction, once: calling it again
/// returns the certificate kept and writes nothing. A course that gives no
/// certificate is still recorded as completed.
pub fn issue_if_complete(
    session: &LearnerSession<'_>,
    version: &CourseVersion,
    course: &Course,
    keyring: &Keyring,
    now: Timestamp,
) -> Result<Issue> {
    let settings = course.certificate.as_ref().filter(|s| s.enabled);
    let completed = session
        .enrollment(&course.id)?
        .is_some_and(|enrollment| enrollment.completed_at.is_some());
    if let Some(existing) = session.course_certificate(&course.id)? {
        if !completed {
            // A certificate means the course was completed.
            session.record_completion(version, None, now)?;
        }
        return match settings {
            Some(_) => stored(existing.credential.as_deref(), session).map(Issue::AlreadyIssued),
            None => Ok(Issue::NoCertificate),
        };
    }
    let standing = standing(session, course)?;
    let eligibility = super::eligibility(course, &standing);
    if !eligibility.is_met() {
        return Ok(match settings {
            Some(_) => Issue::NotYet(eligibility),
            None => Issue::NoCertificate,
        });
    }
    let certificate = match settings {
        Some(settings) => sign(session, version, course, keyring, settings, &standing, now)?,
        None => None,
    };
    let Some(signed) = certificate else {
        if !completed {
            session.record_completion(version, None, now)?;
        }
        return Ok(Issue::NoCertificate);
    };
    let recorded = session.record_completion(
        version,
        Some(&NewCertificate {
            id: signed.certificate.id.to_string(),
            name_on_certificate: signed.certificate.learner_name.clone(),
            credential: Some(signed.token.clone()),
        }),
        now,
    )?;
    match recorded.certificate {
        Some(_) if recorded.certificate_is_new => Ok(Issue::Issued(signed)),
        Some(kept) => stored(kept.credential.as_deref(), session).map(Issue::AlreadyIssued),
        None => Ok(Issue::NoCertificate),
    }
}

/// The learner's certificate for `course`, made and signed (not stored yet).
fn sign(
    session: &LearnerSession<'_>,
    version: &CourseVersion,
    course: &Course,
    keyring: &Keyring,
    settings: &CertificateSettings,
    standing: &Standing,
    now: Timestamp,
) -> Result<Option<SignedCertificate>> {
    let learner = session.learner()?;
    let language = Language::from_tag(&learner.language).map_or("en", |l| l.tag);
    let key = keyring.signing_key_for(settings.issuer.as_deref())?;
    let id = CertificateId::random().map_err(|error| Error::Random {
        path: keyring.device_key_path(),
        problem: error.to_string(),
    })?;
    let subject_id = session.subject_id()?;
    Ok(Certificate::for_course(
        id,
        course,
        version.content_hash(),
        &learner.certificate_name,
        now,
        super::final_score(course, standing),
        language,
    )
    .map(|certificate| {
        let certificate = Certificate {
            subject_id: Some(subject_id),
            ..certificate
        };
        SignedCertificate::sign(certificate, &key, now)
    }))
}

fn stored(credential: Option<&str>, session: &LearnerSession<'_>) -> Result<SignedCertificate> {
    let path = session.store_path().to_owned();
    let token = credential.ok_or_else(|| Error::StoredCredential {
        path: path.clone(),
        problem: "the certificate was stored without its credential".into(),
    })?;
    SignedCertificate::from_stored_token(token)
        .map_err(|problem| Error::StoredCredential { path, problem })
}
