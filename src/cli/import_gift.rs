//! `fieldcourse import-gift FILE.gift [--output quiz.json] [--id-prefix PREFIX]`: converts a Moodle
//! GIFT question file into a Fieldcourse quiz (JSON, to paste into a course's
//! module `quiz` or `final_assessment`).
//!
//! Exit code 0 when at least one question was converted (skipped questions and
//! notes go to stderr), 1 when the file is malformed or no question could be
//! converted, 2 when the command line itself is wrong.

use crate::course::{Severity, is_valid_id};
use crate::quiz::gift::{GiftError, GiftImport, check_quiz, decode_gift, parse_gift, slugify};
use clap::Args;
use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Arguments of `fieldcourse import-gift`.
#[derive(Debug, Args)]
pub struct ImportGiftArgs {
    /// The GIFT file to convert (UTF-8).
    #[arg(value_name = "FILE.gift")]
    pub file: PathBuf,
    /// Write the quiz JSON to FILE instead of printing it.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The quiz title. Default: the first `$CATEGORY:` of the file, else the file name.
    #[arg(long)]
    pub title: Option<String>,
    /// The quiz id. Default: the file name as an id (`Water Safety.gift` gives `water-safety`).
    #[arg(long)]
    pub id: Option<String>,
    /// Put PREFIX and `-` before every id the import makes (questions,
    /// options, pairs, items and the quiz, unless `--id` names it), so they
    /// cannot clash with the ids of the course the quiz goes into.
    #[arg(long, value_name = "PREFIX")]
    pub id_prefix: Option<String>,
}

pub(super) fn run(args: &ImportGiftArgs) -> ExitCode {
    if let Err(code) = check_arguments(args) {
        return code;
    }
    let shown = args.file.display().to_string();
    let bytes = match std::fs::read(&args.file) {
        Ok(bytes) => bytes,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            eprintln!("error: {shown} does not exist");
            eprintln!("  = help: give the path of a GIFT file, such as `questions.gift`");
            return ExitCode::from(super::EXIT_USAGE);
        }
        Err(error) => {
            eprintln!("error: cannot read {shown}: {error}");
            return ExitCode::from(super::EXIT_FAILURE);
        }
    };
    let source_name = args
        .file
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let parsed = decode_gift(&bytes)
        .map_err(|error| vec![error])
        .and_then(|text| parse_gift(text, &source_name));
    let mut import = match parsed {
        Ok(import) => import,
        Err(errors) => {
            report_errors(&shown, &errors);
            return ExitCode::from(super::EXIT_FAILURE);
        }
    };
    if let Some(title) = &args.title {
        import.quiz.title = title.trim().to_owned();
    }
    if let Some(prefix) = &args.id_prefix {
        import.prefix_ids(prefix);
    }
    if let Some(id) = &args.id {
        import.quiz.id = id.clone();
    }
    report_skips_and_notes(&shown, &import);
    if import.quiz.questions.is_empty() {
        eprintln!(
            "error: no question in {shown} could be converted ({} skipped)",
            import.skipped.len()
        );
        eprintln!("  = help: see the reasons above; nothing was written");
        return ExitCode::from(super::EXIT_FAILURE);
    }
    if !passes_validator(&import) {
        return ExitCode::from(super::EXIT_FAILURE);
    }
    if let Err(code) = write_quiz(args, &import) {
        return code;
    }
    eprintln!("{}", summary(&shown, &import, args.output.as_deref()));
    ExitCode::SUCCESS
}

/// Refuses an invalid `--id`, an empty `--title`, and an output that would overwrite the input.
fn check_arguments(args: &ImportGiftArgs) -> Result<(), ExitCode> {
    let usage = || Err(ExitCode::from(super::EXIT_USAGE));
    if let Some(id) = args.id.as_deref().filter(|id| !is_valid_id(id)) {
        eprintln!("error: `--id {id}` is not a valid id");
        let suggestion = Some(slugify(id))
            .filter(|slug| !slug.is_empty())
            .unwrap_or_else(|| "water-quiz".to_owned());
        eprintln!("  = help: use lowercase letters, digits and `-`, such as `{suggestion}`");
        return usage();
    }
    if let Some(prefix) = args
        .id_prefix
        .as_deref()
        .filter(|prefix| !is_valid_id(prefix.trim_end_matches('-')))
    {
        eprintln!("error: `--id-prefix {prefix}` is not a valid id prefix");
        let suggestion = Some(slugify(prefix))
            .filter(|slug| !slug.is_empty())
            .unwrap_or_else(|| "water".to_owned());
        eprintln!("  = help: use lowercase letters, digits and `-`, such as `{suggestion}`");
        return usage();
    }
    if args
        .title
        .as_deref()
        .is_some_and(|title| title.trim().is_empty())
    {
        eprintln!("error: `--title` is empty");
        eprintln!("  = help: give the quiz title, or leave `--title` out to use the file's");
        return usage();
    }
    if let Some(output) = &args.output
        && let (Ok(input), Ok(output)) = (args.file.canonicalize(), output.canonicalize())
        && input == output
    {
        eprintln!(
            "error: --output {} is the GIFT file itself",
            output.display()
        );
        eprintln!("  = help: write the quiz to a .json file, such as `quiz.json`");
        return usage();
    }
    Ok(())
}

fn report_errors(shown: &str, errors: &[GiftError]) {
    for error in errors {
        eprintln!("{shown}:{error}");
        eprintln!("  = help: {}", error.hint());
    }
    let count = errors.len();
    let problems = if count == 1 { "problem" } else { "problems" };
    eprintln!(
        "error: {shown} was not converted: {count} {problems} in the GIFT; nothing was written"
    );
}

/// Prints skipped questions and notes in file order.
fn report_skips_and_notes(shown: &str, import: &GiftImport) {
    let mut by_line: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    for skipped in &import.skipped {
        let title = skipped
            .title
            .as_deref()
            .map(|title| format!(" (`{title}`)"))
            .unwrap_or_default();
        by_line.entry(skipped.line).or_default().push(format!(
            "{shown}:{}: skipped question {}{title}: {}\n  = help: {}",
            skipped.line,
            skipped.number,
            skipped.reason,
            skipped.reason.hint()
        ));
    }
    for note in &import.notes {
        by_line.entry(note.line).or_default().push(format!(
            "{shown}:{}: note: question `{}`: {}",
            note.line, note.question, note.message
        ));
    }
    for message in by_line.values().flatten() {
        eprintln!("{message}");
    }
}

/// Runs the course validator on the quiz; prints its warnings as notes and its
/// errors (which would be a bug of the importer, or a bad `--id`) as errors.
fn passes_validator(import: &GiftImport) -> bool {
    let mut passes = true;
    for diagnostic in check_quiz(&import.quiz) {
        let path = diagnostic
            .path
            .strip_prefix("/final_assessment")
            .unwrap_or(&diagnostic.path);
        let path = if path.is_empty() { "/" } else { path };
        match diagnostic.severity {
            Severity::Error => {
                passes = false;
                eprintln!(
                    "error: the converted quiz fails validation at {path}: {}",
                    diagnostic.message
                );
            }
            Severity::Warning => eprintln!("note: {}", diagnostic.message),
        }
        if let Some(hint) = &diagnostic.hint {
            eprintln!("  = help: {hint}");
        }
    }
    if !passes {
        eprintln!("error: nothing was written; please report this GIFT file as an importer bug");
    }
    passes
}

fn write_quiz(args: &ImportGiftArgs, import: &GiftImport) -> Result<(), ExitCode> {
    let json = match serde_json::to_string_pretty(&import.quiz) {
        Ok(json) => json + "\n",
        Err(error) => {
            eprintln!("error: cannot write the quiz as JSON: {error}");
            return Err(ExitCode::from(super::EXIT_FAILURE));
        }
    };
    let written = match &args.output {
        Some(path) => std::fs::write(path, json)
            .map_err(|error| format!("cannot write {}: {error}", path.display())),
        None => std::io::stdout()
            .lock()
            .write_all(json.as_bytes())
            .map_err(|error| format!("cannot print the quiz: {error}")),
    };
    written.map_err(|message| {
        eprintln!("error: {message}");
        ExitCode::from(super::EXIT_FAILURE)
    })
}

/// `questions.gift: 5 questions converted, 2 skipped (1 essay, 1 missing word)`.
fn summary(shown: &str, import: &GiftImport, output: Option<&Path>) -> String {
    let converted = import.quiz.questions.len();
    let plural = if converted == 1 {
        "question"
    } else {
        "questions"
    };
    let mut line = format!("{shown}: {converted} {plural} converted");
    let skipped = import.skipped.len();
    line.push_str(&format!(", {skipped} skipped"));
    if skipped > 0 {
        let mut reasons: BTreeMap<&str, usize> = BTreeMap::new();
        for question in &import.skipped {
            *reasons.entry(question.reason.label()).or_default() += 1;
        }
        let reasons: Vec<String> = reasons
            .iter()
            .map(|(label, count)| format!("{count} {label}"))
            .collect();
        line.push_str(&format!(" ({})", reasons.join(", ")));
    }
    if !import.notes.is_empty() {
        let notes = import.notes.len();
        let word = if notes == 1 { "note" } else { "notes" };
        line.push_str(&format!(", {notes} {word}"));
    }
    if let Some(output) = output {
        line.push_str(&format!(
            "; quiz `{}` written to {}",
            import.quiz.id,
            output.display()
        ));
    }
    line
}
