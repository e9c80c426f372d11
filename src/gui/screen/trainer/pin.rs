//! The trainer PIN tab, and the warning band shown while the trainer area is
//! left open on this computer.

use super::{Message, Tab};
use crate::gui::blocking;
use crate::gui::screen::pin_wait::pin_problem;
use crate::gui::theme;
use crate::gui::widget::{Look, notice};
use crate::i18n::Localizer;
use crate::progress::{Store, TrainerAccess};
use iced::widget::{column, text_input};
use iced::{Element, Fill, Task};

/// The trainer PIN form.
#[derive(Debug)]
pub(super) struct PinForm {
    /// How the area opens now.
    pub(super) access: TrainerAccess,
    typed: String,
    /// The outcome of the last change: a Fluent id, or an error.
    outcome: Option<Result<&'static str, crate::progress::Error>>,
    /// Set while the new PIN is hashed (off the UI thread).
    saving: bool,
}

impl PinForm {
    /// The form for the store's trainer PIN.
    pub(super) fn new(store: &Store) -> Self {
        Self {
            // Unreadable: no warning band rather than a false one.
            access: store.trainer_access().unwrap_or(TrainerAccess::Pin),
            typed: String::new(),
            outcome: None,
            saving: false,
        }
    }

    /// Whether the new PIN is being hashed.
    pub(super) fn is_saving(&self) -> bool {
        self.saving
    }

    /// Whether a PIN is set now.
    pub(super) fn is_set(&self) -> bool {
        self.access == TrainerAccess::Pin
    }

    /// Handles the tab's messages; hands the others back.
    pub(super) fn update(
        &mut self,
        message: Message,
        store: &Store,
    ) -> Result<Task<Message>, Message> {
        // While the new PIN is hashed, the form waits for it.
        if self.saving
            && matches!(
                message,
                Message::PinTyped(_) | Message::SavePin | Message::RemovePin
            )
        {
            return Ok(Task::none());
        }
        match message {
            Message::PinTyped(typed) => {
                self.typed = typed;
                self.outcome = None;
            }
            Message::SavePin => {
                let typed = std::mem::take(&mut self.typed);
                match store.new_pin(&typed) {
                    Ok(pin) => {
                        self.saving = true;
                        self.outcome = None;
                        return Ok(blocking::run(move || pin.hash(), Message::PinHashed));
                    }
                    Err(error) => self.finish(Err(error), store),
                }
            }
            Message::PinHashed(hashed) => {
                self.saving = false;
                let result = hashed.and_then(|hash| store.set_trainer_pin_hash(hash));
                self.finish(result.map(|()| "trainer-pin-saved"), store);
            }
            Message::RemovePin => {
                // Removing the PIN is the choice to leave the area open.
                let result = store.set_trainer_pin(None);
                self.finish(result.map(|()| "trainer-pin-removed"), store);
            }
            other => return Err(other),
        }
        Ok(Task::none())
    }

    fn finish(&mut self, result: crate::progress::Result<&'static str>, store: &Store) {
        self.outcome = Some(result);
        self.access = store.trainer_access().unwrap_or(self.access);
    }

    /// The tab.
    pub(super) fn view<'a>(&'a self, locale: &Localizer, look: Look) -> Element<'a, Message> {
        let status = if self.is_set() {
            "trainer-pin-is-set"
        } else {
            "trainer-pin-not-set"
        };
        let mut page = column![
            look.heading(locale.text("trainer-tab-pin"), theme::H2),
            look.text(locale.text(status), theme::BODY),
            text_input(&locale.text("trainer-pin-new"), &self.typed)
                .style(crate::gui::theme::text_field)
                .id("new-trainer-pin")
                .secure(true)
                .on_input_maybe((!self.saving).then_some(Message::PinTyped))
                .on_submit_maybe((!self.saving).then_some(Message::SavePin))
                .size(theme::BODY)
                .padding(10)
                .width(320),
        ]
        .spacing(12);
        let mut buttons = vec![
            if self.saving {
                look.primary_button_when("save-trainer-pin", locale.text("pin-saving"), None)
            } else {
                look.primary_button(
                    "save-trainer-pin",
                    locale.text("trainer-pin-save"),
                    Message::SavePin,
                )
            }
            .into(),
        ];
        if self.is_set() {
            buttons.push(
                look.secondary_button(
                    "remove-trainer-pin",
                    locale.text("trainer-pin-remove"),
                    Message::RemovePin,
                )
                .into(),
            );
        }
        page = page.push(look.row(buttons).spacing(12));
        match &self.outcome {
            Some(Ok(done)) => page = page.push(look.text(locale.text(done), theme::BODY)),
            Some(Err(problem)) => page = page.push(look.error(pin_problem(problem, locale))),
            None => {}
        }
        page.into()
    }

    /// The warning band while the area is left open, with a way to set a PIN.
    pub(super) fn band<'a>(&self, locale: &Localizer, look: Look) -> Option<Element<'a, Message>> {
        if self.access != TrainerAccess::LeftOpen {
            return None;
        }
        let band = notice(
            column![
                look.strong(locale.text("trainer-left-open-warning"), theme::BODY),
                look.start(look.secondary_button(
                    "band-set-pin",
                    locale.text("trainer-left-open-set-pin"),
                    Message::Show(Tab::Pin),
                )),
            ]
            .spacing(8)
            .width(Fill),
            theme::warning_note,
        );
        Some(iced::widget::container(band).id("left-open-band").into())
    }
}
