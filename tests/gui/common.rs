//! The app opened on a folder of courses, and a simulator to look at it.

use fieldcourse::course::discover;
use fieldcourse::gui::app::{App, Message};
use fieldcourse::gui::font;
use fieldcourse::gui::screen::library;
use fieldcourse::i18n::Language;
use fieldcourse::paths::Paths;
use iced::{Settings, Size};
use iced_test::Simulator;
use std::path::Path;

/// The app in `language`, its library loaded from `folder`.
pub fn app_for(folder: &Path, language: &str) -> App {
    let paths = Paths {
        data_dir: folder.join("data"),
        course_dirs: vec![folder.to_owned()],
    };
    let (mut app, _load) = App::with_language(&paths, Language::from_tag(language).unwrap());
    // The simulator does not run tasks: load as the task would, then deliver.
    let _ = app.update(Message::Library(library::Message::Loaded(discover(
        &paths.course_dirs,
    ))));
    app
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
