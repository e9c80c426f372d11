//! The course overview: what the course holds, module by module, and the way in.

use crate::course::{Course, LoadedCourse, Quiz};
use crate::gui::theme;
use crate::gui::widget::Look;
use crate::i18n::Localizer;
use fluent::fluent_args;
use iced::widget::{Column, button, column, container, scrollable};
use iced::{Element, Fill, Task};
use std::sync::Arc;

/// The id of the overview's scrollable area, for keyboard scrolling.
pub const SCROLL_ID: &str = "course-scroll";

/// The course overview screen.
#[derive(Debug)]
pub struct State {
    loaded: LoadedCourse,
    course: Arc<Course>,
}

/// What can happen on the overview.
#[derive(Debug, Clone)]
pub enum Message {
    /// Back to the library.
    Back,
    /// Open the lesson at this position in reading order.
    OpenLesson(usize),
    /// Open the quiz with this id (a module quiz or the final assessment).
    OpenQuiz(String),
}

/// What the overview asks of the app.
#[derive(Debug, Clone)]
pub enum Event {
    /// Go back to the library.
    Back,
    /// Open a lesson of this course.
    OpenLesson {
        /// The course, as loaded.
        loaded: LoadedCourse,
        /// The course in the language shown.
        course: Arc<Course>,
        /// The lesson's position in reading order.
        position: usize,
    },
    /// Open the quiz with this id.
    OpenQuiz(String),
}

impl State {
    /// The overview of `loaded`, in the interface language when translated.
    /// `None` when the course did not load.
    pub fn new(loaded: LoadedCourse, language: &str) -> Option<Self> {
        let course = Arc::clone(loaded.in_language(language)?);
        Some(Self { loaded, course })
    }

    /// The course shown.
    pub fn course(&self) -> &Course {
        &self.course
    }

    /// The course as loaded, with every translation.
    pub fn loaded(&self) -> &LoadedCourse {
        &self.loaded
    }

    /// Handles a message.
    pub fn update(&mut self, message: Message) -> (Task<Message>, Option<Event>) {
        let event = match message {
            Message::Back => Event::Back,
            Message::OpenLesson(position) => Event::OpenLesson {
                loaded: self.loaded.clone(),
                course: Arc::clone(&self.course),
                position,
            },
            Message::OpenQuiz(quiz_id) => Event::OpenQuiz(quiz_id),
        };
        (Task::none(), Some(event))
    }

    /// Draws the screen.
    pub fn view<'a>(&'a self, locale: &Localizer, look: Look) -> Element<'a, Message> {
        let course = &self.course;
        let mut page = column![
            look.heading(course.title.clone(), theme::H1),
            look.colored(
                locale.text_with(
                    "course-by",
                    &fluent_args!["publisher" => course.publisher.clone()]
                ),
                theme::SMALL,
                theme::MUTED
            ),
            look.text(course.summary.clone(), theme::BODY),
        ]
        .spacing(8);
        if !course
            .modules
            .iter()
            .all(|module| module.lessons.is_empty())
        {
            let start = button(look.label(locale.text("course-start"), theme::BODY))
                .on_press(Message::OpenLesson(0))
                .padding([10, 24])
                .style(button::primary);
            page = page.push(container(look.start(container(start).id("start"))).padding([16, 0]));
        }
        let mut position = 0;
        for (number, module) in course.modules.iter().enumerate() {
            let mut section = Column::new().spacing(6).push(look.heading(
                locale.text_with(
                    "course-module-heading",
                    &fluent_args!["number" => number + 1, "title" => module.title.clone()],
                ),
                theme::H3,
            ));
            if !module.summary.trim().is_empty() {
                section =
                    section.push(look.colored(module.summary.clone(), theme::BODY, theme::MUTED));
            }
            for lesson in &module.lessons {
                let label = look.row(vec![
                    look.label(lesson.title.clone(), theme::BODY),
                    look.label(
                        locale.text_with(
                            "course-duration",
                            &fluent_args!["minutes" => lesson.estimated_minutes],
                        ),
                        theme::SMALL,
                    ),
                ]);
                let open = button(label.spacing(12).align_y(iced::Center))
                    .on_press(Message::OpenLesson(position))
                    .padding([6, 12])
                    .style(theme::text_button);
                section =
                    section.push(look.start(container(open).id(format!("lesson-{}", lesson.id))));
                position += 1;
            }
            if let Some(quiz) = &module.quiz {
                section = section.push(quiz_line(quiz, locale, look));
            }
            page = page.push(
                container(section)
                    .padding(20)
                    .width(Fill)
                    .style(theme::card),
            );
        }
        if let Some(quiz) = &course.final_assessment {
            let section = column![
                look.heading(quiz.title.clone(), theme::H3),
                quiz_line(quiz, locale, look)
            ]
            .spacing(6);
            page = page.push(
                container(section)
                    .padding(20)
                    .width(Fill)
                    .style(theme::card),
            );
        }
        if let Some(certificate) = course.certificate.as_ref().filter(|c| c.enabled) {
            page = page.push(look.colored(
                locale.text_with(
                    "course-certificate",
                    &fluent_args!["organisation" => certificate.organisation.clone()],
                ),
                theme::BODY,
                theme::MUTED,
            ));
        }
        let page = container(page.spacing(16))
            .max_width(theme::CONTENT_WIDTH)
            .padding(32);
        column![
            top_bar(locale, look),
            scrollable(container(page).center_x(Fill))
                .id(SCROLL_ID)
                .height(Fill),
        ]
        .into()
    }
}

/// One line about a quiz: how many questions an attempt asks and the pass mark.
fn quiz_line<'a>(quiz: &Quiz, locale: &Localizer, look: Look) -> Element<'a, Message> {
    let asked = quiz.draw.map_or(quiz.questions.len(), |draw| draw as usize);
    let percent = (quiz.pass_mark * 100.0).round();
    let mut line = locale.text_with(
        "course-quiz-line",
        &fluent_args!["title" => quiz.title.clone(), "count" => asked, "percent" => percent],
    );
    if let Some(attempts) = quiz.max_attempts {
        line.push(' ');
        line.push_str(
            &locale.text_with("course-quiz-attempts", &fluent_args!["count" => attempts]),
        );
    }
    let open = button(look.label(locale.text("course-take-quiz"), theme::BODY))
        .on_press(Message::OpenQuiz(quiz.id.clone()))
        .padding([6, 16])
        .style(button::secondary);
    container(
        column![
            look.text(line, theme::BODY),
            look.start(container(open).id(format!("quiz-{}", quiz.id)))
        ]
        .spacing(8),
    )
    .padding([4, 12])
    .into()
}

/// The band across the top, with the way back to the library.
fn top_bar<'a>(locale: &Localizer, look: Look) -> Element<'a, Message> {
    look.top_bar(vec![
        look.bar_button(locale.text("nav-library"), Message::Back, "back"),
        look.heading(locale.text("app-title"), theme::H3).into(),
    ])
}
