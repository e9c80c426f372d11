//! The lesson screen's view: the top bar, the outline, the reading column with
//! its blocks, and the way on.

use super::*;
use iced::widget::column;

impl State {
    /// Draws the screen.
    pub fn view<'a>(
        &'a self,
        locale: &Localizer,
        look: Look,
        theme: &Theme,
    ) -> Element<'a, Message> {
        let mut body = Vec::new();
        if self.outline_open {
            body.push(self.outline(locale, look));
        }
        body.push(crate::gui::page_frame::page_frame(
            scrollable(crate::gui::page_frame::page_content(
                container(self.reading_column(locale, look, theme))
                    .center_x(Fill)
                    .padding(32),
            ))
            .id(SCROLL_ID)
            .height(Fill)
            .width(Fill),
        ));
        column![self.top_bar(locale, look), look.row(body).height(Fill)].into()
    }

    fn top_bar<'a>(&'a self, locale: &Localizer, look: Look) -> Element<'a, Message> {
        let outline_label = if self.outline_open {
            locale.text("lesson-hide-outline")
        } else {
            locale.text("lesson-show-outline")
        };
        look.top_bar(vec![
            look.bar_button(locale.text("nav-course"), Message::Back, "back"),
            look.bar_button(outline_label, Message::ToggleOutline, "toggle-outline"),
            look.strong(self.course.title.clone(), theme::BODY),
        ])
    }

    fn outline<'a>(&'a self, locale: &Localizer, look: Look) -> Element<'a, Message> {
        let mut list = Column::new().spacing(4).padding(16);
        let mut position = 0;
        for module in &self.course.modules {
            list = list
                .push(container(look.heading(module.title.clone(), theme::SMALL)).padding([8, 0]));
            for lesson in &module.lessons {
                let style = if position == self.position {
                    theme::current_outline_item
                } else {
                    theme::text_button
                };
                let item = button(look.text(lesson.title.clone(), theme::SMALL))
                    .on_press(Message::Open(position))
                    .padding([4, 8])
                    .width(Fill)
                    .style(style);
                list = list.push(look.action(format!("outline-{}", lesson.id), item));
                position += 1;
            }
            if let Some(quiz) = &module.quiz {
                list = list.push(outline_quiz(quiz, locale, look));
            }
        }
        if let Some(quiz) = &self.course.final_assessment {
            list = list.push(outline_quiz(quiz, locale, look));
        }
        container(scrollable(list).height(Fill).id(OUTLINE_ID))
            .width(Length::Fixed(OUTLINE_WIDTH))
            .height(Fill)
            .style(theme::outline)
            .into()
    }

    fn reading_column<'a>(
        &'a self,
        locale: &Localizer,
        look: Look,
        theme: &Theme,
    ) -> Element<'a, Message> {
        let Some(lesson) = self.lesson() else {
            return look.text(locale.text("lesson-empty"), theme::BODY).into();
        };
        let text_look = Look {
            rtl: self.style.rtl,
            ..look
        };
        let mut page = Column::new().spacing(20).max_width(READING_WIDTH);
        page = page.push(text_look.colored(
            locale.text_with(
                "lesson-progress",
                &fluent_args!["number" => self.position + 1, "count" => self.lesson_count()],
            ),
            theme::SMALL,
            look.muted,
        ));
        page = page.push(text_look.heading(lesson.title.clone(), theme::H1));
        if let Some(source) = self.open.untranslated_part(&lesson.id) {
            page = page.push(crate::gui::screen::partly_translated_notice(
                source, locale, look,
            ));
        }
        if lesson.blocks.is_empty() {
            page = page.push(look.text(locale.text("lesson-empty"), theme::BODY));
        }
        if let Some(problem) = &self.problem {
            // The store's message already says it was not saved, and what to do.
            page = page.push(look.error(crate::gui::error_text::progress_text(problem, locale)));
        }
        if let Some(problem) = &self.completion_problem {
            page = page.push(look.error(locale.text_with(
                "completion-not-saved",
                &fluent_args!["problem" => problem.show(locale)],
            )));
        }
        for (index, block) in self.blocks.iter().enumerate() {
            page = page.push(self.block(index, block, locale, text_look, theme));
        }
        page.push(self.navigation(locale, look)).into()
    }

    fn block<'a>(
        &'a self,
        index: usize,
        block: &'a Shown,
        locale: &Localizer,
        look: Look,
        theme: &Theme,
    ) -> Element<'a, Message> {
        match block {
            Shown::Text(content) => course_text::view(content, self.style, theme, Message::Link),
            Shown::Picture {
                picture,
                alt,
                caption,
            } => {
                let drawn = picture.view(&format!("picture-{index}"), alt, locale, look);
                let mut figure = Column::new().spacing(8).push(drawn);
                if let Some(caption) = caption {
                    figure = figure.push(look.colored(caption.clone(), theme::SMALL, look.muted));
                }
                figure.into()
            }
            Shown::Callout { style, title, body } => {
                let (icon, label_id) = theme::callout_icon(*style);
                let label = title.clone().unwrap_or_else(|| locale.text(label_id));
                let heading = look
                    .row(vec![
                        svg(icon).width(24).height(24).into(),
                        look.strong(label, theme::BODY),
                    ])
                    .spacing(10)
                    .align_y(iced::Center);
                // The icon and label start on the reading side.
                let heading = look.start(heading);
                container(
                    column![
                        heading,
                        course_text::view(body, self.style, theme, Message::Link)
                    ]
                    .spacing(10),
                )
                .padding(16)
                .width(Fill)
                .style(move |theme| theme::callout(theme, *style))
                .into()
            }
            Shown::CaseStudy { title, body } => {
                let heading = look
                    .row(vec![
                        svg(theme::case_study_icon()).width(24).height(24).into(),
                        look.strong(locale.text("lesson-case-study"), theme::BODY),
                    ])
                    .spacing(10)
                    .align_y(iced::Center);
                // The icon and label start on the reading side.
                let heading = look.start(heading);
                container(
                    column![
                        heading,
                        look.heading(title.clone(), theme::H3),
                        course_text::view(body, self.style, theme, Message::Link)
                    ]
                    .spacing(10),
                )
                .padding(20)
                .width(Fill)
                .style(theme::case_study)
                .into()
            }
            Shown::Reflection {
                prompt,
                note,
                unsaved,
                ..
            } => {
                let heading = look
                    .row(vec![
                        svg(theme::reflection_icon()).width(24).height(24).into(),
                        look.strong(locale.text("lesson-reflection"), theme::BODY),
                    ])
                    .spacing(10)
                    .align_y(iced::Center);
                // The icon and label start on the reading side.
                let heading = look.start(heading);
                let editor = iced::widget::text_editor(note)
                    .style(crate::gui::theme::note_field)
                    .placeholder(locale.text("lesson-note-placeholder"))
                    .on_action(move |action| Message::EditNote(index, action))
                    .font(self.style.font)
                    .size(theme::BODY)
                    .height(140)
                    .padding(10)
                    .id(format!("note-{index}"));
                let status = if *unsaved {
                    locale.text("lesson-note-saving")
                } else {
                    locale.text("lesson-note-private")
                };
                container(
                    column![
                        heading,
                        look.text(prompt.clone(), theme::BODY),
                        editor,
                        look.muted(status, theme::SMALL)
                    ]
                    .spacing(10),
                )
                .padding(16)
                .width(Fill)
                .style(theme::reflection)
                .into()
            }
        }
    }

    fn navigation<'a>(&'a self, locale: &Localizer, look: Look) -> Element<'a, Message> {
        let mut buttons: Vec<Element<'a, Message>> = Vec::new();
        if self.position > 0 {
            let previous = button(look.label(locale.text("lesson-previous"), theme::BODY))
                .on_press(Message::Previous)
                .padding([10, 20])
                .style(theme::secondary_button);
            buttons.push(look.action("previous", previous).into());
        }
        buttons.push(iced::widget::space::horizontal().into());
        let next_label = if self.quiz_next.is_some() {
            locale.text("lesson-to-quiz")
        } else if self.position + 1 < self.lesson_count() {
            locale.text("lesson-next")
        } else {
            locale.text("lesson-finish")
        };
        let next = button(look.label(next_label, theme::BODY))
            .on_press(Message::Next)
            .padding([10, 20])
            .style(button::primary);
        buttons.push(look.action("next", next).into());
        container(look.row(buttons).align_y(iced::Center))
            .padding([24, 0])
            .into()
    }
}

/// A quiz in the outline, after its module's lessons, named as a quiz and
/// opened like a lesson.
fn outline_quiz<'a>(
    quiz: &crate::course::Quiz,
    locale: &Localizer,
    look: Look,
) -> Element<'a, Message> {
    let title = outline_quiz_title(&quiz.title, locale);
    let item = button(look.text(title, theme::SMALL))
        .on_press(Message::OpenQuiz(quiz.id.clone()))
        .padding([4, 8])
        .width(Fill)
        .style(theme::text_button);
    look.action(format!("outline-quiz-{}", quiz.id), item)
        .into()
}

/// "Quiz: TITLE", or the title alone when it already says it is a quiz
/// (authors often call it "Quiz: …" themselves).
pub fn outline_quiz_title(title: &str, locale: &Localizer) -> String {
    let label = locale.text_with("lesson-outline-quiz", &fluent_args!["title" => ""]);
    let word = label.trim().trim_end_matches(':').trim().to_lowercase();
    if !word.is_empty() && title.trim_start().to_lowercase().starts_with(&word) {
        return title.to_owned();
    }
    locale.text_with(
        "lesson-outline-quiz",
        &fluent_args!["title" => locale.isolate(title)],
    )
}

pub(super) fn outline_quiz_focus(quiz: &crate::course::Quiz) -> Focus<Message> {
    Focus::Press(
        format!("outline-quiz-{}", quiz.id),
        Message::OpenQuiz(quiz.id.clone()),
    )
}
