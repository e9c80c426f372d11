//! The `pack` and `import` commands: what they print, and their exit codes.

use super::{Fixture, data_dir};
use crate::common::*;
use fieldcourse::course::pack_course;
use serde_json::json;
use std::path::Path;
use std::process::{Command, Output};

#[test]
fn import_reports_added_and_removed_questions() {
    let (data, _courses) = data_dir();
    let data_arg = data.path().to_str().unwrap();
    let first = CourseDir::new(&valid_course());
    let output = fieldcourse(
        &[
            "--data-dir",
            data_arg,
            "import",
            first.path().to_str().unwrap(),
        ],
        first.path(),
    );
    assert_eq!(output.status.code(), Some(0), "{}", text(&output));
    let mut course = valid_course();
    course["version"] = json!("1.1.0");
    course["modules"][0]["quiz"]["questions"][2]["id"] = json!("q-true-false");
    let second = CourseDir::new(&course);
    let output = fieldcourse(
        &[
            "--data-dir",
            data_arg,
            "import",
            second.path().to_str().unwrap(),
        ],
        second.path(),
    );
    assert_eq!(output.status.code(), Some(0), "{}", text(&output));
    let report = text(&output);
    let lines: Vec<&str> = report
        .lines()
        .skip_while(|line| !line.starts_with("replaced"))
        .collect();
    assert_eq!(
        lines,
        [
            "replaced the installed version 1.0.0: 0 lesson/quiz id(s) added, 0 removed; 1 question added, 1 removed",
            "  added questions: q-true-false",
            "  removed questions: q-tf",
        ],
        "{report}"
    );
}

#[test]
fn the_pack_and_import_commands() {
    let fixture = Fixture::new("1.0.0");
    let work = fixture.out.path();
    let course = fixture.course.path().to_str().unwrap();
    let output = fieldcourse(&["pack", course], work);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output));
    let package = work.join("sample-1.0.0.fcourse");
    assert!(package.is_file(), "{}", text(&output));
    let data = tempfile::tempdir().unwrap();
    let data_arg = data.path().to_str().unwrap();
    let package_arg = package.to_str().unwrap();
    let output = fieldcourse(
        &[
            "--data-dir",
            data_arg,
            "import",
            "--accept-unverified",
            package_arg,
        ],
        work,
    );
    assert_eq!(output.status.code(), Some(0), "{}", text(&output));
    assert!(
        text(&output).contains("installed sample 1.0.0 from the package into"),
        "{}",
        text(&output)
    );
    let output = fieldcourse(
        &[
            "--data-dir",
            data_arg,
            "import",
            "--accept-unverified",
            package_arg,
        ],
        work,
    );
    assert!(
        text(&output)
            .contains("replaced the installed version 1.0.0: 0 lesson/quiz id(s) added, 0 removed"),
        "{}",
        text(&output)
    );
    // An older version is refused with the way to override it.
    let mut older = valid_course();
    older["version"] = json!("0.9.0");
    let older = CourseDir::new(&older);
    let older_arg = older.path().to_str().unwrap();
    let output = fieldcourse(&["--data-dir", data_arg, "import", older_arg], work);
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output).contains("--force"), "{}", text(&output));
    let output = fieldcourse(
        &["--data-dir", data_arg, "import", "--force", older_arg],
        work,
    );
    assert_eq!(output.status.code(), Some(0), "{}", text(&output));
    // A course with errors is not packed, and its problems are printed.
    let mut broken = valid_course();
    remove(&mut broken, "/title");
    let broken = CourseDir::new(&broken);
    let output = fieldcourse(
        &[
            "pack",
            broken.path().to_str().unwrap(),
            "--output",
            "broken.fcourse",
        ],
        work,
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output).contains("error"), "{}", text(&output));
    assert!(!work.join("broken.fcourse").exists());
    // A damaged package names the entry.
    let output = fieldcourse(&["--data-dir", data_arg, "import", "missing.fcourse"], work);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn the_import_command_says_in_words_what_is_wrong_with_a_package() {
    let fixture = Fixture::new("1.0.0");
    let work = fixture.out.path();
    let bytes = pack_course(fixture.course.path()).unwrap().bytes;
    std::fs::write(work.join("cut.fcourse"), &bytes[..bytes.len() / 2]).unwrap();
    std::fs::write(work.join("notes.fcourse"), "meeting notes, not a course").unwrap();
    let data = tempfile::tempdir().unwrap();
    let data_arg = data.path().to_str().unwrap();
    let output = fieldcourse(&["--data-dir", data_arg, "import", "cut.fcourse"], work);
    assert_eq!(output.status.code(), Some(1), "{}", text(&output));
    let said = text(&output);
    assert!(
        said.contains("cut.fcourse: this is not a complete Fieldcourse package"),
        "{said}"
    );
    assert!(said.contains("cut short while it was copied"), "{said}");
    assert!(
        !said.contains("Zip archive") && !said.contains("EOCD"),
        "{said}"
    );
    let output = fieldcourse(&["--data-dir", data_arg, "import", "notes.fcourse"], work);
    assert_eq!(output.status.code(), Some(1), "{}", text(&output));
    let said = text(&output);
    assert!(
        said.contains("notes.fcourse: this is not a Fieldcourse package"),
        "{said}"
    );
    assert!(
        !said.contains("Zip archive") && !said.contains("EOCD"),
        "{said}"
    );
}

fn fieldcourse(args: &[&str], current_dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_fieldcourse"))
        .args(args)
        .current_dir(current_dir)
        .env_remove("FIELDCOURSE_DATA_DIR")
        .output()
        .unwrap()
}

fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}
