//! The progress format's versions and the ladder that brings a file up to the newest.
//!
//! To change the format: add `vN.sql` beside this file with the statements that
//! take version N-1 to N, add it to [`UPGRADES`], and add a fixture of the released
//! version N-1 to `tests/fixtures/progress/` if it is not there yet. The tests fail
//! until all three are done.

use rusqlite::{Connection, Transaction, TransactionBehavior};

/// One rung of the ladder: the statements that bring version `to - 1` to `to`.
pub(crate) struct Upgrade {
    /// The version a database has after this step.
    pub to: u32,
    /// The statements, from `v{to}.sql`.
    pub sql: &'static str,
    /// Work that SQL alone cannot do, run after `sql` in the same transaction.
    pub then: Option<fn(&Transaction<'_>) -> rusqlite::Result<()>>,
}

/// Every upgrade, oldest first. A new database climbs all of them, so a new file
/// and an upgraded one are made by the same statements.
pub(crate) const UPGRADES: &[Upgrade] = &[
    Upgrade {
        to: 1,
        sql: include_str!("v1.sql"),
        then: None,
    },
    Upgrade {
        to: 2,
        sql: include_str!("v2.sql"),
        // Learning records for the progress recorded before v2.
        then: Some(super::outbox::backfill),
    },
    Upgrade {
        to: 3,
        sql: include_str!("v3.sql"),
        // Completions and their learning records that files before v3 lack.
        then: Some(super::completion::repair),
    },
    Upgrade {
        to: 4,
        sql: include_str!("v4.sql"),
        then: None,
    },
    Upgrade {
        to: 5,
        sql: include_str!("v5.sql"),
        // Learning records kept compact; those written before stay whole.
        then: None,
    },
    Upgrade {
        to: 6,
        sql: include_str!("v6.sql"),
        // The trainer's same-person links; none exist before.
        then: None,
    },
    Upgrade {
        to: 7,
        sql: include_str!("v7.sql"),
        // Each learner's pseudonymous subject id for certificates.
        then: Some(super::learner::give_subject_ids),
    },
    Upgrade {
        to: 8,
        sql: include_str!("v8.sql"),
        // Answers' learning records on the answer rows; those written before
        // stay in the outbox.
        then: None,
    },
];

/// The progress format version this build writes, kept in `PRAGMA user_version`.
pub const SCHEMA_VERSION: u32 = UPGRADES.len() as u32;

/// `PRAGMA application_id` of a Fieldcourse progress file ("FCPR").
pub const APPLICATION_ID: i32 = 0x4643_5052;

/// The database's `PRAGMA user_version`.
pub(crate) fn user_version(conn: &Connection) -> rusqlite::Result<u32> {
    conn.pragma_query_value(None, "user_version", |row| row.get(0))
}

/// Brings the database up to [`SCHEMA_VERSION`] in one transaction: either every
/// step is applied or none is. Returns the version the file had.
pub(crate) fn upgrade(conn: &Connection) -> rusqlite::Result<u32> {
    // IMMEDIATE takes the write lock first, so two programs opening the same new
    // file cannot both create the tables; the second sees the first's work.
    let transaction = Transaction::new_unchecked(conn, TransactionBehavior::Immediate)?;
    let from = user_version(&transaction)?;
    if from >= SCHEMA_VERSION {
        return Ok(from);
    }
    for step in UPGRADES.iter().filter(|step| step.to > from) {
        transaction.execute_batch(step.sql)?;
        if let Some(then) = step.then {
            then(&transaction)?;
        }
    }
    transaction.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    transaction.pragma_update(None, "application_id", APPLICATION_ID)?;
    transaction.commit()?;
    Ok(from)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    /// Fails when a `vN.sql` file was added but not wired into [`UPGRADES`], or an
    /// upgrade was listed out of order.
    #[test]
    fn every_schema_file_is_wired_into_the_ladder() {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/progress/schema");
        let mut files: Vec<String> = std::fs::read_dir(&folder)
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".sql"))
            .collect();
        files.sort();
        let expected: Vec<String> = (1..=SCHEMA_VERSION).map(|n| format!("v{n}.sql")).collect();
        assert_eq!(
            files, expected,
            "every vN.sql must be listed in UPGRADES, in order"
        );
        for (index, step) in UPGRADES.iter().enumerate() {
            assert_eq!(step.to as usize, index + 1);
            let on_disk = std::fs::read_to_string(folder.join(format!("v{}.sql", step.to)));
            assert_eq!(on_disk.unwrap(), step.sql, "v{}.sql", step.to);
        }
    }

    #[test]
    fn a_new_database_climbs_to_the_newest_version_once() {
        let conn = Connection::open_in_memory().unwrap();
        assert_eq!(upgrade(&conn).unwrap(), 0);
        assert_eq!(user_version(&conn).unwrap(), SCHEMA_VERSION);
        // A second run finds nothing to do.
        assert_eq!(upgrade(&conn).unwrap(), SCHEMA_VERSION);
        let id: i32 = conn
            .pragma_query_value(None, "application_id", |row| row.get(0))
            .unwrap();
        assert_eq!(id, APPLICATION_ID);
    }
}
