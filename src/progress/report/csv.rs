//! The trainer report as CSV, for spreadsheets: what `fieldcourse report`
//! prints and what the GUI's trainer area saves.

use super::{QuizSummary, ReportRow, Timestamp};
use std::fmt::Write as _;

const CSV_HEADER: [&str; 16] = [
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
    "device",
];

/// The rows as CSV (RFC 4180, CRLF line ends) with a header line. Scores are
/// percentages; each module quiz is summed up in the `quizzes` cell; `device`
/// names the device a collected learner's records came from (empty for this
/// device's own learners).
pub fn report_csv(rows: &[ReportRow]) -> String {
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
        csv.cell(row.device.as_deref().unwrap_or_default());
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
pub(crate) struct Csv {
    out: String,
    cells_in_record: usize,
}

impl Csv {
    /// Appends a number as it is (a leading minus sign is not a formula).
    pub(crate) fn number(&mut self, value: f64) {
        if self.cells_in_record > 0 {
            self.out.push(',');
        }
        self.cells_in_record += 1;
        let _ = write!(self.out, "{value}");
    }

    /// The document written so far.
    pub(crate) fn finish(self) -> String {
        self.out
    }

    /// Appends a cell, quoted when it must be, with text a spreadsheet would run
    /// as a formula defused (learners type their own names).
    pub(crate) fn cell(&mut self, text: &str) {
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

    /// Ends the current line.
    pub(crate) fn end_record(&mut self) {
        self.out.push_str("\r\n");
        self.cells_in_record = 0;
    }
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
