//! The progress file on disk: its name, its companions (`-wal`, `-shm`) moved
//! with it, and how damage is recognised. Shared by opening and backups.

use super::{Result, io_error};
use rusqlite::{Connection, ErrorCode};
use std::fs;
use std::path::{Path, PathBuf};

/// The name of the progress database inside the data directory.
pub const DATABASE_FILE: &str = "progress.sqlite";

/// The progress database file of a data directory.
pub fn database_path(data_dir: &Path) -> PathBuf {
    data_dir.join(DATABASE_FILE)
}

/// The problems `PRAGMA quick_check` reports (at most 10), empty when all is well.
pub(crate) fn quick_check(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    let mut statement = conn.prepare("PRAGMA quick_check(10)")?;
    let lines = statement
        .query_map([], |row| row.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(lines.into_iter().filter(|line| line != "ok").collect())
}

/// Whether SQLite's error means the file's content is broken (rather than, say,
/// a permission or a full disk).
pub(crate) fn is_damage(error: &rusqlite::Error) -> bool {
    matches!(
        error.sqlite_error_code(),
        Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase)
    )
}

/// Renames a database file and, when present, its `-wal` and `-shm` files, so the
/// moved copy keeps every committed page.
pub(crate) fn move_with_companions(from: &Path, to: &Path) -> Result<()> {
    for suffix in ["-wal", "-shm", ""] {
        let source = with_suffix(from, suffix);
        if suffix.is_empty() || source.exists() {
            fs::rename(&source, with_suffix(to, suffix))
                .map_err(io_error(&source, "move aside"))?;
        }
    }
    Ok(())
}

/// `path` with `suffix` appended to its file name.
pub(crate) fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}
