//! Opening the store: look before touching, set the pragmas, back up, upgrade.

use super::backup::{self, BackupInfo, BackupKind};
use super::file::{
    DATABASE_FILE, database_path, is_damage, move_with_companions, quick_check, with_suffix,
};
use super::schema::{self, APPLICATION_ID, SCHEMA_VERSION};
use super::{Error, Result, Store, Timestamp, database_error, io_error};
use crate::data_folder;
use rusqlite::{Connection, OpenFlags};

use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// How long a write waits for another program (a second window, the `report`
/// command) to finish its own before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// What happened when a store was opened, for the GUI to tell the user.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Opening {
    /// The file did not exist and was created.
    pub created: bool,
    /// The file was upgraded from this format version.
    pub upgraded_from: Option<u32>,
    /// Backups made while opening (before an upgrade, or the daily one).
    pub backups: Vec<BackupInfo>,
}

/// What a read-only look at an existing file found wrong.
enum Refusal {
    Damaged(String),
    Error(Error),
}

impl Store {
    /// Opens (or creates) the progress database in `data_dir`.
    ///
    /// Before writing anything it looks at an existing file: a file from a newer
    /// Fieldcourse, or a database of another program, is refused and left
    /// untouched; a file that fails SQLite's `quick_check` is moved aside with a
    /// timestamp and reported as [`Error::Damaged`] with the newest backup to
    /// offer. Then it sets WAL mode, `synchronous=FULL` and foreign keys, backs the
    /// file up before a format upgrade, upgrades in one transaction, and makes the
    /// daily backup when the last one is a day old.
    pub fn open(data_dir: &Path) -> Result<Self> {
        Self::open_at(data_dir, Timestamp::now())
    }

    /// [`Store::open`] as if the time were `now` (which dates backups and decides
    /// whether the daily one is due).
    pub fn open_at(data_dir: &Path, now: Timestamp) -> Result<Self> {
        data_folder::create_private_dir(data_dir)
            .map_err(io_error(data_dir, "create the data folder"))?;
        let path = database_path(data_dir);
        let existed = path.exists();
        if existed {
            restrict_store_files(data_dir, &path)?;
        } else {
            // SQLite would create it readable by all; its -wal and -shm files
            // take the database file's mode.
            data_folder::create_private_file(&path)
                .map_err(io_error(&path, "create the progress file"))?;
        }
        if existed {
            match inspect(&path) {
                Ok(()) => {}
                Err(Refusal::Error(error)) => return Err(error),
                Err(Refusal::Damaged(problem)) => {
                    return Err(set_aside_damaged(data_dir, &path, problem, now));
                }
            }
        }
        let conn = connect(&path)?;
        let mut store = Self {
            conn,
            path,
            instance: next_instance(),
            opening: Opening {
                created: !existed,
                ..Opening::default()
            },
        };
        let found =
            schema::user_version(&store.conn).map_err(store.fail("read the format version"))?;
        if found > 0 && found < SCHEMA_VERSION {
            let saved = store.backup_now(BackupKind::BeforeUpgrade { from: found }, now)?;
            store.opening.backups.push(saved);
        }
        let from = schema::upgrade(&store.conn).map_err(store.fail("upgrade the format"))?;
        if from > 0 && from < SCHEMA_VERSION {
            store.opening.upgraded_from = Some(from);
        }
        if from > 0 {
            if let Some(daily) = store.backup_if_due(now)? {
                store.opening.backups.push(daily);
            }
        } else {
            store.opening.created = true;
        }
        Ok(store)
    }
}

/// Makes the progress file, its companions, the backup folder and the backups,
/// and the remembered LRS (which holds its password) owner-only where an older
/// Fieldcourse or a copy by hand left them wider.
fn restrict_store_files(data_dir: &Path, path: &Path) -> Result<()> {
    let mut files = vec![
        path.to_owned(),
        with_suffix(path, "-wal"),
        with_suffix(path, "-shm"),
        data_folder::lrs_file(data_dir),
    ];
    let backups = data_dir.join(backup::BACKUP_DIR);
    if backups.is_dir() {
        data_folder::create_private_dir(&backups)
            .map_err(io_error(&backups, "make the backup folder owner-only"))?;
        files.extend(backup::list_backups(data_dir)?.into_iter().map(|b| b.path));
    }
    for file in files {
        data_folder::restrict_file(&file).map_err(io_error(&file, "make owner-only"))?;
    }
    Ok(())
}

/// A number unique to each store opened by this program.
fn next_instance() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// Opens the file for use, with the pragmas that keep every commit on disk.
fn connect(path: &Path) -> Result<Connection> {
    let fail = |action| move |source| database_error(path, action, source);
    let conn = Connection::open(path).map_err(fail("open the file"))?;
    conn.busy_timeout(BUSY_TIMEOUT)
        .map_err(fail("set the busy timeout"))?;
    let mode: String = conn
        .pragma_update_and_check(None, "journal_mode", "wal", |row| row.get(0))
        .map_err(fail("turn on write-ahead logging"))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(Error::NotProgressFile {
            path: path.to_owned(),
            reason: format!(
                "SQLite keeps it in `{mode}` journal mode and cannot use write-ahead logging there"
            ),
        });
    }
    // FULL: a commit is on disk (WAL synced) before it returns, even across a
    // power cut. secure_delete: a removed learner's rows are overwritten, not
    // left readable in free pages of a shared device.
    conn.execute_batch(
        "PRAGMA synchronous = FULL;
         PRAGMA foreign_keys = ON;
         PRAGMA secure_delete = ON;
         PRAGMA trusted_schema = OFF;",
    )
    .map_err(fail("set the safety settings"))?;
    conn.set_prepared_statement_cache_capacity(64);
    Ok(conn)
}

/// Looks at an existing file through a read-only connection, which can neither
/// change nor checkpoint it: is it ours, not too new, and not damaged?
fn inspect(path: &Path) -> Result<(), Refusal> {
    let fail = |action| move |source| Refusal::Error(database_error(path, action, source));
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(fail("open the file"))?;
    conn.busy_timeout(BUSY_TIMEOUT)
        .map_err(fail("set the busy timeout"))?;
    let header = conn.query_row(
        "SELECT (SELECT application_id FROM pragma_application_id),
                (SELECT user_version FROM pragma_user_version),
                (SELECT count(*) FROM sqlite_schema)",
        [],
        |row| {
            Ok((
                row.get::<_, i32>(0)?,
                row.get::<_, u32>(1)?,
                row.get::<_, u32>(2)?,
            ))
        },
    );
    let (application_id, version, objects) = match header {
        Ok(header) => header,
        Err(error) if is_damage(&error) => return Err(Refusal::Damaged(error.to_string())),
        Err(error) => return Err(fail("read the file header")(error)),
    };
    let foreign = |reason: String| {
        Refusal::Error(Error::NotProgressFile {
            path: path.to_owned(),
            reason,
        })
    };
    if application_id != 0 && application_id != APPLICATION_ID {
        return Err(foreign(format!(
            "its application id is {application_id:#x}, not Fieldcourse's"
        )));
    }
    if version > SCHEMA_VERSION {
        return Err(Refusal::Error(Error::TooNew {
            path: path.to_owned(),
            found: version,
            supported: SCHEMA_VERSION,
        }));
    }
    if version == 0 && objects > 0 {
        return Err(foreign(
            "it holds tables but no Fieldcourse format version".to_owned(),
        ));
    }
    match quick_check(&conn) {
        Ok(findings) if findings.is_empty() => Ok(()),
        Ok(findings) => Err(Refusal::Damaged(findings.join("; "))),
        Err(error) if is_damage(&error) => Err(Refusal::Damaged(error.to_string())),
        Err(error) => Err(fail("check the file")(error)),
    }
}

/// Moves the damaged file (and its WAL and shared-memory files) aside under a
/// timestamped name, and returns the error that tells the user so.
fn set_aside_damaged(data_dir: &Path, path: &Path, problem: String, now: Timestamp) -> Error {
    let mut moved_to = path.with_file_name(format!("{DATABASE_FILE}.damaged-{}", now.to_compact()));
    let mut counter = 2;
    while moved_to.exists() {
        moved_to = path.with_file_name(format!(
            "{DATABASE_FILE}.damaged-{}-{counter}",
            now.to_compact()
        ));
        counter += 1;
    }
    if let Err(error) = move_with_companions(path, &moved_to) {
        return error;
    }
    let newest_backup = backup::list_backups(data_dir)
        .ok()
        .and_then(|backups| backups.into_iter().next())
        .map(|newest| newest.id);
    Error::Damaged {
        path: path.to_owned(),
        problem,
        moved_to,
        newest_backup,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_connection_commits_durably_with_foreign_keys_on() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let pragma = |name: &str| -> i64 {
            store
                .conn
                .pragma_query_value(None, name, |row| row.get(0))
                .unwrap()
        };
        assert_eq!(pragma("synchronous"), 2, "FULL");
        assert_eq!(pragma("foreign_keys"), 1);
        assert_eq!(pragma("secure_delete"), 1);
        assert!(pragma("busy_timeout") >= 1_000);
        let mode: String = store
            .conn
            .pragma_query_value(None, "journal_mode", |row| row.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
    }
}
