//! The `fieldcourse` command: with no subcommand it opens the app window.

use clap::Parser;
use fieldcourse::cli::{self, Cli};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match &cli.command {
        Some(command) => cli::run(command),
        None => open_app(&cli),
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
    match fieldcourse::gui::run(paths) {
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
fn open_app(_cli: &Cli) -> ExitCode {
    eprintln!(
        "error: this build of Fieldcourse has no window (it was built without the `gui` feature)"
    );
    eprintln!("  = help: run a subcommand such as `fieldcourse validate PATH`, or see --help");
    ExitCode::from(cli::EXIT_USAGE)
}
