//! `fieldcourse translate COURSE --language fr`: writes (or brings up to date)
//! `course.fr.json` for a translator: the course's structure, ids and answer
//! key from `course.json`, the texts already translated kept, and every other
//! text copied from `course.json` after the marker `[untranslated]`.
//!
//! Exit code 0 when the file was written, 1 when the course or the existing
//! translation cannot be read (nothing is written then), 2 when the command
//! line itself is wrong.

use crate::course::{
    COURSE_FILE, Code, Course, UNTRANSLATED_MARKER, parse_course, read_course_bytes, template,
    validate_translation,
};
use clap::Args;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Arguments of `fieldcourse translate`.
#[derive(Debug, Args)]
pub struct TranslateArgs {
    /// The course folder (or its course.json).
    #[arg(value_name = "COURSE")]
    pub course: PathBuf,
    /// The language to translate into, as a tag such as `fr`, `es` or `ar`:
    /// the file written is `course.<language>.json` beside course.json.
    #[arg(long, short, value_name = "TAG")]
    pub language: String,
}

pub(super) fn run(args: &TranslateArgs) -> ExitCode {
    let folder = if args.course.is_file() {
        args.course
            .parent()
            .filter(|parent| !parent.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
            .to_owned()
    } else {
        args.course.clone()
    };
    let source_file = folder.join(COURSE_FILE);
    if !source_file.is_file() {
        eprintln!("error: {} holds no {COURSE_FILE}", folder.display());
        eprintln!("  = help: give the course folder, the one that holds {COURSE_FILE}");
        return ExitCode::from(super::EXIT_USAGE);
    }
    let language = args.language.trim();
    if language.is_empty()
        || language.contains(['/', '\\', '.'])
        || language.parse::<unic_langid::LanguageIdentifier>().is_err()
    {
        eprintln!("error: `--language {language}` is not a language tag");
        eprintln!("  = help: use a BCP 47 tag such as `fr`, `es` or `ar`");
        return ExitCode::from(super::EXIT_USAGE);
    }
    let Some(source) = read(&source_file) else {
        return ExitCode::from(super::EXIT_FAILURE);
    };
    if source.language == language {
        eprintln!("error: course.json is already in `{language}`");
        eprintln!("  = help: give the language to translate into, such as `--language fr`");
        return ExitCode::from(super::EXIT_USAGE);
    }
    let target = folder.join(format!("course.{language}.json"));
    let existing = if target.is_file() {
        match read(&target) {
            Some(existing) => Some(existing),
            // Rewriting a file that does not parse would lose the translator's work.
            None => return ExitCode::from(super::EXIT_FAILURE),
        }
    } else {
        None
    };
    if let Some(existing) = &existing {
        report_replaced(&source, existing, language, &target);
    }
    let (course, untranslated) = template(&source, existing.as_ref(), language);
    let json = match serde_json::to_value(&course)
        .map(|mut value| {
            tidy(&mut value);
            value
        })
        .and_then(|value| serde_json::to_string_pretty(&value))
    {
        Ok(json) => json + "\n",
        Err(error) => {
            eprintln!("error: cannot write the translation as JSON: {error}");
            return ExitCode::from(super::EXIT_FAILURE);
        }
    };
    if let Err(error) = std::fs::write(&target, json) {
        eprintln!("error: cannot write {}: {error}", target.display());
        return ExitCode::from(super::EXIT_FAILURE);
    }
    let kept = untranslated.total - untranslated.texts;
    let verb = if existing.is_some() {
        "updated"
    } else {
        "written"
    };
    println!(
        "{} {verb}: {} of {} texts to translate, each marked {UNTRANSLATED_MARKER}; {kept} already translated, kept",
        target.display(),
        untranslated.texts,
        untranslated.total
    );
    println!(
        "  = help: replace each marked text (marker included) with its translation; `fieldcourse validate {}` counts what is left",
        folder.display()
    );
    ExitCode::SUCCESS
}

/// Parses a course file, printing why not when it does not parse.
fn read(file: &Path) -> Option<Course> {
    let bytes = match read_course_bytes(file) {
        Ok(bytes) => bytes,
        Err(error) => {
            eprintln!("error: {error}");
            return None;
        }
    };
    let parsed = parse_course(file, &bytes);
    for diagnostic in &parsed.diagnostics {
        eprintln!("{diagnostic}");
        if let Some(hint) = &diagnostic.hint {
            eprintln!("  = help: {hint}");
        }
    }
    if parsed.course.is_none() {
        eprintln!(
            "error: {} must be fixed first (see above); nothing was written",
            file.display()
        );
    }
    parsed.course
}

/// Says what of the existing translation the new file does not keep: ids and
/// answer keys always come from course.json.
fn report_replaced(source: &Course, existing: &Course, language: &str, file: &Path) {
    for diagnostic in validate_translation(source, existing, language, file, &[]) {
        if diagnostic.code == Code::Translation && diagnostic.is_error() {
            eprintln!(
                "note: {}: {} (at {}); the new file takes it from course.json",
                file.display(),
                diagnostic.message,
                diagnostic.path
            );
        }
    }
}

/// Leaves out what a course file need not say (`"correct": false`, one point
/// per question) and writes whole numbers without `.0`, as authors write them.
fn tidy(value: &mut serde_json::Value) {
    use serde_json::Value;
    match value {
        Value::Object(object) => {
            if object.get("correct") == Some(&Value::Bool(false)) {
                object.remove("correct");
            }
            if object.contains_key("prompt")
                && object.get("points").and_then(Value::as_f64) == Some(1.0)
            {
                object.remove("points");
            }
            object.values_mut().for_each(tidy);
        }
        Value::Array(array) => array.iter_mut().for_each(tidy),
        Value::Number(number) => {
            if let Some(float) = number.as_f64().filter(|float| {
                float.fract() == 0.0 && float.abs() < 9.0e15 && !number.is_i64() && !number.is_u64()
            }) {
                *value = Value::from(float as i64);
            }
        }
        _ => {}
    }
}
