//! Recording that a learner completed a course, and the certificate issued with
//! it: the one write path for both, so the completion date, the report, the
//! library and the learning records always agree.

mod repair;

pub(crate) use repair::repair;

use super::certificate::{SELECT_CERTIFICATES, certificate_row};
use super::lesson::{course_state, enroll};
use super::outbox::{self, Event};
use super::{CertificateRecord, CourseVersion, LearnerSession, NewCertificate, Result, Timestamp};
use rusqlite::{OptionalExtension, params};

/// What the store holds once a completion is recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completion {
    /// When the course was completed: the first time is kept.
    pub completed_at: Timestamp,
    /// Whether this call recorded the completion (else it was recorded before).
    pub newly_completed: bool,
    /// The learner's certificate for the course, when one was given now or before.
    pub certificate: Option<CertificateRecord>,
    /// Whether `certificate` is the one given to this call.
    pub certificate_is_new: bool,
}

impl LearnerSession<'_> {
    /// Records that the learner completed `version`'s course at `now`, with its
    /// "completed" learning record, and keeps `certificate` unless the learner
    /// already has one for the course (then with its "earned" record). It is
    /// one transaction: the completion, the certificate and their statements
    /// are saved together or not at all, and calling it again adds nothing.
    ///
    /// Whether the learner met the course's completion rule is for the caller
    /// to judge: everything goes through `certificate::issue::issue_if_complete`,
    /// which does.
    pub fn record_completion(
        &self,
        version: &CourseVersion,
        certificate: Option<&NewCertificate>,
        now: Timestamp,
    ) -> Result<Completion> {
        self.store.check_version(version)?;
        self.write("save that the course was completed", |transaction| {
            let state = course_state(transaction, self, version)?;
            if state.is_none() {
                enroll(transaction, self, version, now)?;
            }
            let newly_completed = state != Some(true);
            if newly_completed {
                transaction
                    .prepare_cached(include_str!("complete.sql"))?
                    .execute(params![self.learner.0, version.course_id(), now.unix_ms()])?;
                outbox::record(
                    transaction,
                    self.learner,
                    version.row,
                    Event::CourseCompleted,
                    now,
                )?;
            }
            let completed_at = transaction
                .prepare_cached(include_str!("completed_at.sql"))?
                .query_row(params![self.learner.0, version.course_id()], |row| {
                    row.get::<_, Option<i64>>(0)
                })?
                .map_or(now, Timestamp::from_unix_ms);
            let kept = transaction
                .prepare_cached(SELECT_CERTIFICATES)?
                .query_row(
                    params![self.learner.0, version.course_id()],
                    certificate_row,
                )
                .optional()?
                .map(|(_, record)| record);
            let (certificate, certificate_is_new) = match (kept, certificate) {
                (Some(kept), _) => (Some(kept), false),
                (None, None) => (None, false),
                (None, Some(new)) => {
                    transaction
                        .prepare_cached(include_str!("insert_certificate.sql"))?
                        .execute(params![
                            new.id,
                            self.learner.0,
                            version.course_id(),
                            version.row,
                            new.name_on_certificate,
                            now.unix_ms(),
                            new.credential,
                        ])?;
                    outbox::record(
                        transaction,
                        self.learner,
                        version.row,
                        Event::CertificateEarned(&new.id),
                        now,
                    )?;
                    let record = CertificateRecord {
                        id: new.id.clone(),
                        course_id: version.course_id().to_owned(),
                        course_version: version.version().to_owned(),
                        name_on_certificate: new.name_on_certificate.clone(),
                        issued_at: now,
                        credential: new.credential.clone(),
                    };
                    (Some(record), true)
                }
            };
            Ok(Completion {
                completed_at,
                newly_completed,
                certificate,
                certificate_is_new,
            })
        })
    }
}
