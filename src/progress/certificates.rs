//! What the certificate module needs from the store beyond recording and
//! listing: issuing at most once per learner and course, and finding any
//! learner's certificate by id for `fieldcourse certificate export`.

use super::lesson::enroll;
use super::{
    CertificateRecord, CourseVersion, LearnerId, LearnerSession, NewCertificate, Result, Store,
    Timestamp,
};
use rusqlite::{OptionalExtension, Row, params};

const SELECT_CERTIFICATES: &str = "
SELECT c.id, c.course_id, v.version, c.name_on_certificate, c.issued_at, c.credential, c.learner_id
FROM certificates AS c
JOIN course_versions AS v ON v.id = c.course_version_id
WHERE (?1 IS NULL OR c.learner_id = ?1) AND (?2 IS NULL OR c.course_id = ?2)
ORDER BY c.issued_at, c.id";

const INSERT_CERTIFICATE: &str = "
INSERT INTO certificates
    (id, learner_id, course_id, course_version_id, name_on_certificate, issued_at, credential)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";

fn certificate_row(row: &Row<'_>) -> rusqlite::Result<(LearnerId, CertificateRecord)> {
    Ok((
        LearnerId(row.get(6)?),
        CertificateRecord {
            id: row.get(0)?,
            course_id: row.get(1)?,
            course_version: row.get(2)?,
            name_on_certificate: row.get(3)?,
            issued_at: Timestamp::from_unix_ms(row.get(4)?),
            credential: row.get(5)?,
        },
    ))
}

/// A certificate kept in the store, and whose it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredCertificate {
    /// The learner it was issued to.
    pub learner: LearnerId,
    /// The certificate.
    pub record: CertificateRecord,
}

impl LearnerSession<'_> {
    /// Records `certificate` for `version`'s course unless the learner already
    /// has a certificate for that course: the check and the insert are one
    /// transaction, so a course is certified once however often it is completed.
    /// Returns the certificate kept and whether it is the one just given.
    pub fn record_certificate_once(
        &self,
        version: &CourseVersion,
        certificate: &NewCertificate,
    ) -> Result<(CertificateRecord, bool)> {
        self.store.check_version(version)?;
        let now = Timestamp::now();
        self.write("record the certificate", |transaction| {
            let existing = transaction
                .prepare_cached(SELECT_CERTIFICATES)?
                .query_row(
                    params![self.learner.0, version.course_id()],
                    certificate_row,
                )
                .optional()?;
            if let Some((_, record)) = existing {
                return Ok((record, false));
            }
            enroll(transaction, self, version, now)?;
            transaction
                .prepare_cached(INSERT_CERTIFICATE)?
                .execute(params![
                    certificate.id,
                    self.learner.0,
                    version.course_id(),
                    version.row,
                    certificate.name_on_certificate,
                    now.unix_ms(),
                    certificate.credential,
                ])?;
            let record = CertificateRecord {
                id: certificate.id.clone(),
                course_id: version.course_id().to_owned(),
                course_version: version.version().to_owned(),
                name_on_certificate: certificate.name_on_certificate.clone(),
                issued_at: now,
                credential: certificate.credential.clone(),
            };
            Ok((record, true))
        })
    }

    /// The progress file this session writes to, for error messages.
    pub fn store_path(&self) -> &std::path::Path {
        self.store.path()
    }

    /// The learner's certificate for a course, if one was issued.
    pub fn course_certificate(&self, course_id: &str) -> Result<Option<CertificateRecord>> {
        let rows = self.store.query(
            "read the certificates",
            SELECT_CERTIFICATES,
            params![self.learner.0, course_id],
            certificate_row,
        )?;
        Ok(rows.into_iter().next().map(|(_, record)| record))
    }
}

impl Store {
    /// Every certificate issued on this device, oldest first, for trainers and
    /// for `fieldcourse certificate export`. Learners' PINs guard their
    /// progress, not the certificates they were given to show.
    pub fn all_certificates(&self) -> Result<Vec<StoredCertificate>> {
        let rows = self.query(
            "read the certificates",
            SELECT_CERTIFICATES,
            params![Option::<i64>::None, Option::<&str>::None],
            certificate_row,
        )?;
        Ok(rows
            .into_iter()
            .map(|(learner, record)| StoredCertificate { learner, record })
            .collect())
    }
}
