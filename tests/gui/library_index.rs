//! The library drawn from its index, as the app's own tasks read and refresh
//! it, and a course opened from an indexed card.

use fieldcourse::course::{Cached, read_index};
use fieldcourse::gui::app::{App, Message, Screen};
use fieldcourse::gui::screen::library;
use fieldcourse::i18n::Language;
use serde_json::{Value, json};
use std::path::Path;

use crate::common::{add_learner, paths_for, simulator};
use crate::tasks;

fn course(title: &str) -> Value {
    json!({
        "format": "fieldcourse/1", "id": "indexed", "version": "1.0.0", "language": "en",
        "title": title, "summary": "What this course teaches.", "publisher": "Test Publisher",
        "estimated_minutes": 45,
        "modules": [{"id": "m", "title": "The only module", "lessons": [
            {"id": "l1", "title": "Lesson one", "blocks": [{"kind": "markdown", "text": "Hello"}]},
            {"id": "l2", "title": "Lesson two", "blocks": [{"kind": "markdown", "text": "Again"}]}
        ]}]
    })
}

fn write_course(folder: &Path, title: &str) {
    let dir = folder.join("indexed");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("course.json"), course(title).to_string()).unwrap();
}

/// Starts the app on `folder` and runs its tasks as the runtime would, until
/// none is left; returns the app and how the library index was found.
fn start_and_run(folder: &Path) -> (App, Vec<Cached>) {
    let (mut app, task) = App::with_language(&paths_for(folder), Language::from_tag("en").unwrap());
    let mut pending = tasks::run(task);
    let mut cached = Vec::new();
    while let Some(message) = pending.pop() {
        if let Message::Library(library::Message::Cached(found)) = &message {
            cached.push(found.clone());
        }
        pending.extend(tasks::run(app.update(message)));
    }
    (app, cached)
}

#[test]
fn a_course_opens_from_the_indexed_library_on_its_overview() {
    let root = tempfile::tempdir().unwrap();
    write_course(root.path(), "Indexed course");
    add_learner(root.path(), "Amina Diallo", "en");

    // First start: no index yet; the library builds it in the background.
    let (app, cached) = start_and_run(root.path());
    assert_eq!(cached.len(), 1, "the index was read once");
    assert!(cached[0].stale && cached[0].cards.is_empty());
    assert!(simulator(&app).find("Indexed course").is_ok());
    drop(app);

    // Second start: the cards come from the index, nothing changed on disk.
    let (mut app, cached) = start_and_run(root.path());
    assert!(!cached[0].stale, "the index is up to date");
    assert_eq!(cached[0].cards[0].display_name(), "Indexed course");
    let mut ui = simulator(&app);
    assert!(ui.find("Indexed course").is_ok());
    assert!(ui.find("2 lessons").is_ok());
    drop(ui);

    crate::common::click(&mut app, "open-course-0");
    let Screen::Course(state) = app.screen() else {
        panic!("the overview opens from an indexed card")
    };
    assert_eq!(state.course().title, "Indexed course");
    let mut ui = simulator(&app);
    assert!(ui.find("Module 1: The only module").is_ok());
    assert!(ui.find("Lesson two").is_ok());
}

#[test]
fn a_course_changed_on_disk_updates_its_card_at_the_next_start() {
    let root = tempfile::tempdir().unwrap();
    write_course(root.path(), "First title");
    add_learner(root.path(), "Amina Diallo", "en");
    drop(start_and_run(root.path()));

    write_course(root.path(), "A much longer second title");
    let index = paths_for(root.path()).data_dir.join("course-index.json");
    assert!(read_index(&index, &[root.path().to_owned()]).stale);
    let (app, cached) = start_and_run(root.path());
    assert_eq!(
        cached[0].cards[0].display_name(),
        "First title",
        "the old card shows while the course is read again"
    );
    let mut ui = simulator(&app);
    assert!(ui.find("A much longer second title").is_ok());
    assert!(ui.find("First title").is_err());
}
