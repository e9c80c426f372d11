//! The desktop app, built with iced. Only compiled with the `gui` feature.

pub mod app;
pub mod blocking;
pub mod course_text;
pub mod error_text;
pub mod font;
pub mod help;
pub mod page_frame;
pub mod picture;
pub mod problem;
pub mod publisher;
pub mod screen;
pub mod svg_rtl;
pub mod theme;
pub mod widget;

use crate::paths::Paths;
use app::App;
use iced::Task;
use std::path::PathBuf;

/// The desktop entry's id: also the window's application id (the Wayland
/// app_id and the X11 class), so docks show the installed icon and name.
pub const APP_ID: &str = "org.fieldcourse.Fieldcourse";

/// Opens the app window and runs until it is closed.
pub fn run(paths: Paths) -> iced::Result {
    run_opening(paths, None)
}

/// Opens the app window, on the trainer area's import of `file` when one is
/// given (`fieldcourse FILE.fcourse`), and runs until it is closed.
pub fn run_opening(paths: Paths, file: Option<PathBuf>) -> iced::Result {
    // The store is opened once, here, so the window can open where it was left.
    let language = crate::i18n::Language::from_system();
    let start = move || {
        let (mut app, task) = App::with_language(&paths, language);
        match file.clone() {
            // A window that could not take the data folder imports nothing.
            Some(file) if app.folder_in_use().is_none() => {
                let import = app.open_file(file);
                (app, Task::batch([task, import]))
            }
            _ => (app, task),
        }
    };
    let mut first = start();
    if let Some(in_use) = first.0.folder_in_use() {
        // Also for whoever started it from a terminal or a script.
        eprintln!("error: {in_use}");
    }
    if std::env::var_os("FIELDCOURSE_STARTUP_PROBE").is_some() {
        first.0.probe_startup();
        if let Ok(course_id) = std::env::var("FIELDCOURSE_PROBE_OPEN") {
            let lesson_changes = std::env::var("FIELDCOURSE_PROBE_LESSONS")
                .ok()
                .and_then(|count| count.parse().ok())
                .unwrap_or(0);
            first.0.probe_open(course_id, lesson_changes);
        }
    }
    if std::env::var_os("FIELDCOURSE_PROBE_HANDLERS").is_some() {
        first.0.probe_handlers();
    }
    launch(first, start)
}

/// Opens a window that previews the course folder `folder` with a scratch
/// learner, reloading it whenever a file in it is saved, until it is closed.
#[cfg(feature = "preview")]
pub fn run_preview(folder: PathBuf) -> iced::Result {
    let language = crate::i18n::Language::from_system();
    let first = App::for_preview(&folder, language);
    launch(first, move || App::for_preview(&folder, language))
}

/// Runs `first` in a window; `again` makes another app should iced ask twice.
fn launch(
    first: (App, Task<app::Message>),
    again: impl Fn() -> (App, Task<app::Message>) + 'static,
) -> iced::Result {
    let place = first.0.window_place();
    let waiting = std::cell::Cell::new(Some(first));
    let boot = move || waiting.take().unwrap_or_else(&again);
    let mut application = iced::application(boot, App::update, App::view)
        .title(App::title)
        .subscription(App::subscription)
        .theme(App::theme)
        .scale_factor(App::scale_factor)
        .default_font(font::SANS)
        .exit_on_close_request(false)
        .window(iced::window::Settings {
            size: iced::Size::new(place.width, place.height),
            position: match (place.x, place.y) {
                (Some(x), Some(y)) => iced::window::Position::Specific(iced::Point::new(x, y)),
                _ => iced::window::Position::default(),
            },
            min_size: Some(iced::Size::new(640.0, 480.0)),
            icon: font::window_icon(),
            #[cfg(target_os = "linux")]
            platform_specific: iced::window::settings::PlatformSpecific {
                application_id: APP_ID.to_owned(),
                ..Default::default()
            },
            ..iced::window::Settings::default()
        });
    for file in font::FILES {
        application = application.font(file);
    }
    application.run()
}
