//! `fieldcourse certificate list` and `fieldcourse certificate export ID
//! --output FILE.pdf`: the certificates issued on this device, and a PDF (with
//! the credential as `.json` beside it) of any of them; `certificate export
//! --course ID --all --output FILE.pdf`: one PDF with the certificate of every
//! learner (of this device and collected) who completed a course.
//!
//! Exit code 0 on success, 1 when the progress file or the output cannot be
//! read or written, 2 when no certificate has the id given.

use crate::certificate::credential::SignedCertificate;
use crate::certificate::export as files;
use crate::certificate::keys::Keyring;
use crate::certificate::pdf::{Paper, PdfOptions};
use crate::certificate::print::{self, Selection};
use crate::certificate::{CertificateId, VerificationCode};
use crate::course::{LoadedCourse, discover};
use crate::paths::Paths;
use crate::progress::{self, Store, StoredCertificate};
use clap::{Args, Subcommand, ValueEnum};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Arguments of `fieldcourse certificate`.
#[derive(Debug, Args)]
pub struct CertificateArgs {
    /// What to do with certificates.
    #[command(subcommand)]
    pub action: CertificateAction,
    /// The global `--data-dir`.
    #[arg(from_global)]
    pub data_dir: Option<PathBuf>,
    /// The global `--courses-dir`, to find course logos.
    #[arg(from_global)]
    pub courses_dirs: Vec<PathBuf>,
}

/// The `certificate` subcommands.
#[derive(Debug, Subcommand)]
pub enum CertificateAction {
    /// List the certificates issued on this device.
    List,
    /// Write a certificate as a PDF, with its signed credential as .json beside
    /// it; or, with --course ID --all, every certificate of a course in one PDF.
    Export {
        /// The certificate's id (a UUID) or its verification code (FC-XXXX-XXXX).
        #[arg(
            value_name = "ID",
            required_unless_present = "course",
            conflicts_with = "course"
        )]
        id: Option<String>,
        /// With --all: the course whose certificates to print, one per page:
        /// every learner who completed it, on this device or collected from
        /// another (reprinted as issued, with the same id and signature).
        #[arg(long, value_name = "COURSE", requires = "all")]
        course: Option<String>,
        /// Every learner who completed --course.
        #[arg(long, requires = "course")]
        all: bool,
        /// The PDF file to write; for one certificate, the credential goes
        /// beside it with `.json`.
        #[arg(long, short, value_name = "FILE.pdf")]
        output: PathBuf,
        /// The paper size (landscape).
        #[arg(long, value_enum, default_value_t = PaperArg::A4)]
        paper: PaperArg,
    },
}

/// Paper sizes on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PaperArg {
    /// A4 landscape.
    A4,
    /// US Letter landscape.
    Letter,
}

pub(super) fn run(args: &CertificateArgs) -> ExitCode {
    let paths = match Paths::resolve(args.data_dir.as_deref(), &args.courses_dirs) {
        Ok(paths) => paths,
        Err(error) => return fail(super::EXIT_USAGE, &error.to_string()),
    };
    let certificates = match read_certificates(&paths) {
        Ok(certificates) => certificates,
        Err(error) => return fail(super::EXIT_FAILURE, &error.to_string()),
    };
    match &args.action {
        CertificateAction::List => {
            list(&certificates);
            ExitCode::SUCCESS
        }
        CertificateAction::Export {
            id,
            course,
            all: _,
            output,
            paper,
        } => {
            let paper = match paper {
                PaperArg::A4 => Paper::A4,
                PaperArg::Letter => Paper::Letter,
            };
            match (id, course) {
                (Some(id), _) => export(&paths, &certificates, id, output, paper),
                (None, Some(course)) => export_course(&paths, course, output, paper),
                (None, None) => fail(
                    super::EXIT_USAGE,
                    "give a certificate ID, or --course COURSE --all",
                ),
            }
        }
    }
}

fn fail(code: u8, message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(code)
}

/// Every certificate in the data directory; none when nothing was ever recorded
/// (without creating a progress file).
fn read_certificates(paths: &Paths) -> Result<Vec<StoredCertificate>, progress::Error> {
    if !progress::database_path(&paths.data_dir).exists() {
        return Ok(Vec::new());
    }
    Store::open(&paths.data_dir)?.all_certificates()
}

fn list(certificates: &[StoredCertificate]) {
    if certificates.is_empty() {
        println!("no certificates have been issued on this device yet");
        return;
    }
    for stored in certificates {
        let record = &stored.record;
        let code = CertificateId::parse(&record.id)
            .map(|id| id.code().to_string())
            .unwrap_or_default();
        let date = record.issued_at.to_rfc3339();
        println!(
            "{}  {code}  {}  {} {}  {}",
            record.id,
            date.get(..10).unwrap_or(&date),
            record.course_id,
            record.course_version,
            record.name_on_certificate
        );
    }
}

/// The certificate whose id or verification code is `wanted`.
fn find<'c>(certificates: &'c [StoredCertificate], wanted: &str) -> Option<&'c StoredCertificate> {
    let by_id = CertificateId::parse(wanted);
    let by_code = VerificationCode::parse(wanted);
    certificates.iter().find(|stored| {
        let id = CertificateId::parse(&stored.record.id);
        (by_id.is_some() && id == by_id)
            || by_code
                .as_ref()
                .is_some_and(|code| id.is_some_and(|id| &id.code() == code))
    })
}

/// The course with `id` among the course folders, if it is there.
pub(super) fn find_course(paths: &Paths, id: &str) -> Option<LoadedCourse> {
    discover(&paths.course_dirs)
        .into_iter()
        .find(|loaded| loaded.course.as_ref().is_some_and(|course| course.id == id))
}

/// The course's logo as PNG, or a note saying why it is left out.
fn logo_of(paths: &Paths, course_id: &str) -> Option<Vec<u8>> {
    match find_course(paths, course_id)
        .as_ref()
        .and_then(files::course_logo)
    {
        Some(Ok(png)) => Some(png),
        Some(Err(logo)) => {
            eprintln!(
                "note: the logo {logo} is left out: only PNG logos are printed on certificates"
            );
            None
        }
        None => None,
    }
}

/// Every certificate of `course_id` in one PDF at `output`.
fn export_course(paths: &Paths, course_id: &str, output: &Path, paper: Paper) -> ExitCode {
    if !progress::database_path(&paths.data_dir).exists() {
        return no_certificates(paths, course_id);
    }
    let store = match Store::open(&paths.data_dir) {
        Ok(store) => store,
        Err(error) => return fail(super::EXIT_FAILURE, &error.to_string()),
    };
    match print::printable_certificates(&store, course_id) {
        Ok(found) if found.is_empty() => return no_certificates(paths, course_id),
        Ok(_) => {}
        Err(error) => return fail(super::EXIT_FAILURE, &error.to_string()),
    }
    let logo = logo_of(paths, course_id);
    let printed = match print::print_certificates(
        &store,
        course_id,
        Selection::AllCompleted,
        paper,
        logo.as_deref(),
        output,
    ) {
        Ok(printed) => printed,
        Err(error) => return fail(super::EXIT_FAILURE, &error.to_string()),
    };
    if let Some(folder) = output.parent().filter(|p| !p.as_os_str().is_empty())
        && let Err(error) = std::fs::create_dir_all(folder)
    {
        return fail(
            super::EXIT_FAILURE,
            &format!("could not create the folder {}: {error}", folder.display()),
        );
    }
    if let Err(error) = std::fs::write(output, &printed.pdf) {
        return fail(
            super::EXIT_FAILURE,
            &format!(
                "could not write {}: {error}; check that you may write there and that the disk has free space",
                output.display()
            ),
        );
    }
    let collected = printed
        .pages
        .iter()
        .filter(|page| page.device_name.is_some())
        .count();
    println!(
        "wrote {} ({} certificates of {course_id}, one per page; {collected} of them issued on other laptops, reprinted as issued)",
        output.display(),
        printed.pages.len(),
    );
    for page in &printed.pages {
        println!(
            "  {}  {}  {}",
            page.signed.certificate.code(),
            page.signed.certificate.learner_name,
            page.device_name.as_deref().unwrap_or("this device")
        );
    }
    ExitCode::SUCCESS
}

fn no_certificates(paths: &Paths, course_id: &str) -> ExitCode {
    eprintln!(
        "error: nobody has a certificate for the course `{course_id}` in {}",
        paths.data_dir.display()
    );
    eprintln!(
        "  = help: `fieldcourse certificate list` shows this device's certificates, `fieldcourse records list` the collected ones"
    );
    ExitCode::from(super::EXIT_USAGE)
}

fn export(
    paths: &Paths,
    certificates: &[StoredCertificate],
    wanted: &str,
    output: &Path,
    paper: Paper,
) -> ExitCode {
    let Some(stored) = find(certificates, wanted) else {
        eprintln!(
            "error: no certificate has the id or code `{wanted}` in {}",
            paths.data_dir.display()
        );
        eprintln!("  = help: `fieldcourse certificate list` shows the certificates issued here");
        return ExitCode::from(super::EXIT_USAGE);
    };
    let signed = match stored
        .record
        .credential
        .as_deref()
        .ok_or_else(|| "it was stored without its credential".to_owned())
        .and_then(SignedCertificate::from_stored_token)
    {
        Ok(signed) => signed,
        Err(problem) => {
            return fail(
                super::EXIT_FAILURE,
                &format!(
                    "certificate {} in {} cannot be read ({problem}); restore a backup with `fieldcourse backup list`",
                    stored.record.id,
                    progress::database_path(&paths.data_dir).display()
                ),
            );
        }
    };
    let logo_png = logo_of(paths, &signed.certificate.course.id);
    let verify_url = signed
        .issuer()
        .and_then(|issuer| Keyring::new(&paths.data_dir).verify_url_for(&issuer));
    let options = PdfOptions {
        paper,
        logo_png,
        verify_url,
    };
    let json_path = match files::write_files(&signed, &options, output) {
        Ok(written) => written.json,
        Err(error) => return fail(super::EXIT_FAILURE, &error.to_string()),
    };
    println!(
        "wrote {} and {} (certificate {}, code {})",
        output.display(),
        json_path.display(),
        signed.certificate.id,
        signed.certificate.code()
    );
    ExitCode::SUCCESS
}
