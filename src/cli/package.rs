//! `fieldcourse pack COURSE_DIR [--output FILE.fcourse]` and
//! `fieldcourse import FILE.fcourse|COURSE_DIR|FILE.json [--force]`: hand a
//! course out as one file, and install one brought in.
//!
//! Exit code 0 on success, 1 when the course or package is refused or a file
//! cannot be written, 2 when the command line itself is wrong (a path that
//! does not exist).

use super::validate::render_human;
use crate::course::{
    ImportOptions, Imported, InstallError, LoadedCourse, PACKAGE_EXTENSION, PackageError,
    import_course, pack_course,
};
use crate::paths::Paths;
use clap::Args;
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
    let packed = match pack_course(&args.course) {
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
    let options = ImportOptions {
        allow_older: args.force,
        other_course_dirs: paths.course_dirs.clone(),
        ..ImportOptions::default()
    };
    match import_course(&args.source, &paths.installed_courses_dir(), &options) {
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
