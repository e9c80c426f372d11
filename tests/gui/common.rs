//! The app opened on a folder of courses, and a simulator to look at it.

use fieldcourse::course::refresh_index;
use fieldcourse::gui::app::{App, Message, Screen};
use fieldcourse::gui::font;
use fieldcourse::gui::screen::library;
use fieldcourse::i18n::Language;
use fieldcourse::paths::Paths;
use fieldcourse::progress::{NewLearner, Profile, Store};
use iced::{Settings, Size};
use iced_test::Simulator;
use iced_test::selector::id;
use std::path::Path;

/// The paths of an app reading courses from `folder`, with its data inside it.
pub fn paths_for(folder: &Path) -> Paths {
    Paths {
        data_dir: folder.join("data"),
        course_dirs: vec![folder.to_owned()],
    }
}

/// Adds a learner without a PIN who speaks `language` to the data folder.
pub fn add_learner(folder: &Path, name: &str, language: &str) {
    let store = Store::open(&paths_for(folder).data_dir).unwrap();
    store
        .create_learner(&NewLearner {
            profile: Profile {
                display_name: name.to_owned(),
                certificate_name: String::new(),
                language: language.to_owned(),
            },
            pin: None,
        })
        .unwrap();
}

/// The app in `language` for a single learner (so it opens on the library),
/// its library loaded from `folder`.
pub fn app_for(folder: &Path, language: &str) -> App {
    let store = Store::open(&paths_for(folder).data_dir).unwrap();
    match store.learners().unwrap().first() {
        None => add_learner(folder, "Amina Diallo", language),
        // The learner's language wins over the system's: make it the one asked for.
        Some(learner) => {
            let session = store.open_session(learner.id, None).unwrap();
            let mut profile = session.learner().unwrap();
            profile.language = language.to_owned();
            session
                .update_profile(&Profile {
                    display_name: profile.display_name,
                    certificate_name: profile.certificate_name,
                    language: profile.language,
                })
                .unwrap();
        }
    }
    start(folder, language)
}

/// The app as it starts on `folder`'s data, the library (if shown) loaded.
pub fn start(folder: &Path, language: &str) -> App {
    let paths = paths_for(folder);
    let (mut app, _load) = App::with_language(&paths, Language::from_tag(language).unwrap());
    load_library(&mut app);
    app
}

/// The simulator does not run tasks: when the library is waiting for its
/// courses, bring its index up to date as its task would and deliver the
/// cards; and it draws no frames, so lay out the cards left for the next one.
pub fn load_library(app: &mut App) {
    if let Screen::Library(state) = app.screen()
        && state.courses().is_none()
    {
        let dirs = app.course_dirs().to_vec();
        let cards = refresh_index(&app.course_index_file(), &dirs);
        let _ = app.update(Message::Library(library::Message::Loaded(cards)));
    }
    // The first frame shows the first cards; the next lays out the rest.
    if let Screen::Library(state) = app.screen()
        && state.is_drawing_rest()
    {
        let _ = app.update(Message::Library(library::Message::DrawRest));
    }
}

/// A headless view of the app's current screen, tall enough to show it whole.
pub fn simulator(app: &App) -> Simulator<'_, Message> {
    let settings = Settings {
        fonts: font::FILES.iter().map(|file| (*file).into()).collect(),
        default_font: font::SANS,
        ..Settings::default()
    };
    Simulator::with_size(settings, Size::new(1280.0, 3000.0), app.view())
}

/// Clicks the widget with `widget_id` and feeds the resulting messages back;
/// a library that opens is loaded as its task would load it.
pub fn click(app: &mut App, widget_id: &str) {
    let mut ui = simulator(app);
    ui.click(id(widget_id.to_owned()))
        .unwrap_or_else(|e| panic!("no {widget_id}: {e:?}"));
    let messages: Vec<Message> = ui.into_messages().collect();
    assert!(!messages.is_empty(), "clicking {widget_id} did nothing");
    for message in messages {
        deliver(app, message);
    }
    load_library(app);
}

/// Feeds `message` to the app. A PIN check, a course opening or a lesson's
/// pictures it starts run to their answer, as the app's runtime runs it off the UI thread; other tasks
/// are left alone.
pub fn deliver(app: &mut App, message: Message) {
    let task = app.update(message);
    if waiting_off_thread(app) {
        for answer in crate::tasks::run(task) {
            deliver(app, answer);
        }
    }
}

/// Whether the screen on show waits for work off the UI thread (a PIN
/// check, a course being read to open, pictures of a lesson or quiz).
pub fn waiting_off_thread(app: &App) -> bool {
    match app.screen() {
        Screen::Learners(state) => state.is_working(),
        Screen::Library(state) => state.is_opening(),
        Screen::Lesson(state) => state.is_reading_pictures(),
        Screen::Quiz(state) => state.is_reading_pictures(),
        Screen::TrainerLock(state) => state.is_checking(),
        Screen::Trainer(state) => state.is_saving_pin(),
        _ => false,
    }
}

/// Clicks the text field `widget_id` and types `text` into it.
pub fn type_into(app: &mut App, widget_id: &str, text: &str) {
    let mut ui = simulator(app);
    ui.click(id(widget_id.to_owned()))
        .unwrap_or_else(|e| panic!("no {widget_id}: {e:?}"));
    let _ = ui.typewrite(text);
    for message in ui.into_messages() {
        deliver(app, message);
    }
}
