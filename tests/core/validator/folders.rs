//! Finding courses: a folder without course.json, a lone JSON file, a broken
//! course among good ones, and the same course twice.

use crate::common::*;
use fieldcourse::course::{Code, discover, load_course};
use serde_json::json;

#[test]
fn a_folder_without_course_json_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let loaded = load_course(dir.path());
    find(&loaded, Code::NotACourse, "");
}

#[test]
fn a_lone_json_file_is_a_course() {
    let dir = tempfile::tempdir().unwrap();
    let mut course = valid_course();
    set(
        &mut course,
        "/modules/0/lessons/0/blocks/1",
        json!({"kind": "markdown", "text": "No picture."}),
    );
    let file = dir.path().join("single.json");
    std::fs::write(&file, serde_json::to_vec(&course).unwrap()).unwrap();
    let loaded = load_course(&file);
    assert!(loaded.is_usable(), "{}", describe(&loaded));
}

#[test]
fn one_broken_course_does_not_hide_the_others() {
    let root = tempfile::tempdir().unwrap();
    let good = CourseDir::new(&valid_course());
    let mut broken = valid_course();
    set(&mut broken, "/id", json!("broken"));
    set(&mut broken, "/modules/0/quiz/draw", json!(99));
    let broken = CourseDir::new(&broken);
    for (name, dir) in [("a-good", &good), ("b-broken", &broken)] {
        let target = root.path().join(name);
        std::fs::create_dir_all(target.join("assets")).unwrap();
        for file in ["course.json", "assets/picture.svg"] {
            std::fs::copy(dir.path().join(file), target.join(file)).unwrap();
        }
    }
    std::fs::write(root.path().join("c-garbage.json"), b"\xff\xfe not json").unwrap();
    let courses = discover(&[root.path().to_owned()]);
    assert_eq!(courses.len(), 3);
    assert!(courses[0].is_usable());
    assert!(!courses[1].is_usable());
    assert_eq!(courses[1].display_name(), "Sample course");
    assert!(!courses[2].is_usable());
    assert_eq!(courses[2].display_name(), "c-garbage.json");
}

#[test]
fn the_same_course_twice_is_flagged() {
    let root = tempfile::tempdir().unwrap();
    for name in ["first.json", "second.json"] {
        let mut course = valid_course();
        set(
            &mut course,
            "/modules/0/lessons/0/blocks/1",
            json!({"kind": "markdown", "text": "x"}),
        );
        std::fs::write(root.path().join(name), serde_json::to_vec(&course).unwrap()).unwrap();
    }
    let courses = discover(&[root.path().to_owned()]);
    assert!(courses[0].diagnostics.is_empty());
    find(&courses[1], Code::DuplicateId, "/id");
}
