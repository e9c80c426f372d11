//! Translations: the same ids and answer key as course.json, a file name that
//! matches the language, and the course shown in the learner's language.

use crate::common::*;
use fieldcourse::course::Code;
use serde_json::json;

#[test]
fn a_translation_keeps_ids_and_answer_key() {
    let dir = CourseDir::new(&valid_course());
    let mut french = valid_course();
    set(&mut french, "/language", json!("fr"));
    set(&mut french, "/title", json!("Cours d'exemple"));
    dir.write("course.fr.json", &french);
    let loaded = dir.load();
    assert!(loaded.diagnostics.is_empty(), "{}", describe(&loaded));
    assert_eq!(loaded.languages(), ["en", "fr"]);

    let mut renamed = french.clone();
    set(&mut renamed, "/modules/0/lessons/0/id", json!("lecon-un"));
    dir.write("course.fr.json", &renamed);
    let loaded = dir.load();
    let diagnostic = find(&loaded, Code::Translation, "/modules/0/lessons/0/id");
    assert!(diagnostic.file.ends_with("course.fr.json"));
    assert!(
        diagnostic
            .message
            .contains("`lecon-un` here but `lesson-one` in course.json")
    );
    assert!(diagnostic.location.is_some());

    let mut rekeyed = french.clone();
    set(
        &mut rekeyed,
        "/modules/0/quiz/questions/0/options/1/correct",
        json!(true),
    );
    set(
        &mut rekeyed,
        "/modules/0/quiz/questions/0/options/0/correct",
        json!(false),
    );
    dir.write("course.fr.json", &rekeyed);
    let loaded = dir.load();
    find(&loaded, Code::Translation, "/modules/0/quiz/questions/0");
}

#[test]
fn a_course_is_shown_in_the_learners_language_when_translated() {
    let dir = CourseDir::new(&valid_course());
    let mut french = valid_course();
    set(&mut french, "/language", json!("fr"));
    set(&mut french, "/title", json!("Cours d'exemple"));
    dir.write("course.fr.json", &french);
    let loaded = dir.load();
    assert_eq!(
        loaded.in_language("fr-CA").unwrap().title,
        "Cours d'exemple"
    );
    assert_eq!(loaded.in_language("ar").unwrap().title, "Sample course");
}

#[test]
fn a_translation_file_name_matches_its_language() {
    let dir = CourseDir::new(&valid_course());
    let mut spanish = valid_course();
    set(&mut spanish, "/language", json!("fr"));
    dir.write("course.es.json", &spanish);
    let loaded = dir.load();
    find(&loaded, Code::Translation, "/language");
}
