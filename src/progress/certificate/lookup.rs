//! Finding certificates beyond a learner's own list: the learner's certificate
//! for a course, and any learner's certificate for `fieldcourse certificate
//! export`. Certificates are recorded with the course's completion (see
//! `completion`).

use super::CertificateRecord;
use crate::progress::{LearnerId, LearnerSession, Result, Store};
use crate::time::Timestamp;
use rusqlite::{Row, params};

/// Certificates with their learner; `?1` narrows to a learner, `?2` to a course.
pub(in crate::progress) const SELECT_CERTIFICATES: &str = "
SELECT c.id, c.course_id, v.version, c.name_on_certificate, c.issued_at, c.credential, c.learner_id
FROM certificates AS c
JOIN course_versions AS v ON v.id = c.course_version_id
WHERE (?1 IS NULL OR c.learner_id = ?1) AND (?2 IS NULL OR c.course_id = ?2)
ORDER BY c.issued_at, c.id";

pub(in crate::progress) fn certificate_row(
    row: &Row<'_>,
) -> rusqlite::Result<(LearnerId, CertificateRecord)> {
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
