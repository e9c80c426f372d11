//! `fieldcourse report [--format csv|json] [--course ID]`: the trainer report, a
//! row per learner and course.
//!
//! Exit code 0 on success (an empty report included), 1 when the progress
//! database cannot be read, 2 when the command line is wrong (such as a course
//! that no learner has started).

use crate::paths::Paths;
use crate::progress::{self, QuizSummary, ReportRow, Store, Timestamp};
use clap::{Args, ValueEnum};
use serde::Serialize;
use std::fmt::Write as _;
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
    /// The global `--data-dir`.
    #[arg(from_global)]
    pub data_dir: Option<PathBuf>,
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
    if let Some(course) = course {
        let known = match &store {
            Some(store) => store.courses().map_err(failed)?,
            None => Vec::new(),
        };
        if !known.iter().any(|version| version.course_id() == course) {
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
    match &store {
        Some(store) => store.report(course).map_err(failed),
        None => {
            eprintln!(
                "note: no progress recorded in {} yet",
                paths.data_dir.display()
            );
            Ok(Vec::new())
        }
    }
}

/// The rows in `format`, as `fieldcourse report` prints them.
pub fn render_report(rows: &[ReportRow], format: ReportFormat) -> String {
    match format {
        ReportFormat::Csv => render_csv(rows),
        ReportFormat::Json => render_json(rows),
    }
}

const CSV_HEADER: [&str; 15] = [
    "learner_id",
    "display_name",
    "certificate_name",
    "course_id",
    "course_title",
    "course_version",
    "lessons_completed",
    "lessons_total",
    "quizzes",
    "final_best_score",
    "final_attempts",
    "final_passed",
    "started_at",
    "completed_at",
    "certificate_id",
];

/// The rows as CSV (RFC 4180, CRLF line ends) with a header line. Scores are
/// percentages; each module quiz is summed up in the `quizzes` cell.
pub fn render_csv(rows: &[ReportRow]) -> String {
    let mut csv = Csv::default();
    for name in CSV_HEADER {
        csv.cell(name);
    }
    csv.end_record();
    let mut quizzes = String::new();
    for row in rows {
        let final_assessment = row.final_assessment.as_ref();
        csv.cell(&row.learner_id.to_string());
        csv.cell(&row.display_name);
        csv.cell(&row.certificate_name);
        csv.cell(&row.course_id);
        csv.cell(&row.course_title);
        csv.cell(&row.course_version);
        csv.cell(&row.lessons_completed.to_string());
        csv.cell(&row.lessons_total.to_string());
        quizzes.clear();
        for (index, quiz) in row.quizzes.iter().enumerate() {
            if index > 0 {
                quizzes.push_str("; ");
            }
            describe_quiz(&mut quizzes, quiz);
        }
        csv.cell(&quizzes);
        csv.cell(
            &final_assessment
                .and_then(|quiz| quiz.best_score)
                .map(percent)
                .unwrap_or_default(),
        );
        csv.cell(
            &final_assessment
                .map(|quiz| quiz.attempts.to_string())
                .unwrap_or_default(),
        );
        csv.cell(match final_assessment {
            Some(quiz) if quiz.passed => "yes",
            Some(_) => "no",
            None => "",
        });
        csv.cell(&row.started_at.to_rfc3339());
        csv.cell(
            &row.completed_at
                .map(Timestamp::to_rfc3339)
                .unwrap_or_default(),
        );
        csv.cell(row.certificate_id.as_deref().unwrap_or_default());
        csv.end_record();
    }
    csv.out
}

/// Appends `quiz-one: best 85%, 3 attempts, passed` or `quiz-two: not attempted`.
fn describe_quiz(out: &mut String, quiz: &QuizSummary) {
    let _ = match quiz.best_score {
        None => write!(out, "{}: not attempted", quiz.quiz_id),
        Some(best) => write!(
            out,
            "{}: best {}, {} attempt{}, {}",
            quiz.quiz_id,
            percent(best),
            quiz.attempts,
            if quiz.attempts == 1 { "" } else { "s" },
            if quiz.passed { "passed" } else { "not passed" }
        ),
    };
}

/// `0.85` as `85%`, `0.845` as `84.5%`.
fn percent(score: f64) -> String {
    let value = score * 100.0;
    if (value - value.round()).abs() < 0.05 {
        format!("{value:.0}%")
    } else {
        format!("{value:.1}%")
    }
}

/// A CSV document written cell by cell.
#[derive(Default)]
struct Csv {
    out: String,
    cells_in_record: usize,
}

impl Csv {
    /// Appends a cell, quoted when it must be, with text a spreadsheet would run
    /// as a formula defused (learners type their own names).
    fn cell(&mut self, text: &str) {
        if self.cells_in_record > 0 {
            self.out.push(',');
        }
        self.cells_in_record += 1;
        let quoted = text.contains([',', '"', '\n', '\r']);
        if quoted {
            self.out.push('"');
        }
        if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            self.out.push('\'');
        }
        if quoted {
            self.out.push_str(&text.replace('"', "\"\""));
            self.out.push('"');
        } else {
            self.out.push_str(text);
        }
    }

    fn end_record(&mut self) {
        self.out.push_str("\r\n");
        self.cells_in_record = 0;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_and_formulas_defused() {
        let mut csv = Csv::default();
        for cell in [
            "plain",
            "a, b",
            "say \"hi\"",
            "=1+1",
            "-x, y",
            "line\nbreak",
        ] {
            csv.cell(cell);
        }
        csv.end_record();
        assert_eq!(
            csv.out,
            "plain,\"a, b\",\"say \"\"hi\"\"\",'=1+1,\"'-x, y\",\"line\nbreak\"\r\n"
        );
    }

    #[test]
    fn percentages_keep_a_decimal_only_when_needed() {
        assert_eq!(percent(0.85), "85%");
        assert_eq!(percent(1.0), "100%");
        assert_eq!(percent(0.845), "84.5%");
        assert_eq!(percent(2.0 / 3.0), "66.7%");
    }
}
