//! The library index: the cards it gives match a full parse, and it follows
//! the course folders (a changed, deleted, broken or newly translated course).

use crate::common::{set, valid_course};
use fieldcourse::course::{
    Code, INDEX_FILE, cards_of, discover, load_course_in, read_index, refresh_index,
};
use serde_json::{Value, json};
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};
use tempfile::TempDir;

/// A bundled folder and an installed folder of courses, and a data folder for the index.
struct Library {
    root: TempDir,
}

impl Library {
    fn new() -> Self {
        let root = tempfile::tempdir().unwrap();
        for folder in ["bundled", "installed", "data"] {
            fs::create_dir(root.path().join(folder)).unwrap();
        }
        Self { root }
    }

    fn folders(&self) -> Vec<PathBuf> {
        vec![
            self.root.path().join("bundled"),
            self.root.path().join("installed"),
        ]
    }

    fn index_file(&self) -> PathBuf {
        self.root.path().join("data").join(INDEX_FILE)
    }

    /// Writes `course` as `folder/name/course.json` with the picture it shows.
    fn write(&self, folder: &str, name: &str, course: &Value) -> PathBuf {
        let dir = self.root.path().join(folder).join(name);
        fs::create_dir_all(dir.join("assets")).unwrap();
        fs::write(
            dir.join("assets/picture.svg"),
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>"#,
        )
        .unwrap();
        write_json(&dir.join("course.json"), course);
        dir
    }
}

/// Writes `value` to `file`, dated a minute after the file it replaces, so the
/// change shows in the stamp even on a file system with coarse times.
fn write_json(file: &Path, value: &Value) {
    let later = fs::metadata(file)
        .and_then(|metadata| metadata.modified())
        .map(|time| time + Duration::from_secs(60))
        .unwrap_or_else(|_| SystemTime::now());
    fs::write(file, serde_json::to_vec_pretty(value).unwrap()).unwrap();
    let handle = fs::File::options().write(true).open(file).unwrap();
    handle.set_modified(later).unwrap();
}

fn course(id: &str, title: &str) -> Value {
    let mut course = valid_course();
    set(&mut course, "/id", json!(id));
    set(&mut course, "/title", json!(title));
    course
}

fn titles(cards: &[fieldcourse::course::CourseCard]) -> Vec<String> {
    cards.iter().map(|card| card.display_name()).collect()
}

#[test]
fn the_index_shows_the_same_cards_as_a_full_parse() {
    let library = Library::new();
    library.write("bundled", "alpha", &course("alpha", "Alpha"));
    library.write("bundled", "beta", &course("beta", "Beta (bundled)"));
    // Installed later with the id of a bundled course: it takes that card's place.
    library.write("installed", "beta-2", &course("beta", "Beta (installed)"));
    // Two courses with one id in one folder: both shown, the second flagged.
    library.write("installed", "gamma", &course("gamma", "Gamma"));
    library.write("installed", "gamma-copy", &course("gamma", "Gamma again"));
    let broken = library.root.path().join("installed/broken");
    fs::create_dir(&broken).unwrap();
    fs::write(broken.join("course.json"), "{ \"id\": ").unwrap();

    let full = cards_of(&discover(&library.folders()));
    let built = refresh_index(&library.index_file(), &library.folders());
    assert_eq!(built, full, "building the index");
    assert_eq!(
        titles(&built),
        [
            "Alpha",
            "Beta (installed)",
            "broken",
            "Gamma",
            "Gamma again"
        ]
    );
    assert!(
        built[4]
            .diagnostics
            .iter()
            .any(|d| d.code == Code::DuplicateId)
    );
    let cached = read_index(&library.index_file(), &library.folders());
    assert!(!cached.stale, "nothing changed since the index was saved");
    assert_eq!(cached.cards, full, "reading the index");
}

#[test]
fn a_course_changed_on_disk_is_read_again() {
    let library = Library::new();
    let folder = library.write("bundled", "alpha", &course("alpha", "Alpha"));
    refresh_index(&library.index_file(), &library.folders());
    write_json(
        &folder.join("course.json"),
        &course("alpha", "Alpha, second edition"),
    );

    let cached = read_index(&library.index_file(), &library.folders());
    assert!(cached.stale, "the stamp shows the change");
    assert_eq!(
        titles(&cached.cards),
        ["Alpha"],
        "the old card until refreshed"
    );
    let cards = refresh_index(&library.index_file(), &library.folders());
    assert_eq!(titles(&cards), ["Alpha, second edition"]);
    let cached = read_index(&library.index_file(), &library.folders());
    assert!(!cached.stale);
    assert_eq!(cached.cards, cards);
}

#[test]
fn a_deleted_course_leaves_the_library() {
    let library = Library::new();
    library.write("bundled", "alpha", &course("alpha", "Alpha"));
    let beta = library.write("installed", "beta", &course("beta", "Beta"));
    refresh_index(&library.index_file(), &library.folders());
    fs::remove_dir_all(beta).unwrap();

    let cached = read_index(&library.index_file(), &library.folders());
    assert_eq!(titles(&cached.cards), ["Alpha"]);
    assert!(cached.stale, "the index still lists the deleted course");
    assert_eq!(
        titles(&refresh_index(&library.index_file(), &library.folders())),
        ["Alpha"]
    );
    let index = fs::read_to_string(library.index_file()).unwrap();
    assert!(!index.contains("\"beta\""), "the index forgot it: {index}");
    assert!(!read_index(&library.index_file(), &library.folders()).stale);
}

#[test]
fn a_course_broken_on_disk_shows_its_problems_from_the_index() {
    let library = Library::new();
    let folder = library.write("bundled", "alpha", &course("alpha", "Alpha"));
    refresh_index(&library.index_file(), &library.folders());
    let mut broken = course("alpha", "Alpha");
    set(&mut broken, "/modules/0/lessons/0/blocks", json!([]));
    set(&mut broken, "/modules/0/quiz/draw", json!(99));
    write_json(&folder.join("course.json"), &broken);

    let cards = refresh_index(&library.index_file(), &library.folders());
    assert!(
        !cards[0].is_usable(),
        "a draw larger than the pool is an error"
    );
    assert!(cards[0].error_count() >= 1);
    let cached = read_index(&library.index_file(), &library.folders());
    assert!(!cached.stale);
    assert_eq!(cached.cards, cards, "its problems are kept in the index");
    assert_eq!(cached.cards[0].diagnostics, cards[0].diagnostics);
}

#[test]
fn a_new_translation_is_picked_up_and_opening_reads_only_the_languages_in_use() {
    let library = Library::new();
    let folder = library.write("bundled", "alpha", &course("alpha", "Alpha"));
    refresh_index(&library.index_file(), &library.folders());
    for (language, title) in [("fr", "Alpha en français"), ("es", "Alpha en español")] {
        let mut translation = course("alpha", title);
        set(&mut translation, "/language", json!(language));
        write_json(
            &folder.join(format!("course.{language}.json")),
            &translation,
        );
    }

    assert!(read_index(&library.index_file(), &library.folders()).stale);
    let cards = refresh_index(&library.index_file(), &library.folders());
    assert_eq!(cards[0].languages(), ["en", "es", "fr"]);
    assert_eq!(
        cards[0].in_language("fr-CA").unwrap().title,
        "Alpha en français"
    );
    assert_eq!(cards[0].in_language("ar").unwrap().title, "Alpha");

    let opened = load_course_in(&folder, &["fr-CA".to_owned()]);
    assert!(opened.is_usable());
    assert_eq!(opened.languages(), ["en", "fr"], "Spanish is not read");
    assert_eq!(opened.in_language("fr").unwrap().title, "Alpha en français");
}

#[test]
fn a_damaged_index_is_rebuilt() {
    let library = Library::new();
    library.write("bundled", "alpha", &course("alpha", "Alpha"));
    fs::write(library.index_file(), "{ not an index").unwrap();

    let cached = read_index(&library.index_file(), &library.folders());
    assert!(cached.stale && cached.cards.is_empty());
    let cards = refresh_index(&library.index_file(), &library.folders());
    assert_eq!(titles(&cards), ["Alpha"]);
    assert_eq!(
        read_index(&library.index_file(), &library.folders()).cards,
        cards
    );
}
