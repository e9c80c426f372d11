//! Each learner's pseudonymous subject id: a random `urn:uuid:` made once and
//! kept, which names the learner in the certificates' signed credentials
//! (`credentialSubject.id` and `sub`) without saying who they are.

use super::{Error, LearnerSession, Result};
use rusqlite::{OptionalExtension, Transaction};

/// A new subject id: `urn:uuid:` and a random (version 4) UUID.
pub fn new_subject_id() -> String {
    format!("urn:uuid:{}", uuid::Uuid::new_v4())
}

/// Gives every learner who has none a subject id: the step of the upgrade to
/// progress format v7, in its transaction.
pub(crate) fn give_subject_ids(transaction: &Transaction<'_>) -> rusqlite::Result<()> {
    let learners: Vec<i64> = transaction
        .prepare(include_str!("without_subject_id.sql"))?
        .query_map([], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut set = transaction.prepare(include_str!("set_subject_id.sql"))?;
    for learner in learners {
        set.execute(rusqlite::params![learner, new_subject_id()])?;
    }
    Ok(())
}

impl LearnerSession<'_> {
    /// The learner's subject id, for their certificates. Every learner has one
    /// from progress format v7 on; should one be missing all the same, it is
    /// made and kept now, so the answer never changes.
    pub fn subject_id(&self) -> Result<String> {
        let read = || {
            self.store
                .conn
                .prepare_cached(include_str!("subject_id.sql"))
                .and_then(|mut statement| {
                    statement
                        .query_row([self.learner.0], |row| row.get::<_, Option<String>>(0))
                        .optional()
                })
                .map(Option::flatten)
                .map_err(self.store.fail("read the learner's subject id"))
        };
        if let Some(id) = read()? {
            return Ok(id);
        }
        self.store
            .conn
            .prepare_cached(include_str!("set_subject_id.sql"))
            .and_then(|mut statement| {
                statement.execute(rusqlite::params![self.learner.0, new_subject_id()])
            })
            .map_err(self.store.fail("save the learner's subject id"))?;
        read()?.ok_or_else(|| Error::LearnerNotFound {
            path: self.store.path.clone(),
            learner: self.learner,
        })
    }
}
