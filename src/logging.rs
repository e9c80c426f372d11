//! The log: what went wrong (and, with `--verbose`, what was done), written
//! to `logs/` in the data folder for whoever supports the device to read.
//!
//! Warnings and errors are always written; `--verbose` adds Fieldcourse's
//! informational and debugging lines and shows them on standard error too.
//! The current file is `logs/fieldcourse_rCURRENT.log`; past 1 MB it is kept
//! as `fieldcourse_r00000.log`, `…r00001.log` and so on, the newest
//! [`KEPT_FILES`] of them. Nothing is created until there is something to
//! write, and no line holds a password.

use flexi_logger::writers::{FileLogWriter, LogWriter as _};
use flexi_logger::{Cleanup, Criterion, DeferredNow, FileSpec, Naming};
use log::{LevelFilter, Metadata, Record};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

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
#[error("the log could not be started: {0}")]
pub struct Error(#[from] log::SetLoggerError);

/// The log folder of `data_dir`.
pub fn log_folder(data_dir: &Path) -> PathBuf {
    data_dir.join(LOG_FOLDER)
}

/// The file being written now in the log folder of `data_dir`.
pub fn current_log_file(data_dir: &Path) -> PathBuf {
    log_folder(data_dir).join(format!("{BASENAME}_rCURRENT.log"))
}

/// The running log; keep it for the life of the program (dropping it
/// flushes the file).
#[derive(Debug)]
pub struct Log(());

impl Drop for Log {
    fn drop(&mut self) {
        log::logger().flush();
    }
}

/// Starts the log in `data_dir`'s `logs/` folder, for this process (once).
/// `verbose` adds Fieldcourse's informational and debugging lines, also shown
/// on standard error. Other libraries' lines are kept to their warnings and
/// errors (and to errors only without `verbose`). The folder and file are
/// made with the first line: a run with nothing to say leaves no trace.
pub fn start(data_dir: &Path, verbose: bool) -> Result<Log, Error> {
    let (ours, theirs) = if verbose {
        (LevelFilter::Debug, LevelFilter::Warn)
    } else {
        (LevelFilter::Warn, LevelFilter::Error)
    };
    log::set_boxed_logger(Box::new(FileLog {
        folder: log_folder(data_dir),
        ours,
        theirs,
        verbose,
        writer: OnceLock::new(),
    }))?;
    log::set_max_level(ours.max(theirs));
    Ok(Log(()))
}

/// The logger: filters by level and crate, and opens the rotating file
/// (flexi_logger's writer) when the first line comes.
struct FileLog {
    folder: PathBuf,
    ours: LevelFilter,
    theirs: LevelFilter,
    verbose: bool,
    /// The file writer once opened, or `None` if it could not be.
    writer: OnceLock<Option<FileLogWriter>>,
}

impl FileLog {
    fn writer(&self) -> Option<&FileLogWriter> {
        self.writer
            .get_or_init(|| {
                FileLogWriter::builder(
                    FileSpec::default()
                        .directory(&self.folder)
                        .basename(BASENAME)
                        .suppress_timestamp(),
                )
                // Every run adds to the same file: a command must not wipe
                // what the app wrote.
                .append()
                .rotate(
                    Criterion::Size(ROTATE_AT_BYTES),
                    Naming::Numbers,
                    Cleanup::KeepLogFiles(KEPT_FILES),
                )
                .cleanup_in_background_thread(false)
                .max_level(LevelFilter::Trace)
                .format(flexi_logger::detailed_format)
                .try_build()
                .inspect_err(|error| {
                    eprintln!(
                        "warning: the log in {} could not be opened: {error}; Fieldcourse runs on without it",
                        self.folder.display()
                    );
                })
                .ok()
            })
            .as_ref()
    }
}

impl log::Log for FileLog {
    fn enabled(&self, metadata: &Metadata<'_>) -> bool {
        let ours = metadata.target() == env!("CARGO_CRATE_NAME")
            || metadata
                .target()
                .starts_with(concat!(env!("CARGO_CRATE_NAME"), "::"));
        metadata.level() <= if ours { self.ours } else { self.theirs }
    }

    fn log(&self, record: &Record<'_>) {
        if !self.enabled(record.metadata()) {
            return;
        }
        if self.verbose {
            eprintln!("{} [{}] {}", record.level(), record.target(), record.args());
        }
        if let Some(writer) = self.writer()
            && let Err(error) = writer.write(&mut DeferredNow::new(), record)
        {
            eprintln!("warning: a line could not be written to the log: {error}");
        }
    }

    fn flush(&self) {
        if let Some(Some(writer)) = self.writer.get()
            && let Err(error) = writer.flush()
        {
            eprintln!("warning: the log could not be flushed: {error}");
        }
    }
}
