//! `fieldcourse validate [PATH...]`: checks courses and explains every problem.
//! Without a path it checks every course the app would load.
//!
//! Exit code 0 when no course has errors (warnings are fine), 1 when any has
//! or when a folder given holds no course at all, 2 when the command line
//! itself is wrong (a path that does not exist).

use crate::course::{
    COURSE_FILE, Diagnostic, LoadedCourse, discover, load_course, place_and_pointer,
};
use crate::paths::Paths;
use clap::{Args, ValueEnum};
use serde::Serialize;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Arguments of `fieldcourse validate`.
#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Course folders, course files, or folders of courses; without one, every
    /// course the app would load (bundled, installed and `--courses-dir`).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// How to print the findings.
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    pub format: OutputFormat,
    /// The global `--data-dir`, whose installed courses are checked when no
    /// path is given.
    #[arg(from_global)]
    pub data_dir: Option<PathBuf>,
    /// The global `--courses-dir`, checked too when no path is given.
    #[arg(from_global)]
    pub courses_dirs: Vec<PathBuf>,
}

/// How `validate` prints its findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// For people: each problem with its line, a caret and a hint, as rustc does.
    Human,
    /// For programs: one JSON document.
    Json,
}

pub(super) fn run(args: &ValidateArgs) -> ExitCode {
    if args.paths.is_empty() {
        return run_all(args);
    }
    if let Some(missing) = args.paths.iter().find(|path| !path.exists()) {
        eprintln!("error: {} does not exist", missing.display());
        eprintln!("  = help: give a course folder, a course .json file, or a folder of courses");
        return ExitCode::from(super::EXIT_USAGE);
    }
    let mut courses = Vec::new();
    let mut empty = Vec::new();
    for path in &args.paths {
        let found = load_path(path);
        if found.is_empty() {
            empty.push(path);
        }
        courses.extend(found);
    }
    if let Err(code) = print(args.format, "", &courses) {
        return code;
    }
    for path in &empty {
        eprintln!(
            "error: {} holds no course: there is no {COURSE_FILE} in it, nor in the folders inside it",
            path.display()
        );
        eprintln!(
            "  = help: point it at a course folder (a folder that holds {COURSE_FILE}, with the lessons' files beside it), at that {COURSE_FILE} itself, or at a folder of course folders"
        );
    }
    if !empty.is_empty() || courses.iter().any(|course| course.error_count() > 0) {
        ExitCode::from(super::EXIT_FAILURE)
    } else {
        ExitCode::SUCCESS
    }
}

/// Prints the findings (after `heading`, for people) on standard output.
fn print(format: OutputFormat, heading: &str, courses: &[LoadedCourse]) -> Result<(), ExitCode> {
    let text = match format {
        OutputFormat::Human => format!("{heading}{}", render_human(courses)),
        OutputFormat::Json => render_json(courses),
    };
    std::io::stdout()
        .lock()
        .write_all(text.as_bytes())
        .map_err(|error| {
            eprintln!("error: cannot write the report: {error}");
            ExitCode::from(super::EXIT_FAILURE)
        })
}

/// `validate` with no path: every course the app would load, from the same
/// folders and with the same choice between two copies of one course.
fn run_all(args: &ValidateArgs) -> ExitCode {
    let paths = match Paths::resolve(args.data_dir.as_deref(), &args.courses_dirs) {
        Ok(paths) => paths,
        Err(error) => {
            eprintln!("error: {error}");
            eprintln!("  = help: or give the course folder to check: fieldcourse validate PATH");
            return ExitCode::from(super::EXIT_USAGE);
        }
    };
    let installed = paths.installed_courses_dir();
    let mut heading = "checking every course Fieldcourse would load, from:\n".to_owned();
    for folder in &paths.course_dirs {
        let what = if *folder == installed {
            "installed courses"
        } else if args.courses_dirs.contains(folder) {
            "--courses-dir"
        } else {
            "bundled courses"
        };
        let _ = writeln!(heading, "  {} ({what})", folder.display());
    }
    heading.push('\n');
    let courses = discover(&paths.course_dirs);
    if let Err(code) = print(args.format, &heading, &courses) {
        return code;
    }
    if courses.iter().any(|course| course.error_count() > 0) {
        ExitCode::from(super::EXIT_FAILURE)
    } else {
        ExitCode::SUCCESS
    }
}

/// Loads `path` as a course, or as a folder of courses when it holds no
/// `course.json` itself (then it may hold none).
fn load_path(path: &Path) -> Vec<LoadedCourse> {
    if path.is_dir() && !path.join(COURSE_FILE).is_file() {
        discover(&[path.to_owned()])
    } else {
        vec![load_course(path)]
    }
}

/// The findings as text for people, ending with a one-line summary.
pub fn render_human(courses: &[LoadedCourse]) -> String {
    let mut sources = SourceCache::default();
    let mut out = String::new();
    for course in courses {
        for diagnostic in &course.diagnostics {
            render_diagnostic(&mut out, diagnostic, &mut sources);
        }
        let _ = writeln!(
            out,
            "{}: {}",
            course.origin.display(),
            count_words(course.error_count(), course.warning_count())
        );
    }
    let errors: usize = courses.iter().map(LoadedCourse::error_count).sum();
    let warnings: usize = courses.iter().map(LoadedCourse::warning_count).sum();
    let checked = match courses.len() {
        1 => "1 course".to_owned(),
        count => format!("{count} courses"),
    };
    if courses.is_empty() {
        let _ = writeln!(out, "checked 0 courses: no course found");
    } else {
        let _ = writeln!(out, "checked {checked}: {}", count_words(errors, warnings));
    }
    out
}

fn count_words(errors: usize, warnings: usize) -> String {
    let plural = |count: usize, word: &str| {
        if count == 1 {
            format!("1 {word}")
        } else {
            format!("{count} {word}s")
        }
    };
    if errors == 0 && warnings == 0 {
        "ok, no problems".to_owned()
    } else {
        format!(
            "{}, {}",
            plural(errors, "error"),
            plural(warnings, "warning")
        )
    }
}

fn render_diagnostic(out: &mut String, diagnostic: &Diagnostic, sources: &mut SourceCache) {
    let _ = writeln!(out, "{}: {}", diagnostic.severity, diagnostic.message);
    let mut place = diagnostic.file.display().to_string();
    if let Some(location) = diagnostic.location {
        let _ = write!(place, ":{}:{}", location.line, location.column);
    }
    if !diagnostic.path.is_empty() {
        let _ = write!(place, " ({})", place_and_pointer(&diagnostic.path));
    }
    let line = diagnostic
        .location
        .and_then(|location| Some((location, sources.line(&diagnostic.file, location.line)?)));
    // As rustc does, the arrow and help lines move right with the line-number gutter.
    let gutter = " ".repeat(
        line.as_ref()
            .map_or(1, |(location, _)| location.line.to_string().len()),
    );
    let _ = writeln!(out, "{gutter}--> {place}");
    if let Some((location, text)) = line {
        let number = location.line.to_string();
        let (excerpt, caret_at) = excerpt(&text, location.column);
        let _ = writeln!(out, "{gutter} |");
        let _ = writeln!(out, "{number} | {excerpt}");
        let _ = writeln!(out, "{gutter} | {}^", " ".repeat(caret_at));
    }
    if let Some(hint) = &diagnostic.hint {
        let _ = writeln!(out, "{gutter} = help: {hint}");
    }
    out.push('\n');
}

/// A window of a long line around `column`, and where the caret goes in it.
fn excerpt(line: &str, column: usize) -> (String, usize) {
    const WIDTH: usize = 100;
    let characters: Vec<char> = line
        .chars()
        .map(|c| if c == '\t' { ' ' } else { c })
        .collect();
    let column = column.saturating_sub(1).min(characters.len());
    if characters.len() <= WIDTH {
        return (characters.iter().collect(), column);
    }
    let start = column.saturating_sub(WIDTH / 2);
    let end = (start + WIDTH).min(characters.len());
    let mut text = String::new();
    if start > 0 {
        text.push('…');
    }
    text.extend(&characters[start..end]);
    if end < characters.len() {
        text.push('…');
    }
    (text, column - start + usize::from(start > 0))
}

#[derive(Default)]
struct SourceCache {
    files: HashMap<PathBuf, Option<String>>,
}

impl SourceCache {
    fn line(&mut self, file: &Path, line: usize) -> Option<String> {
        let text = self.files.entry(file.to_owned()).or_insert_with(|| {
            std::fs::read(file)
                .ok()
                .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
        });
        text.as_deref()?
            .lines()
            .nth(line.checked_sub(1)?)
            .map(str::to_owned)
    }
}

#[derive(Serialize)]
struct JsonReport<'a> {
    errors: usize,
    warnings: usize,
    courses: Vec<JsonCourse<'a>>,
}

#[derive(Serialize)]
struct JsonCourse<'a> {
    path: &'a Path,
    id: Option<&'a str>,
    errors: usize,
    warnings: usize,
    diagnostics: &'a [Diagnostic],
}

/// The findings as one JSON document.
pub fn render_json(courses: &[LoadedCourse]) -> String {
    let report = JsonReport {
        errors: courses.iter().map(LoadedCourse::error_count).sum(),
        warnings: courses.iter().map(LoadedCourse::warning_count).sum(),
        courses: courses
            .iter()
            .map(|course| JsonCourse {
                path: &course.origin,
                id: course.course.as_ref().map(|course| course.id.as_str()),
                errors: course.error_count(),
                warnings: course.warning_count(),
                diagnostics: &course.diagnostics,
            })
            .collect(),
    };
    let mut text = serde_json::to_string_pretty(&report).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::excerpt;

    #[test]
    fn long_lines_are_cut_around_the_caret() {
        let line = "x".repeat(300);
        let (text, caret) = excerpt(&line, 200);
        assert!(text.starts_with('…') && text.ends_with('…'));
        assert_eq!(text.chars().nth(caret), Some('x'));
        assert_eq!(excerpt("abc", 2), ("abc".to_owned(), 1));
    }
}
