//! Running the tasks a screen returns, as the app's runtime would, and a
//! simulator for one screen's view.

use fieldcourse::gui::font;
use futures::StreamExt;
use iced::{Element, Settings, Size, Task};
use iced_runtime::Action;
use iced_test::Simulator;

/// Runs `task` to completion on this thread and returns the messages it produced.
pub fn run<M: 'static>(task: Task<M>) -> Vec<M> {
    let Some(stream) = iced_runtime::task::into_stream(task) else {
        return Vec::new();
    };
    futures::executor::block_on(stream.collect::<Vec<_>>())
        .into_iter()
        .filter_map(|action| match action {
            Action::Output(message) => Some(message),
            _ => None,
        })
        .collect()
}

/// A headless view of one screen, tall enough to show it whole.
pub fn screen<'a, M>(view: impl Into<Element<'a, M>>) -> Simulator<'a, M> {
    let settings = Settings {
        fonts: font::FILES.iter().map(|file| (*file).into()).collect(),
        default_font: font::SANS,
        ..Settings::default()
    };
    Simulator::with_size(settings, Size::new(1280.0, 3000.0), view)
}
