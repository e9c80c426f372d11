//! The door to the trainer area: learners on a shared laptop should not see
//! each other's results or install courses. Where a trainer PIN is set it asks
//! for it; the first time, with no PIN and no choice made, it asks the trainer
//! to set one, or to leave the area open on this computer on purpose.

use super::pin_wait::{PinWait, pin_problem};
use crate::gui::error_text::progress_text;
use crate::gui::theme;
use crate::gui::widget::{Focus, Look};
use crate::i18n::Localizer;
use crate::progress::{self, Store, Timestamp};
use iced::widget::{Column, column, container, text_input};
use iced::{Element, Fill, Task};

/// The PIN field's id.
pub const PIN_ID: &str = "trainer-pin";
/// The field that repeats a new PIN.
pub const REPEAT_ID: &str = "trainer-pin-repeat";

/// The trainer PIN prompt, or the first-time choice.
#[derive(Debug)]
pub struct State {
    setup: bool,
    pin: String,
    repeat: String,
    problem: Option<String>,
    wait: Option<PinWait>,
    /// Set while the typed PIN is being compared (off the UI thread).
    checking: bool,
}

/// What can happen at the door.
#[derive(Debug, Clone)]
pub enum Message {
    /// The PIN being typed changed.
    PinChanged(String),
    /// The repeated new PIN changed.
    RepeatChanged(String),
    /// Check the PIN typed (or, the first time, set it).
    Submit,
    /// The first time: leave the trainer area open on this computer.
    LeaveOpen,
    /// Back to the library.
    Back,
    /// A second passed: count the PIN wait down.
    Tick,
    /// The typed PIN was compared with the trainer PIN (off the UI thread).
    Checked(progress::PinCompared),
    /// The first trainer PIN was hashed (off the UI thread), or why not.
    Hashed(progress::Result<progress::PinHash>),
}

/// What the door asks of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// The PIN is right (or was just set, or the area left open): open it.
    Unlocked,
    /// Back to the library.
    Back,
}

impl State {
    /// The prompt for the trainer PIN, the field ready for typing.
    pub fn new() -> (Self, Task<Message>) {
        Self::with_setup(false)
    }

    /// The first-time choice: set a trainer PIN, or leave the area open.
    pub fn first_time() -> (Self, Task<Message>) {
        Self::with_setup(true)
    }

    fn with_setup(setup: bool) -> (Self, Task<Message>) {
        let state = Self {
            setup,
            pin: String::new(),
            repeat: String::new(),
            problem: None,
            wait: None,
            checking: false,
        };
        (state, iced::widget::operation::focus(PIN_ID))
    }

    /// Whether this is the first-time choice rather than the PIN prompt.
    pub fn is_first_time(&self) -> bool {
        self.setup
    }

    /// The wait after too many wrong PINs, while it runs.
    pub fn pin_wait(&self) -> Option<PinWait> {
        self.wait
    }

    /// What Tab moves through, in the order shown.
    pub fn focus_order(&self) -> Vec<Focus<Message>> {
        let mut order = vec![
            Focus::Press("back".into(), Message::Back),
            Focus::Field(PIN_ID.into()),
        ];
        if self.setup {
            order.push(Focus::Field(REPEAT_ID.into()));
        }
        order.push(Focus::Press("unlock".into(), Message::Submit));
        if self.setup {
            order.push(Focus::Press("leave-open".into(), Message::LeaveOpen));
        }
        order
    }

    /// Handles a message.
    pub fn update(
        &mut self,
        message: Message,
        store: &Store,
        locale: &Localizer,
    ) -> (Task<Message>, Option<Event>) {
        // While the PIN is checked, the door waits for the answer: a second
        // press would start another check, leaving would drop this one.
        if self.checking
            && !matches!(
                message,
                Message::Checked(_) | Message::Hashed(_) | Message::Tick
            )
        {
            return (Task::none(), None);
        }
        match message {
            Message::PinChanged(pin) => {
                self.pin = pin;
                (Task::none(), None)
            }
            Message::RepeatChanged(repeat) => {
                self.repeat = repeat;
                (Task::none(), None)
            }
            Message::Back => (Task::none(), Some(Event::Back)),
            Message::Tick => {
                self.wait = self
                    .wait
                    .and_then(|wait| wait.tick(std::time::Instant::now()));
                (Task::none(), None)
            }
            Message::LeaveOpen => match store.set_trainer_pin(None) {
                Ok(()) => (Task::none(), Some(Event::Unlocked)),
                Err(error) => {
                    self.problem = Some(progress_text(&error, locale));
                    (Task::none(), None)
                }
            },
            Message::Submit if self.setup => self.set_pin(store, locale),
            Message::Submit => {
                let typed = std::mem::take(&mut self.pin);
                self.problem = None;
                match store.trainer_pin_try(&typed, Timestamp::now()) {
                    Ok(Some(pin_try)) => {
                        self.checking = true;
                        let task =
                            crate::gui::blocking::run(move || pin_try.compare(), Message::Checked);
                        (task, None)
                    }
                    Ok(None) => (Task::none(), Some(Event::Unlocked)),
                    Err(error) => self.refused(error, locale),
                }
            }
            Message::Hashed(hashed) => {
                self.checking = false;
                match hashed.and_then(|hash| store.set_trainer_pin_hash(hash)) {
                    Ok(()) => (Task::none(), Some(Event::Unlocked)),
                    Err(error) => self.refused(error, locale),
                }
            }
            Message::Checked(compared) => {
                self.checking = false;
                match store.finish_trainer_pin(compared, Timestamp::now()) {
                    Ok(true) => (Task::none(), Some(Event::Unlocked)),
                    Ok(false) => {
                        self.problem = Some(locale.text("trainer-pin-wrong"));
                        (iced::widget::operation::focus(PIN_ID), None)
                    }
                    Err(error) => self.refused(error, locale),
                }
            }
        }
    }

    /// Whether the typed PIN is being checked (the door shows it is working).
    pub fn is_checking(&self) -> bool {
        self.checking
    }

    /// Shows why a PIN was not taken: a wait to count down, or the problem.
    fn refused(
        &mut self,
        error: progress::Error,
        locale: &Localizer,
    ) -> (Task<Message>, Option<Event>) {
        match error {
            progress::Error::PinWait { seconds, .. } => self.wait = Some(PinWait::new(seconds)),
            error => self.problem = Some(progress_text(&error, locale)),
        }
        (Task::none(), None)
    }

    /// The first time: sets the PIN typed twice, then opens the area.
    fn set_pin(&mut self, store: &Store, locale: &Localizer) -> (Task<Message>, Option<Event>) {
        let pin = std::mem::take(&mut self.pin);
        let repeat = std::mem::take(&mut self.repeat);
        if progress::normalize_pin(&pin) != progress::normalize_pin(&repeat) {
            self.problem = Some(locale.text("trainer-pin-mismatch"));
            return (iced::widget::operation::focus(PIN_ID), None);
        }
        match store.new_pin(&pin) {
            Ok(pin) => {
                self.checking = true;
                self.problem = None;
                let task = crate::gui::blocking::run(move || pin.hash(), Message::Hashed);
                (task, None)
            }
            Err(error @ progress::Error::PinLength { .. }) => {
                self.problem = Some(pin_problem(&error, locale));
                (iced::widget::operation::focus(PIN_ID), None)
            }
            Err(error) => {
                self.problem = Some(progress_text(&error, locale));
                (Task::none(), None)
            }
        }
    }

    /// Draws the door.
    pub fn view<'a>(&'a self, locale: &Localizer, look: Look) -> Element<'a, Message> {
        let field = |placeholder: String, value: &'a str, id: &'static str| {
            let on_input: fn(String) -> Message = if id == PIN_ID {
                Message::PinChanged
            } else {
                Message::RepeatChanged
            };
            text_input(&placeholder, value)
                .style(crate::gui::theme::text_field)
                .id(id)
                .secure(true)
                .on_input_maybe((!self.checking).then_some(on_input))
                .on_submit_maybe((!self.checking).then_some(Message::Submit))
                .size(theme::BODY)
                .padding(10)
                .width(320)
        };
        // Fields sit on the reading side, like the buttons (right in Arabic).
        let field = |placeholder: String, value: &'a str, id: &'static str| {
            look.start(field(placeholder, value, id))
        };
        let mut page = Column::new().spacing(16);
        if self.setup {
            page = page
                .push(look.heading(locale.text("trainer-setup-heading"), theme::H1))
                .push(look.text(locale.text("trainer-setup-intro"), theme::BODY))
                .push(field(locale.text("trainer-pin-new"), &self.pin, PIN_ID))
                .push(field(
                    locale.text("trainer-pin-repeat"),
                    &self.repeat,
                    REPEAT_ID,
                ))
                .push(look.start(if self.checking {
                    look.primary_button_when("unlock", locale.text("pin-saving"), None)
                } else {
                    look.primary_button(
                        "unlock",
                        locale.text("trainer-setup-save"),
                        Message::Submit,
                    )
                }))
                .push(look.muted(locale.text("trainer-setup-open-intro"), theme::BODY))
                .push(look.start(look.secondary_button(
                    "leave-open",
                    locale.text("trainer-setup-leave-open"),
                    Message::LeaveOpen,
                )));
        } else {
            page = page
                .push(look.heading(locale.text("trainer-pin-heading"), theme::H1))
                .push(look.muted(locale.text("trainer-pin-intro"), theme::BODY))
                .push(field(
                    locale.text("learners-pin-placeholder"),
                    &self.pin,
                    PIN_ID,
                ))
                .push(look.start(if self.checking {
                    look.primary_button_when("unlock", locale.text("pin-checking"), None)
                } else {
                    look.primary_button("unlock", locale.text("learners-open"), Message::Submit)
                }));
        }
        if let Some(problem) = &self.problem {
            page = page.push(look.error(problem.clone()));
        }
        if let Some(wait) = self.wait {
            page = page.push(look.error(wait.message(locale)).id("pin-wait"));
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
