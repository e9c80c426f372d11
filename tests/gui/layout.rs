//! Layout: lesson tables that fit the reading column, question pictures, and
//! matching pick boxes that keep long choices inside the window.

use fieldcourse::gui::app::{App, Screen};
use fieldcourse::gui::screen::quiz;
use iced::{Settings, Size};
use iced_test::Simulator;
use iced_test::selector::id;
use serde_json::json;
use tempfile::TempDir;

use crate::common::{app_for, click};

/// The window a learner has on a small laptop screen.
const WINDOW: Size = Size::new(1024.0, 3000.0);

const LONG: &str = "Exploitation of workers hired to meet a sudden demand for cheap labour during reconstruction after the floods";
const SENTENCE: &str =
    "Consent is irrelevant once means are used, and for children in any case, whatever they said";
const ALT: &str = "A folder holding course.json and course.fr.json";

fn course_folder(language: &str) -> TempDir {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("layout-course");
    std::fs::create_dir_all(dir.join("assets")).unwrap();
    std::fs::write(
        dir.join("assets/folder.svg"),
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="teal"/></svg>"#,
    )
    .unwrap();
    let table = format!(
        "## How they differ\n\n| | Smuggling of migrants | Trafficking in persons |\n|---|---|---|\n| **Consent** | The migrant agrees to be moved | {SENTENCE} |\n| **Borders** | Always crosses a border | Can happen inside one country |\n| **Where the profit comes from** | The fee paid for the movement | The continuing exploitation of the person |\n\nAfter the table."
    );
    let course = json!({
        "format": "fieldcourse/1", "id": "layout", "version": "1.0.0", "language": language,
        "title": "Layout course", "summary": "Tables and pictures.", "publisher": "Tests",
        "estimated_minutes": 10,
        "modules": [{"id": "m", "title": "Module", "lessons": [
            {"id": "table", "title": "A table", "blocks": [
                {"kind": "markdown", "text": table},
                {"kind": "markdown", "text": "```\n5 |   \"titel\": 1,\n  |   ^\n```"}
            ]}
        ], "quiz": {"id": "check", "title": "Check", "pass_mark": 0.5, "shuffle_questions": false,
            "questions": [
                {"id": "q-picture", "kind": "single_choice",
                 "prompt": "Look at the folder in the picture. Which file is French?",
                 "image": {"src": "assets/folder.svg", "alt": ALT},
                 "options": [{"id": "fr", "text": "course.fr.json", "correct": true},
                             {"id": "en", "text": "course.json"}]},
                {"id": "q-match", "kind": "matching", "prompt": "Match each setting.",
                 "pairs": [{"id": "p-rebuild", "left": "Rebuilding after a disaster", "right": LONG},
                           {"id": "p-conflict", "left": "Armed conflict", "right": "Recruitment of children"}]}
            ]}}]
    });
    std::fs::write(dir.join("course.json"), course.to_string()).unwrap();
    root
}

fn simulator(app: &App) -> Simulator<'_, fieldcourse::gui::app::Message> {
    sized(app, WINDOW)
}

fn sized(app: &App, size: Size) -> Simulator<'_, fieldcourse::gui::app::Message> {
    let settings = Settings {
        fonts: fieldcourse::gui::font::FILES
            .iter()
            .map(|file| (*file).into())
            .collect(),
        default_font: fieldcourse::gui::font::SANS,
        ..Settings::default()
    };
    Simulator::with_size(settings, size, app.view())
}

fn lesson(language: &str) -> (TempDir, App) {
    let folder = course_folder(language);
    let mut app = app_for(folder.path(), language);
    click(&mut app, "open-course-0");
    click(&mut app, "start");
    assert!(matches!(app.screen(), Screen::Lesson(_)));
    (folder, app)
}

/// The quiz, its picture deleted after the course was checked when `remove`.
fn quiz(language: &str, remove: bool) -> (TempDir, App) {
    let folder = course_folder(language);
    let mut app = app_for(folder.path(), language);
    click(&mut app, "open-course-0");
    if remove {
        std::fs::remove_file(folder.path().join("layout-course/assets/folder.svg")).unwrap();
    }
    click(&mut app, "quiz-check");
    assert!(matches!(app.screen(), Screen::Quiz(_)));
    (folder, app)
}

#[test]
fn table_columns_share_the_width_and_wrap() {
    let (_folder, app) = lesson("en");
    let mut ui = simulator(&app);
    // The long cell is on screen, wrapped: taller than one line and inside the window.
    let cell = ui
        .find(id("table-0-1-2"))
        .expect("the long cell is drawn")
        .bounds();
    assert!(
        cell.x + cell.width <= WINDOW.width,
        "cell runs off: {cell:?}"
    );
    assert!(cell.height > 30.0, "the cell wraps onto lines: {cell:?}");
    // Columns run left to right, the label column the narrowest.
    let label = ui.find(id("table-0-1-0")).unwrap().bounds();
    let second = ui.find(id("table-0-1-1")).unwrap().bounds();
    assert!(label.x < second.x && second.x < cell.x);
    assert!(
        second.x - label.x < cell.x - second.x,
        "{label:?} {second:?} {cell:?}"
    );
}

#[test]
fn in_a_narrow_window_a_table_scrolls_sideways_with_its_text_still_wrapped() {
    let (_folder, app) = lesson("en");
    let mut ui = sized(&app, Size::new(420.0, 3000.0));
    let label = ui.find(id("table-0-3-0")).unwrap().bounds();
    let second = ui.find(id("table-0-3-1")).unwrap().bounds();
    assert!(label.height > 30.0, "the label wraps: {label:?}");
    assert!(label.width <= 17.0 * 8.0 + 1.0, "{label:?}");
    assert!(second.x > label.x + label.width);
}

#[test]
fn in_arabic_table_columns_run_from_the_right() {
    let (_folder, app) = lesson("ar");
    let mut ui = simulator(&app);
    let label = ui.find(id("table-0-1-0")).unwrap().bounds();
    let second = ui.find(id("table-0-1-1")).unwrap().bounds();
    let cell = ui.find(id("table-0-1-2")).unwrap().bounds();
    assert!(
        cell.x < second.x && second.x < label.x,
        "{label:?} {second:?} {cell:?}"
    );
    assert!(cell.x >= 0.0 && cell.x + cell.width <= WINDOW.width);
    assert!(cell.height > 30.0, "the cell wraps onto lines: {cell:?}");
}

#[test]
fn a_question_shows_its_picture_not_its_description() {
    let (_folder, app) = quiz("en", false);
    let mut ui = simulator(&app);
    let picture = ui
        .find(id(quiz::PICTURE_ID))
        .expect("the picture is drawn")
        .bounds();
    assert!(picture.height > 20.0);
    assert!(
        ui.find(ALT).is_err(),
        "the description would give the answer away"
    );
    assert!(ui.find(format!("Picture: {ALT}")).is_err());
}

#[test]
fn a_missing_picture_says_so_and_describes_it() {
    let (_folder, app) = quiz("en", true);
    let mut ui = simulator(&app);
    assert!(ui.find(id(quiz::PICTURE_ID)).is_err());
    assert!(ui.find(id(format!("{}-missing", quiz::PICTURE_ID))).is_ok());
    let message = ui
        .find(format!(
            "This picture could not be shown (assets/folder.svg). It shows: {ALT}"
        ))
        .is_ok();
    assert!(
        message,
        "the message names the file and describes the picture"
    );
}

#[test]
fn a_picture_outside_the_course_folder_is_not_read() {
    use fieldcourse::gui::picture::Picture;
    let folder = tempfile::tempdir().unwrap();
    std::fs::write(folder.path().join("secret.png"), b"x").unwrap();
    let course = folder.path().join("course");
    std::fs::create_dir_all(&course).unwrap();
    assert!(matches!(
        Picture::load(&course, "../secret.png"),
        Picture::Missing(_)
    ));
    assert!(matches!(
        Picture::load(&course, &folder.path().join("secret.png").to_string_lossy()),
        Picture::Missing(_)
    ));
}

/// Moves on from the picture question to the matching one.
fn matching(language: &str) -> (TempDir, App) {
    let (folder, mut app) = quiz(language, false);
    click(&mut app, "option-1");
    click(&mut app, "next");
    assert!(simulator(&app).find(id("match-p-rebuild")).is_ok());
    (folder, app)
}

#[test]
fn a_clicked_pick_box_opens_its_choices_inside_the_window_and_keeps_the_choice() {
    let (_folder, mut app) = matching("en");
    click(&mut app, "match-p-rebuild");
    let mut ui = simulator(&app);
    let long = ui.find(LONG).expect("the long choice is drawn").bounds();
    assert!(
        long.x + long.width <= WINDOW.width,
        "choice runs off: {long:?}"
    );
    let long_choice = (1..=2)
        .map(|index| format!("choice-p-rebuild-{index}"))
        .find(|choice| {
            ui.find(id(choice.clone()))
                .is_ok_and(|target| target.bounds().contains(long.center()))
        })
        .expect("a click opens the choices");
    drop(ui);
    // Choosing the long one closes the list and shows it, wrapped, in its box.
    click(&mut app, &long_choice);
    let mut ui = simulator(&app);
    assert!(
        ui.find(id("choice-p-rebuild-1")).is_err(),
        "the list closes"
    );
    let field = ui.find(id("match-p-rebuild")).unwrap().bounds();
    let chosen = ui.find(LONG).expect("the choice shows in its box").bounds();
    assert!(
        chosen.x >= field.x && chosen.x + chosen.width <= field.x + field.width,
        "{chosen:?} spills out of {field:?}"
    );
    assert!(chosen.height > 30.0, "the chosen text wraps: {chosen:?}");
    drop(ui);
    // A second click on the box closes the list again.
    click(&mut app, "match-p-conflict");
    assert!(simulator(&app).find(id("choice-p-conflict-1")).is_ok());
    click(&mut app, "match-p-conflict");
    assert!(simulator(&app).find(id("choice-p-conflict-1")).is_err());
}

#[test]
fn in_arabic_the_pick_box_choices_stay_in_the_window() {
    let (_folder, mut app) = matching("ar");
    click(&mut app, "match-p-rebuild");
    let mut ui = simulator(&app);
    let long = ui.find(LONG).expect("the long choice is drawn").bounds();
    assert!(long.x >= 0.0 && long.x + long.width <= WINDOW.width);
}
