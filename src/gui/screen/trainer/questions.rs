//! The trainer area's questions tab: how well each question of a quiz works.
//!
//! Pick a course and a quiz; a bar chart shows each question's facility,
//! coloured and marked by its flags; a histogram shows the attempts' scores;
//! the list below names every question with its figures and flags in words,
//! and choosing one (with the mouse on its bar or row, or with the keyboard on
//! its row) opens its text, the share of attempts that picked each option, the
//! right answer and its flags. See `docs/trainers.md` for what each figure means.

use super::chart::{Bar, FacilityChart, Histogram};
use crate::course::{Course, LoadedCourse, Question, Quiz, discover};
use crate::gui::error_text::ErrorText;
use crate::gui::theme::{self};
use crate::gui::widget::{Focus, Look};
use crate::i18n::Localizer;
use crate::paths::Paths;
use crate::progress::Store;
use crate::quiz::analysis::{AttemptScope, QuestionAnalysis, QuizAnalysis};
use fluent::fluent_args;
use iced::widget::{Column, button, canvas, column, container};
use iced::{Element, Fill, Length};
use std::sync::Arc;

mod parts;
use parts::{detail, facts, flag_words, legend, percent, plain, scheme_text, summary, tone};

/// What can happen on the questions tab.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// Analyse the quizzes of the course at this place in the list.
    PickCourse(usize),
    /// Analyse the quiz at this place in the course's list of quizzes.
    PickQuiz(usize),
    /// Switch between first attempts only and every attempt.
    ToggleScope,
    /// Open (or close, when open) the question at this place in the pool.
    PickQuestion(usize),
}

/// The tab's state.
#[derive(Debug, Default)]
pub(super) struct QuestionsForm {
    /// Courses with at least one quiz, read when the tab first opens.
    courses: Option<Vec<LoadedCourse>>,
    course: usize,
    quiz: usize,
    scope: AttemptScope,
    analysis: Option<Result<QuizAnalysis, ErrorText>>,
    selected: Option<usize>,
}

/// The quizzes of a course in course order, the final assessment last.
fn quizzes(course: &Course) -> Vec<&Quiz> {
    course
        .modules
        .iter()
        .filter_map(|module| module.quiz.as_ref())
        .chain(course.final_assessment.as_ref())
        .collect()
}

impl QuestionsForm {
    /// Reads the courses (once) and analyses the chosen quiz afresh.
    pub(super) fn open(&mut self, store: &Store, paths: &Paths) {
        if self.courses.is_none() {
            let mut found: Vec<LoadedCourse> = discover(&paths.course_dirs)
                .into_iter()
                .filter(|loaded| {
                    loaded
                        .course
                        .as_ref()
                        .is_some_and(|course| !quizzes(course).is_empty())
                })
                .collect();
            // One entry per course id: the first folder wins, as in the library.
            let mut seen = std::collections::HashSet::new();
            found.retain(|loaded| {
                loaded
                    .course
                    .as_ref()
                    .is_some_and(|course| seen.insert(course.id.clone()))
            });
            self.courses = Some(found);
        }
        self.analyse(store);
    }

    fn course(&self) -> Option<&Arc<Course>> {
        self.courses.as_ref()?.get(self.course)?.course.as_ref()
    }

    fn analyse(&mut self, store: &Store) {
        self.analysis = self.course().map(|course| {
            let quizzes = quizzes(course);
            match quizzes.get(self.quiz) {
                Some(quiz) => store
                    .analyse_quiz(&course.id, quiz, self.scope)
                    .map_err(ErrorText::from),
                // The chosen quiz is gone from a course read again since.
                None => Err(ErrorText::new("error-progress-open-again")),
            }
        });
    }

    /// Handles a message of this tab.
    pub(super) fn update(&mut self, message: Message, store: &Store) {
        match message {
            Message::PickCourse(index) => {
                self.course = index;
                self.quiz = 0;
                self.selected = None;
                self.analyse(store);
            }
            Message::PickQuiz(index) => {
                self.quiz = index;
                self.selected = None;
                self.analyse(store);
            }
            Message::ToggleScope => {
                self.scope = match self.scope {
                    AttemptScope::First => AttemptScope::All,
                    AttemptScope::All => AttemptScope::First,
                };
                self.analyse(store);
            }
            Message::PickQuestion(index) => {
                self.selected = (self.selected != Some(index)).then_some(index);
            }
        }
    }

    /// What Tab moves through on this tab, in the order shown.
    pub(super) fn focus_order(&self) -> Vec<Focus<Message>> {
        let mut order = Vec::new();
        let courses = self.courses.as_deref().unwrap_or_default();
        for index in 0..courses.len() {
            order.push(Focus::Press(
                format!("questions-course-{index}"),
                Message::PickCourse(index),
            ));
        }
        if let Some(course) = self.course() {
            for index in 0..quizzes(course).len() {
                order.push(Focus::Press(
                    format!("questions-quiz-{index}"),
                    Message::PickQuiz(index),
                ));
            }
            order.push(Focus::Press("questions-scope".into(), Message::ToggleScope));
        }
        if let Some(Ok(analysis)) = &self.analysis {
            for index in 0..analysis.questions.len() {
                order.push(Focus::Press(
                    format!("questions-item-{index}"),
                    Message::PickQuestion(index),
                ));
            }
        }
        order
    }

    /// Draws the tab.
    pub(super) fn view<'a>(&'a self, locale: &Localizer, look: Look) -> Element<'a, Message> {
        let mut page = Column::new()
            .spacing(16)
            .push(look.heading(locale.text("trainer-questions-heading"), theme::H2))
            .push(look.text(locale.text("trainer-questions-body"), theme::BODY));
        let courses = self.courses.as_deref().unwrap_or_default();
        if courses.is_empty() {
            return page
                .push(look.text(locale.text("trainer-questions-no-courses"), theme::BODY))
                .into();
        }
        let language = locale.language().tag;
        let chip =
            |id: String, label: String, chosen: bool, message: Message| -> Element<'a, Message> {
                look.action(
                    id,
                    button(look.label(label, theme::BODY))
                        .on_press(message)
                        .padding([6, 14])
                        .style(theme::tab(chosen)),
                )
                .into()
            };
        let course_chips = courses
            .iter()
            .enumerate()
            .map(|(index, loaded)| {
                let title = loaded
                    .in_language(language)
                    .map_or_else(|| loaded.display_name(), |course| course.title.clone());
                chip(
                    format!("questions-course-{index}"),
                    title,
                    index == self.course,
                    Message::PickCourse(index),
                )
            })
            .collect();
        page = page
            .push(look.strong(locale.text("trainer-questions-course"), theme::BODY))
            .push(look.start(look.row(course_chips).spacing(8).wrap()));
        let Some(loaded) = courses.get(self.course) else {
            return page.into();
        };
        let Some(shown) = loaded.in_language(language) else {
            return page.into();
        };
        let quiz_chips = quizzes(shown)
            .into_iter()
            .enumerate()
            .map(|(index, quiz)| {
                chip(
                    format!("questions-quiz-{index}"),
                    quiz.title.clone(),
                    index == self.quiz,
                    Message::PickQuiz(index),
                )
            })
            .collect();
        let scope = match self.scope {
            AttemptScope::First => "trainer-questions-scope-first",
            AttemptScope::All => "trainer-questions-scope-all",
        };
        page = page
            .push(look.strong(locale.text("trainer-questions-quiz"), theme::BODY))
            .push(look.start(look.row(quiz_chips).spacing(8).wrap()))
            .push(look.start(look.secondary_button(
                "questions-scope",
                locale.text(scope),
                Message::ToggleScope,
            )));
        let quiz = quizzes(shown).get(self.quiz).copied();
        match (&self.analysis, quiz) {
            (Some(Err(error)), _) => page
                .push(look.error(locale.text_with(
                    "trainer-read-failed",
                    &fluent_args!["error" => error.show(locale)],
                )))
                .into(),
            (Some(Ok(analysis)), Some(quiz)) => page
                .push(self.analysis_view(analysis, quiz, locale, look))
                .into(),
            _ => page.into(),
        }
    }

    fn analysis_view<'a>(
        &'a self,
        analysis: &'a QuizAnalysis,
        quiz: &'a Quiz,
        locale: &Localizer,
        look: Look,
    ) -> Element<'a, Message> {
        let mut page = Column::new().spacing(16);
        if analysis.attempts == 0 {
            return page
                .push(look.text(locale.text("trainer-questions-no-attempts"), theme::BODY))
                .into();
        }
        page = page.push(
            container(summary(analysis, quiz, locale, look))
                .padding(20)
                .width(Fill)
                .style(theme::card)
                .id("questions-summary"),
        );
        let scheme = look.theme.scheme();
        let bars = analysis
            .questions
            .iter()
            .enumerate()
            .map(|(index, question)| Bar {
                value: question.facility,
                tone: tone(question),
                label: (index + 1).to_string(),
            })
            .collect();
        let chart = FacilityChart {
            bars,
            selected: self.selected,
            scheme,
            rtl: look.rtl,
            pick: Message::PickQuestion,
        };
        page = page
            .push(look.heading(locale.text("trainer-questions-facility-chart"), theme::H3))
            .push(canvas(chart).width(Fill).height(Length::Fixed(240.0)))
            .push(legend(locale, look, scheme))
            .push(look.heading(locale.text("trainer-questions-score-chart"), theme::H3))
            .push(
                canvas(Histogram {
                    bins: analysis.distribution.clone(),
                    pass_mark: quiz.pass_mark,
                    scheme,
                    rtl: look.rtl,
                })
                .width(Fill)
                .height(Length::Fixed(200.0)),
            )
            .push(look.muted(
                locale.text_with(
                    "trainer-questions-pass-line",
                    &fluent_args!["mark" => percent(quiz.pass_mark)],
                ),
                theme::SMALL,
            ))
            .push(look.heading(locale.text("trainer-questions-list"), theme::H3));
        for (index, figures) in analysis.questions.iter().enumerate() {
            let question = quiz
                .questions
                .iter()
                .find(|question| question.id == figures.question_id);
            page = page.push(self.item(index, figures, question, locale, look));
        }
        page.into()
    }

    /// One question's row, opened into its details when chosen.
    fn item<'a>(
        &'a self,
        index: usize,
        figures: &'a QuestionAnalysis,
        question: Option<&'a Question>,
        locale: &Localizer,
        look: Look,
    ) -> Element<'a, Message> {
        let chosen = self.selected == Some(index);
        let prompt = question.map_or_else(|| figures.question_id.clone(), |q| plain(&q.prompt));
        let short: String = prompt.chars().take(90).collect();
        let short = if short.len() < prompt.len() {
            format!("{short}…")
        } else {
            short
        };
        let facts = facts(figures, locale);
        let row = column![
            look.strong(format!("{}. {short}", index + 1), theme::BODY),
            look.colored(
                facts,
                theme::SMALL,
                if figures.too_few {
                    look.muted
                } else {
                    scheme_text(look)
                }
            ),
            look.text(flag_words(figures, locale), theme::SMALL),
        ]
        .spacing(4);
        let mut item = Column::new().spacing(12).push(
            look.action(
                format!("questions-item-{index}"),
                button(row)
                    .on_press(Message::PickQuestion(index))
                    .width(Fill)
                    .padding([10, 14])
                    .style(theme::tab(chosen)),
            ),
        );
        if chosen && let Some(question) = question {
            item = item.push(
                container(detail(figures, question, locale, look))
                    .padding(20)
                    .width(Fill)
                    .style(theme::card)
                    .id("question-detail"),
            );
        }
        item.into()
    }
}
