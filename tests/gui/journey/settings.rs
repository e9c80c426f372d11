//! Settings that apply at once and are remembered, the shortcuts list, the
//! keyboard's way through the screens, and a course not in the learner's language.

use super::{course_folder, shows};
use crate::common::{add_learner, app_for, click, load_library, paths_for, start};
use fieldcourse::gui::app::{App, Message, Screen, Shortcut};
use fieldcourse::gui::screen::settings;
use fieldcourse::gui::theme::ThemeChoice;
use fieldcourse::progress::Store;

#[test]
fn settings_switch_language_theme_and_text_size_at_once_and_remember_them() {
    let folder = course_folder();
    let mut app = app_for(folder.path(), "en");
    click(&mut app, "settings");
    assert!(matches!(app.screen(), Screen::Settings(_)));
    click(&mut app, "language-ar");
    assert_eq!(app.language().tag, "ar");
    assert!(shows(&app, "الإعدادات"), "the screen speaks Arabic at once");
    click(&mut app, "theme-theme-dark");
    click(&mut app, "text-size-150");
    assert_eq!(app.appearance().theme, ThemeChoice::Dark);
    assert!((app.scale_factor() - 1.5).abs() < f32::EPSILON);
    drop(app);

    // A restart brings the learner's language and look back.
    let app = start(folder.path(), "en");
    assert_eq!(app.language().tag, "ar");
    assert_eq!(app.appearance().theme, ThemeChoice::Dark);
    assert_eq!(app.appearance().text_size, 150);
    let mut app = app;
    click(&mut app, "settings");
    click(&mut app, "language-en");
    assert!(shows(&app, "Settings"));
}

#[test]
fn the_name_on_certificates_is_saved_from_settings() {
    let folder = course_folder();
    let mut app = app_for(folder.path(), "en");
    click(&mut app, "settings");
    let _ = app.update(Message::Settings(
        settings::Message::CertificateNameChanged("Amina Fatoumata Diallo".into()),
    ));
    click(&mut app, "save-names");
    assert!(shows(&app, "Saved."));
    let store = Store::open(&paths_for(folder.path()).data_dir).unwrap();
    let id = store.learners().unwrap()[0].id;
    let learner = store.open_session(id, None).unwrap().learner().unwrap();
    assert_eq!(learner.certificate_name, "Amina Fatoumata Diallo");
}

#[test]
fn f1_lists_the_shortcuts_and_escape_closes_the_list() {
    let folder = course_folder();
    let mut app = app_for(folder.path(), "en");
    let _ = app.update(Message::Shortcut(Shortcut::Help));
    assert!(app.help_open());
    assert!(shows(&app, "Keyboard shortcuts"));
    assert!(shows(&app, "Pick answer 1 to 9 in a quiz"));
    let _ = app.update(Message::Shortcut(Shortcut::Back));
    assert!(!app.help_open());
    assert!(
        matches!(app.screen(), Screen::Library(_)),
        "Escape only closed the list"
    );
}

#[test]
fn ctrl_plus_and_minus_change_the_text_size_within_bounds() {
    let folder = course_folder();
    let mut app = app_for(folder.path(), "en");
    for _ in 0..6 {
        let _ = app.update(Message::Shortcut(Shortcut::Larger));
    }
    assert_eq!(app.appearance().text_size, 200);
    for _ in 0..6 {
        let _ = app.update(Message::Shortcut(Shortcut::Smaller));
    }
    assert_eq!(app.appearance().text_size, 100);
}

#[test]
fn tab_and_enter_take_a_learner_from_the_picker_into_a_lesson() {
    let folder = course_folder();
    add_learner(folder.path(), "Amina Diallo", "en");
    add_learner(folder.path(), "Bruno Costa", "en");
    let mut app = start(folder.path(), "en");
    let key = |app: &mut App, shortcut: Shortcut| {
        crate::common::deliver(app, Message::Shortcut(shortcut));
        load_library(app);
    };
    assert_eq!(
        app.focused(),
        None,
        "nothing is focused before the first Tab"
    );
    key(&mut app, Shortcut::FocusNext);
    assert_eq!(app.focused(), Some("learner-0"));
    key(&mut app, Shortcut::FocusNext);
    key(&mut app, Shortcut::FocusPrevious);
    assert_eq!(app.focused(), Some("learner-0"));
    key(&mut app, Shortcut::FocusPrevious);
    assert_eq!(app.focused(), Some("add-learner"), "Shift+Tab wraps around");
    key(&mut app, Shortcut::FocusNext);
    key(&mut app, Shortcut::Activate);
    assert!(matches!(app.screen(), Screen::Library(_)));
    assert_eq!(app.focused(), None, "a new screen starts without focus");
    while app.focused() != Some("open-course-0") {
        key(&mut app, Shortcut::FocusNext);
    }
    key(&mut app, Shortcut::Space);
    assert!(matches!(app.screen(), Screen::Course(_)));
    key(&mut app, Shortcut::FocusNext);
    key(&mut app, Shortcut::FocusNext);
    assert_eq!(app.focused(), Some("start"));
    key(&mut app, Shortcut::Activate);
    let Screen::Lesson(state) = app.screen() else {
        panic!("Enter on Start opens the first lesson");
    };
    assert_eq!(state.position(), 0);
    key(&mut app, Shortcut::Next);
    let Screen::Lesson(state) = app.screen() else {
        panic!("still reading");
    };
    assert_eq!(state.position(), 1);
}

#[test]
fn a_course_without_the_learners_language_says_so() {
    let folder = course_folder();
    let mut app = app_for(folder.path(), "es");
    click(&mut app, "open-course-0");
    assert!(shows(
        &app,
        "Este curso aún no está traducido a su idioma, así que se muestra en su idioma original: English."
    ));
}
