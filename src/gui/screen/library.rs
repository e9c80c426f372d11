//! The library: every course found, with what it holds, and for a broken course
//! its problems in plain words.

use crate::course::{
    Cached, CourseCard, LoadedCourse, TrustedPublishers, read_index, refresh_index,
};
use crate::gui::error_text::ErrorText;
use crate::gui::theme;
use crate::gui::widget::{Focus, Look};
use crate::i18n::Localizer;
use fluent::fluent_args;
use iced::widget::{Column, column, container};
use iced::{Element, Task};
use std::collections::HashMap;
use std::path::PathBuf;

mod card;
use card::card_view;

/// How many problems a broken course shows before "Show all".
const PROBLEMS_SHOWN: usize = 3;

/// The id of the library's scrollable area, for keyboard scrolling.
pub const SCROLL_ID: &str = "library-scroll";

/// The library screen.
#[derive(Debug)]
pub struct State {
    course_dirs: Vec<PathBuf>,
    index_file: PathBuf,
    courses: Courses,
    learner_name: String,
    progress: HashMap<String, CourseProgress>,
    problem: Option<ErrorText>,
    /// The card whose course is being read in full, off the UI thread.
    opening: Option<usize>,
    /// How many cards are laid out: the first frame draws a screenful, the
    /// next one the rest (see [`FIRST_CARDS`]).
    drawn_cards: usize,
    /// Whether every card was drawn once: later loads draw them all at once.
    all_drawn: bool,
    /// The keys this device trusts to publish courses, for the cards' marks.
    trusted: TrustedPublishers,
}

/// The cards laid out for the library's first frame: more than a tall
/// screen shows. Laying out and shaping the text of every card costs about a
/// millisecond each, so a library of fifty courses draws its first frame with
/// these and the others one frame later, before anyone can scroll to them.
pub const FIRST_CARDS: usize = 6;

/// How far the learner has come in a course, for its card.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CourseProgress {
    /// Lessons of the course the learner has completed.
    pub lessons_completed: usize,
    /// Lessons in the course.
    pub lessons_total: usize,
    /// Whether the learner has opened the course before.
    pub started: bool,
    /// Whether the learner has completed the course.
    pub completed: bool,
}

/// Whether the courses have been read yet.
#[derive(Debug)]
enum Courses {
    Loading,
    Loaded(Vec<Card>),
}

/// One course in the library.
#[derive(Debug)]
struct Card {
    loaded: CourseCard,
    show_all_problems: bool,
}

/// What can happen on the library screen.
#[derive(Debug, Clone)]
pub enum Message {
    /// The library index was read: its cards, and whether a course changed
    /// on disk since (then the changed courses are read in the background).
    Cached(Cached),
    /// The cards are up to date with the course folders (the index refreshed).
    Loaded(Vec<CourseCard>),
    /// The learner asked to read the course folders again.
    Reload,
    /// Show every problem of the card at this position, or only the first few.
    ToggleProblems(usize),
    /// Open the course of the card at this position.
    Open(usize),
    /// The course asked for was read in full (off the UI thread).
    CourseRead(Box<LoadedCourse>),
    /// A frame was drawn with the first cards: lay out the others.
    DrawRest,
    /// Hand the device to another learner.
    SwitchLearner,
    /// Open Settings.
    OpenSettings,
    /// Open the trainer area.
    OpenTrainer,
}

/// What the library asks of the app.
#[derive(Debug, Clone)]
pub enum Event {
    /// Read this course in full (then hand it back as
    /// [`Message::CourseRead`]).
    OpenCourse(CourseCard),
    /// The course asked for was read: show its overview, or why it cannot open.
    CourseRead(Box<LoadedCourse>),
    /// Go back to the learner picker.
    SwitchLearner,
    /// Open Settings.
    OpenSettings,
    /// The courses were read: the app fills in the learner's progress.
    CoursesRead,
    /// Show the trainer area.
    OpenTrainer,
}

impl State {
    /// The library of the courses in `course_dirs`, drawn from the index at
    /// `index_file` (read in the background, then refreshed there when a
    /// course changed on disk).
    pub fn new(
        course_dirs: Vec<PathBuf>,
        index_file: PathBuf,
        learner_name: String,
    ) -> (Self, Task<Message>) {
        let state = Self {
            course_dirs,
            index_file,
            courses: Courses::Loading,
            learner_name,
            progress: HashMap::new(),
            problem: None,
            opening: None,
            drawn_cards: 0,
            all_drawn: false,
            trusted: TrustedPublishers::new(),
        };
        let task = state.load();
        (state, task)
    }

    /// Reads the index (stamps only, no course parsed), off the UI thread.
    fn load(&self) -> Task<Message> {
        let dirs = self.course_dirs.clone();
        let file = self.index_file.clone();
        crate::gui::blocking::run(move || read_index(&file, &dirs), Message::Cached)
    }

    /// Reads again the courses changed on disk and saves the index, off the UI thread.
    fn refresh(&self) -> Task<Message> {
        let dirs = self.course_dirs.clone();
        let file = self.index_file.clone();
        crate::gui::blocking::run(move || refresh_index(&file, &dirs), Message::Loaded)
    }

    /// The courses shown, once loaded.
    pub fn courses(&self) -> Option<impl Iterator<Item = &CourseCard>> {
        match &self.courses {
            Courses::Loading => None,
            Courses::Loaded(cards) => Some(cards.iter().map(|card| &card.loaded)),
        }
    }

    /// What Tab moves through, in the order shown.
    pub fn focus_order(&self) -> Vec<Focus<Message>> {
        let mut order = vec![
            Focus::Press("switch-learner".into(), Message::SwitchLearner),
            Focus::Press("settings".into(), Message::OpenSettings),
            Focus::Press("reload".into(), Message::Reload),
            Focus::Press("trainer".into(), Message::OpenTrainer),
        ];
        if let Courses::Loaded(cards) = &self.courses {
            for (index, card) in cards.iter().enumerate().take(self.drawn_cards) {
                if card.loaded.is_usable() {
                    order.push(Focus::Press(
                        format!("open-course-{index}"),
                        Message::Open(index),
                    ));
                    if card.loaded.warning_count() > 0 {
                        order.push(Focus::Press(
                            format!("toggle-problems-{index}"),
                            Message::ToggleProblems(index),
                        ));
                    }
                } else if card.loaded.diagnostics.len() > PROBLEMS_SHOWN {
                    order.push(Focus::Press(
                        format!("toggle-problems-{index}"),
                        Message::ToggleProblems(index),
                    ));
                }
            }
        }
        order
    }

    /// Shows the learner's progress on the cards, by course id.
    pub fn set_progress(&mut self, progress: HashMap<String, CourseProgress>) {
        self.progress = progress;
    }

    /// The keys this device trusts to publish courses: a signed course's card
    /// says "verified" when its key is among them.
    pub fn set_trusted(&mut self, trusted: TrustedPublishers) {
        self.trusted = trusted;
    }

    /// Shows a problem opening a course above the cards.
    pub fn set_problem(&mut self, problem: ErrorText) {
        self.problem = Some(problem);
    }

    /// The problem shown above the cards, if any.
    pub fn problem(&self) -> Option<&ErrorText> {
        self.problem.as_ref()
    }

    /// Whether a course is being read to open (its card says so meanwhile).
    pub fn is_opening(&self) -> bool {
        self.opening.is_some()
    }

    /// The learner's progress shown for a course.
    pub fn progress(&self, course_id: &str) -> Option<CourseProgress> {
        self.progress.get(course_id).copied()
    }

    /// Shows `courses`, keeping which cards list all their problems.
    fn show(&mut self, courses: Vec<CourseCard>) {
        let expanded: Vec<PathBuf> = match &self.courses {
            Courses::Loaded(cards) => cards
                .iter()
                .filter(|card| card.show_all_problems)
                .map(|card| card.loaded.origin.clone())
                .collect(),
            Courses::Loading => Vec::new(),
        };
        let cards: Vec<Card> = courses
            .into_iter()
            .map(|loaded| Card {
                show_all_problems: expanded.contains(&loaded.origin),
                loaded,
            })
            .collect();
        let count = cards.len();
        self.drawn_cards = if self.all_drawn {
            count
        } else {
            count.min(FIRST_CARDS)
        };
        self.all_drawn = self.drawn_cards == count;
        self.courses = Courses::Loaded(cards);
    }

    /// Whether cards are waiting for the next frame to be laid out.
    pub fn is_drawing_rest(&self) -> bool {
        !self.all_drawn && matches!(self.courses, Courses::Loaded(_))
    }

    /// Handles a message.
    pub fn update(&mut self, message: Message) -> (Task<Message>, Option<Event>) {
        match message {
            Message::Cached(cached) => {
                let refresh = if cached.stale {
                    self.refresh()
                } else {
                    Task::none()
                };
                // A first start has no index yet: "Loading" until it is built.
                if cached.cards.is_empty() && cached.stale {
                    return (refresh, None);
                }
                self.show(cached.cards);
                (refresh, Some(Event::CoursesRead))
            }
            Message::Loaded(courses) => {
                self.show(courses);
                (Task::none(), Some(Event::CoursesRead))
            }
            Message::Reload => {
                self.courses = Courses::Loading;
                (self.refresh(), None)
            }
            Message::ToggleProblems(index) => {
                if let Courses::Loaded(cards) = &mut self.courses
                    && let Some(card) = cards.get_mut(index)
                {
                    card.show_all_problems = !card.show_all_problems;
                }
                (Task::none(), None)
            }
            Message::Open(_) if self.opening.is_some() => (Task::none(), None),
            Message::Open(index) => {
                let card = match &self.courses {
                    Courses::Loaded(cards) => {
                        cards.get(index).filter(|card| card.loaded.is_usable())
                    }
                    Courses::Loading => None,
                };
                let event = card.map(|card| Event::OpenCourse(card.loaded.clone()));
                if event.is_some() {
                    self.opening = Some(index);
                }
                (Task::none(), event)
            }
            Message::DrawRest => {
                if let Courses::Loaded(cards) = &self.courses {
                    self.drawn_cards = cards.len();
                    self.all_drawn = true;
                }
                (Task::none(), None)
            }
            Message::CourseRead(loaded) => {
                self.opening = None;
                (Task::none(), Some(Event::CourseRead(loaded)))
            }
            Message::SwitchLearner => (Task::none(), Some(Event::SwitchLearner)),
            Message::OpenSettings => (Task::none(), Some(Event::OpenSettings)),
            Message::OpenTrainer => (Task::none(), Some(Event::OpenTrainer)),
        }
    }

    /// Draws the screen.
    pub fn view<'a>(&'a self, locale: &Localizer, look: Look) -> Element<'a, Message> {
        let body: Element<'a, Message> = match &self.courses {
            Courses::Loading => {
                container(look.colored(locale.text("library-loading"), theme::BODY, look.muted))
                    .padding(32)
                    .into()
            }
            Courses::Loaded(cards) if cards.is_empty() => self.empty(locale, look),
            Courses::Loaded(cards) => {
                let count =
                    locale.text_with("library-count", &fluent_args!["count" => cards.len()]);
                let mut list = column![
                    look.heading(locale.text("library-heading"), theme::H1),
                    look.muted(count, theme::BODY),
                ]
                .spacing(8);
                if let Some(problem) = &self.problem {
                    list = list.push(look.error(locale.text_with(
                        "library-open-failed",
                        &fluent_args!["problem" => problem.show(locale)],
                    )));
                }
                for (index, card) in cards.iter().enumerate().take(self.drawn_cards) {
                    let progress = card
                        .loaded
                        .id
                        .as_ref()
                        .and_then(|id| self.progress.get(id))
                        .copied()
                        .unwrap_or_default();
                    let opening = self.opening == Some(index);
                    let verdict = self.trusted.verdict(card.loaded.signed_by.as_deref());
                    list = list.push(
                        container(card_view(
                            index, card, &verdict, progress, opening, locale, look,
                        ))
                        .padding([8, 0]),
                    );
                }
                list.push(self.folders(locale, look)).into()
            }
        };
        let page = container(body).max_width(theme::CONTENT_WIDTH).padding(32);
        column![
            self.top_bar(locale, look),
            crate::gui::page_frame::scrolled_page(page, SCROLL_ID),
        ]
        .into()
    }

    fn empty<'a>(&'a self, locale: &Localizer, look: Look) -> Element<'a, Message> {
        let folder = self
            .course_dirs
            .get(1)
            .or(self.course_dirs.first())
            .map(|dir| dir.display().to_string())
            .unwrap_or_default();
        column![
            look.heading(locale.text("library-empty-title"), theme::H1),
            look.text(
                locale.text_with(
                    "library-empty-body",
                    &fluent_args!["folder" => locale.isolate(folder)]
                ),
                theme::BODY
            ),
            self.folders(locale, look),
        ]
        .spacing(16)
        .into()
    }

    /// Where courses are read from: trainers need this to add a course by hand.
    fn folders<'a>(&'a self, locale: &Localizer, look: Look) -> Element<'a, Message> {
        let mut list = Column::new().spacing(2).push(look.colored(
            locale.text("library-folders"),
            theme::SMALL,
            look.muted,
        ));
        for dir in &self.course_dirs {
            list = list.push(look.colored(dir.display().to_string(), theme::SMALL, look.muted));
        }
        container(list).padding([24, 0]).into()
    }
}

impl State {
    fn top_bar<'a>(&self, locale: &Localizer, look: Look) -> Element<'a, Message> {
        look.top_bar(vec![
            look.strong(locale.text("app-title"), theme::H3),
            look.bar_button(
                locale.text_with(
                    "library-switch-learner",
                    &fluent_args!["name" => self.learner_name.clone()],
                ),
                Message::SwitchLearner,
                "switch-learner",
            ),
            look.bar_button(
                locale.text("nav-settings"),
                Message::OpenSettings,
                "settings",
            ),
            look.bar_button(locale.text("library-reload"), Message::Reload, "reload"),
            look.bar_button(locale.text("trainer-open"), Message::OpenTrainer, "trainer"),
        ])
    }
}
