//! The command line: global options and one module per subcommand.

mod backup;
mod certificate;
mod import_gift;
mod issuer;
mod new;
mod package;
mod preview;
mod records;
mod report;
mod schema;
mod simulate;
mod translate;
mod validate;
mod verifier;
mod verify;
mod xapi;

use crate::paths::{Paths, PathsError};
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

pub use backup::{BackupAction, BackupArgs};
pub use certificate::{CertificateAction, CertificateArgs, PaperArg};
pub use import_gift::ImportGiftArgs;
pub use issuer::{IssuerAction, IssuerArgs};
pub use new::NewArgs;
pub use package::{ImportArgs, PackArgs};
pub use preview::PreviewArgs;
pub use records::{RecordsAction, RecordsArgs};
pub use report::{ReportArgs, ReportFormat, render_report};
pub use report::{questions_csv, questions_json};
pub use simulate::SimulateArgs;
pub use translate::TranslateArgs;
pub use validate::{OutputFormat, ValidateArgs};
pub use verifier::VerifierArgs;
pub use verify::{EXIT_EXPIRED, EXIT_UNTRUSTED, VerifyArgs};
pub use xapi::{XapiAction, XapiArgs};

/// Exit code for a run that found errors in its input.
pub const EXIT_FAILURE: u8 = 1;
/// Exit code for a command line that cannot be carried out as written.
pub const EXIT_USAGE: u8 = 2;
/// Exit code when a command would change the data folder while another
/// Fieldcourse (the app, or another command) holds it: nothing was changed;
/// try again once it is closed (75 is `EX_TEMPFAIL`, "try again later").
pub const EXIT_IN_USE: u8 = 75;

/// Takes the data folder for a command that changes it, for as long as the
/// returned lock lives; or prints why not and returns the exit code.
fn hold_data_folder(data_dir: &std::path::Path) -> Result<crate::data_folder::DataLock, ExitCode> {
    use crate::data_folder::{DataLock, LockError};
    DataLock::acquire(data_dir).map_err(|error| {
        eprintln!("error: {error}");
        if matches!(error, LockError::InUse { .. }) {
            eprintln!(
                "  = help: nothing was changed; commands that only read (report, verify, validate, backup list) work while the app is open"
            );
            ExitCode::from(EXIT_IN_USE)
        } else {
            ExitCode::from(EXIT_FAILURE)
        }
    })
}

/// Offline courses for people who work where the network is not.
#[derive(Debug, Parser)]
#[command(
    name = "fieldcourse",
    version,
    about,
    long_about = None
)]
pub struct Cli {
    /// Keep progress, settings and installed courses in DIR instead of the default.
    #[arg(long, global = true, value_name = "DIR", env = "FIELDCOURSE_DATA_DIR")]
    pub data_dir: Option<PathBuf>,
    /// Write more to the log (the data folder's `logs/`) and show it on standard
    /// error; warnings and errors are always logged.
    #[arg(long, short, global = true)]
    pub verbose: bool,
    /// Also read courses from DIR (repeatable); the bundled courses are always read.
    #[arg(long = "courses-dir", global = true, value_name = "DIR")]
    pub courses_dirs: Vec<PathBuf>,
    /// A course package (.fcourse), course folder or course.json: the app opens
    /// on the trainer area's import of it (what a file manager runs on a double click).
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// What to do; without a command the app window opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check courses and explain every problem found.
    Validate(ValidateArgs),
    /// Print the JSON Schema of the course format.
    Schema,
    /// List or restore the backups of the learners' progress.
    Backup(BackupArgs),
    /// Print each learner's results per course, for trainers (CSV or JSON).
    Report(ReportArgs),
    /// List issued certificates, or export one as a PDF with its signed credential.
    Certificate(CertificateArgs),
    /// Create an organisation issuer key, or install one on this device.
    Issuer(IssuerArgs),
    /// Check a certificate's signed credential offline (PDF, .json or token).
    Verify(VerifyArgs),
    /// Write the certificate verification page: one self-contained index.html
    /// that checks a certificate in any browser, with the trusted organisations baked in.
    Verifier(VerifierArgs),
    /// Convert a Moodle GIFT question file into a quiz (JSON).
    ImportGift(ImportGiftArgs),
    /// Pack a course into one .fcourse file to hand out (validated first).
    Pack(PackArgs),
    /// Install a course from a .fcourse package, a course folder or a course file.
    Import(ImportArgs),
    /// Open a course folder in the app as learners will see it, reloading on every save.
    Preview(PreviewArgs),
    /// Export the learning records (xAPI statements), or send them to an LRS.
    Xapi(XapiArgs),
    /// Save this device's learners and progress into a file for the trainer,
    /// or collect such files on the trainer's laptop.
    Records(RecordsArgs),
    /// Write a starter course to rewrite, with the format's schema for your editor.
    New(NewArgs),
    /// Write or update a translation (course.<lang>.json) for a translator:
    /// what is not translated yet is copied from course.json and marked.
    Translate(TranslateArgs),
    /// Fill the data folder with simulated learners taking a course (practice
    /// data for the trainer area), or remove them all with --remove.
    Simulate(SimulateArgs),
}

impl Command {
    /// Whether the command only reads or checks (courses, reports,
    /// credentials): run on a data folder Fieldcourse has never used, it must
    /// leave the folder as it was, so it starts no log file there.
    pub fn only_reads(&self) -> bool {
        matches!(
            self,
            Self::Validate(_)
                | Self::Schema
                | Self::Report(_)
                | Self::Verify(_)
                | Self::Verifier(_)
                | Self::ImportGift(_)
                | Self::Pack(_)
                | Self::New(_)
                | Self::Translate(_)
                | Self::Records(RecordsArgs {
                    action: RecordsAction::List,
                    ..
                })
        )
    }
}

impl Cli {
    /// The folders this run works with.
    pub fn paths(&self) -> Result<Paths, PathsError> {
        Paths::resolve(self.data_dir.as_deref(), &self.courses_dirs)
    }
}

/// Runs a subcommand and returns the process exit code.
pub fn run(command: &Command) -> ExitCode {
    match command {
        Command::Validate(args) => validate::run(args),
        Command::Schema => schema::run(),
        Command::Backup(args) => backup::run(args),
        Command::Report(args) => report::run(args),
        Command::Certificate(args) => certificate::run(args),
        Command::Issuer(args) => issuer::run(args),
        Command::Verify(args) => verify::run(args),
        Command::Verifier(args) => verifier::run(args),
        Command::ImportGift(args) => import_gift::run(args),
        Command::Pack(args) => package::run_pack(args),
        Command::Import(args) => package::run_import(args),
        Command::Preview(args) => preview::run(args),
        Command::Xapi(args) => xapi::run(args),
        Command::Records(args) => records::run(args),
        Command::New(args) => new::run(args),
        Command::Translate(args) => translate::run(args),
        Command::Simulate(args) => simulate::run(args),
    }
}
