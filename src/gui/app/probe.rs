//! Measuring the app from outside (`.ci/measure-gui`): with
//! `FIELDCOURSE_STARTUP_PROBE` set, the first frame of the loaded library
//! prints the wall-clock time and which courses it showed, then the app
//! exits; with `FIELDCOURSE_PROBE_OPEN=<course id>` as well, that frame opens
//! the course instead, and the first frame of its overview prints how long
//! the opening took before the app exits.

use super::{App, Message, Screen};
use crate::gui::screen::library;
use iced::Task;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

/// The course the probe opens, and when it asked for it.
#[derive(Debug)]
pub(super) struct OpenProbe {
    course_id: String,
    asked: Option<Instant>,
}

impl App {
    /// With [`App::probe_startup`], opens the course `course_id` after the
    /// library's first frame and reports the first frame of its overview.
    pub fn probe_open(&mut self, course_id: String) {
        self.probe_open = Some(OpenProbe {
            course_id,
            asked: None,
        });
    }

    /// Whether the probe waits for a frame of the screen on show.
    pub(super) fn probe_waits(&self) -> bool {
        self.startup_probe
            && match &self.screen {
                Screen::Library(state) => state.courses().is_some(),
                Screen::Course(_) => self
                    .probe_open
                    .as_ref()
                    .is_some_and(|probe| probe.asked.is_some()),
                _ => false,
            }
    }

    /// A frame was drawn while the probe waits: report it, then exit (or
    /// open the course the probe was asked to open).
    pub(super) fn frame_drawn(&mut self) -> Task<Message> {
        if let (Screen::Course(_), Some(asked)) = (
            &self.screen,
            self.probe_open.as_ref().and_then(|probe| probe.asked),
        ) {
            eprintln!("course-overview-frame-ms {}", asked.elapsed().as_millis());
            return self.probe_done();
        }
        let Screen::Library(state) = &self.screen else {
            return self.probe_done();
        };
        let since_epoch = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default();
        eprintln!("first-library-frame-unix-ms {}", since_epoch.as_millis());
        // Which courses that frame showed, for the package check.
        let shown: Vec<String> = state
            .courses()
            .into_iter()
            .flatten()
            .filter_map(|card| card.id.clone())
            .collect();
        eprintln!("first-library-frame-courses {}", shown.join(" "));
        let card = self.probe_open.as_ref().and_then(|probe| {
            shown
                .iter()
                .position(|id| *id == probe.course_id)
                .filter(|_| probe.asked.is_none())
        });
        match (card, self.probe_open.as_mut()) {
            (Some(card), Some(probe)) => {
                probe.asked = Some(Instant::now());
                self.update(Message::Library(library::Message::Open(card)))
            }
            _ => self.probe_done(),
        }
    }

    fn probe_done(&mut self) -> Task<Message> {
        self.startup_probe = false;
        iced::exit()
    }
}
