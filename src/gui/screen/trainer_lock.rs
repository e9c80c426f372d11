//! The door to the trainer area when a trainer PIN is set: learners on a shared
//! laptop should not see each other's results or install courses.

use crate::gui::theme;
use crate::gui::widget::{Focus, Look};
use crate::i18n::Localizer;
use crate::progress::Store;
use iced::widget::{column, container, text_input};
use iced::{Element, Fill, Task};

/// The PIN field's id.
pub const PIN_ID: &str = "trainer-pin";

/// The trainer PIN prompt.
#[derive(Debug, Default)]
pub struct State {
    pin: String,
    problem: Option<String>,
}

/// What can happen at the prompt.
#[derive(Debug, Clone)]
pub enum Message {
    /// The PIN being typed changed.
    PinChanged(String),
    /// Check the PIN typed.
    Submit,
    /// Back to the library.
    Back,
}

/// What the prompt asks of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// The PIN is right: open the trainer area.
    Unlocked,
    /// Back to the library.
    Back,
}

impl State {
    /// The prompt, with the PIN field ready for typing.
    pub fn new() -> (Self, Task<Message>) {
        (Self::default(), iced::widget::operation::focus(PIN_ID))
    }

    /// What Tab moves through, in the order shown.
    pub fn focus_order(&self) -> Vec<Focus<Message>> {
        vec![
            Focus::Press("back".into(), Message::Back),
            Focus::Field(PIN_ID.into()),
            Focus::Press("unlock".into(), Message::Submit),
        ]
    }

    /// Handles a message.
    pub fn update(
        &mut self,
        message: Message,
        store: &Store,
        locale: &Localizer,
    ) -> (Task<Message>, Option<Event>) {
        match message {
            Message::PinChanged(pin) => {
                self.pin = pin;
                (Task::none(), None)
            }
            Message::Back => (Task::none(), Some(Event::Back)),
            Message::Submit => {
                let typed = std::mem::take(&mut self.pin);
                match store.check_trainer_pin(&typed) {
                    Ok(true) => (Task::none(), Some(Event::Unlocked)),
                    Ok(false) => {
                        self.problem = Some(locale.text("trainer-pin-wrong"));
                        (iced::widget::operation::focus(PIN_ID), None)
                    }
                    Err(error) => {
                        self.problem = Some(error.to_string());
                        (Task::none(), None)
                    }
                }
            }
        }
    }

    /// Draws the prompt.
    pub fn view<'a>(&'a self, locale: &Localizer, look: Look) -> Element<'a, Message> {
        let mut page = column![
            look.heading(locale.text("trainer-pin-heading"), theme::H1),
            look.muted(locale.text("trainer-pin-intro"), theme::BODY),
            text_input(&locale.text("learners-pin-placeholder"), &self.pin)
                .id(PIN_ID)
                .secure(true)
                .on_input(Message::PinChanged)
                .on_submit(Message::Submit)
                .size(theme::BODY)
                .padding(10)
                .width(320),
            look.start(look.primary_button(
                "unlock",
                locale.text("learners-open"),
                Message::Submit
            )),
        ]
        .spacing(16);
        if let Some(problem) = &self.problem {
            page = page.push(look.error(problem.clone()));
        }
        column![
            look.top_bar(vec![
                look.bar_button(locale.text("nav-library"), Message::Back, "back"),
                look.strong(locale.text("app-title"), theme::H3),
            ]),
            container(container(page).max_width(theme::CONTENT_WIDTH).padding(32)).center_x(Fill),
        ]
        .into()
    }
}
