//! The trainer's same-person links, as stored: one row per "these are the
//! same person", deleted again by its undo.

use super::LearnerRef;
use crate::progress::{Result, Store, Timestamp};

/// One stored link between two learner records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Link {
    /// The link's id, to undo it.
    pub id: i64,
    /// The two records it joins.
    pub records: [LearnerRef; 2],
}

/// How a record's device is stored: `''` for this laptop.
fn stored_device(learner: &LearnerRef) -> &str {
    learner.device_id.as_deref().unwrap_or("")
}

fn read_device(stored: String) -> Option<String> {
    (!stored.is_empty()).then_some(stored)
}

impl Store {
    /// Records that `first` and `second` are the same person, and returns the
    /// link's id (which [`Store::undo_same_person`] takes). Joining a record
    /// with itself stores nothing and returns `None`.
    pub fn link_same_person(
        &self,
        first: &LearnerRef,
        second: &LearnerRef,
        at: Timestamp,
    ) -> Result<Option<i64>> {
        if first == second {
            return Ok(None);
        }
        self.in_transaction("record that two learners are the same person", |tx| {
            tx.prepare_cached(include_str!("link.sql"))?.execute((
                stored_device(first),
                first.learner_id,
                stored_device(second),
                second.learner_id,
                at.unix_ms(),
            ))?;
            Ok(Some(tx.last_insert_rowid()))
        })
    }

    /// Undoes the link with this id: the records it joined are apart again
    /// (unless other links still join them). An id already undone changes
    /// nothing.
    pub fn undo_same_person(&self, link: i64) -> Result<()> {
        self.in_transaction("undo a same-person link", |tx| {
            tx.prepare_cached(include_str!("unlink.sql"))?
                .execute([link])?;
            Ok(())
        })
    }

    /// Every link, oldest first.
    pub(super) fn same_person_links(&self) -> Result<Vec<Link>> {
        self.query(
            "read the same-person links",
            include_str!("links.sql"),
            [],
            |row| {
                Ok(Link {
                    id: row.get(0)?,
                    records: [
                        LearnerRef {
                            device_id: read_device(row.get(1)?),
                            learner_id: row.get(2)?,
                        },
                        LearnerRef {
                            device_id: read_device(row.get(3)?),
                            learner_id: row.get(4)?,
                        },
                    ],
                })
            },
        )
    }
}
