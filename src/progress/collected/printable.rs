//! The certificates collected from other devices, as issued there, so the
//! trainer's laptop can print them again: same id, same signed credential.

use crate::progress::{Result, Store, Timestamp};

/// A certificate issued on another device, with whose it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CollectedCertificate {
    /// The device's id.
    pub device_id: String,
    /// The device's name.
    pub device_name: String,
    /// The learner's id on that device.
    pub learner_id: i64,
    /// The name the learner is shown by on that device.
    pub display_name: String,
    /// The certificate id (a UUID).
    pub id: String,
    /// The course id.
    pub course_id: String,
    /// The name printed on it.
    pub name_on_certificate: String,
    /// When it was issued.
    pub issued_at: Timestamp,
    /// The signed credential (a VC-JWT) as issued, if the device kept one.
    pub credential: Option<String>,
}

impl Store {
    /// The certificates collected from other devices, of `course_id` or of
    /// every course, by device, learner and course, oldest first.
    pub fn collected_certificates(
        &self,
        course_id: Option<&str>,
    ) -> Result<Vec<CollectedCertificate>> {
        self.query(
            "read the collected certificates",
            include_str!("printable.sql"),
            [course_id],
            |row| {
                Ok(CollectedCertificate {
                    device_id: row.get(0)?,
                    device_name: row.get(1)?,
                    learner_id: row.get(2)?,
                    display_name: row.get(3)?,
                    id: row.get(4)?,
                    course_id: row.get(5)?,
                    name_on_certificate: row.get(6)?,
                    issued_at: Timestamp::from_unix_ms(row.get(7)?),
                    credential: row.get(8)?,
                })
            },
        )
    }
}
