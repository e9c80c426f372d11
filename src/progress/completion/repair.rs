//! Format v3: repairs progress files written while finishing a course was not
//! recorded. Those files hold certificates but no completion date, and neither
//! the course's "completed" learning record nor the certificate's "earned" one.
//! The upgrade runs once (the format version says it ran), in the upgrade's
//! transaction.

use crate::progress::outbox::{Event, Form, record_as};
use crate::progress::{LearnerId, Timestamp};
use crate::xapi::statement::{CERTIFICATE_ID_EXTENSION, Verb};
use rusqlite::{Transaction, params};

/// A learning record the file is missing.
struct Missing {
    at: i64,
    learner: LearnerId,
    version_row: i64,
    /// The certificate id for "earned"; `None` for the course's "completed".
    certificate: Option<String>,
}

/// Sets the completion date of each course the learner finished (a certificate
/// was issued, or everything the course holds is done), then writes the
/// "completed" and "earned" statements missing, oldest first.
pub(crate) fn repair(transaction: &Transaction<'_>) -> rusqlite::Result<()> {
    let mut missing = Vec::new();
    {
        let mut finished = transaction.prepare(include_str!("repair_finished.sql"))?;
        let mut complete = transaction.prepare(include_str!("complete.sql"))?;
        let rows = finished
            .query_map([], |row| {
                Ok((
                    LearnerId(row.get(0)?),
                    row.get::<_, String>(1)?,
                    row.get::<_, i64>(2)?,
                    row.get::<_, i64>(3)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        for (learner, course_id, version_row, at) in rows {
            complete.execute(params![learner.0, course_id, at])?;
            missing.push(Missing {
                at,
                learner,
                version_row,
                certificate: None,
            });
        }
    }
    {
        let extension = format!("$.result.extensions.\"{CERTIFICATE_ID_EXTENSION}\"");
        let mut unearned = transaction.prepare(include_str!("repair_unearned.sql"))?;
        let rows = unearned.query_map(params![Verb::Earned.iri(), extension], |row| {
            Ok(Missing {
                certificate: Some(row.get(0)?),
                learner: LearnerId(row.get(1)?),
                version_row: row.get(2)?,
                at: row.get(3)?,
            })
        })?;
        for row in rows {
            missing.push(row?);
        }
    }
    // In time order; a course's completion before the certificate issued with it.
    missing.sort_by_key(|found| (found.at, found.certificate.is_some()));
    for found in &missing {
        let event = match &found.certificate {
            Some(id) => Event::CertificateEarned(id),
            None => Event::CourseCompleted,
        };
        // Written whole, as this format step wrote them before compact rows.
        record_as(
            transaction,
            Form::Full,
            found.learner,
            found.version_row,
            event,
            Timestamp::from_unix_ms(found.at),
        )?;
    }
    Ok(())
}
