//! Measuring the app from outside (`.ci/measure-gui`): with
//! `FIELDCOURSE_STARTUP_PROBE` set, the first frame of the loaded library
//! prints the wall-clock time and which courses it showed, then the app
//! exits; with `FIELDCOURSE_PROBE_OPEN=<course id>` as well, that frame opens
//! the course instead, and the first frame of its overview prints how long
//! the opening took before the app exits; with `FIELDCOURSE_PROBE_LESSONS=<n>`
//! as well, the overview then opens the first lesson and times `n` lesson
//! changes (Next and Previous in turn), each to its first drawn frame.
//! Apart from those, `FIELDCOURSE_PROBE_HANDLERS` prints every message whose
//! handling held the UI thread for a millisecond or more.

use super::{App, Message, Screen};
use crate::gui::screen::{course, lesson, library};
use iced::Task;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// The course the probe opens, and where it stands.
#[derive(Debug)]
pub(super) struct OpenProbe {
    course_id: String,
    lesson_changes: usize,
    stage: Stage,
}

/// What the probe waits for.
#[derive(Debug, Clone, Copy)]
enum Stage {
    /// The library's first frame.
    Library,
    /// The overview's first frame, asked for at this instant.
    Overview(Instant),
    /// The first lesson's first frame.
    FirstLesson,
    /// A frame of another lesson than `from`, asked for at `asked`.
    LessonChange { asked: Instant, from: usize },
}

/// Handling a message for at least this long is reported by the handler probe.
const SLOW_HANDLER: Duration = Duration::from_millis(1);

impl App {
    /// With [`App::probe_startup`], opens the course `course_id` after the
    /// library's first frame and reports the first frame of its overview;
    /// then, when `lesson_changes` is above zero, times that many lesson
    /// changes from the first lesson.
    pub fn probe_open(&mut self, course_id: String, lesson_changes: usize) {
        self.probe_open = Some(OpenProbe {
            course_id,
            lesson_changes,
            stage: Stage::Library,
        });
    }

    /// Prints how long each message held the UI thread when it held it for
    /// a millisecond or more (`FIELDCOURSE_PROBE_HANDLERS`).
    pub fn probe_handlers(&mut self) {
        self.handler_probe = true;
    }

    /// Handles `message`, timing it when the handler probe is on.
    pub(super) fn timed_update(&mut self, message: Message) -> Task<Message> {
        if !self.handler_probe {
            return self.update_untimed(message);
        }
        let name = message_name(&message);
        let started = Instant::now();
        let task = self.update_untimed(message);
        let held = started.elapsed();
        if held >= SLOW_HANDLER {
            eprintln!("handler-ms {:.1} {name}", held.as_secs_f64() * 1000.0);
        }
        task
    }

    /// Whether the probe waits for a frame of the screen on show.
    pub(super) fn probe_waits(&self) -> bool {
        if !self.startup_probe {
            return false;
        }
        let stage = self.probe_open.as_ref().map(|probe| probe.stage);
        match (&self.screen, stage) {
            (Screen::Library(state), None | Some(Stage::Library)) => state.courses().is_some(),
            (Screen::Course(_), Some(Stage::Overview(_))) => true,
            (Screen::Lesson(_), Some(Stage::FirstLesson | Stage::LessonChange { .. })) => true,
            _ => false,
        }
    }

    /// A frame was drawn while the probe waits: report it, then exit (or
    /// take the probe's next step).
    pub(super) fn frame_drawn(&mut self) -> Task<Message> {
        let stage = self.probe_open.as_ref().map(|probe| probe.stage);
        match (&self.screen, stage) {
            (Screen::Library(_), None | Some(Stage::Library)) => self.library_frame(),
            (Screen::Course(_), Some(Stage::Overview(asked))) => {
                eprintln!("course-overview-frame-ms {}", asked.elapsed().as_millis());
                if self.lessons_to_time() == 0 {
                    return self.probe_done();
                }
                self.set_stage(Stage::FirstLesson);
                self.update(Message::Course(course::Message::OpenLesson(0)))
            }
            (Screen::Lesson(state), Some(Stage::FirstLesson)) => {
                let from = state.position();
                self.change_lesson(from, lesson::Message::Next)
            }
            (Screen::Lesson(state), Some(Stage::LessonChange { asked, from })) => {
                let now = state.position();
                if now == from {
                    // The change has not reached the screen yet.
                    return Task::none();
                }
                eprintln!("lesson-change-frame-us {}", asked.elapsed().as_micros());
                let left = self.lessons_to_time().saturating_sub(1);
                if let Some(probe) = self.probe_open.as_mut() {
                    probe.lesson_changes = left;
                }
                if left == 0 {
                    return self.probe_done();
                }
                // Back and forth between two lessons, so the course's end
                // (or a quiz after a module) is never reached.
                let step = if now > from {
                    lesson::Message::Previous
                } else {
                    lesson::Message::Next
                };
                self.change_lesson(now, step)
            }
            (screen, _) => {
                eprintln!("probe-stopped-on {}", screen_name(screen));
                self.probe_done()
            }
        }
    }

    /// Reports the library's first frame, then opens the probe's course.
    fn library_frame(&mut self) -> Task<Message> {
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
        let card = self
            .probe_open
            .as_ref()
            .and_then(|probe| shown.iter().position(|id| *id == probe.course_id));
        match card {
            Some(card) => {
                self.set_stage(Stage::Overview(Instant::now()));
                self.update(Message::Library(library::Message::Open(card)))
            }
            None => self.probe_done(),
        }
    }

    /// Asks the reader for another lesson, and waits for its frame.
    fn change_lesson(&mut self, from: usize, step: lesson::Message) -> Task<Message> {
        self.set_stage(Stage::LessonChange {
            asked: Instant::now(),
            from,
        });
        self.update(Message::Lesson(step))
    }

    fn lessons_to_time(&self) -> usize {
        self.probe_open
            .as_ref()
            .map_or(0, |probe| probe.lesson_changes)
    }

    fn set_stage(&mut self, stage: Stage) {
        if let Some(probe) = self.probe_open.as_mut() {
            probe.stage = stage;
        }
    }

    fn probe_done(&mut self) -> Task<Message> {
        self.startup_probe = false;
        iced::exit()
    }
}

/// The message's variant path, without its values (`Lesson::Next`).
fn message_name(message: &Message) -> String {
    let full = format!("{message:?}");
    let mut name = String::new();
    for character in full.chars() {
        match character {
            '(' if !name.contains("::") => name.push_str("::"),
            '(' | '{' | ' ' | ',' | ')' => break,
            _ => name.push(character),
        }
    }
    name
}

/// A screen's name, for the probe's report.
fn screen_name(screen: &Screen) -> &'static str {
    match screen {
        Screen::Learners(_) => "learners",
        Screen::Library(_) => "library",
        Screen::Course(_) => "course",
        Screen::Lesson(_) => "lesson",
        Screen::Settings(_) => "settings",
        Screen::Quiz(_) => "quiz",
        Screen::Certificate(_) => "certificate",
        Screen::Trainer(_) => "trainer",
        Screen::TrainerLock(_) => "trainer lock",
        Screen::StoreFailed => "store failed",
        Screen::FolderInUse => "folder in use",
        Screen::PreviewBroken => "preview broken",
    }
}
