//! The courses that ship with the app.

use fieldcourse::course::discover;
use std::path::Path;

#[test]
fn every_bundled_course_validates_without_errors_or_warnings() {
    let courses = discover(&[Path::new(env!("CARGO_MANIFEST_DIR")).join("courses")]);
    assert!(!courses.is_empty(), "courses/ holds no course");
    for course in &courses {
        assert!(
            course.is_usable(),
            "{} does not load",
            course.origin.display()
        );
        assert!(
            crate::common::besides_item_writing(course).is_empty(),
            "{}:\n{}",
            course.origin.display(),
            crate::common::describe(course)
        );
    }
}

#[test]
fn the_authoring_tour_uses_every_block_and_question_kind() {
    use fieldcourse::course::{BlockKind, QuestionKind, load_course};
    use std::collections::HashSet;
    let loaded = load_course(&Path::new(env!("CARGO_MANIFEST_DIR")).join("courses/authoring-tour"));
    assert!(
        loaded.diagnostics.is_empty(),
        "the tour teaches good questions, item-writing checks included:\n{}",
        crate::common::describe(&loaded)
    );
    let course = loaded.course.expect("the authoring tour loads");
    let blocks: HashSet<BlockKind> = course
        .lessons()
        .flat_map(|l| l.blocks.iter().map(|b| b.kind))
        .collect();
    assert_eq!(blocks.len(), 5, "{blocks:?}");
    let questions: HashSet<QuestionKind> = course
        .quizzes()
        .flat_map(|q| q.questions.iter().map(|q| q.kind))
        .collect();
    assert_eq!(questions.len(), 7, "{questions:?}");
    assert!(
        !loaded.translations.is_empty(),
        "the tour has a translation"
    );
}
