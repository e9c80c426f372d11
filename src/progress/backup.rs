//! Backups: online copies of the database (SQLite's backup API) in `backups/`.
//!
//! A daily backup is made at most once a day when the store opens, and the newest
//! [`DAILY_BACKUPS_KEPT`] are kept. A backup is also made before every format
//! upgrade and before every restore; those are never deleted automatically, so the
//! copy taken before a risky step cannot be rotated away by later daily ones.
//!
//! Each backup is written under a hidden temporary name and renamed into place, so
//! a backup interrupted by a crash is never listed. Names are
//! `<kind>-<UTC time>.sqlite`; the name without `.sqlite` is the backup's id.

use super::file::{
    DATABASE_FILE, database_path, is_damage, move_with_companions, quick_check, with_suffix,
};
use super::schema::{APPLICATION_ID, SCHEMA_VERSION};
use super::{Error, Result, Store, Timestamp, database_error, io_error};
use crate::data_folder;
use rusqlite::backup::Backup;
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The folder, inside the data directory, that holds the backups.
pub const BACKUP_DIR: &str = "backups";

/// How many daily backups are kept.
pub const DAILY_BACKUPS_KEPT: usize = 7;

/// How old the newest daily backup must be before another is made.
const DAILY_INTERVAL_HOURS: i64 = 24;

const EXTENSION: &str = ".sqlite";

/// Why a backup was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum BackupKind {
    /// The rotating daily backup.
    Daily,
    /// Made before the format was upgraded from version `from`.
    BeforeUpgrade {
        /// The format version the file had.
        from: u32,
    },
    /// The file as it was before a backup was restored over it.
    BeforeRestore,
}

impl BackupKind {
    fn prefix(self) -> String {
        match self {
            Self::Daily => "daily".to_owned(),
            Self::BeforeUpgrade { from } => format!("before-upgrade-v{from}"),
            Self::BeforeRestore => "before-restore".to_owned(),
        }
    }

    fn parse(prefix: &str) -> Option<Self> {
        match prefix {
            "daily" => Some(Self::Daily),
            "before-restore" => Some(Self::BeforeRestore),
            other => other
                .strip_prefix("before-upgrade-v")?
                .parse()
                .ok()
                .map(|from| Self::BeforeUpgrade { from }),
        }
    }

    /// A few words for people: "daily", "before upgrading from format 1"...
    pub fn describe(self) -> String {
        match self {
            Self::Daily => "daily".to_owned(),
            Self::BeforeUpgrade { from } => format!("before upgrading from format {from}"),
            Self::BeforeRestore => "before a restore".to_owned(),
        }
    }
}

/// One backup file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BackupInfo {
    /// The id to pass to `fieldcourse backup restore`: the file name without `.sqlite`.
    pub id: String,
    /// Why it was made.
    pub kind: BackupKind,
    /// When it was made.
    pub created_at: Timestamp,
    /// The file.
    pub path: PathBuf,
    /// Its size in bytes.
    pub size_bytes: u64,
}

impl BackupInfo {
    fn from_path(path: PathBuf) -> Option<Self> {
        let id = path
            .file_name()?
            .to_str()?
            .strip_suffix(EXTENSION)?
            .to_owned();
        let (kind, created_at) = parse_id(&id)?;
        let size_bytes = fs::metadata(&path).ok()?.len();
        Some(Self {
            id,
            kind,
            created_at,
            path,
            size_bytes,
        })
    }
}

/// `<kind>-<YYYYMMDDTHHMMSSZ>` or `<kind>-<YYYYMMDDTHHMMSSZ>-<n>`.
fn parse_id(id: &str) -> Option<(BackupKind, Timestamp)> {
    let without_counter = match id.rsplit_once('-') {
        Some((rest, counter))
            if !counter.is_empty()
                && counter.len() < 6
                && counter.bytes().all(|b| b.is_ascii_digit()) =>
        {
            rest
        }
        _ => id,
    };
    let (prefix, time) = without_counter.rsplit_once('-')?;
    Some((BackupKind::parse(prefix)?, Timestamp::parse_compact(time)?))
}

/// The backups of a data directory, newest first. None yet is an empty list.
pub fn list_backups(data_dir: &Path) -> Result<Vec<BackupInfo>> {
    let dir = data_dir.join(BACKUP_DIR);
    let entries = match fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(error) => return Err(io_error(&dir, "read the backup folder")(error)),
    };
    let mut backups: Vec<BackupInfo> = entries
        .filter_map(|entry| BackupInfo::from_path(entry.ok()?.path()))
        .collect();
    backups.sort_by(|a, b| b.created_at.cmp(&a.created_at).then(b.id.cmp(&a.id)));
    Ok(backups)
}

impl Store {
    /// Makes a backup now, whatever the schedule.
    pub fn backup_now(&self, kind: BackupKind, now: Timestamp) -> Result<BackupInfo> {
        let dir = self.backup_dir();
        write_backup(&self.conn, &self.path, &dir, kind, now)
    }

    /// Makes the daily backup if the newest is at least a day old (or there is
    /// none), then deletes daily backups beyond the newest [`DAILY_BACKUPS_KEPT`].
    pub fn backup_if_due(&self, now: Timestamp) -> Result<Option<BackupInfo>> {
        let data_dir = self.data_dir();
        let dailies: Vec<BackupInfo> = list_backups(data_dir)?
            .into_iter()
            .filter(|backup| backup.kind == BackupKind::Daily)
            .collect();
        let due = dailies.first().is_none_or(|newest| {
            newest.created_at <= now.plus_hours(-DAILY_INTERVAL_HOURS)
                // A clock set back must not stop backups for good.
                || newest.created_at > now
        });
        if !due {
            return Ok(None);
        }
        let made = self.backup_now(BackupKind::Daily, now)?;
        for old in list_backups(data_dir)?
            .iter()
            .filter(|backup| backup.kind == BackupKind::Daily)
            .skip(DAILY_BACKUPS_KEPT)
            // With the clock set back, older-looking new backups must not be
            // deleted on sight while backups dated in the future stay.
            .filter(|backup| backup.id != made.id)
        {
            fs::remove_file(&old.path).map_err(io_error(&old.path, "delete the old backup"))?;
        }
        Ok(Some(made))
    }

    fn data_dir(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new("."))
    }

    fn backup_dir(&self) -> PathBuf {
        self.data_dir().join(BACKUP_DIR)
    }
}

/// Copies the database open on `source` to a new backup file in `dir`.
fn write_backup(
    source: &Connection,
    source_path: &Path,
    dir: &Path,
    kind: BackupKind,
    now: Timestamp,
) -> Result<BackupInfo> {
    data_folder::create_private_dir(dir).map_err(io_error(dir, "create the backup folder"))?;
    let id = unused_id(dir, &format!("{}-{}", kind.prefix(), now.to_compact()));
    let path = dir.join(format!("{id}{EXTENSION}"));
    let partial = dir.join(format!(".{id}.partial"));
    remove_if_present(&partial)?;
    remove_if_present(&with_suffix(&partial, "-journal"))?;
    let fail = |action| move |source| database_error(source_path, action, source);
    // Owner-only before SQLite writes a page into it (its journal follows).
    data_folder::create_private_file(&partial).map_err(io_error(&partial, "create the backup"))?;
    {
        let mut copy = Connection::open(&partial).map_err(fail("create the backup"))?;
        Backup::new(source, &mut copy)
            .and_then(|backup| backup.run_to_completion(4096, Duration::from_millis(10), None))
            .map_err(fail("copy the file into the backup"))?;
        // The copy inherits WAL mode from the header; a backup must be one
        // self-contained file, so switch it to a rollback journal.
        copy.pragma_update(None, "journal_mode", "delete")
            .map_err(fail("finish the backup"))?;
    }
    fs::rename(&partial, &path).map_err(io_error(&path, "save the backup"))?;
    sync_folder(dir);
    BackupInfo::from_path(path.clone()).ok_or_else(|| Error::BackupUnusable {
        path,
        problem: "it vanished right after it was written".to_owned(),
    })
}

fn remove_if_present(path: &Path) -> Result<()> {
    match fs::remove_file(path) {
        Err(error) if error.kind() != std::io::ErrorKind::NotFound => {
            Err(io_error(path, "remove the unfinished backup")(error))
        }
        _ => Ok(()),
    }
}

/// Makes a rename in `dir` durable. Best effort: not every platform can open a
/// folder, and the file itself was synced by SQLite.
fn sync_folder(dir: &Path) {
    if let Ok(folder) = fs::File::open(dir)
        && let Err(error) = folder.sync_all()
    {
        log::debug!("{} could not be synced: {error}", dir.display());
    }
}

/// What [`restore_backup`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    /// The backup now in use.
    pub restored: BackupInfo,
    /// The copy of the file it replaced, if there was one.
    pub previous: Option<BackupInfo>,
}

/// Puts backup `id` in place of the data directory's progress file, after saving
/// the current file as a `before-restore` backup. Close every Fieldcourse window
/// using this data directory first.
///
/// The backup is checked before anything changes: a damaged backup, or one from a
/// newer Fieldcourse, is refused and nothing is touched.
pub fn restore_backup(data_dir: &Path, id: &str, now: Timestamp) -> Result<Restored> {
    let chosen = list_backups(data_dir)?
        .into_iter()
        .find(|backup| backup.id == id)
        .ok_or_else(|| Error::BackupNotFound {
            dir: data_dir.join(BACKUP_DIR),
            id: id.to_owned(),
        })?;
    check_backup(&chosen.path)?;
    let target = database_path(data_dir);
    let previous = if target.exists() {
        Some(save_before_restore(data_dir, &target, now)?)
    } else {
        None
    };
    let incoming = data_dir.join(format!("{DATABASE_FILE}.restoring"));
    remove_if_present(&incoming)?;
    data_folder::create_private_file(&incoming)
        .and_then(|mut file| {
            let mut backup = fs::File::open(&chosen.path)?;
            std::io::copy(&mut backup, &mut file)?;
            file.sync_all()
        })
        .map_err(io_error(&incoming, "copy the backup to"))?;
    // The old file's WAL belongs to the old file: left beside the restored one,
    // SQLite would replay it onto it. Its content is in the copy saved above.
    for suffix in ["-wal", "-shm"] {
        remove_if_present(&with_suffix(&target, suffix))?;
    }
    fs::rename(&incoming, &target).map_err(io_error(&target, "put the restored file in place"))?;
    sync_folder(data_dir);
    Ok(Restored {
        restored: chosen,
        previous,
    })
}

/// Refuses a backup that is damaged, not ours, or too new.
fn check_backup(path: &Path) -> Result<()> {
    let unusable = |problem: String| Error::BackupUnusable {
        path: path.to_owned(),
        problem,
    };
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|error| unusable(error.to_string()))?;
    let header = conn.query_row(
        "SELECT (SELECT application_id FROM pragma_application_id),
                (SELECT user_version FROM pragma_user_version)",
        [],
        |row| Ok((row.get::<_, i32>(0)?, row.get::<_, u32>(1)?)),
    );
    let (application_id, version) = header.map_err(|error| unusable(error.to_string()))?;
    if application_id != APPLICATION_ID {
        return Err(unusable("it is not a Fieldcourse progress file".to_owned()));
    }
    if version > SCHEMA_VERSION {
        return Err(unusable(format!(
            "it was written by a newer Fieldcourse (format {version}; this one reads up to {SCHEMA_VERSION})"
        )));
    }
    match quick_check(&conn) {
        Ok(findings) if findings.is_empty() => Ok(()),
        Ok(findings) => Err(unusable(format!("it is damaged: {}", findings.join("; ")))),
        Err(error) => Err(unusable(error.to_string())),
    }
}

/// Saves the current file as a `before-restore` backup: an online copy when it
/// can be read, else the files themselves moved into the backup folder (a
/// damaged file is never deleted).
fn save_before_restore(data_dir: &Path, target: &Path, now: Timestamp) -> Result<BackupInfo> {
    let dir = data_dir.join(BACKUP_DIR);
    let copied = Connection::open_with_flags(target, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|source| database_error(target, "open the current file", source))
        .and_then(|current| write_backup(&current, target, &dir, BackupKind::BeforeRestore, now));
    match copied {
        Ok(saved) => Ok(saved),
        Err(Error::Database { source, .. }) if is_damage(&source) => {
            data_folder::create_private_dir(&dir)
                .map_err(io_error(&dir, "create the backup folder"))?;
            let stamp = format!(
                "{}-{}",
                BackupKind::BeforeRestore.prefix(),
                now.to_compact()
            );
            let path = dir.join(format!("{}{EXTENSION}", unused_id(&dir, &stamp)));
            move_with_companions(target, &path)?;
            sync_folder(&dir);
            BackupInfo::from_path(path.clone()).ok_or(Error::BackupUnusable {
                path,
                problem: "it vanished right after it was moved".to_owned(),
            })
        }
        Err(error) => Err(error),
    }
}

/// `stamp`, or `stamp-2`, `stamp-3`... whichever names no file in `dir` yet.
fn unused_id(dir: &Path, stamp: &str) -> String {
    let mut id = stamp.to_owned();
    let mut counter = 2;
    while dir.join(format!("{id}{EXTENSION}")).exists() {
        id = format!("{stamp}-{counter}");
        counter += 1;
    }
    id
}
