//! `fieldcourse report [--format csv|json] [--course ID]`: the trainer report, a
//! row per learner and course: this device's learners, then those collected
//! from other devices (`fieldcourse records import`), whose `device` names
//! the device they came from; a learner the trainer joined from two devices
//! ("the same person") is one row per course, naming both devices. With `--questions`, the item analysis of the
//! course's quiz questions instead (see `report_questions`).
//!
//! Exit code 0 on success (an empty report included), 1 when the progress
//! database cannot be read, 2 when the command line is wrong (such as a course
//! that no learner has started).

mod questions;

pub use questions::{questions_csv, questions_json};

use crate::paths::Paths;
use crate::progress::{self, ReportRow, Store, Timestamp};
use clap::{Args, ValueEnum};
use serde::Serialize;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `fieldcourse report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// How to print the report.
    #[arg(long, value_enum, default_value_t = ReportFormat::Csv)]
    pub format: ReportFormat,
    /// Report only the course with this id.
    #[arg(long, value_name = "ID")]
    pub course: Option<String>,
    /// Print how well each quiz question of the course works (item analysis)
    /// instead of the learners' results; needs --course.
    #[arg(long, requires = "course")]
    pub questions: bool,
    /// With --questions: only the quiz (or final assessment) with this id.
    #[arg(long, value_name = "ID", requires = "questions")]
    pub quiz: Option<String>,
    /// With --questions: every submitted attempt, not only each learner's first.
    #[arg(long, requires = "questions")]
    pub all_attempts: bool,
    /// The global `--data-dir`.
    #[arg(from_global)]
    pub data_dir: Option<PathBuf>,
    /// The global `--courses-dir`, where --questions also looks for the course.
    #[arg(from_global)]
    pub courses_dirs: Vec<PathBuf>,
}

/// How `report` prints the rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Comma-separated values with a header line, for spreadsheets.
    Csv,
    /// One JSON document, for programs.
    Json,
}

pub(super) fn run(args: &ReportArgs) -> ExitCode {
    if args.questions
        && let Some(course) = &args.course
    {
        return questions::run(args, course);
    }
    let paths = match Paths::resolve(args.data_dir.as_deref(), &[]) {
        Ok(paths) => paths,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(super::EXIT_USAGE);
        }
    };
    let rows = match read_rows(&paths, args.course.as_deref()) {
        Ok(rows) => rows,
        Err(code) => return code,
    };
    let text = render_report(&rows, args.format);
    if let Err(error) = std::io::stdout().lock().write_all(text.as_bytes()) {
        eprintln!("error: cannot write the report: {error}");
        return ExitCode::from(super::EXIT_FAILURE);
    }
    ExitCode::SUCCESS
}

fn read_rows(paths: &Paths, course: Option<&str>) -> Result<Vec<ReportRow>, ExitCode> {
    let database = progress::database_path(&paths.data_dir);
    // Reporting on a data folder that was never used must not create a database in it.
    let store = if database.exists() {
        Some(Store::open(&paths.data_dir).map_err(|error| {
            eprintln!("error: {error}");
            ExitCode::from(super::EXIT_FAILURE)
        })?)
    } else {
        None
    };
    let failed = |error: progress::Error| {
        eprintln!("error: {error}");
        ExitCode::from(super::EXIT_FAILURE)
    };
    // Learners collected from other devices follow this device's own, each
    // row naming its device; learners the trainer joined ("the same person")
    // are reported once, naming each of their devices.
    let rows = match &store {
        Some(store) => {
            let this_device = store
                .device_name()
                .map_err(failed)?
                .unwrap_or_else(|| "this device".to_owned());
            store
                .programme_report(course, &this_device)
                .map_err(failed)?
        }
        None => Vec::new(),
    };
    if let Some(course) = course {
        let known = match &store {
            Some(store) => store.courses().map_err(failed)?,
            None => Vec::new(),
        };
        if rows.is_empty() && !known.iter().any(|version| version.course_id() == course) {
            let ids: Vec<&str> = known.iter().map(|version| version.course_id()).collect();
            eprintln!(
                "error: no learner has started a course `{course}` in {}",
                database.display()
            );
            if ids.is_empty() {
                eprintln!("  = help: no learner has started any course there yet");
            } else {
                eprintln!("  = help: the courses with progress are {}", ids.join(", "));
            }
            return Err(ExitCode::from(super::EXIT_USAGE));
        }
    }
    if store.is_none() {
        eprintln!(
            "note: no progress recorded in {} yet",
            paths.data_dir.display()
        );
    }
    Ok(rows)
}

/// The rows in `format`, as `fieldcourse report` prints them.
pub fn render_report(rows: &[ReportRow], format: ReportFormat) -> String {
    match format {
        ReportFormat::Csv => progress::report_csv(rows),
        ReportFormat::Json => render_json(rows),
    }
}

#[derive(Serialize)]
struct JsonReport<'a> {
    generated_at: Timestamp,
    rows: &'a [ReportRow],
}

/// The rows as one JSON document: `{"generated_at": ..., "rows": [...]}`, scores
/// from 0 to 1 and times in RFC 3339.
pub fn render_json(rows: &[ReportRow]) -> String {
    let report = JsonReport {
        generated_at: Timestamp::now(),
        rows,
    };
    let mut text = serde_json::to_string_pretty(&report).unwrap_or_default();
    text.push('\n');
    text
}
