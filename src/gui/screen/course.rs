//! The course overview: what the course holds, module by module, and the way in.

use super::OpenCourse;
use crate::certificate::issue::standing;
use crate::certificate::{Eligibility, Standing, eligibility};
use crate::course::{Course, LoadedCourse, Quiz};
use crate::gui::error_text::ErrorText;
use crate::gui::theme;
use crate::gui::widget::{Focus, Look};
use crate::i18n::Localizer;
use crate::progress::{LearnerSession, Store};
use crate::quiz::{NextStep, QuizStatus};
use fluent::fluent_args;
use iced::widget::{Column, button, column, container};
use iced::{Element, Fill, Task};
use std::sync::Arc;

/// The id of the overview's scrollable area, for keyboard scrolling.
pub const SCROLL_ID: &str = "course-scroll";

/// The course overview screen.
#[derive(Debug)]
pub struct State {
    open: OpenCourse,
    standing: Standing,
    remaining: Eligibility,
    /// Where "Continue where you left off" goes, in reading order.
    resume_at: Option<usize>,
    /// A quiz the learner left mid-attempt, which "Continue" resumes first.
    unfinished_quiz: Option<String>,
    started: bool,
    /// The Fluent id of the back button's label ("Library", or in a preview
    /// "Close preview").
    back_label: &'static str,
    /// Who signed the package the course was installed from, and whether
    /// this device trusts the key.
    publisher: crate::course::Verdict,
}

/// What can happen on the overview.
#[derive(Debug, Clone)]
pub enum Message {
    /// Back to the library.
    Back,
    /// Open the lesson at this position in reading order.
    OpenLesson(usize),
    /// Continue where the learner left off.
    Continue,
    /// Open a quiz (or the final assessment) by id.
    OpenQuiz(String),
    /// Show the certificate, or what is left to earn it.
    OpenCertificate,
}

/// What the overview asks of the app.
#[derive(Debug, Clone)]
pub enum Event {
    /// Go back to the library.
    Back,
    /// Open a lesson of this course.
    OpenLesson {
        /// The course opened.
        open: OpenCourse,
        /// The lesson's position in reading order.
        position: usize,
    },
    /// Open a quiz (or the final assessment) of this course.
    OpenQuiz {
        /// The course opened.
        open: OpenCourse,
        /// The quiz's id.
        quiz_id: String,
    },
    /// Show the certificate, or what is left to earn it.
    OpenCertificate(OpenCourse),
}

impl State {
    /// The overview of `loaded`, in the interface language when translated,
    /// with the learner's progress. Opening it registers the course version and
    /// enrolls the learner. Fails with a message when the course did not load or
    /// the store cannot record it.
    pub fn new(
        loaded: LoadedCourse,
        language: &str,
        store: &Store,
        session: &LearnerSession<'_>,
    ) -> Result<Self, ErrorText> {
        let (Some(original), Some(shown)) = (loaded.course.as_ref(), loaded.in_language(language))
        else {
            return Err(
                ErrorText::new("error-course-broken").value("course", loaded.display_name())
            );
        };
        let version = store.register_course(original)?;
        session.enroll(&version)?;
        let course = Arc::clone(shown);
        let standing = standing(session, &course)?;
        let remaining = eligibility(&course, &standing);
        let enrollment = session.enrollment(&course.id)?;
        let started = !standing.lessons_completed.is_empty()
            || enrollment
                .as_ref()
                .is_some_and(|enrollment| enrollment.position.is_some());
        let saved = enrollment.and_then(|enrollment| enrollment.position);
        // A quiz left mid-attempt is where the learner was: Continue resumes it.
        let unfinished_quiz = saved.as_ref().and_then(|position| {
            standing
                .quizzes
                .get(&position.item_id)
                .filter(|status| status.next == NextStep::Resume)
                .map(|_| position.item_id.clone())
        });
        let saved_lesson = saved.and_then(|position| {
            course
                .lessons()
                .position(|lesson| lesson.id == position.item_id)
        });
        let first_unread = course
            .lessons()
            .position(|lesson| !standing.lessons_completed.contains(&lesson.id));
        let resume_at = saved_lesson.or(first_unread);
        Ok(Self {
            open: OpenCourse {
                loaded,
                course,
                version,
            },
            standing,
            remaining,
            resume_at,
            unfinished_quiz,
            started,
            back_label: "nav-library",
            publisher: crate::course::Verdict::Unsigned,
        })
    }

    /// Shows who published the course ("verified" when the key is trusted here).
    pub fn set_publisher(&mut self, publisher: crate::course::Verdict) {
        self.publisher = publisher;
    }

    /// Labels the back button with the Fluent message `id` (where back leads
    /// somewhere other than the library).
    pub fn set_back_label(&mut self, id: &'static str) {
        self.back_label = id;
    }

    /// The course opened, with its files and version.
    pub fn open(&self) -> &OpenCourse {
        &self.open
    }

    /// The course shown.
    pub fn course(&self) -> &Course {
        &self.open.course
    }

    /// Whether the learner completed the lesson with this id.
    pub fn lesson_completed(&self, lesson_id: &str) -> bool {
        self.standing.lessons_completed.contains(lesson_id)
    }

    /// The learner's standing on a quiz they have attempted.
    pub fn quiz_status(&self, quiz_id: &str) -> Option<&QuizStatus> {
        self.standing.quizzes.get(quiz_id)
    }

    /// What is left before the course is complete.
    pub fn remaining(&self) -> &Eligibility {
        &self.remaining
    }

    /// Where "Continue" goes, in reading order.
    pub fn resume_at(&self) -> Option<usize> {
        self.resume_at
    }

    /// What Tab moves through, in the order shown.
    pub fn focus_order(&self) -> Vec<Focus<Message>> {
        let course = &self.open.course;
        let mut order = vec![Focus::Press("back".into(), Message::Back)];
        if course.lesson_count() > 0 {
            order.push(Focus::Press("start".into(), Message::Continue));
        }
        let mut position = 0;
        for module in &course.modules {
            for lesson in &module.lessons {
                order.push(Focus::Press(
                    format!("lesson-{}", lesson.id),
                    Message::OpenLesson(position),
                ));
                position += 1;
            }
            if let Some(quiz) = &module.quiz {
                order.push(quiz_focus(quiz));
            }
        }
        if let Some(quiz) = &course.final_assessment {
            order.push(quiz_focus(quiz));
        }
        if course.certificate.as_ref().is_some_and(|c| c.enabled) {
            order.push(Focus::Press("certificate".into(), Message::OpenCertificate));
        }
        order
    }

    /// The course as loaded, with every translation.
    pub fn loaded(&self) -> &LoadedCourse {
        &self.open.loaded
    }

    /// Handles a message.
    pub fn update(&mut self, message: Message) -> (Task<Message>, Option<Event>) {
        let event = match message {
            Message::Back => Event::Back,
            Message::OpenLesson(position) => Event::OpenLesson {
                open: self.open.clone(),
                position,
            },
            Message::Continue => match &self.unfinished_quiz {
                Some(quiz_id) => Event::OpenQuiz {
                    open: self.open.clone(),
                    quiz_id: quiz_id.clone(),
                },
                None => Event::OpenLesson {
                    open: self.open.clone(),
                    position: self.resume_at.unwrap_or(0),
                },
            },
            Message::OpenQuiz(quiz_id) => Event::OpenQuiz {
                open: self.open.clone(),
                quiz_id,
            },
            Message::OpenCertificate => Event::OpenCertificate(self.open.clone()),
        };
        (Task::none(), Some(event))
    }

    /// Draws the screen.
    pub fn view<'a>(&'a self, locale: &Localizer, look: Look) -> Element<'a, Message> {
        let course = &self.open.course;
        let mut page = column![
            look.heading(course.title.clone(), theme::H1),
            look.colored(
                locale.text_with(
                    "course-by",
                    &fluent_args!["publisher" => course.publisher.clone()]
                ),
                theme::SMALL,
                look.muted
            ),
            crate::gui::publisher::badge(&self.publisher, "publisher", locale, look),
            look.text(course.summary.clone(), theme::BODY),
        ]
        .spacing(8);
        let shown_in = crate::i18n::Language::from_tag(&course.language).map(|l| l.tag);
        if shown_in != Some(locale.language().tag) {
            page = page.push(
                container(look.text(
                    locale.text_with(
                        "course-not-translated",
                        &fluent_args!["language" => crate::i18n::language_name(&course.language)],
                    ),
                    theme::BODY,
                ))
                .padding([8, 12])
                .width(Fill)
                .style(theme::warning_pill),
            );
        } else if let Some(original) = self
            .open
            .loaded
            .course
            .as_ref()
            .filter(|_| self.open.loaded.partly_translated(locale.language().tag))
        {
            page = page.push(super::partly_translated_notice(
                &original.language,
                locale,
                look,
            ));
        }
        if !course
            .modules
            .iter()
            .all(|module| module.lessons.is_empty())
        {
            let label = if self.started {
                "course-continue-where"
            } else {
                "course-start"
            };
            let start = button(look.label(locale.text(label), theme::BODY))
                .on_press(Message::Continue)
                .padding([10, 24])
                .style(button::primary);
            page = page.push(container(look.start(look.action("start", start))).padding([16, 0]));
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
                    section.push(look.colored(module.summary.clone(), theme::BODY, look.muted));
            }
            for lesson in &module.lessons {
                let done = self.lesson_completed(&lesson.id);
                let mark = if done {
                    container(look.strong(locale.text("course-lesson-done"), theme::SMALL))
                        .padding([1, 8])
                        .style(theme::success_pill)
                } else {
                    container(look.label(locale.text("course-lesson-todo"), theme::SMALL))
                        .padding([1, 8])
                        .style(theme::chip)
                };
                let label = look.row(vec![
                    mark.into(),
                    look.label(lesson.title.clone(), theme::BODY),
                    look.label(
                        crate::course::length_phrase(locale, lesson.estimated_minutes),
                        theme::SMALL,
                    ),
                ]);
                let open = button(label.spacing(12).align_y(iced::Center))
                    .on_press(Message::OpenLesson(position))
                    .padding([6, 12])
                    .style(theme::text_button);
                section =
                    section.push(look.start(look.action(format!("lesson-{}", lesson.id), open)));
                position += 1;
            }
            if let Some(quiz) = &module.quiz {
                section = section.push(self.quiz_line(quiz, locale, look));
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
                self.quiz_line(quiz, locale, look)
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
            page = page.push(self.certificate_card(certificate, locale, look));
        }
        let page = container(page.spacing(16))
            .max_width(theme::CONTENT_WIDTH)
            .padding(32);
        column![
            top_bar(self.back_label, locale, look),
            crate::gui::page_frame::scrolled_page(page, SCROLL_ID),
        ]
        .into()
    }
}

impl State {
    /// A quiz: how many questions an attempt asks, the pass mark, the learner's
    /// standing, and the button to take it.
    fn quiz_line<'a>(&self, quiz: &Quiz, locale: &Localizer, look: Look) -> Element<'a, Message> {
        let asked = quiz.asked_count();
        let percent = (quiz.pass_mark * 100.0).round();
        let mut line = locale.text_with(
            "course-quiz-line",
            &fluent_args!["title" => locale.isolate(&quiz.title), "count" => asked, "percent" => percent],
        );
        if let Some(attempts) = quiz.max_attempts {
            line.push(' ');
            line.push_str(
                &locale.text_with("course-quiz-attempts", &fluent_args!["count" => attempts]),
            );
        }
        let status = self.quiz_status(&quiz.id);
        let standing = match status {
            Some(status) if status.passed => Some(locale.text_with(
                "course-quiz-passed",
                &fluent_args!["percent" => percent_of(status.best_score)],
            )),
            Some(status) if status.next == NextStep::NoAttemptsLeft => Some(locale.text_with(
                "course-quiz-out-of-attempts",
                &fluent_args!["percent" => percent_of(status.best_score)],
            )),
            Some(status) if status.best_score.is_some() => Some(locale.text_with(
                "course-quiz-best",
                &fluent_args![
                    "percent" => percent_of(status.best_score),
                    "left" => status.attempts_left.map_or(-1, i64::from)
                ],
            )),
            _ => None,
        };
        let action = match status.map(|status| status.next) {
            Some(NextStep::Resume) => Some("course-quiz-resume"),
            Some(NextStep::NoAttemptsLeft) => Some("course-quiz-open-locked"),
            _ if status.is_some_and(|status| status.passed) => Some("course-quiz-retake"),
            _ => Some("course-quiz-take"),
        };
        let mut column = Column::new().spacing(6).push(look.text(line, theme::BODY));
        if let Some(standing) = standing {
            column = column.push(look.muted(standing, theme::SMALL));
        }
        if let Some(action) = action {
            let take = button(look.label(locale.text(action), theme::BODY))
                .on_press(Message::OpenQuiz(quiz.id.clone()))
                .padding([6, 16])
                .style(theme::secondary_button);
            column = column.push(look.start(look.action(format!("quiz-{}", quiz.id), take)));
        }
        container(column).padding([4, 12]).into()
    }

    /// What the certificate needs, or that it is ready.
    fn certificate_card<'a>(
        &self,
        certificate: &crate::course::CertificateSettings,
        locale: &Localizer,
        look: Look,
    ) -> Element<'a, Message> {
        let course = &self.open.course;
        let mut card = Column::new().spacing(6).push(look.heading(
            locale.text_with(
                "course-certificate",
                &fluent_args!["organisation" => certificate.organisation.clone()],
            ),
            theme::H3,
        ));
        if self.remaining.is_met() {
            card = card.push(look.text(locale.text("course-certificate-ready"), theme::BODY));
        } else {
            let lessons: Vec<String> = self
                .remaining
                .missing_lessons
                .iter()
                .filter_map(|id| course.lessons().find(|lesson| &lesson.id == id))
                .map(|lesson| lesson.title.clone())
                .collect();
            let quizzes: Vec<String> = self
                .remaining
                .missing_quizzes
                .iter()
                .filter_map(|id| course.quizzes().find(|quiz| &quiz.id == id))
                .map(|quiz| quiz.title.clone())
                .collect();
            card = card.push(look.text(locale.text("course-certificate-needs"), theme::BODY));
            if !lessons.is_empty() {
                card = card.push(look.muted(
                    locale.text_with(
                        "course-certificate-lessons-left",
                        &fluent_args!["count" => lessons.len()],
                    ),
                    theme::BODY,
                ));
            }
            for title in quizzes {
                card = card.push(look.muted(
                    locale.text_with(
                        "course-certificate-quiz-left",
                        &fluent_args!["title" => title],
                    ),
                    theme::BODY,
                ));
            }
        }
        card = card.push(look.start(look.secondary_button(
            "certificate",
            locale.text("course-see-certificate"),
            Message::OpenCertificate,
        )));
        container(card)
            .padding(20)
            .width(Fill)
            .style(if self.remaining.is_met() {
                theme::success_card
            } else {
                theme::card
            })
            .into()
    }
}

fn quiz_focus(quiz: &Quiz) -> Focus<Message> {
    Focus::Press(
        format!("quiz-{}", quiz.id),
        Message::OpenQuiz(quiz.id.clone()),
    )
}

/// A score from 0 to 1 as a whole percentage.
fn percent_of(score: Option<f64>) -> i64 {
    // Scores are between 0 and 1, so the cast cannot overflow.
    #[allow(clippy::cast_possible_truncation)]
    let percent = (score.unwrap_or(0.0) * 100.0).round() as i64;
    percent
}

/// The band across the top, with the way back to the library.
fn top_bar<'a>(back_label: &str, locale: &Localizer, look: Look) -> Element<'a, Message> {
    look.top_bar(vec![
        look.bar_button(locale.text(back_label), Message::Back, "back"),
        look.strong(locale.text("app-title"), theme::H3),
    ])
}
