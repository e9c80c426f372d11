//! The lesson reader: the course outline beside one lesson in a readable column.

mod view;

use super::{OpenCourse, record_completion};
use crate::certificate::credential::SignedCertificate;
use crate::certificate::keys::Keyring;
use crate::course::{Block, BlockKind, CalloutStyle, Course, Lesson};
use crate::gui::course_text::{self, TextStyle};
use crate::gui::error_text::ErrorText;
use crate::gui::picture::{Picture, course_folder, read_all};
use crate::gui::theme;
use crate::gui::widget::{Focus, Look};
use crate::i18n::Localizer;
use crate::progress::{LearnerSession, ReadingClock};
use fluent::fluent_args;
use iced::widget::{Column, button, container, markdown, scrollable, svg};
use iced::{Element, Fill, Length, Task, Theme};
use std::collections::HashMap;
use std::sync::Arc;
use view::outline_quiz_focus;
pub use view::outline_quiz_title;

/// The id of the lesson's scrollable column, for keyboard scrolling.
pub const SCROLL_ID: &str = "lesson-scroll";

/// The id of the outline's scrollable, so the focus ring can scroll it.
pub const OUTLINE_ID: &str = "lesson-outline";

/// The widest the reading column gets: about 70 characters of body text.
const READING_WIDTH: f32 = 720.0;
/// The outline's width.
const OUTLINE_WIDTH: f32 = 280.0;

/// The lesson reader screen.
#[derive(Debug)]
pub struct State {
    open: OpenCourse,
    course: Arc<Course>,
    position: usize,
    /// A problem saving progress, shown above the lesson until the next save works.
    problem: Option<crate::progress::Error>,
    /// Why finishing the course could not be recorded, when a lesson met the
    /// course's completion rule and recording failed (it is tried again).
    completion_problem: Option<ErrorText>,
    outline_open: bool,
    blocks: Vec<Shown>,
    style: TextStyle,
    /// The keys that sign the certificate when a lesson completes the course.
    keyring: Keyring,
    /// The quiz "Next" leads to from this lesson (see [`State::quiz_after`]),
    /// unless the learner has passed it already.
    quiz_next: Option<String>,
    /// Reading time on the lesson shown, not yet saved.
    clock: ReadingClock,
    /// The course's pictures read so far, by path: a lesson seen again shows
    /// its pictures at once, and the renderer keeps their drawing (the same
    /// handle), instead of a second frame once they are read again.
    pictures: HashMap<String, Picture>,
}

/// A block ready to draw: markdown parsed once, pictures read once.
#[derive(Debug)]
enum Shown {
    Text(course_text::Document),
    Picture {
        picture: Picture,
        alt: String,
        caption: Option<String>,
    },
    Callout {
        style: CalloutStyle,
        title: Option<String>,
        body: course_text::Document,
    },
    CaseStudy {
        title: String,
        body: course_text::Document,
    },
    Reflection {
        prompt: String,
        /// The block id the note is kept under.
        id: String,
        note: iced::widget::text_editor::Content,
        /// Typed since the last save.
        unsaved: bool,
    },
}

/// What can happen in the reader.
#[derive(Debug, Clone)]
pub enum Message {
    /// Back to the course overview.
    Back,
    /// The previous lesson in reading order.
    Previous,
    /// The next lesson; after the last one, back to the overview.
    Next,
    /// Open the lesson at this position in reading order.
    Open(usize),
    /// Open the quiz with this id (from the outline).
    OpenQuiz(String),
    /// Show or hide the course outline.
    ToggleOutline,
    /// A link in the lesson text was clicked.
    Link(markdown::Uri),
    /// The learner edited their note on the reflection block at this index.
    EditNote(usize, iced::widget::text_editor::Action),
    /// The learner used the window at this instant (a key, a click, a
    /// scroll, the window coming to the front): reading time counts on.
    Input(std::time::Instant),
    /// The window went to the background at this instant: reading time stops.
    Away(std::time::Instant),
    /// Time passed until this instant (a regular tick while the lesson is open).
    Tick(std::time::Instant),
    /// The pictures of the lesson at this position were read (each with its
    /// block's index and its path).
    PicturesRead(usize, Vec<((usize, String), Picture)>),
}

/// Reading time is saved at least this often while a lesson stays open, so
/// little is lost if the computer stops.
const TIME_SAVE_SECONDS: u64 = 60;

/// What the reader asks of the app.
#[derive(Debug, Clone)]
pub enum Event {
    /// Go back to the course overview.
    Back(OpenCourse),
    /// Open a web link in the system browser (when there is a network).
    OpenLink(String),
    /// The lesson just completed completed the course, and its certificate
    /// was issued: show it.
    CertificateIssued(OpenCourse, Box<SignedCertificate>),
    /// Open a quiz of the course: the module's quiz after its last lesson,
    /// or one chosen in the outline.
    OpenQuiz {
        /// The course opened.
        open: OpenCourse,
        /// The quiz's id.
        quiz_id: String,
    },
}

impl State {
    /// The reader on the lesson at `position` (reading order) of the course,
    /// recording that the learner opened it. `keyring` signs the certificate
    /// when a lesson completes the course. The task reads its pictures.
    pub fn new(
        open: OpenCourse,
        position: usize,
        session: &LearnerSession<'_>,
        keyring: Keyring,
    ) -> (Self, Task<Message>) {
        let course = Arc::clone(&open.course);
        let style = TextStyle::for_course(&course.language, &course.title);
        let mut state = Self {
            open,
            course,
            position: 0,
            problem: None,
            completion_problem: None,
            outline_open: true,
            blocks: Vec::new(),
            style,
            keyring,
            quiz_next: None,
            clock: ReadingClock::new(),
            pictures: HashMap::new(),
        };
        let pictures = state.open(position, session);
        (state, pictures)
    }

    /// The lesson shown.
    pub fn lesson(&self) -> Option<&Lesson> {
        self.lesson_at(self.position)
    }

    /// The lesson at `position` in reading order.
    fn lesson_at(&self, position: usize) -> Option<&Lesson> {
        self.course.lessons().nth(position)
    }

    /// The lesson's position in reading order.
    pub fn position(&self) -> usize {
        self.position
    }

    fn lesson_count(&self) -> usize {
        self.course.lesson_count()
    }

    /// The quiz that follows the lesson shown: its module's quiz when it is the
    /// module's last lesson, or the final assessment after the course's last.
    fn quiz_after(&self) -> Option<&crate::course::Quiz> {
        let mut end = 0;
        for module in &self.course.modules {
            end += module.lessons.len();
            if self.position + 1 == end && !module.lessons.is_empty() {
                if let Some(quiz) = &module.quiz {
                    return Some(quiz);
                }
                break;
            }
        }
        if self.position + 1 == self.lesson_count() {
            return self.course.final_assessment.as_ref();
        }
        None
    }

    /// Shows the lesson at `position` and records it opened; the task reads
    /// its pictures.
    fn open(&mut self, position: usize, session: &LearnerSession<'_>) -> Task<Message> {
        self.save_notes(session);
        self.save_time(session);
        let pictures = self.show(position, session);
        let Some(lesson_id) = self.lesson().map(|lesson| lesson.id.clone()) else {
            return pictures;
        };
        // One durable write: opening a lesson also makes it the place to
        // continue from (its first block).
        let result = session.open_lesson(&self.open.version, &lesson_id);
        self.record(result);
        pictures
    }

    /// Shows the lesson at `position` (its opening is recorded by the
    /// caller); the task reads its pictures.
    fn show(&mut self, position: usize, session: &LearnerSession<'_>) -> Task<Message> {
        self.position = position.min(self.lesson_count().saturating_sub(1));
        let course_id = self.course.id.clone();
        self.blocks = self
            .lesson()
            .map(|lesson| {
                lesson
                    .blocks
                    .iter()
                    .map(|block| shown(block, |id| saved_note(session, &course_id, id)))
                    .collect()
            })
            .unwrap_or_default();
        self.quiz_next = self
            .quiz_after()
            .filter(|quiz| {
                let passed = session
                    .attempts(&course_id, &quiz.id)
                    .map(|attempts| {
                        attempts
                            .iter()
                            .any(|attempt| attempt.outcome.is_some_and(|outcome| outcome.passed))
                    })
                    .unwrap_or(false);
                !passed
            })
            .map(|quiz| quiz.id.clone());
        self.show_cached_pictures();
        self.read_pictures()
    }

    /// The lesson's image blocks, by block index, with their paths.
    fn picture_paths(&self) -> Vec<(usize, String)> {
        self.lesson()
            .into_iter()
            .flat_map(|lesson| lesson.blocks.iter().enumerate())
            .filter(|(_, block)| block.kind == BlockKind::Image)
            .filter_map(|(index, block)| Some((index, block.src.clone()?)))
            .collect()
    }

    /// Shows the pictures of the lesson that were read before.
    fn show_cached_pictures(&mut self) {
        for (index, src) in self.picture_paths() {
            if let (Some(cached), Some(Shown::Picture { picture, .. })) =
                (self.pictures.get(&src), self.blocks.get_mut(index))
            {
                *picture = cached.clone();
            }
        }
    }

    /// Reads the pictures of the lesson shown that were not read before, off
    /// the UI thread.
    fn read_pictures(&self) -> Task<Message> {
        let wanted: Vec<((usize, String), String)> = self
            .picture_paths()
            .into_iter()
            .filter(|(_, src)| !self.pictures.contains_key(src))
            .map(|(index, src)| ((index, src.clone()), src))
            .collect();
        let position = self.position;
        read_all(course_folder(&self.open.loaded), wanted, move |pictures| {
            Message::PicturesRead(position, pictures)
        })
    }

    /// Whether pictures of the lesson shown are still being read.
    pub fn is_reading_pictures(&self) -> bool {
        self.blocks.iter().any(|block| {
            matches!(
                block,
                Shown::Picture {
                    picture: Picture::Reading,
                    ..
                }
            )
        })
    }

    /// Marks the lesson read, with its reading time (its completed statement
    /// carries it as its duration), and opens the lesson at `next` if given:
    /// one durable write when the learner reaches Next.
    fn complete(&mut self, session: &LearnerSession<'_>, next: Option<usize>) {
        let seconds = self.clock.take_seconds();
        let Some(lesson_id) = self.lesson().map(|lesson| lesson.id.clone()) else {
            return;
        };
        let next_id = next
            .and_then(|position| self.lesson_at(position))
            .map(|lesson| lesson.id.clone());
        let result = session.complete_lesson_and_open(
            &self.open.version,
            &lesson_id,
            seconds,
            next_id.as_deref(),
        );
        self.record(result);
    }

    fn record(&mut self, result: crate::progress::Result<()>) {
        self.problem = result.err();
    }

    /// What Tab moves through, in the order shown.
    pub fn focus_order(&self) -> Vec<Focus<Message>> {
        let mut order = vec![
            Focus::Press("back".into(), Message::Back),
            Focus::Press("toggle-outline".into(), Message::ToggleOutline),
        ];
        if self.outline_open {
            let mut position = 0;
            for module in &self.course.modules {
                for lesson in &module.lessons {
                    order.push(Focus::Press(
                        format!("outline-{}", lesson.id),
                        Message::Open(position),
                    ));
                    position += 1;
                }
                if let Some(quiz) = &module.quiz {
                    order.push(outline_quiz_focus(quiz));
                }
            }
            if let Some(quiz) = &self.course.final_assessment {
                order.push(outline_quiz_focus(quiz));
            }
        }
        for (index, block) in self.blocks.iter().enumerate() {
            if matches!(block, Shown::Reflection { .. }) {
                order.push(Focus::Field(format!("note-{index}")));
            }
        }
        if self.position > 0 {
            order.push(Focus::Press("previous".into(), Message::Previous));
        }
        order.push(Focus::Press("next".into(), Message::Next));
        order
    }

    /// Whether a note has been typed and not saved yet.
    pub fn has_unsaved_notes(&self) -> bool {
        self.blocks
            .iter()
            .any(|block| matches!(block, Shown::Reflection { unsaved: true, .. }))
    }

    /// Saves every note typed since the last save.
    pub fn save_notes(&mut self, session: &LearnerSession<'_>) {
        let version = self.open.version.clone();
        let mut failure = None;
        for block in &mut self.blocks {
            if let Shown::Reflection {
                id, note, unsaved, ..
            } = block
                && *unsaved
            {
                match session.save_note(&version, id, &note.text()) {
                    Ok(()) => *unsaved = false,
                    // Kept as unsaved: the next tick tries again, the text stays on screen.
                    Err(error) => {
                        log::warn!("the note on {id} could not be saved: {error}");
                        failure = Some(error);
                    }
                }
            }
        }
        if failure.is_some() {
            self.problem = failure;
        }
    }

    /// Adds the reading time counted on the lesson shown to its progress.
    pub fn save_time(&mut self, session: &LearnerSession<'_>) {
        let seconds = self.clock.take_seconds();
        let Some(lesson_id) = self.lesson().map(|lesson| lesson.id.clone()) else {
            return;
        };
        if seconds == 0 {
            return;
        }
        if let Err(error) = session.add_lesson_time(&self.open.version, &lesson_id, seconds) {
            // Reading time is a figure for reports: the learner reads on.
            log::warn!("the reading time on {lesson_id} could not be saved: {error}");
        }
    }

    /// The note shown on the reflection block with this id.
    pub fn note_text(&self, block_id: &str) -> Option<String> {
        self.blocks.iter().find_map(|block| match block {
            Shown::Reflection { id, note, .. } if id == block_id => Some(note.text()),
            _ => None,
        })
    }

    /// The problem saving progress shown, if any.
    pub fn problem(&self) -> Option<&crate::progress::Error> {
        self.problem.as_ref()
    }

    /// Handles a message.
    pub fn update(
        &mut self,
        message: Message,
        session: &LearnerSession<'_>,
    ) -> (Task<Message>, Option<Event>) {
        let to_top =
            || iced::widget::operation::snap_to(SCROLL_ID, scrollable::RelativeOffset::START);
        match message {
            Message::Back => {
                self.save_notes(session);
                self.save_time(session);
                (Task::none(), Some(Event::Back(self.open.clone())))
            }
            Message::Previous if self.position > 0 => {
                let pictures = self.open(self.position - 1, session);
                (Task::batch([to_top(), pictures]), None)
            }
            Message::Previous => (Task::none(), None),
            Message::Next => {
                // The lesson that follows, when Next leads to one (not to a
                // quiz or out of the course): opened in the same write.
                let next = (self.quiz_next.is_none() && self.position + 1 < self.lesson_count())
                    .then_some(self.position + 1);
                self.save_notes(session);
                self.complete(session, next);
                if self.problem.is_some() {
                    // Stay: the learner sees that the lesson could not be marked.
                    return (Task::none(), None);
                }
                match record_completion(&self.open, session, &self.keyring) {
                    Ok(Some(signed)) => {
                        self.save_notes(session);
                        let event = Event::CertificateIssued(self.open.clone(), Box::new(signed));
                        return (Task::none(), Some(event));
                    }
                    Ok(None) => self.completion_problem = None,
                    // The lesson is saved: the learner reads on, told what failed.
                    Err(problem) => self.completion_problem = Some(problem),
                }
                if let Some(quiz_id) = self.quiz_next.clone() {
                    self.save_notes(session);
                    let open = self.open.clone();
                    (Task::none(), Some(Event::OpenQuiz { open, quiz_id }))
                } else if let Some(next) = next {
                    let pictures = self.show(next, session);
                    (Task::batch([to_top(), pictures]), None)
                } else {
                    self.save_notes(session);
                    (Task::none(), Some(Event::Back(self.open.clone())))
                }
            }
            Message::Open(position) => {
                let pictures = self.open(position, session);
                (Task::batch([to_top(), pictures]), None)
            }
            Message::OpenQuiz(quiz_id) => {
                self.save_notes(session);
                self.save_time(session);
                let open = self.open.clone();
                (Task::none(), Some(Event::OpenQuiz { open, quiz_id }))
            }
            Message::EditNote(index, action) => {
                if let Some(Shown::Reflection { note, unsaved, .. }) = self.blocks.get_mut(index) {
                    let edits = action.is_edit();
                    note.perform(action);
                    *unsaved |= edits;
                }
                (Task::none(), None)
            }
            Message::ToggleOutline => {
                self.outline_open = !self.outline_open;
                (Task::none(), None)
            }
            Message::Link(url) => (Task::none(), Some(Event::OpenLink(url))),
            Message::PicturesRead(position, pictures) => {
                for ((index, src), picture) in pictures {
                    // Pictures of a lesson left meanwhile are kept, not shown.
                    if position == self.position
                        && let Some(Shown::Picture { picture: shown, .. }) =
                            self.blocks.get_mut(index)
                    {
                        *shown = picture.clone();
                    }
                    self.pictures.insert(src, picture);
                }
                (Task::none(), None)
            }
            Message::Input(now) | Message::Away(now) | Message::Tick(now) => {
                match message {
                    Message::Input(_) => self.clock.input(now),
                    Message::Away(_) => self.clock.away(now),
                    _ => self.clock.tick(now),
                }
                if self.clock.pending_seconds() >= TIME_SAVE_SECONDS {
                    self.save_time(session);
                }
                (Task::none(), None)
            }
        }
    }
}

/// A learner's saved note, or nothing (a note that cannot be read starts empty;
/// the problem shows when saving).
fn saved_note(session: &LearnerSession<'_>, course_id: &str, block_id: &str) -> String {
    session
        .note(course_id, block_id)
        .ok()
        .flatten()
        .map(|note| note.text)
        .unwrap_or_default()
}

fn shown(block: &Block, note: impl Fn(&str) -> String) -> Shown {
    let text = || course_text::Document::parse(block.text.as_deref().unwrap_or_default());
    match block.kind {
        BlockKind::Markdown => Shown::Text(text()),
        BlockKind::Image => Shown::Picture {
            // Read off the UI thread once the lesson shows (see `State::open`).
            picture: if block.src.is_some() {
                Picture::Reading
            } else {
                Picture::Missing(String::new())
            },
            alt: block.alt.clone().unwrap_or_default(),
            caption: block.caption.clone(),
        },
        BlockKind::Callout => Shown::Callout {
            style: block.style.unwrap_or(CalloutStyle::Note),
            title: block.title.clone(),
            body: text(),
        },
        BlockKind::CaseStudy => Shown::CaseStudy {
            title: block.title.clone().unwrap_or_default(),
            body: text(),
        },
        BlockKind::Reflection => {
            let id = block.id.clone().unwrap_or_default();
            Shown::Reflection {
                prompt: block.prompt.clone().unwrap_or_default(),
                note: iced::widget::text_editor::Content::with_text(&note(&id)),
                id,
                unsaved: false,
            }
        }
    }
}
