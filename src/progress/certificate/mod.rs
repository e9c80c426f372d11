//! The store's certificates, all in this room: those issued to a learner, as
//! the certificate module made them, and finding them again (`lookup`). They
//! are recorded with the course's completion
//! ([`LearnerSession::record_completion`]).

mod lookup;

pub use lookup::StoredCertificate;
pub(super) use lookup::{SELECT_CERTIFICATES, certificate_row};

use super::{LearnerSession, Result, Timestamp};
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
