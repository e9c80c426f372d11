//! `fieldcourse new FOLDER [--title TEXT] [--language TAG]`: writes a starter
//! course to rewrite, with the format's schema beside it for the editor.
//!
//! Exit code 0 when the course was written, 1 when it could not be written,
//! 2 when the command line cannot be carried out (a folder that is not empty,
//! a language that is not a tag, an empty title).

use crate::course::{SCHEMA_FILE, STARTER_LANGUAGES, StarterError, write_starter};
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `fieldcourse new`.
#[derive(Debug, Args)]
pub struct NewArgs {
    /// The folder to write the course into: a new folder, or an empty one.
    #[arg(value_name = "FOLDER")]
    pub folder: PathBuf,
    /// The course title. Default: "My first course", in the course's language.
    #[arg(long)]
    pub title: Option<String>,
    /// The language the course is written in, as a tag such as en, fr, es or ar.
    #[arg(long, default_value = "en", value_name = "TAG")]
    pub language: String,
}

pub(super) fn run(args: &NewArgs) -> ExitCode {
    let starter = match write_starter(&args.folder, args.title.as_deref(), &args.language) {
        Ok(starter) => starter,
        Err(error) => return refused(&error),
    };
    let shown = starter.folder.display();
    println!(
        "wrote a starter course into {shown} (id `{}`, language `{}`):",
        starter.id, starter.language
    );
    let width = starter
        .files
        .iter()
        .map(|file| file.display().to_string().chars().count())
        .max()
        .unwrap_or(0);
    for (file, what) in starter.files.iter().zip([
        "the course: rewrite it",
        "the first lesson's picture: put yours beside it",
        "the course format, for your editor's completion and checks",
    ]) {
        let name = file.display().to_string();
        println!("  {name:<width$}  {what}");
    }
    if !starter.translated {
        println!(
            "note: the starter's texts exist in {} only: these are in English, with `language` set to `{}`; write yours in that language",
            STARTER_LANGUAGES.join(", "),
            starter.language
        );
    }
    // Quoted as a shell needs it, so the lines can be copied as they are.
    let folder = starter.folder.to_string_lossy();
    let quoted = shlex::try_quote(&folder).unwrap_or(folder.clone());
    println!("next: check it with  fieldcourse validate {quoted}");
    println!("      read it with   fieldcourse preview {quoted}");
    println!(
        "      (course.json starts with \"$schema\": \"{SCHEMA_FILE}\": keep that file beside it; see \"Your tools\" in the authoring guide)"
    );
    ExitCode::SUCCESS
}

/// Prints why nothing was written, and returns the exit code.
fn refused(error: &StarterError) -> ExitCode {
    eprintln!("error: {error}; nothing was written");
    let help = match error {
        StarterError::NotEmpty { .. } | StarterError::NotAFolder { .. } => {
            "give the name of a new folder (it is created), such as `fieldcourse new safe-water`"
        }
        StarterError::BadLanguage { .. } => {
            "use a BCP 47 tag such as `en`, `fr`, `es`, `ar` or `pt-BR`"
        }
        StarterError::EmptyTitle => "write the title in quotes: --title \"Safe water\"",
        StarterError::Io { .. } => {
            eprintln!("  = help: check that you may write there, and that the disk is not full");
            return ExitCode::from(super::EXIT_FAILURE);
        }
    };
    eprintln!("  = help: {help}");
    ExitCode::from(super::EXIT_USAGE)
}
