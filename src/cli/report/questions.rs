//! `fieldcourse report --questions --course ID [--quiz ID] [--all-attempts]
//! [--format csv|json]`: item analysis of a course's quiz questions, over every
//! learner on this device and every learner of the records collected from
//! other devices; a note on standard error says how many attempts were collected.
//!
//! Exit codes as for the report: 0 on success (no attempts yet included), 1
//! when the progress database cannot be read, 2 when the course or quiz is not
//! found.

use super::{ReportArgs, ReportFormat};
use crate::course::{Course, Quiz, discover};
use crate::paths::Paths;
use crate::progress::{self, Csv, Store, Timestamp};
use crate::quiz::analysis::{AttemptScope, QuestionAnalysis, QuizAnalysis, analyse_quiz};
use serde::Serialize;
use std::fmt::Write as _;
use std::io::Write as _;
use std::process::ExitCode;
use std::sync::Arc;

pub(super) fn run(args: &ReportArgs, course_id: &str) -> ExitCode {
    let paths = match Paths::resolve(args.data_dir.as_deref(), &args.courses_dirs) {
        Ok(paths) => paths,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(super::super::EXIT_USAGE);
        }
    };
    let course = match find_course(&paths, course_id) {
        Ok(course) => course,
        Err(code) => return code,
    };
    let quizzes: Vec<&Quiz> = course
        .modules
        .iter()
        .filter_map(|module| module.quiz.as_ref())
        .chain(course.final_assessment.as_ref())
        .filter(|quiz| args.quiz.as_deref().is_none_or(|wanted| quiz.id == wanted))
        .collect();
    if let Some(wanted) = &args.quiz
        && quizzes.is_empty()
    {
        let ids: Vec<&str> = course
            .modules
            .iter()
            .filter_map(|module| module.quiz.as_ref())
            .chain(course.final_assessment.as_ref())
            .map(|quiz| quiz.id.as_str())
            .collect();
        eprintln!("error: course `{course_id}` has no quiz `{wanted}`");
        eprintln!("  = help: its quizzes are {}", ids.join(", "));
        return ExitCode::from(super::super::EXIT_USAGE);
    }
    let scope = if args.all_attempts {
        AttemptScope::All
    } else {
        AttemptScope::First
    };
    let analyses = match analyse(&paths, &course.id, &quizzes, scope) {
        Ok(analyses) => analyses,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(super::super::EXIT_FAILURE);
        }
    };
    let collected: usize = analyses.iter().map(|analysis| analysis.collected).sum();
    if collected > 0 {
        let attempts: usize = analyses.iter().map(|analysis| analysis.attempts).sum();
        eprintln!(
            "note: {collected} of the {attempts} attempts analysed come from records collected from other devices"
        );
    }
    let text = match args.format {
        ReportFormat::Csv => questions_csv(&course, &analyses),
        ReportFormat::Json => questions_json(&course, scope, &analyses),
    };
    if let Err(error) = std::io::stdout().lock().write_all(text.as_bytes()) {
        eprintln!("error: cannot write the report: {error}");
        return ExitCode::from(super::super::EXIT_FAILURE);
    }
    ExitCode::SUCCESS
}

/// The course with `course_id` among the bundled, installed and extra courses.
fn find_course(paths: &Paths, course_id: &str) -> Result<Arc<Course>, ExitCode> {
    let found = discover(&paths.course_dirs);
    if let Some(course) = found
        .iter()
        .filter_map(|loaded| loaded.course.as_ref())
        .find(|course| course.id == course_id)
    {
        return Ok(Arc::clone(course));
    }
    let ids: Vec<&str> = found
        .iter()
        .filter_map(|loaded| loaded.course.as_ref())
        .map(|course| course.id.as_str())
        .collect();
    eprintln!("error: no course `{course_id}` in the course folders");
    if ids.is_empty() {
        eprintln!("  = help: no course was found; add its folder with --courses-dir");
    } else {
        eprintln!(
            "  = help: the courses found are {}; add another folder with --courses-dir",
            ids.join(", ")
        );
    }
    Err(ExitCode::from(super::super::EXIT_USAGE))
}

/// Each quiz's analysis; with no progress recorded yet, each with no attempts.
fn analyse(
    paths: &Paths,
    course_id: &str,
    quizzes: &[&Quiz],
    scope: AttemptScope,
) -> progress::Result<Vec<QuizAnalysis>> {
    // Reporting on a data folder that was never used must not create a database in it.
    if !progress::database_path(&paths.data_dir).exists() {
        eprintln!(
            "note: no progress recorded in {} yet",
            paths.data_dir.display()
        );
        return Ok(quizzes
            .iter()
            .map(|quiz| analyse_quiz(quiz, &[], scope))
            .collect());
    }
    let store = Store::open(&paths.data_dir)?;
    quizzes
        .iter()
        .map(|quiz| store.analyse_quiz(course_id, quiz, scope))
        .collect()
}

const CSV_HEADER: [&str; 21] = [
    "row",
    "course_id",
    "quiz_id",
    "question_id",
    "kind",
    "count",
    "answered",
    "too_few",
    "facility_or_mean",
    "median",
    "sd",
    "discrimination",
    "alpha",
    "pass_rate",
    "distribution",
    "flags",
    "options",
    "wrong_answers",
    "partial_scores",
    "prompt",
    "collected",
];

/// One `quiz` line per quiz (count: attempts; mean, median, SD, alpha, pass
/// rate, distribution; collected: how many of the attempts were collected from
/// other devices), then a `question` line per question (count: attempts that
/// drew it; facility, SD, discrimination, flags and answer breakdowns).
/// Figures are shares from 0 to 1; empty cells could not be computed.
pub fn questions_csv(course: &Course, analyses: &[QuizAnalysis]) -> String {
    let mut csv = Csv::default();
    for name in CSV_HEADER {
        csv.cell(name);
    }
    csv.end_record();
    let optional = |csv: &mut Csv, value: Option<f64>| match value {
        Some(value) => csv.number(value),
        None => csv.cell(""),
    };
    for analysis in analyses {
        csv.cell("quiz");
        csv.cell(&course.id);
        csv.cell(&analysis.quiz_id);
        csv.cell("");
        csv.cell("");
        csv.number(analysis.attempts as f64);
        csv.cell("");
        csv.cell("");
        optional(&mut csv, analysis.mean);
        optional(&mut csv, analysis.median);
        optional(&mut csv, analysis.sd);
        csv.cell("");
        optional(&mut csv, analysis.alpha);
        optional(&mut csv, analysis.pass_rate);
        let bins: Vec<String> = analysis.distribution.iter().map(usize::to_string).collect();
        csv.cell(&bins.join(" "));
        for _ in 0..5 {
            csv.cell("");
        }
        csv.number(analysis.collected as f64);
        csv.end_record();
        let quiz = quiz_of(course, &analysis.quiz_id);
        for question in &analysis.questions {
            question_line(&mut csv, &course.id, &analysis.quiz_id, question);
            let prompt = quiz
                .and_then(|quiz| quiz.questions.iter().find(|q| q.id == question.question_id))
                .map(|q| q.prompt.replace(['\r', '\n'], " "))
                .unwrap_or_default();
            csv.cell(&prompt);
            csv.cell("");
            csv.end_record();
        }
    }
    csv.finish()
}

fn question_line(csv: &mut Csv, course_id: &str, quiz_id: &str, question: &QuestionAnalysis) {
    let optional = |csv: &mut Csv, value: Option<f64>| match value {
        Some(value) => csv.number(value),
        None => csv.cell(""),
    };
    csv.cell("question");
    csv.cell(course_id);
    csv.cell(quiz_id);
    csv.cell(&question.question_id);
    csv.cell(question.kind.as_str());
    csv.number(question.drawn as f64);
    csv.number(question.answered as f64);
    csv.cell(if question.too_few { "yes" } else { "no" });
    optional(csv, question.facility);
    csv.cell("");
    optional(csv, question.sd);
    optional(csv, question.discrimination);
    csv.cell("");
    csv.cell("");
    csv.cell("");
    let flags: Vec<&str> = question.flags.iter().map(|flag| flag.words()).collect();
    csv.cell(&flags.join("; "));
    let mut options = String::new();
    for option in &question.options {
        let mark = if option.correct { " (right)" } else { "" };
        let _ = write!(
            options,
            "{}{mark}: {} ({:.3}); ",
            option.option_id, option.picked, option.share
        );
    }
    csv.cell(options.trim_end_matches("; "));
    let wrong: Vec<String> = question
        .wrong_answers
        .iter()
        .map(|wrong| format!("{}: {}", wrong.answer, wrong.count))
        .collect();
    csv.cell(&wrong.join("; "));
    let spread: Vec<String> = question
        .partial_scores
        .iter()
        .map(|share| format!("{:.3}: {}", share.score, share.count))
        .collect();
    csv.cell(&spread.join("; "));
}

fn quiz_of<'a>(course: &'a Course, quiz_id: &str) -> Option<&'a Quiz> {
    course
        .modules
        .iter()
        .filter_map(|module| module.quiz.as_ref())
        .chain(course.final_assessment.as_ref())
        .find(|quiz| quiz.id == quiz_id)
}

#[derive(Serialize)]
struct JsonQuestions<'a> {
    generated_at: Timestamp,
    course_id: &'a str,
    scope: AttemptScope,
    quizzes: &'a [QuizAnalysis],
}

/// The analyses as one JSON document: `{"generated_at", "course_id", "scope",
/// "quizzes": [...]}`, with flags as ids (`very_easy`, `check_answer_key`, ...).
pub fn questions_json(course: &Course, scope: AttemptScope, analyses: &[QuizAnalysis]) -> String {
    let report = JsonQuestions {
        generated_at: Timestamp::now(),
        course_id: &course.id,
        scope,
        quizzes: analyses,
    };
    let mut text = serde_json::to_string_pretty(&report).unwrap_or_default();
    text.push('\n');
    text
}
