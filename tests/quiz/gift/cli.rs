//! `fieldcourse import-gift` as trainers run it, through the built binary.

use super::{course_with, fixture_path};
use fieldcourse::course::Quiz;
use std::path::Path;
use std::process::{Command, Output};
use tempfile::TempDir;

/// A temp folder holding copies of the named fixtures.
fn folder_with(fixtures: &[&str]) -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    for name in fixtures {
        std::fs::copy(fixture_path(name), dir.path().join(name)).unwrap();
    }
    dir
}

/// Runs `fieldcourse ARGS` in `dir`, with every user folder inside a temp folder.
fn fieldcourse(dir: &Path, args: &[&str]) -> Output {
    let scratch = tempfile::tempdir().unwrap();
    Command::new(env!("CARGO_BIN_EXE_fieldcourse"))
        .args(args)
        .current_dir(dir)
        .env("XDG_DATA_HOME", scratch.path())
        .env_remove("FIELDCOURSE_DATA_DIR")
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

#[test]
fn prints_the_quiz_and_reports_skipped_questions() {
    let dir = folder_with(&["every_kind.gift"]);
    let output = fieldcourse(dir.path(), &["import-gift", "every_kind.gift"]);
    let errors = stderr(&output);
    assert_eq!(output.status.code(), Some(0), "{errors}");
    let quiz: Quiz = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(quiz.id, "every-kind");
    assert_eq!(quiz.questions.len(), 10);
    let lines: Vec<&str> = errors.lines().collect();
    assert_eq!(
        lines,
        [
            "every_kind.gift:32: skipped question 8 (`Diary`): it is an essay question (an empty answer block `{}`), which a person must grade; Fieldcourse grades every question itself",
            "  = help: ask it as a reflection block in a lesson instead",
            "every_kind.gift:36: skipped question 10: it is a description (text with no answer block), and Fieldcourse quizzes hold only questions",
            "  = help: put the text in a lesson, or in the quiz's `intro` after the import",
            "every_kind.gift: 10 questions converted, 2 skipped (1 description, 1 essay)",
        ]
    );
}

#[test]
fn writes_the_quiz_to_output_with_title_and_id() {
    let dir = folder_with(&["moodle_export.gift"]);
    let output = fieldcourse(
        dir.path(),
        &[
            "import-gift",
            "moodle_export.gift",
            "--output",
            "water.json",
            "--title",
            "Water safety check",
            "--id",
            "water-check",
        ],
    );
    let errors = stderr(&output);
    assert_eq!(output.status.code(), Some(0), "{errors}");
    assert_eq!(stdout(&output), "");
    let written = std::fs::read_to_string(dir.path().join("water.json")).unwrap();
    let quiz: Quiz = serde_json::from_str(&written).unwrap();
    assert_eq!(quiz.id, "water-check");
    assert_eq!(quiz.title, "Water safety check");
    assert_eq!(quiz.questions.len(), 4);
    assert!(!errors.contains("note:"), "{errors}");
    assert!(
        errors.ends_with(
            "moodle_export.gift: 4 questions converted, 2 skipped (1 description, 1 essay); quiz `water-check` written to water.json\n"
        ),
        "{errors}"
    );
}

#[test]
fn the_written_quiz_passes_fieldcourse_validate_in_a_course() {
    let dir = folder_with(&["every_kind.gift"]);
    let output = fieldcourse(
        dir.path(),
        &["import-gift", "every_kind.gift", "-o", "quiz.json"],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let quiz: Quiz =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("quiz.json")).unwrap())
            .unwrap();
    let course = dir.path().join("course");
    std::fs::create_dir(&course).unwrap();
    std::fs::write(
        course.join("course.json"),
        serde_json::to_string_pretty(&course_with(&quiz)).unwrap(),
    )
    .unwrap();
    let validated = fieldcourse(dir.path(), &["validate", "course"]);
    assert_eq!(
        validated.status.code(),
        Some(0),
        "{}{}",
        stdout(&validated),
        stderr(&validated)
    );
}

#[test]
fn malformed_gift_gives_file_line_column_and_help_and_writes_nothing() {
    let dir = folder_with(&["malformed.gift"]);
    let output = fieldcourse(
        dir.path(),
        &["import-gift", "malformed.gift", "--output", "quiz.json"],
    );
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout(&output), "");
    assert!(!dir.path().join("quiz.json").exists());
    let errors = stderr(&output);
    let lines: Vec<&str> = errors.lines().collect();
    assert_eq!(
        lines,
        [
            "malformed.gift:3:23: the answer block opened by `{` is never closed",
            "  = help: close the answers with `}`; a blank line ends a question, so an answer block cannot contain one; write a literal brace as `\\{`",
            "malformed.gift:7:25: `two` is not a number",
            "  = help: write a number with a dot for decimals, as `{#3.14:0.01}` (value:tolerance) or `{#1..5}` (min..max)",
            "error: malformed.gift was not converted: 2 problems in the GIFT; nothing was written",
        ]
    );
}

#[test]
fn a_file_with_nothing_to_convert_exits_1() {
    let dir = folder_with(&["only_unsupported.gift"]);
    let output = fieldcourse(
        dir.path(),
        &["import-gift", "only_unsupported.gift", "-o", "quiz.json"],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(!dir.path().join("quiz.json").exists());
    let errors = stderr(&output);
    assert!(
        errors.contains("only_unsupported.gift:1: skipped question 1 (`Diary`): it is an essay"),
        "{errors}"
    );
    assert!(
        errors.contains("only_unsupported.gift:3: skipped question 2: it is a description"),
        "{errors}"
    );
    assert!(
        errors
            .contains("error: no question in only_unsupported.gift could be converted (2 skipped)"),
        "{errors}"
    );
}

#[test]
fn a_file_that_is_not_utf8_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("latin1.gift"), b"Q? {T}\n\nCaf\xe9? {T}\n").unwrap();
    let output = fieldcourse(dir.path(), &["import-gift", "latin1.gift"]);
    assert_eq!(output.status.code(), Some(1));
    let errors = stderr(&output);
    assert!(
        errors.starts_with(
            "latin1.gift:3:4: the file is not UTF-8 text\n  = help: save the file as UTF-8"
        ),
        "{errors}"
    );
}

#[test]
fn command_line_mistakes_exit_2() {
    let dir = folder_with(&["every_kind.gift"]);
    let cases: [(&[&str], &str); 4] = [
        (
            &["import-gift", "missing.gift"],
            "error: missing.gift does not exist",
        ),
        (
            &["import-gift", "every_kind.gift", "--id", "Water Quiz"],
            "error: `--id Water Quiz` is not a valid id\n  = help: use lowercase letters, digits and `-`, such as `water-quiz`",
        ),
        (
            &["import-gift", "every_kind.gift", "--title", "  "],
            "error: `--title` is empty",
        ),
        (
            &[
                "import-gift",
                "every_kind.gift",
                "--output",
                "every_kind.gift",
            ],
            "is the GIFT file itself",
        ),
    ];
    for (args, expected) in cases {
        let output = fieldcourse(dir.path(), args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&output).contains(expected),
            "{args:?}: {}",
            stderr(&output)
        );
    }
    let gift = std::fs::read_to_string(dir.path().join("every_kind.gift")).unwrap();
    assert!(gift.starts_with("// Written by hand"));
}

#[test]
fn help_lists_the_command() {
    let dir = tempfile::tempdir().unwrap();
    let output = fieldcourse(dir.path(), &["--help"]);
    assert!(
        stdout(&output).contains("import-gift"),
        "{}",
        stdout(&output)
    );
    let output = fieldcourse(dir.path(), &["import-gift", "--help"]);
    let help = stdout(&output);
    assert!(help.contains("--output <FILE>"), "{help}");
    assert!(help.contains("--title <TITLE>"), "{help}");
    assert!(help.contains("--id <ID>"), "{help}");
}

#[test]
fn id_prefix_goes_before_every_id_the_import_makes() {
    let dir = folder_with(&["every_kind.gift"]);
    let output = fieldcourse(
        dir.path(),
        &["import-gift", "every_kind.gift", "--id-prefix", "gift"],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let quiz: Quiz = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(quiz.id, "gift-every-kind");
    let mut ids = Vec::new();
    for question in &quiz.questions {
        ids.push(question.id.clone());
        ids.extend(question.options.iter().flatten().map(|o| o.id.clone()));
        ids.extend(question.pairs.iter().flatten().map(|p| p.id.clone()));
        ids.extend(question.items.iter().flatten().map(|i| i.id.clone()));
        ids.extend(question.distractors.iter().map(|d| d.id.clone()));
    }
    assert!(ids.len() > 20);
    assert!(ids.iter().all(|id| id.starts_with("gift-")), "{ids:?}");

    // With `--id`, the quiz keeps the id given; a trailing `-` is not doubled.
    let output = fieldcourse(
        dir.path(),
        &[
            "import-gift",
            "every_kind.gift",
            "--id-prefix",
            "water-",
            "--id",
            "water-quiz",
        ],
    );
    let quiz: Quiz = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(quiz.id, "water-quiz");
    assert!(
        quiz.questions
            .iter()
            .all(|q| q.id.starts_with("water-") && !q.id.starts_with("water--"))
    );
}

#[test]
fn an_invalid_id_prefix_is_refused_with_a_suggestion() {
    let dir = folder_with(&["every_kind.gift"]);
    let output = fieldcourse(
        dir.path(),
        &[
            "import-gift",
            "every_kind.gift",
            "--id-prefix",
            "Water Quiz",
        ],
    );
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output),
        "error: `--id-prefix Water Quiz` is not a valid id prefix\n  = help: use lowercase letters, digits and `-`, such as `water-quiz`\n"
    );
    assert_eq!(stdout(&output), "");
}
