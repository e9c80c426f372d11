//! `fieldcourse pack COURSE_DIR [--output FILE.fcourse] [--sign org.key]` and
//! `fieldcourse import FILE.fcourse|COURSE_DIR|FILE.json [--force]
//! [--accept-unverified] [--accept-new-publisher]`: hand a course out as one
//! file, signed by its publisher, and install one brought in.
//!
//! `import` says who signed a package and whether this device trusts the key.
//! An unsigned package, one signed by a key not trusted here, or one whose
//! course was published by another key than the installed version is
//! installed only when the trainer agrees: asked on a terminal, else given by
//! the flag the message names.
//!
//! Exit code 0 on success, 1 when the course or package is refused or a file
//! cannot be written, 2 when the command line itself is wrong (a path that
//! does not exist).

use super::validate::render_human;
use crate::certificate::keys::{IssuerKey, Keyring};
use crate::course::{
    ImportOptions, Imported, InstallError, LoadedCourse, PACKAGE_EXTENSION, PackageError,
    PackageSigner, Verdict, import_course, pack_course, pack_signed,
};
use crate::paths::Paths;
use clap::Args;
use std::io::{BufRead as _, IsTerminal as _, Write as _};
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `fieldcourse pack`.
#[derive(Debug, Args)]
pub struct PackArgs {
    /// The course folder (or its course.json) to pack.
    #[arg(value_name = "COURSE_DIR")]
    pub course: PathBuf,
    /// Where to write the package. Default: `<course-id>-<version>.fcourse` in
    /// the current folder.
    #[arg(long, short, value_name = "FILE.fcourse")]
    pub output: Option<PathBuf>,
    /// Sign the package with this key file (made by `fieldcourse issuer
    /// create`), so devices that trust the key show it as verified.
    #[arg(long, value_name = "KEY_FILE")]
    pub sign: Option<PathBuf>,
}

/// Arguments of `fieldcourse import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// A course package, a course folder, or a course .json file.
    #[arg(value_name = "FILE.fcourse|COURSE_DIR|FILE.json")]
    pub source: PathBuf,
    /// Install even when it is older than the installed version of the course.
    #[arg(long)]
    pub force: bool,
    /// Install a package that is not signed, or signed by a key this device
    /// does not trust, without asking.
    #[arg(long)]
    pub accept_unverified: bool,
    /// Replace an installed course published by one key with a package that
    /// another key (or nobody) signed, without asking.
    #[arg(long)]
    pub accept_new_publisher: bool,
    /// The global `--data-dir`.
    #[arg(from_global)]
    pub data_dir: Option<PathBuf>,
}

pub(super) fn run_pack(args: &PackArgs) -> ExitCode {
    if !args.course.exists() {
        eprintln!("error: {} does not exist", args.course.display());
        eprintln!("  = help: give a course folder, or its course.json");
        return ExitCode::from(super::EXIT_USAGE);
    }
    let key = match args.sign.as_deref().map(IssuerKey::read).transpose() {
        Ok(key) => key,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(super::EXIT_FAILURE);
        }
    };
    let packed = match &key {
        Some(key) => {
            let sign = |message: &[u8]| key.sign(message);
            let signer = PackageSigner {
                did: key.did().clone(),
                name: key.name.clone(),
                sign: &sign,
            };
            pack_signed(&args.course, &signer)
        }
        None => pack_course(&args.course),
    };
    let packed = match packed {
        Ok(packed) => packed,
        Err(PackageError::Refused(loaded)) => {
            print_refusal(&loaded);
            eprintln!("error: the course has errors and was not packed");
            eprintln!("  = help: fix the problems above, then pack again");
            return ExitCode::from(super::EXIT_FAILURE);
        }
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(super::EXIT_FAILURE);
        }
    };
    for skipped in &packed.skipped {
        eprintln!(
            "note: left out {skipped}: a course uses only .json, .png, .jpg, .jpeg and .svg files"
        );
    }
    let output = args.output.clone().unwrap_or_else(|| {
        PathBuf::from(format!(
            "{}-{}.{PACKAGE_EXTENSION}",
            packed.manifest.id, packed.manifest.version
        ))
    });
    if let Err(error) = std::fs::write(&output, &packed.bytes) {
        eprintln!("error: cannot write {}: {error}", output.display());
        eprintln!("  = help: check that the folder exists and that you may write there");
        return ExitCode::from(super::EXIT_FAILURE);
    }
    let warnings = packed.loaded.warning_count();
    if warnings > 0 {
        print_refusal(&packed.loaded);
    }
    println!(
        "packed {} {} ({} files, {} bytes) into {}",
        packed.manifest.id,
        packed.manifest.version,
        packed.manifest.files.len(),
        packed.bytes.len(),
        output.display()
    );
    if let Some(key) = &key {
        println!("signed as \"{}\" with {}", key.name, key.did());
    }
    ExitCode::SUCCESS
}

pub(super) fn run_import(args: &ImportArgs) -> ExitCode {
    if !args.source.exists() {
        eprintln!("error: {} does not exist", args.source.display());
        eprintln!("  = help: give a .fcourse package, a course folder, or a course .json file");
        return ExitCode::from(super::EXIT_USAGE);
    }
    let paths = match Paths::resolve(args.data_dir.as_deref(), &[]) {
        Ok(paths) => paths,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(super::EXIT_USAGE);
        }
    };
    let _held = match super::hold_data_folder(&paths.data_dir) {
        Ok(held) => held,
        Err(code) => return code,
    };
    let mut options = ImportOptions {
        allow_older: args.force,
        other_course_dirs: paths.course_dirs.clone(),
        trusted: Keyring::new(&paths.data_dir).trusted_publishers(),
        accept_unverified: args.accept_unverified,
        accept_new_publisher: args.accept_new_publisher,
        ..ImportOptions::default()
    };
    loop {
        let result = import_course(&args.source, &paths.installed_courses_dir(), &options);
        match result {
            Err(error @ PackageError::Unverified { .. }) => {
                warn_unverified(&error);
                if !agreed("--accept-unverified") {
                    return ExitCode::from(super::EXIT_FAILURE);
                }
                options.accept_unverified = true;
            }
            Err(error @ PackageError::PublisherChanged { .. }) => {
                eprintln!("warning: {error}");
                eprintln!(
                    "  = note: a course's publisher rarely changes; make sure this package comes from whoever you expect before you install it"
                );
                if !agreed("--accept-new-publisher") {
                    return ExitCode::from(super::EXIT_FAILURE);
                }
                options.accept_new_publisher = true;
            }
            result => return import_outcome(result),
        }
    }
}

/// Explains an unverified package's warning and how to trust its key.
fn warn_unverified(error: &PackageError) {
    eprintln!("warning: {error}");
    if let PackageError::Unverified { verdict, .. } = error
        && let Some(publisher) = verdict.publisher()
    {
        eprintln!(
            "  = note: if you know this key is theirs, trust it on this device with `fieldcourse issuer install {} --name \"ORG\"`",
            publisher.did
        );
    }
}

/// Asks on a terminal whether to go on; without one (a script), says which
/// flag goes on and answers no. Nothing was changed either way before this.
fn agreed(flag: &str) -> bool {
    if !std::io::stdin().is_terminal() {
        eprintln!("error: nothing was installed");
        eprintln!("  = help: to install it anyway, run the import again with {flag}");
        return false;
    }
    eprint!("Install it anyway? [y/N] ");
    let _ = std::io::stderr().flush();
    let mut answer = String::new();
    let yes = std::io::stdin().lock().read_line(&mut answer).is_ok()
        && matches!(answer.trim().to_lowercase().as_str(), "y" | "yes");
    if !yes {
        eprintln!("nothing was installed");
    }
    yes
}

/// Reports the import's outcome and gives its exit code.
fn import_outcome(result: Result<Imported, PackageError>) -> ExitCode {
    match result {
        Ok(imported) => {
            report_import(&imported);
            ExitCode::SUCCESS
        }
        Err(
            PackageError::Refused(loaded) | PackageError::Install(InstallError::Refused(loaded)),
        ) => {
            print_refusal(&loaded);
            eprintln!("error: the course has errors and was not installed; nothing was changed");
            eprintln!("  = help: ask its author for a corrected version");
            ExitCode::from(super::EXIT_FAILURE)
        }
        Err(error @ PackageError::Older { .. }) => {
            eprintln!("error: {error}");
            eprintln!(
                "  = help: installing it would go back to an older version; to do so anyway, run the import again with --force"
            );
            ExitCode::from(super::EXIT_FAILURE)
        }
        Err(error) => {
            eprintln!("error: {error}");
            eprintln!("  = help: nothing was installed and the installed courses were not changed");
            ExitCode::from(super::EXIT_FAILURE)
        }
    }
}

/// The course's problems, printed as `validate` prints them.
fn print_refusal(loaded: &LoadedCourse) {
    print!("{}", render_human(std::slice::from_ref(loaded)));
}

fn report_import(imported: &Imported) {
    let installed = &imported.installed;
    let (id, version) = installed
        .loaded
        .course
        .as_ref()
        .map(|course| (course.id.clone(), course.version.clone()))
        .unwrap_or_default();
    let from = if imported.from_package {
        " from the package"
    } else {
        ""
    };
    println!(
        "installed {id} {version}{from} into {}",
        installed.folder.display()
    );
    match &imported.verdict {
        Verdict::Verified { publisher, name } => {
            println!(
                "Published by {name} (verified): signed with {}",
                publisher.did
            );
        }
        Verdict::Unknown(publisher) => println!(
            "signed as \"{}\" with {}, a key this device does not trust (not verified)",
            publisher.name, publisher.did
        ),
        Verdict::Unsigned if imported.from_package => {
            println!("not signed: nothing shows who published it (not verified)");
        }
        Verdict::Unsigned => {}
    }
    let suggestions = installed.loaded.warning_count();
    if suggestions > 0 {
        println!("{suggestions} suggestion(s) for the course author:");
        print!("{}", render_human(std::slice::from_ref(&installed.loaded)));
    }
    if let Some(replaced) = &imported.replaced {
        let questions = format!(
            "{} {} added, {} removed",
            replaced.added_questions.len(),
            if replaced.added_questions.len() == 1 {
                "question"
            } else {
                "questions"
            },
            replaced.removed_questions.len()
        );
        match &replaced.elsewhere {
            Some(folder) => println!(
                "the library now shows it in place of version {} in {} (left on disk): {} lesson/quiz id(s) added, {} removed; {questions}",
                replaced.version,
                folder.display(),
                replaced.added.len(),
                replaced.removed.len()
            ),
            None => println!(
                "replaced the installed version {}: {} lesson/quiz id(s) added, {} removed; {questions}",
                replaced.version,
                replaced.added.len(),
                replaced.removed.len()
            ),
        }
        for (label, ids) in [
            ("added", &replaced.added),
            ("removed", &replaced.removed),
            ("added questions", &replaced.added_questions),
            ("removed questions", &replaced.removed_questions),
        ] {
            if !ids.is_empty() {
                println!("  {label}: {}", ids.join(", "));
            }
        }
    }
}
