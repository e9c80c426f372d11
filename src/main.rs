//! The `fieldcourse` command: with no subcommand it opens the app window.

use clap::Parser;
use fieldcourse::cli::{self, Cli};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    // Kept to the end of `main`: dropping it flushes the log.
    let _log = start_log(&cli);
    match (&cli.command, &cli.file) {
        (Some(command), _) => cli::run(command),
        (None, Some(file)) if !file.exists() => {
            // Also catches a mistyped command, which clap takes for a file name.
            eprintln!(
                "error: `{}` is neither a file nor a command",
                file.display()
            );
            eprintln!(
                "  = help: give the path of a course package (.fcourse), a course folder or its course.json, or see --help for the commands"
            );
            ExitCode::from(cli::EXIT_USAGE)
        }
        (None, _) => open_app(&cli),
    }
}

/// Starts the log in the data folder. Without one (no home folder, a folder
/// that cannot be written) the program runs on and says so.
fn start_log(cli: &Cli) -> Option<fieldcourse::logging::Log> {
    let paths = cli.paths().ok()?;
    // A command that only reads leaves a folder Fieldcourse has never used
    // as it was (the app itself, and any folder already in use, always log).
    let unused = !fieldcourse::progress::database_path(&paths.data_dir).exists();
    if unused && cli.command.as_ref().is_some_and(cli::Command::only_reads) {
        return None;
    }
    match fieldcourse::logging::start(&paths.data_dir, cli.verbose) {
        Ok(log) => Some(log),
        Err(error) => {
            eprintln!("warning: {error}; Fieldcourse runs on without its log");
            None
        }
    }
}

#[cfg(feature = "gui")]
fn open_app(cli: &Cli) -> ExitCode {
    let paths = match cli.paths() {
        Ok(paths) => paths,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(cli::EXIT_USAGE);
        }
    };
    match fieldcourse::gui::run_opening(paths, cli.file.clone()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: the window could not be opened: {error}");
            eprintln!(
                "  = help: Fieldcourse needs a graphical desktop; the subcommands (see --help) work without one"
            );
            ExitCode::from(cli::EXIT_FAILURE)
        }
    }
}

#[cfg(not(feature = "gui"))]
fn open_app(cli: &Cli) -> ExitCode {
    if let Some(file) = &cli.file {
        eprintln!(
            "error: this build of Fieldcourse cannot open `{}`: it has no window",
            file.display()
        );
        eprintln!("  = help: install it with `fieldcourse import PATH` instead");
        return ExitCode::from(cli::EXIT_USAGE);
    }
    eprintln!(
        "error: this build of Fieldcourse has no window (it was built without the `gui` feature)"
    );
    eprintln!("  = help: run a subcommand such as `fieldcourse validate PATH`, or see --help");
    ExitCode::from(cli::EXIT_USAGE)
}
