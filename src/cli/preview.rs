//! `fieldcourse preview COURSE_DIR`: opens the course in the app window with a
//! scratch learner whose progress is not kept, and reloads it each time a file
//! in the folder is saved. Problems show in a panel beside the course.
//!
//! Exit code 0 when the window is closed, 1 when it could not open, 2 when the
//! folder does not exist.

use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `fieldcourse preview`.
#[derive(Debug, Args)]
pub struct PreviewArgs {
    /// The course folder being written (the one holding course.json).
    #[arg(value_name = "COURSE_DIR")]
    pub course: PathBuf,
}

pub(super) fn run(args: &PreviewArgs) -> ExitCode {
    // A course.json names its folder, as elsewhere on the command line.
    let folder = if args.course.is_file()
        && args
            .course
            .file_name()
            .is_some_and(|name| name == crate::course::COURSE_FILE)
    {
        args.course
            .parent()
            .map_or_else(|| PathBuf::from("."), PathBuf::from)
    } else {
        args.course.clone()
    };
    if !folder.is_dir() {
        eprintln!("error: {} is not a folder", args.course.display());
        eprintln!("  = help: give the course folder, the one that holds course.json");
        return ExitCode::from(super::EXIT_USAGE);
    }
    open_window(folder)
}

#[cfg(all(feature = "gui", feature = "preview"))]
fn open_window(folder: PathBuf) -> ExitCode {
    println!(
        "Previewing {}: the window reloads each time a file in it is saved. Close the window to stop.",
        folder.display()
    );
    match crate::gui::run_preview(folder) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: the preview window could not be opened: {error}");
            eprintln!(
                "  = help: the preview needs a graphical desktop; `fieldcourse validate COURSE_DIR` checks a course without one"
            );
            ExitCode::from(super::EXIT_FAILURE)
        }
    }
}

#[cfg(all(feature = "gui", not(feature = "preview")))]
fn open_window(_folder: PathBuf) -> ExitCode {
    eprintln!(
        "error: this build of Fieldcourse has no live preview (it was built without the `preview` feature)"
    );
    eprintln!("  = help: `fieldcourse validate COURSE_DIR` checks a course without one");
    ExitCode::from(super::EXIT_USAGE)
}

#[cfg(not(feature = "gui"))]
fn open_window(_folder: PathBuf) -> ExitCode {
    eprintln!(
        "error: this build of Fieldcourse has no window (it was built without the `gui` feature)"
    );
    eprintln!("  = help: `fieldcourse validate COURSE_DIR` checks a course without one");
    ExitCode::from(super::EXIT_USAGE)
}
