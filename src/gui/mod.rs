//! The desktop app, built with iced. Only compiled with the `gui` feature.

pub mod app;
pub mod font;
pub mod problem;
pub mod rich;
pub mod screen;
pub mod theme;
pub mod widget;

use crate::paths::Paths;
use app::App;

/// Opens the app window and runs until it is closed.
pub fn run(paths: Paths) -> iced::Result {
    let mut application = iced::application(move || App::new(&paths), App::update, App::view)
        .title(App::title)
        .subscription(App::subscription)
        .theme(App::theme)
        .default_font(font::SANS)
        .window(iced::window::Settings {
            size: iced::Size::new(1120.0, 760.0),
            min_size: Some(iced::Size::new(640.0, 480.0)),
            ..iced::window::Settings::default()
        });
    for file in font::FILES {
        application = application.font(file);
    }
    application.run()
}
