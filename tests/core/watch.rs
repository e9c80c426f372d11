//! The folder watcher behind the live preview: saves are reported, reads are
//! not (the preview reads the course after every save), and a path that is not
//! a folder is refused with a reason. Also `fieldcourse preview` on a bad path.

#![cfg(feature = "preview")]

use fieldcourse::course::{FolderChange, FolderWatcher, WatchError, load_course};
use std::path::PathBuf;
use std::process::Command;
use std::sync::mpsc;
use std::time::Duration;

use crate::common::*;

/// Waits (with a bound, not a pause) for the next burst of changes.
fn next(changes: &mpsc::Receiver<FolderChange>) -> Vec<PathBuf> {
    match changes.recv_timeout(Duration::from_secs(30)) {
        Ok(FolderChange::Changed(paths)) => paths,
        other => panic!("expected a change, got {other:?}"),
    }
}

#[test]
fn a_save_is_reported_and_reading_is_not() {
    let dir = CourseDir::new(&valid_course());
    let (sender, changes) = mpsc::channel();
    let watcher = FolderWatcher::new(dir.path(), move |change| {
        let _ = sender.send(change);
    })
    .unwrap();
    assert_eq!(watcher.folder(), dir.path());

    // Reading the course (as every reload does) must not look like a save.
    assert!(load_course(dir.path()).is_usable());
    let marker = dir.path().join("assets").join("notes.txt");
    std::fs::create_dir_all(marker.parent().unwrap()).unwrap();
    std::fs::write(&marker, "draft").unwrap();
    let mut seen = Vec::new();
    while !seen
        .iter()
        .any(|path: &PathBuf| path.ends_with("notes.txt"))
    {
        seen.extend(next(&changes));
    }
    let course_file = dir.path().join("course.json");
    assert!(
        !seen.contains(&course_file),
        "course.json was only read, yet reported: {seen:?}"
    );

    // A save to course.json is reported, subfolders included above.
    std::fs::write(&course_file, valid_course().to_string()).unwrap();
    let mut saved = Vec::new();
    while !saved.contains(&course_file) {
        saved.extend(next(&changes));
    }
}

#[test]
fn a_path_that_is_not_a_folder_is_refused() {
    let dir = CourseDir::new(&valid_course());
    let file = dir.path().join("course.json");
    let error = FolderWatcher::new(&file, |_| {}).unwrap_err();
    assert!(matches!(error, WatchError::NotAFolder(_)));
    assert!(error.to_string().contains("is not a folder"), "{error}");
}

#[test]
fn preview_of_a_missing_folder_exits_2_with_a_reason() {
    let scratch = tempfile::tempdir().unwrap();
    let missing = scratch.path().join("no-such-course");
    let output = Command::new(env!("CARGO_BIN_EXE_fieldcourse"))
        .arg("preview")
        .arg(&missing)
        .env("XDG_DATA_HOME", scratch.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("is not a folder"), "{stderr}");
    assert!(
        stderr.contains("the one that holds course.json"),
        "{stderr}"
    );
}
