//! `fieldcourse backup list` and `fieldcourse backup restore ID`: the progress
//! database's backups.
//!
//! Exit code 0 on success, 1 when the backups cannot be read or restored, 2 when
//! the command line is wrong (such as an id that names no backup), 75 when the
//! app (or another command) has the data folder open: a restore then changes
//! nothing.

use crate::paths::Paths;
use crate::progress::{self, BACKUP_DIR, BackupInfo, Timestamp};
use clap::{Args, Subcommand};
use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `fieldcourse backup`.
#[derive(Debug, Args)]
pub struct BackupArgs {
    /// What to do with the backups.
    #[command(subcommand)]
    pub action: BackupAction,
    /// The global `--data-dir`.
    #[arg(from_global)]
    pub data_dir: Option<PathBuf>,
}

/// The `backup` subcommands.
#[derive(Debug, Subcommand)]
pub enum BackupAction {
    /// List the backups of the progress database, newest first.
    List,
    /// Put a backup in place of the progress database. The current database is
    /// kept as a `before-restore` backup first. Refused while the app is open.
    Restore {
        /// The backup's id, as `fieldcourse backup list` shows it.
        #[arg(value_name = "ID")]
        id: String,
    },
}

pub(super) fn run(args: &BackupArgs) -> ExitCode {
    let paths = match Paths::resolve(args.data_dir.as_deref(), &[]) {
        Ok(paths) => paths,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(super::EXIT_USAGE);
        }
    };
    match &args.action {
        BackupAction::List => list(&paths),
        BackupAction::Restore { id } => match super::hold_data_folder(&paths.data_dir) {
            Ok(_held) => restore(&paths, id),
            Err(code) => code,
        },
    }
}

fn list(paths: &Paths) -> ExitCode {
    let backups = match progress::list_backups(&paths.data_dir) {
        Ok(backups) => backups,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(super::EXIT_FAILURE);
        }
    };
    if backups.is_empty() {
        println!(
            "no backups in {} yet: Fieldcourse makes one each day it is used, and one before every upgrade",
            paths.data_dir.join(BACKUP_DIR).display()
        );
    } else {
        print!("{}", render_list(&backups));
    }
    ExitCode::SUCCESS
}

/// The backups as an aligned table for people.
pub fn render_list(backups: &[BackupInfo]) -> String {
    let width = backups
        .iter()
        .map(|backup| backup.id.len())
        .max()
        .unwrap_or(0)
        .max("ID".len());
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:width$}  {:20}  {:>10}  KIND",
        "ID", "CREATED (UTC)", "SIZE"
    );
    for backup in backups {
        let _ = writeln!(
            out,
            "{:width$}  {:20}  {:>10}  {}",
            backup.id,
            backup.created_at.to_rfc3339(),
            human_size(backup.size_bytes),
            backup.kind.describe()
        );
    }
    out
}

/// A file size for people: bytes, KiB or MiB.
pub(super) fn human_size(bytes: u64) -> String {
    const KIB: u64 = 1024;
    if bytes < KIB {
        format!("{bytes} B")
    } else if bytes < KIB * KIB {
        format!("{} KiB", bytes.div_ceil(KIB))
    } else {
        format!("{:.1} MiB", bytes as f64 / (KIB * KIB) as f64)
    }
}

fn restore(paths: &Paths, id: &str) -> ExitCode {
    match progress::restore_backup(&paths.data_dir, id, Timestamp::now()) {
        Ok(restored) => {
            println!(
                "restored backup {} (made {}) into {}",
                restored.restored.id,
                restored.restored.created_at,
                progress::database_path(&paths.data_dir).display()
            );
            if let Some(previous) = restored.previous {
                println!(
                    "the progress it replaced is kept as backup {}: restore that to undo",
                    previous.id
                );
            }
            ExitCode::SUCCESS
        }
        Err(error @ progress::Error::BackupNotFound { .. }) => {
            eprintln!("error: {error}");
            ExitCode::from(super::EXIT_USAGE)
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(super::EXIT_FAILURE)
        }
    }
}
