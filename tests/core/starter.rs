//! `fieldcourse new`: the starter course, and schema files met beside courses.

use crate::common::*;
use fieldcourse::course::{
    BlockKind, Code, Course, QuestionKind, SCHEMA_FILE, STARTER_LANGUAGES, Severity, StarterError,
    course_schema_text, discover, id_from_folder, load_course, pack_course, validate_translation,
    write_starter,
};
use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Output};

fn starter_in(root: &Path, name: &str, language: &str) -> Course {
    let folder = root.join(name);
    write_starter(&folder, None, language).unwrap();
    let loaded = load_course(&folder);
    assert!(
        loaded.diagnostics.is_empty(),
        "the {language} starter has problems:\n{}",
        describe(&loaded)
    );
    (*loaded.course.unwrap()).clone()
}

#[test]
fn the_starter_validates_clean_in_every_language_offered_and_in_others() {
    let root = tempfile::tempdir().unwrap();
    for language in STARTER_LANGUAGES.iter().copied().chain(["pt-BR", "de"]) {
        let course = starter_in(root.path(), &format!("course-{language}"), language);
        assert_eq!(course.language, language);
        assert_eq!(course.id, format!("course-{}", language.to_lowercase()));
        assert_eq!(course.schema.as_deref(), Some(SCHEMA_FILE));
    }
}

#[test]
fn the_starter_uses_every_block_kind_and_every_question_kind_once() {
    let root = tempfile::tempdir().unwrap();
    let course = starter_in(root.path(), "starter", "en");
    let blocks: Vec<BlockKind> = course
        .lessons()
        .flat_map(|lesson| lesson.blocks.iter().map(|block| block.kind))
        .collect();
    let block_kinds: BTreeSet<&str> = blocks.iter().map(|kind| kind.as_str()).collect();
    assert_eq!(
        block_kinds,
        BTreeSet::from(["markdown", "image", "callout", "case_study", "reflection"])
    );
    let questions: Vec<QuestionKind> = course
        .quizzes()
        .flat_map(|quiz| quiz.questions.iter().map(|question| question.kind))
        .collect();
    let question_kinds: Vec<&str> = questions.iter().map(|kind| kind.as_str()).collect();
    assert_eq!(
        question_kinds,
        [
            "single_choice",
            "multiple_choice",
            "true_false",
            "matching",
            "ordering",
            "short_answer",
            "numeric"
        ]
    );
    let folder = root.path().join("starter");
    assert!(folder.join("assets/welcome.svg").is_file());
    assert_eq!(
        std::fs::read_to_string(folder.join(SCHEMA_FILE)).unwrap(),
        course_schema_text()
    );
}

#[test]
fn each_language_is_written_in_that_language_with_the_same_ids_and_answers() {
    let root = tempfile::tempdir().unwrap();
    let english = starter_in(root.path(), "source", "en");
    let titles = [
        ("en", "My first course", "Welcome"),
        ("fr", "Mon premier cours", "Bienvenue"),
        ("es", "Mi primer curso", "Bienvenida"),
        ("ar", "دورتي الأولى", "مرحبًا"),
    ];
    for (language, title, first_lesson) in titles {
        let mut course = starter_in(root.path(), language, language);
        assert_eq!(course.title, title);
        assert_eq!(course.modules[0].lessons[0].title, first_lesson);
        // Same ids and answer keys: each is a faithful translation of the English.
        course.id = english.id.clone();
        let file = root.path().join(format!("course.{language}.json"));
        let mismatches = validate_translation(&english, &course, language, &file, &[]);
        assert!(mismatches.is_empty(), "{language}: {mismatches:?}");
    }
    // French puts a narrow no-break space before `?`, as French typography does.
    let french = starter_in(root.path(), "fr-typography", "fr");
    let prompt = &french.quizzes().next().unwrap().questions[0].prompt;
    assert!(prompt.ends_with("cours\u{202f}?"), "{prompt}");
}

#[test]
fn a_title_is_written_as_given_and_the_id_comes_from_the_folder_name() {
    let root = tempfile::tempdir().unwrap();
    let folder = root.path().join("Safe Water");
    let starter = write_starter(&folder, Some("Eau \"potable\" \\ sûre"), "fr").unwrap();
    assert_eq!(starter.id, "safe-water");
    assert!(starter.translated);
    let course = load_course(&folder).course.unwrap();
    assert_eq!(course.title, "Eau \"potable\" \\ sûre");
    assert_eq!(id_from_folder(Path::new("Écoles d'été")), "ecoles-d-ete");
    assert_eq!(id_from_folder(Path::new("---")), "my-course");
    let other = write_starter(&root.path().join("de"), None, "de").unwrap();
    assert!(!other.translated);
}

#[test]
fn a_folder_that_is_not_empty_is_refused_and_left_as_it_was() {
    let root = tempfile::tempdir().unwrap();
    let folder = root.path().join("taken");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("notes.txt"), "mine").unwrap();
    let error = write_starter(&folder, None, "en").unwrap_err();
    assert!(matches!(error, StarterError::NotEmpty { .. }), "{error:?}");
    let names: Vec<_> = std::fs::read_dir(&folder).unwrap().collect();
    assert_eq!(names.len(), 1);
    assert_eq!(
        std::fs::read_to_string(folder.join("notes.txt")).unwrap(),
        "mine"
    );
    // An empty folder is fine; a file is not a folder; a tag must be a tag.
    let empty = root.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    write_starter(&empty, None, "en").unwrap();
    let file = folder.join("notes.txt");
    assert!(matches!(
        write_starter(&file, None, "en"),
        Err(StarterError::NotAFolder { .. })
    ));
    assert!(matches!(
        write_starter(&root.path().join("x"), None, "not a tag"),
        Err(StarterError::BadLanguage { .. })
    ));
    assert!(!root.path().join("x").exists());
    assert!(matches!(
        write_starter(&root.path().join("y"), Some("  "), "en"),
        Err(StarterError::EmptyTitle)
    ));
}

#[test]
fn a_pack_of_the_starter_leaves_the_schema_and_hidden_folders_out() {
    let root = tempfile::tempdir().unwrap();
    let folder = root.path().join("starter");
    write_starter(&folder, None, "en").unwrap();
    let packed = pack_course(&folder).unwrap();
    let files: Vec<&str> = packed.manifest.files.keys().map(String::as_str).collect();
    assert_eq!(files, ["assets/welcome.svg", "course.json"]);
    assert!(packed.skipped.is_empty(), "{:?}", packed.skipped);
    // An editor's hidden folder is left out whole, with a note.
    std::fs::create_dir(folder.join(".vscode")).unwrap();
    std::fs::write(folder.join(".vscode/settings.json"), "{}").unwrap();
    let packed = pack_course(&folder).unwrap();
    assert_eq!(packed.manifest.files.len(), 2);
    assert_eq!(packed.skipped, [".vscode"]);
}

#[test]
fn a_schema_named_like_a_translation_is_named_for_what_it_is() {
    let dir = CourseDir::new(&valid_course());
    dir.write_text("course.schema.json", &course_schema_text());
    let loaded = dir.load();
    assert_eq!(loaded.diagnostics.len(), 1, "{}", describe(&loaded));
    let warning = &loaded.diagnostics[0];
    assert_eq!(warning.severity, Severity::Warning);
    assert_eq!(warning.code, Code::NotACourse);
    assert_eq!(warning.file, dir.path().join("course.schema.json"));
    assert_eq!(
        warning.message,
        "course.schema.json is a JSON Schema (the course format, for editors), not a translation: Fieldcourse does not read it"
    );
    assert_eq!(
        warning.hint.as_deref(),
        Some(
            "rename it fieldcourse.schema.json and write \"$schema\": \"fieldcourse.schema.json\" in course.json; this warning then goes away"
        )
    );
    assert!(loaded.translations.is_empty());
}

#[test]
fn a_course_file_whose_middle_is_no_language_tag_is_not_read_and_said_so() {
    let dir = CourseDir::new(&valid_course());
    dir.write_text("course.backup.json", "{}");
    let loaded = dir.load();
    assert_eq!(loaded.diagnostics.len(), 1, "{}", describe(&loaded));
    let warning = &loaded.diagnostics[0];
    assert_eq!(warning.severity, Severity::Warning);
    assert_eq!(
        warning.message,
        "course.backup.json is not read: `backup` is not a language tag, so it is not a translation"
    );
    assert_eq!(
        warning.hint.as_deref(),
        Some(
            "a translation is named course.<lang>.json with a language tag, such as course.fr.json or course.pt-BR.json; rename it, or move it out of the course folder"
        )
    );
}

#[test]
fn a_schema_in_a_folder_of_courses_is_one_clear_error_or_skipped_by_its_name() {
    let root = tempfile::tempdir().unwrap();
    write_starter(&root.path().join("starter"), None, "en").unwrap();
    std::fs::write(root.path().join(SCHEMA_FILE), course_schema_text()).unwrap();
    let found = discover(&[root.path().to_owned()]);
    assert_eq!(found.len(), 1, "{SCHEMA_FILE} is never read as a course");
    assert!(found[0].diagnostics.is_empty());

    std::fs::write(root.path().join("course.schema.json"), course_schema_text()).unwrap();
    let found = discover(&[root.path().to_owned()]);
    assert_eq!(found.len(), 2);
    let schema = found
        .iter()
        .find(|course| course.origin.ends_with("course.schema.json"))
        .unwrap();
    assert_eq!(schema.diagnostics.len(), 1, "{}", describe(schema));
    let error = &schema.diagnostics[0];
    assert_eq!(error.severity, Severity::Error);
    assert_eq!(error.code, Code::NotACourse);
    assert_eq!(
        error.message,
        "this file is a JSON Schema (the course format, for editors), not a course"
    );
    assert_eq!(
        error.hint.as_deref(),
        Some(
            "name it fieldcourse.schema.json, which Fieldcourse never reads as a course, and point \"$schema\" at it; or move it out of the folder of courses"
        )
    );
}

fn fieldcourse(current_dir: &Path, args: &[&str]) -> Output {
    let scratch = tempfile::tempdir().unwrap();
    Command::new(env!("CARGO_BIN_EXE_fieldcourse"))
        .args(args)
        .current_dir(current_dir)
        .env("XDG_DATA_HOME", scratch.path())
        .env_remove("FIELDCOURSE_DATA_DIR")
        .output()
        .unwrap()
}

#[test]
fn fieldcourse_new_writes_the_starter_and_says_what_to_do_next() {
    let root = tempfile::tempdir().unwrap();
    let output = fieldcourse(root.path(), &["new", "safe water", "--language", "fr"]);
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8(output.stdout).unwrap();
    assert_eq!(
        text,
        "wrote a starter course into safe water (id `safe-water`, language `fr`):\n\
         \x20 safe water/course.json              the course: rewrite it\n\
         \x20 safe water/assets/welcome.svg       the first lesson's picture: put yours beside it\n\
         \x20 safe water/fieldcourse.schema.json  the course format, for your editor's completion and checks\n\
         next: check it with  fieldcourse validate 'safe water'\n\
         \x20     read it with   fieldcourse preview 'safe water'\n\
         \x20     (course.json starts with \"$schema\": \"fieldcourse.schema.json\": keep that file beside it; see \"Your tools\" in the authoring guide)\n"
    );
    let validated = fieldcourse(root.path(), &["validate", "safe water"]);
    assert_eq!(
        String::from_utf8(validated.stdout).unwrap(),
        "safe water: ok, no problems\nchecked 1 course: ok, no problems\n"
    );

    let other = fieldcourse(root.path(), &["new", "kurs", "--language", "de"]);
    assert_eq!(other.status.code(), Some(0));
    assert!(String::from_utf8(other.stdout).unwrap().contains(
        "note: the starter's texts exist in en, fr, es, ar only: these are in English, with `language` set to `de`; write yours in that language\n"
    ));
}

#[test]
fn fieldcourse_new_refuses_a_folder_that_is_not_empty_with_exit_2() {
    let root = tempfile::tempdir().unwrap();
    std::fs::create_dir(root.path().join("taken")).unwrap();
    std::fs::write(root.path().join("taken/course.json"), "{}").unwrap();
    let output = fieldcourse(root.path(), &["new", "taken"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(output.stderr).unwrap(),
        "error: taken already exists and is not empty; nothing was written\n\
         \x20 = help: give the name of a new folder (it is created), such as `fieldcourse new safe-water`\n"
    );
    assert_eq!(
        std::fs::read_to_string(root.path().join("taken/course.json")).unwrap(),
        "{}"
    );
    let bad = fieldcourse(root.path(), &["new", "x", "--language", "english"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        String::from_utf8(bad.stderr)
            .unwrap()
            .starts_with("error: `english` is not a language tag; nothing was written\n")
    );
}
