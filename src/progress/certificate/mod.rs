//! Certificates issued to a learner, as the certificate module made them.

use super::lesson::enroll;
use super::outbox::{self, Event};
use super::{CourseVersion, LearnerSession, Result, Timestamp};
use rusqlite::params;
use serde::Serialize;

/// A certificate to record as issued.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewCertificate {
    /// The id printed on the certificate; unique.
    pub id: String,
    /// The name printed on it.
    pub name_on_certificate: String,
    /// The signed credential, as the certificate module wrote it.
    pub credential: Option<String>,
}

/// A certificate issued to the learner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CertificateRecord {
    /// The id printed on the certificate.
    pub id: String,
    /// The course id.
    pub course_id: String,
    /// The course version it was issued for.
    pub course_version: String,
    /// The name printed on it.
    pub name_on_certificate: String,
    /// When it was issued.
    pub issued_at: Timestamp,
    /// The signed credential.
    pub credential: Option<String>,
}

impl LearnerSession<'_> {
    /// Records a certificate issued to the learner for `version`'s course.
    pub fn record_certificate(
        &self,
        version: &CourseVersion,
        certificate: &NewCertificate,
    ) -> Result<()> {
        self.store.check_version(version)?;
        let now = Timestamp::now();
        self.write("record the certificate", |transaction| {
            enroll(transaction, self, version, now)?;
            transaction
                .prepare_cached(include_str!("insert.sql"))?
                .execute(params![
                    certificate.id,
                    self.learner.0,
                    version.course_id(),
                    version.row,
                    certificate.name_on_certificate,
                    now.unix_ms(),
                    certificate.credential,
                ])?;
            outbox::record(
                transaction,
                self.learner,
                version.row,
                Event::CertificateEarned(&certificate.id),
                now,
            )
        })
    }

    /// Every certificate issued to the learner, oldest first.
    pub fn certificates(&self) -> Result<Vec<CertificateRecord>> {
        self.store.query(
            "read the certificates",
            include_str!("list.sql"),
            [self.learner.0],
            |row| {
                Ok(CertificateRecord {
                    id: row.get(0)?,
                    course_id: row.get(1)?,
                    course_version: row.get(2)?,
                    name_on_certificate: row.get(3)?,
                    issued_at: Timestamp::from_unix_ms(row.get(4)?),
                    credential: row.get(5)?,
                })
            },
        )
    }
}
