//! The log: what went wrong (and, with `--verbose`, what was done), written
//! to `logs/` in the data folder for whoever supports the device to read.
//!
//! Warnings and errors are always written; `--verbose` adds Fieldcourse's
//! informational and debugging lines and shows them on standard error too.
//! The current file is `logs/fieldcourse_rCURRENT.log`; past 1 MB it is kept
//! as `fieldcourse_r00000.log`, `…r00001.log` and so on, the newest
//! [`KEPT_FILES`] of them. Nothing is created until there is something to
//! write, and no line holds a password.

use flexi_logger::{
    Cleanup, Criterion, Duplicate, FileSpec, LogSpecBuilder, Logger, LoggerHandle, Naming,
};
use log::LevelFilter;
use std::path::{Path, PathBuf};

/// The folder of the log, inside the data folder.
pub const LOG_FOLDER: &str = "logs";

/// The size at which the current log file is set aside and a new one begun.
pub const ROTATE_AT_BYTES: u64 = 1_000_000;

/// How many set-aside log files are kept (older ones are removed).
pub const KEPT_FILES: usize = 4;

/// The log file's name without its number and extension.
const BASENAME: &str = "fieldcourse";

/// Why the log could not be started. The app runs on without it.
#[derive(Debug, thiserror::Error)]
#[error("the log in {} could not be started: {source}", folder.display())]
pub struct Error {
    /// The log folder.
    pub folder: PathBuf,
    /// What the logger said.
    #[source]
    pub source: flexi_logger::FlexiLoggerError,
}

/// The log folder of `data_dir`.
pub fn log_folder(data_dir: &Path) -> PathBuf {
    data_dir.join(LOG_FOLDER)
}

/// The file being written now in the log folder of `data_dir`.
pub fn current_log_file(data_dir: &Path) -> PathBuf {
    log_folder(data_dir).join(format!("{BASENAME}_rCURRENT.log"))
}

/// The running log; keep it for the life of the program (dropping it flushes
/// and closes the file).
pub struct Log {
    _handle: LoggerHandle,
}

impl std::fmt::Debug for Log {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Log")
    }
}

/// Starts the log in `data_dir`'s `logs/` folder, for this process (once).
/// `verbose` adds Fieldcourse's informational and debugging lines, also shown
/// on standard error. Other libraries' lines are kept to their warnings and
/// errors (and to errors only without `verbose`).
pub fn start(data_dir: &Path, verbose: bool) -> Result<Log, Error> {
    let folder = log_folder(data_dir);
    let (ours, theirs) = if verbose {
        (LevelFilter::Debug, LevelFilter::Warn)
    } else {
        (LevelFilter::Warn, LevelFilter::Error)
    };
    let spec = LogSpecBuilder::new()
        .default(theirs)
        .module(env!("CARGO_CRATE_NAME"), ours)
        .build();
    let handle = Logger::with(spec)
        .log_to_file(
            FileSpec::default()
                .directory(&folder)
                .basename(BASENAME)
                .suppress_timestamp(),
        )
        // Every run adds to the same file: a command must not wipe what the
        // app wrote.
        .append()
        .rotate(
            Criterion::Size(ROTATE_AT_BYTES),
            Naming::Numbers,
            Cleanup::KeepLogFiles(KEPT_FILES),
        )
        .cleanup_in_background_thread(false)
        .format_for_files(flexi_logger::detailed_format)
        .duplicate_to_stderr(if verbose {
            Duplicate::Debug
        } else {
            Duplicate::None
        })
        .start()
        .map_err(|source| Error {
            folder: folder.clone(),
            source,
        })?;
    Ok(Log { _handle: handle })
}
