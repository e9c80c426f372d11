//! The `fieldcourse` command as users and scripts run it.

use crate::common::*;
use serde_json::{Value, json};
use std::process::{Command, Output};

fn fieldcourse(args: &[&str]) -> Output {
    let scratch = tempfile::tempdir().unwrap();
    Command::new(env!("CARGO_BIN_EXE_fieldcourse"))
        .args(args)
        .env("XDG_DATA_HOME", scratch.path())
        .env_remove("FIELDCOURSE_DATA_DIR")
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

#[test]
fn validate_passes_a_clean_course_with_exit_0() {
    let dir = CourseDir::new(&valid_course());
    let output = fieldcourse(&["validate", dir.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(stdout(&output).contains("checked 1 course: ok, no problems"));
}

#[test]
fn validate_explains_errors_like_rustc_with_exit_1() {
    let mut course = valid_course();
    let title = course.pointer("/modules/0/title").cloned().unwrap();
    remove(&mut course, "/modules/0/title");
    set(&mut course, "/modules/0/titel", title);
    let dir = CourseDir::new(&course);
    let output = fieldcourse(&["validate", dir.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    let file = dir.path().join("course.json");
    assert!(text.contains("error: unknown field `titel`"), "{text}");
    // file:line:col, the source line, a caret under the key, and the hint.
    let arrow = text
        .lines()
        .find(|line| line.contains("(module 1, at /modules/0/titel)"))
        .unwrap();
    assert!(
        arrow
            .trim_start()
            .starts_with(&format!("--> {}:", file.display())),
        "{arrow}"
    );
    let source_line = text
        .lines()
        .find(|line| line.contains("\"titel\": \"Module one\""))
        .unwrap();
    let caret_line = text
        .lines()
        .skip_while(|line| *line != source_line)
        .nth(1)
        .unwrap();
    let column = source_line.find("\"titel\"").unwrap();
    assert_eq!(
        caret_line.find('^'),
        Some(column),
        "{source_line}\n{caret_line}"
    );
    assert!(text.contains("  = help: did you mean `title`?"));
    assert!(text.contains("2 errors, 0 warnings"));
}

#[test]
fn validate_reads_a_bare_course_json_as_its_folder() {
    let dir = CourseDir::new(&valid_course());
    let mut french = valid_course();
    french["language"] = json!("fr");
    french["modules"][0]["id"] = json!("module-un");
    dir.write("course.fr.json", &french);
    let output = Command::new(env!("CARGO_BIN_EXE_fieldcourse"))
        .args(["validate", "course.json"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let text = stdout(&output);
    // Assets resolve against the current folder, and the translation is checked.
    assert!(!text.contains("outside the course folder"), "{text}");
    assert!(
        text.contains("`module-un` here but `module-one` in course.json"),
        "{text}"
    );
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn validate_prints_json_for_machines() {
    let mut course = valid_course();
    set(&mut course, "/modules/0/quiz/draw", json!(50));
    let dir = CourseDir::new(&course);
    let output = fieldcourse(&["validate", "--format", "json", dir.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let report: Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(report["errors"], 1);
    let diagnostic = &report["courses"][0]["diagnostics"][0];
    assert_eq!(diagnostic["path"], "/modules/0/quiz/draw");
    assert_eq!(diagnostic["code"], "quiz-settings");
    assert_eq!(diagnostic["severity"], "error");
    assert!(diagnostic["location"]["line"].as_u64().unwrap() > 1);
    assert_eq!(report["courses"][0]["id"], "sample");
}

#[test]
fn validate_checks_every_course_in_a_folder() {
    let root = tempfile::tempdir().unwrap();
    let mut course = valid_course();
    set(
        &mut course,
        "/modules/0/lessons/0/blocks/1",
        json!({"kind": "markdown", "text": "x"}),
    );
    std::fs::write(
        root.path().join("one.json"),
        serde_json::to_vec(&course).unwrap(),
    )
    .unwrap();
    std::fs::write(root.path().join("two.json"), b"{").unwrap();
    let output = fieldcourse(&["validate", root.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("checked 2 courses: 1 error, 0 warnings"));
}

#[test]
fn usage_errors_exit_2() {
    let missing = fieldcourse(&["validate", "/no/such/course"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("/no/such/course does not exist"));
    assert_eq!(
        fieldcourse(&["validate", "--format", "xml", "."])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(fieldcourse(&["frobnicate"]).status.code(), Some(2));
}

#[test]
fn global_options_are_accepted_on_every_command() {
    let data = tempfile::tempdir().unwrap();
    let dir = CourseDir::new(&valid_course());
    let output = fieldcourse(&[
        "validate",
        dir.path().to_str().unwrap(),
        "--data-dir",
        data.path().to_str().unwrap(),
        "--courses-dir",
        data.path().to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(0));
    let schema = fieldcourse(&["--data-dir", data.path().to_str().unwrap(), "schema"]);
    assert_eq!(schema.status.code(), Some(0));
}

#[test]
fn validate_on_a_folder_without_a_course_fails_with_a_hint() {
    let empty = tempfile::tempdir().unwrap();
    std::fs::create_dir(empty.path().join("notes")).unwrap();
    std::fs::write(empty.path().join("notes/readme.txt"), "not a course").unwrap();
    let output = fieldcourse(&["validate", empty.path().to_str().unwrap()]);
    let errors = String::from_utf8(output.stderr.clone()).unwrap();
    assert_eq!(output.status.code(), Some(1), "{errors}");
    assert!(
        errors.contains(&format!(
            "error: {} holds no course: there is no course.json in it",
            empty.path().display()
        )),
        "{errors}"
    );
    assert!(
        errors.contains("= help: point it at a course folder (a folder that holds course.json"),
        "{errors}"
    );
    assert!(
        !stdout(&output).contains("ok, no problems"),
        "{}",
        stdout(&output)
    );
    // Beside a real course, the empty folder still fails the run.
    let course = CourseDir::new(&valid_course());
    let both = fieldcourse(&[
        "validate",
        course.path().to_str().unwrap(),
        empty.path().to_str().unwrap(),
    ]);
    assert_eq!(both.status.code(), Some(1));
    assert!(stdout(&both).contains("checked 1 course: ok, no problems"));
}

#[test]
fn a_file_that_is_not_there_is_neither_a_file_nor_a_command() {
    let output = fieldcourse(&["valdate", "."]);
    assert_eq!(output.status.code(), Some(2), "a file and more: usage");
    let output = fieldcourse(&["/no/such/package.fcourse"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("`/no/such/package.fcourse` is neither a file nor a command"),
        "{stderr}"
    );
}

#[test]
fn validate_without_a_path_checks_every_course_the_app_would_load() {
    let data = tempfile::tempdir().unwrap();
    let extra = tempfile::tempdir().unwrap();
    // No picture, so the courses need no assets folder.
    let mut course = valid_course();
    set(
        &mut course,
        "/modules/0/lessons/0/blocks/1",
        json!({"kind": "markdown", "text": "x"}),
    );
    let mut broken = course.clone();
    set(&mut broken, "/modules/0/quiz/draw", json!(50));
    let installed = data.path().join("courses/sample");
    std::fs::create_dir_all(&installed).unwrap();
    std::fs::write(installed.join("course.json"), broken.to_string()).unwrap();
    let mut other = course.clone();
    other["id"] = json!("other");
    std::fs::write(extra.path().join("other.json"), other.to_string()).unwrap();
    let (data_dir, extra_dir) = (
        data.path().to_str().unwrap(),
        extra.path().to_str().unwrap(),
    );
    let output = fieldcourse(&[
        "validate",
        "--data-dir",
        data_dir,
        "--courses-dir",
        extra_dir,
    ]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(
        text.starts_with("checking every course Fieldcourse would load, from:\n"),
        "{text}"
    );
    assert!(text.contains(" (bundled courses)\n"), "{text}");
    assert!(
        text.contains(&format!(
            "  {} (installed courses)\n",
            data.path().join("courses").display()
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!("  {extra_dir} (--courses-dir)\n")),
        "{text}"
    );
    assert!(
        text.contains(&format!("--> {}:", installed.join("course.json").display())),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "{}: ok, no problems",
            extra.path().join("other.json").display()
        )),
        "{text}"
    );
    // The bundled courses are checked too (the flagship course among them).
    assert!(text.contains("courses/"), "{text}");
    // For machines, the same courses and nothing but the JSON document.
    let json = fieldcourse(&[
        "validate",
        "--format",
        "json",
        "--data-dir",
        data_dir,
        "--courses-dir",
        extra_dir,
    ]);
    let report: Value = serde_json::from_str(&stdout(&json)).unwrap();
    assert!(report["courses"].as_array().unwrap().len() >= 3, "{report}");
}
