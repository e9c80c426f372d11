//! One test per validator rule: a bad example, and the path and message it gets.

use crate::common::*;
use fieldcourse::course::{Code, Location, Severity, discover, load_course};
use serde_json::json;

#[test]
fn the_sample_course_is_clean() {
    let loaded = load(&valid_course());
    assert!(loaded.diagnostics.is_empty(), "{}", describe(&loaded));
    assert!(loaded.is_usable());
    let course = loaded.course.unwrap();
    assert_eq!(course.lesson_count(), 1);
    assert_eq!(course.quizzes().count(), 2);
}

#[test]
fn a_syntax_error_names_line_and_column() {
    let dir = CourseDir::new(&valid_course());
    dir.write_text(
        "course.json",
        "{\n  \"format\": \"fieldcourse/1\"\n  \"id\": \"x\"\n}",
    );
    let loaded = dir.load();
    let diagnostic = find(&loaded, Code::Syntax, "");
    assert_eq!(diagnostic.location, Some(Location { line: 3, column: 3 }));
    assert!(
        diagnostic.message.contains("expected `,` or `}`"),
        "{}",
        diagnostic.message
    );
    assert!(
        diagnostic
            .hint
            .as_deref()
            .unwrap()
            .contains("missing comma")
    );
    assert!(!loaded.is_usable());
}

#[test]
fn a_truncated_file_says_it_ends_too_early() {
    let dir = CourseDir::new(&valid_course());
    dir.write_text(
        "course.json",
        "{\"format\": \"fieldcourse/1\", \"modules\": [",
    );
    let loaded = dir.load();
    let diagnostic = find(&loaded, Code::Syntax, "");
    assert!(
        diagnostic
            .hint
            .as_deref()
            .unwrap()
            .contains("ends too early")
    );
}

#[test]
fn a_wrong_type_names_what_was_expected() {
    let mut course = valid_course();
    set(&mut course, "/estimated_minutes", json!("twenty"));
    let loaded = load(&course);
    let diagnostic = find(&loaded, Code::Type, "/estimated_minutes");
    assert_eq!(
        diagnostic.message,
        "expected an integer here, found a string"
    );
    assert!(diagnostic.location.is_some());
}

#[test]
fn an_unknown_field_suggests_the_right_name() {
    let mut course = valid_course();
    let title = course.pointer("/modules/0/title").cloned().unwrap();
    remove(&mut course, "/modules/0/title");
    set(&mut course, "/modules/0/titel", title);
    let loaded = load(&course);
    let unknown = find(&loaded, Code::UnknownField, "/modules/0/titel");
    assert_eq!(unknown.message, "unknown field `titel`");
    assert_eq!(unknown.hint.as_deref(), Some("did you mean `title`?"));
    // The key itself is pointed at, so the caret lands on the typo.
    assert!(unknown.location.is_some());
    // The same pass also reports the field that is now missing.
    let missing = find(&loaded, Code::MissingField, "/modules/0");
    assert_eq!(missing.message, "missing required field `title`");
}

#[test]
fn every_structural_problem_is_reported_in_one_pass() {
    let mut course = valid_course();
    set(&mut course, "/modules/0/lessons/0/colour", json!("red"));
    set(&mut course, "/modules/0/quiz/pass_mark", json!("high"));
    set(&mut course, "/modules/0/quiz/feedback", json!("imediate"));
    let loaded = load(&course);
    find(&loaded, Code::UnknownField, "/modules/0/lessons/0/colour");
    find(&loaded, Code::Type, "/modules/0/quiz/pass_mark");
    let value = find(&loaded, Code::InvalidValue, "/modules/0/quiz/feedback");
    assert_eq!(value.hint.as_deref(), Some("did you mean `immediate`?"));
    assert_eq!(loaded.error_count(), 3, "{}", describe(&loaded));
}

#[test]
fn a_missing_required_field_is_named_with_its_meaning() {
    let mut course = valid_course();
    remove(&mut course, "/modules/0/lessons/0/blocks");
    let loaded = load(&course);
    let diagnostic = find(&loaded, Code::MissingField, "/modules/0/lessons/0");
    assert_eq!(diagnostic.message, "missing required field `blocks`");
    assert!(
        diagnostic
            .hint
            .as_deref()
            .unwrap()
            .contains("The lesson content")
    );
}

#[test]
fn a_duplicate_id_points_at_its_first_use() {
    let mut course = valid_course();
    set(&mut course, "/modules/0/lessons/0/id", json!("module-one"));
    let loaded = load(&course);
    let diagnostic = find(&loaded, Code::DuplicateId, "/modules/0/lessons/0/id");
    assert!(
        diagnostic.message.ends_with(" (module 1)")
            && diagnostic.message.contains("first used at course.json:"),
        "{}",
        diagnostic.message
    );
}

#[test]
fn option_ids_share_the_course_namespace() {
    let mut course = valid_course();
    set(
        &mut course,
        "/modules/0/quiz/questions/1/options/0/id",
        json!("q-single-a"),
    );
    let loaded = load(&course);
    find(
        &loaded,
        Code::DuplicateId,
        "/modules/0/quiz/questions/1/options/0/id",
    );
}

#[test]
fn a_malformed_id_gets_a_well_formed_suggestion() {
    let mut course = valid_course();
    set(&mut course, "/modules/0/lessons/0/id", json!("Lesson One"));
    let loaded = load(&course);
    let diagnostic = find(&loaded, Code::MalformedId, "/modules/0/lessons/0/id");
    assert_eq!(diagnostic.message, "`Lesson One` is not a valid id");
    assert!(diagnostic.hint.as_deref().unwrap().contains("`lesson-one`"));
}

#[test]
fn empty_titles_and_prompts_are_errors() {
    let mut course = valid_course();
    set(&mut course, "/modules/0/title", json!("   "));
    set(&mut course, "/modules/0/quiz/questions/2/prompt", json!(""));
    let loaded = load(&course);
    assert_eq!(
        find(&loaded, Code::EmptyText, "/modules/0/title").message,
        "the module title is empty"
    );
    assert_eq!(
        find(
            &loaded,
            Code::EmptyText,
            "/modules/0/quiz/questions/2/prompt"
        )
        .message,
        "the question prompt is empty"
    );
}

#[test]
fn single_choice_needs_exactly_one_correct_option() {
    let mut course = valid_course();
    set(
        &mut course,
        "/modules/0/quiz/questions/0/options/1/correct",
        json!(true),
    );
    let loaded = load(&course);
    let diagnostic = find(
        &loaded,
        Code::AnswerKey,
        "/modules/0/quiz/questions/0/options",
    );
    assert!(
        diagnostic
            .message
            .contains("exactly one correct option, and this one has 2")
    );

    let mut none = valid_course();
    set(
        &mut none,
        "/modules/0/quiz/questions/0/options/0/correct",
        json!(false),
    );
    let loaded = load(&none);
    let diagnostic = find(
        &loaded,
        Code::AnswerKey,
        "/modules/0/quiz/questions/0/options",
    );
    assert!(
        diagnostic
            .hint
            .as_deref()
            .unwrap()
            .contains("\"correct\": true")
    );
}

#[test]
fn multiple_choice_needs_a_correct_option() {
    let mut course = valid_course();
    set(
        &mut course,
        "/modules/0/quiz/questions/1/options/0/correct",
        json!(false),
    );
    set(
        &mut course,
        "/modules/0/quiz/questions/1/options/1/correct",
        json!(false),
    );
    let loaded = load(&course);
    let diagnostic = find(
        &loaded,
        Code::AnswerKey,
        "/modules/0/quiz/questions/1/options",
    );
    assert_eq!(
        diagnostic.message,
        "a multiple_choice question needs at least one correct option"
    );
}

#[test]
fn matching_and_ordering_need_two_items() {
    let mut course = valid_course();
    remove(&mut course, "/modules/0/quiz/questions/3/pairs/1");
    remove(&mut course, "/modules/0/quiz/questions/4/items/1");
    let loaded = load(&course);
    let pairs = find(
        &loaded,
        Code::AnswerKey,
        "/modules/0/quiz/questions/3/pairs",
    );
    assert_eq!(
        pairs.message,
        "this question has 1 pairs; it needs at least two"
    );
    find(
        &loaded,
        Code::AnswerKey,
        "/modules/0/quiz/questions/4/items",
    );
}

#[test]
fn matching_right_items_must_differ() {
    let mut course = valid_course();
    set(
        &mut course,
        "/modules/0/quiz/questions/3/pairs/1/right",
        json!("one"),
    );
    let loaded = load(&course);
    find(
        &loaded,
        Code::AnswerKey,
        "/modules/0/quiz/questions/3/pairs/1/right",
    );
}

#[test]
fn a_draw_larger_than_the_pool_is_refused() {
    let mut course = valid_course();
    set(&mut course, "/modules/0/quiz/draw", json!(9));
    let loaded = load(&course);
    let diagnostic = find(&loaded, Code::QuizSettings, "/modules/0/quiz/draw");
    assert_eq!(
        diagnostic.message,
        "`draw` asks for 9 questions, but the pool has only 7"
    );
}

#[test]
fn a_pass_mark_outside_zero_to_one_is_refused() {
    for bad in [1.5, -0.1] {
        let mut course = valid_course();
        set(&mut course, "/modules/0/quiz/pass_mark", json!(bad));
        let loaded = load(&course);
        let diagnostic = find(&loaded, Code::QuizSettings, "/modules/0/quiz/pass_mark");
        assert!(diagnostic.message.contains("must be between 0 and 1"));
        assert!(
            diagnostic
                .hint
                .as_deref()
                .unwrap()
                .contains("0.7 means 70%")
        );
    }
}

#[test]
fn a_missing_asset_suggests_a_similar_file() {
    let mut course = valid_course();
    set(
        &mut course,
        "/modules/0/lessons/0/blocks/1/src",
        json!("assets/pictures.svg"),
    );
    let loaded = load(&course);
    let diagnostic = find(&loaded, Code::Asset, "/modules/0/lessons/0/blocks/1/src");
    assert_eq!(diagnostic.message, "`assets/pictures.svg` does not exist");
    assert!(
        diagnostic
            .hint
            .as_deref()
            .unwrap()
            .contains("`assets/picture.svg`")
    );
}

#[test]
fn asset_paths_may_not_leave_the_course_folder() {
    for bad in [
        "../outside.svg",
        "/etc/outside.svg",
        "assets/../../outside.svg",
    ] {
        let mut course = valid_course();
        set(&mut course, "/modules/0/lessons/0/blocks/1/src", json!(bad));
        let loaded = load(&course);
        let diagnostic = find(&loaded, Code::Asset, "/modules/0/lessons/0/blocks/1/src");
        assert!(
            diagnostic
                .message
                .contains("points outside the course folder"),
            "{bad}: {}",
            diagnostic.message
        );
    }
}

#[cfg(unix)]
#[test]
fn a_symlink_out_of_the_course_folder_is_refused() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.svg"), "<svg/>").unwrap();
    let mut course = valid_course();
    set(
        &mut course,
        "/modules/0/lessons/0/blocks/1/src",
        json!("assets/link.svg"),
    );
    let dir = CourseDir::new(&course);
    std::os::unix::fs::symlink(
        outside.path().join("secret.svg"),
        dir.path().join("assets/link.svg"),
    )
    .unwrap();
    let loaded = dir.load();
    let diagnostic = find(&loaded, Code::Asset, "/modules/0/lessons/0/blocks/1/src");
    assert!(diagnostic.message.contains("is a link to a file outside"));
}

#[test]
fn images_must_be_png_jpeg_or_svg() {
    let mut course = valid_course();
    set(
        &mut course,
        "/modules/0/lessons/0/blocks/1/src",
        json!("assets/picture.gif"),
    );
    let loaded = load(&course);
    let diagnostic = find(&loaded, Code::Asset, "/modules/0/lessons/0/blocks/1/src");
    assert!(diagnostic.message.contains("not a PNG, JPEG or SVG image"));
}

#[test]
fn a_certificate_issuer_must_be_a_did_key() {
    let mut course = valid_course();
    set(
        &mut course,
        "/certificate/issuer",
        json!("Ministry of Health"),
    );
    let loaded = load(&course);
    find(&loaded, Code::InvalidValue, "/certificate/issuer");
}

#[test]
fn a_certificate_logo_must_be_an_image() {
    let mut course = valid_course();
    set(&mut course, "/certificate/logo", json!("course.json"));
    let loaded = load(&course);
    let diagnostic = find(&loaded, Code::Asset, "/certificate/logo");
    assert!(diagnostic.message.contains("not a PNG, JPEG or SVG image"));
}

#[test]
fn an_image_without_alt_text_is_an_error() {
    let mut course = valid_course();
    remove(&mut course, "/modules/0/lessons/0/blocks/1/alt");
    set(
        &mut course,
        "/modules/0/quiz/questions/0/image",
        json!({"src": "assets/picture.svg", "alt": " "}),
    );
    let loaded = load(&course);
    let block = find(
        &loaded,
        Code::MissingAlt,
        "/modules/0/lessons/0/blocks/1/alt",
    );
    assert_eq!(block.message, "this image has no alt text");
    find(
        &loaded,
        Code::MissingAlt,
        "/modules/0/quiz/questions/0/image/alt",
    );
}

#[test]
fn a_field_the_kind_does_not_use_is_a_warning() {
    let mut course = valid_course();
    set(
        &mut course,
        "/modules/0/lessons/0/blocks/0/caption",
        json!("stray"),
    );
    set(
        &mut course,
        "/modules/0/quiz/questions/2/options",
        json!([]),
    );
    let loaded = load(&course);
    let block = find(
        &loaded,
        Code::UnusedField,
        "/modules/0/lessons/0/blocks/0/caption",
    );
    assert_eq!(block.severity, Severity::Warning);
    assert!(block.message.contains("not used by a `markdown block`"));
    find(
        &loaded,
        Code::UnusedField,
        "/modules/0/quiz/questions/2/options",
    );
    assert!(loaded.is_usable(), "warnings do not stop a course");
}

#[test]
fn each_kind_needs_its_own_fields() {
    let mut course = valid_course();
    remove(&mut course, "/modules/0/quiz/questions/2/answer");
    remove(&mut course, "/modules/0/quiz/questions/6/value");
    remove(&mut course, "/modules/0/lessons/0/blocks/2/style");
    let loaded = load(&course);
    let answer = find(&loaded, Code::MissingField, "/modules/0/quiz/questions/2");
    assert_eq!(
        answer.message,
        "a true/false question needs `\"answer\": true` or `\"answer\": false`"
    );
    let numeric = find(&loaded, Code::MissingField, "/modules/0/quiz/questions/6");
    assert!(
        numeric
            .message
            .contains("needs `value` or both `min` and `max`")
    );
    find(&loaded, Code::MissingField, "/modules/0/lessons/0/blocks/2");
}

#[test]
fn a_newer_format_asks_for_a_newer_fieldcourse_and_nothing_else() {
    let mut course = valid_course();
    set(&mut course, "/format", json!("fieldcourse/2"));
    set(&mut course, "/hologram", json!({"kind": "3d"}));
    let loaded = load(&course);
    assert_eq!(loaded.diagnostics.len(), 1, "{}", describe(&loaded));
    let diagnostic = find(&loaded, Code::NewerFormat, "/format");
    assert!(diagnostic.message.contains("needs a newer Fieldcourse"));
}

#[test]
fn an_unknown_format_is_refused() {
    let mut course = valid_course();
    set(&mut course, "/format", json!("moodle/3"));
    let loaded = load(&course);
    find(&loaded, Code::InvalidValue, "/format");
}

#[test]
fn version_and_language_must_be_well_formed() {
    let mut course = valid_course();
    set(&mut course, "/version", json!("one"));
    set(&mut course, "/language", json!("english language"));
    let loaded = load(&course);
    find(&loaded, Code::InvalidValue, "/version");
    find(&loaded, Code::InvalidValue, "/language");
}

#[test]
fn completion_rules_must_name_real_ids() {
    let mut course = valid_course();
    set(
        &mut course,
        "/completion",
        json!({"lessons": ["lesson-one", "lesson-two"], "quizzes": ["lesson-one"]}),
    );
    let loaded = load(&course);
    find(&loaded, Code::Completion, "/completion/lessons/1");
    find(&loaded, Code::Completion, "/completion/quizzes/0");
}

#[test]
fn a_lesson_without_blocks_is_a_warning() {
    let mut course = valid_course();
    set(&mut course, "/modules/0/lessons/0/blocks", json!([]));
    let loaded = load(&course);
    let diagnostic = find(&loaded, Code::EmptyLesson, "/modules/0/lessons/0/blocks");
    assert_eq!(diagnostic.severity, Severity::Warning);
}

#[test]
fn a_quiz_without_explanations_is_a_warning() {
    let mut course = valid_course();
    remove(&mut course, "/final_assessment/questions/0/explanation");
    let loaded = load(&course);
    let diagnostic = find(&loaded, Code::NoExplanations, "/final_assessment/questions");
    assert_eq!(diagnostic.severity, Severity::Warning);
    assert!(loaded.is_usable());
}

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

#[test]
fn a_file_over_64_mib_is_refused_unread() {
    let dir = CourseDir::new(&valid_course());
    let file = std::fs::File::create(dir.path().join("course.json")).unwrap();
    file.set_len(65 * 1024 * 1024).unwrap();
    let loaded = dir.load();
    let diagnostic = find(&loaded, Code::TooLarge, "");
    assert!(diagnostic.message.contains("at most 64 MiB"));
}

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

#[test]
fn the_xapi_activity_base_must_be_an_absolute_iri() {
    let mut course = valid_course();
    course["xapi"] = json!({"activity_base": "training/xapi/"});
    let loaded = load(&course);
    let diagnostic = find(&loaded, Code::InvalidValue, "/xapi/activity_base");
    assert!(diagnostic.message.contains("not an absolute IRI"));
    course["xapi"] = json!({"activity_base": "https://training.example.org/xapi/é/"});
    let loaded = load(&course);
    assert!(loaded.diagnostics.is_empty(), "{}", describe(&loaded));
}
