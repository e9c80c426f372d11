//! The learners tab: each learner's progress, and their PIN, which the trainer
//! can set anew or remove when a learner forgot it (the learner picker tells
//! them to ask the trainer).

use super::{Data, Message};
use crate::gui::blocking;
use crate::gui::screen::pin_wait::pin_problem;
use crate::gui::theme;
use crate::gui::widget::{Look, notice};
use crate::i18n::Localizer;
use crate::progress::{LearnerId, LearnerSummary, ReportRow, Store};
use fluent::fluent_args;
use iced::widget::{Column, container, text_input};
use iced::{Element, Fill, Task};

/// The id of the field for a learner's new PIN.
pub const LEARNER_PIN_ID: &str = "learner-new-pin";

/// Setting or removing learners' PINs.
#[derive(Debug, Default)]
pub(super) struct PinReset {
    /// The learner whose new PIN is being typed, and what is typed.
    editing: Option<(LearnerId, String)>,
    /// The last change, by learner: a Fluent id, or an error.
    outcome: Option<(LearnerId, Result<&'static str, crate::progress::Error>)>,
    /// Set while the new PIN is hashed (off the UI thread).
    saving: bool,
}

impl PinReset {
    /// Handles the tab's messages; hands the others back. Returns whether the
    /// learners should be read again, and the work started.
    pub(super) fn update(
        &mut self,
        message: Message,
        store: &Store,
    ) -> Result<(bool, Task<Message>), Message> {
        // While a new PIN is hashed, the form waits for it.
        let waits = matches!(
            message,
            Message::EditLearnerPin(_)
                | Message::LearnerPinTyped(_)
                | Message::SaveLearnerPin
                | Message::CancelLearnerPin
                | Message::RemoveLearnerPin(_)
        );
        if self.saving && waits {
            return Ok((false, Task::none()));
        }
        self.update_form(message, store)
            .map(|changed| (changed, Task::none()))
            .or_else(|message| self.hash_pin(message, store))
    }

    /// Starts hashing a learner's new PIN off the UI thread, and keeps it when done.
    fn hash_pin(
        &mut self,
        message: Message,
        store: &Store,
    ) -> Result<(bool, Task<Message>), Message> {
        match message {
            Message::SaveLearnerPin => {
                let Some((learner, pin)) = self.editing.take() else {
                    return Ok((false, Task::none()));
                };
                // The form stays open (empty) until the PIN is kept.
                self.editing = Some((learner, String::new()));
                match store.new_pin(&pin) {
                    Ok(pin) => {
                        self.saving = true;
                        self.outcome = None;
                        let task = blocking::run(
                            move || pin.hash(),
                            move |hashed| Message::LearnerPinHashed(learner, hashed),
                        );
                        Ok((false, task))
                    }
                    Err(error) => {
                        self.outcome = Some((learner, Err(error)));
                        Ok((false, Task::none()))
                    }
                }
            }
            Message::LearnerPinHashed(learner, hashed) => {
                self.saving = false;
                let result =
                    hashed.and_then(|hash| store.reset_learner_pin_hash(learner, Some(hash)));
                if result.is_ok() {
                    self.editing = None;
                }
                self.outcome = Some((learner, result.map(|()| "trainer-learner-pin-saved")));
                Ok((true, Task::none()))
            }
            other => Err(other),
        }
    }

    fn update_form(&mut self, message: Message, store: &Store) -> Result<bool, Message> {
        match message {
            Message::EditLearnerPin(learner) => {
                self.editing = Some((learner, String::new()));
                self.outcome = None;
                Ok(false)
            }
            Message::LearnerPinTyped(typed) => {
                if let Some((_, pin)) = &mut self.editing {
                    *pin = typed;
                }
                Ok(false)
            }
            Message::CancelLearnerPin => {
                self.editing = None;
                Ok(false)
            }
            Message::RemoveLearnerPin(learner) => {
                self.editing = None;
                let result = store.reset_learner_pin(learner, None);
                self.outcome = Some((learner, result.map(|()| "trainer-learner-pin-removed")));
                Ok(true)
            }
            other => Err(other),
        }
    }

    /// Whether a learner's new PIN is being hashed.
    pub(super) fn is_saving(&self) -> bool {
        self.saving
    }

    /// Whether a new PIN is being typed for `learner`.
    pub(super) fn is_editing(&self, learner: LearnerId) -> bool {
        self.editing.as_ref().is_some_and(|(id, _)| *id == learner)
    }

    fn view<'a>(
        &'a self,
        learner: &LearnerSummary,
        locale: &Localizer,
        look: Look,
    ) -> Element<'a, Message> {
        let id = learner.id;
        let status = if learner.has_pin {
            "trainer-learner-has-pin"
        } else {
            "trainer-learner-no-pin"
        };
        let mut part = Column::new()
            .spacing(8)
            .push(look.muted(locale.text(status), theme::BODY));
        match &self.editing {
            Some((editing, typed)) if *editing == id => {
                part = part
                    .push(
                        text_input(&locale.text("trainer-pin-new"), typed)
                            .style(crate::gui::theme::text_field)
                            .id(LEARNER_PIN_ID)
                            .secure(true)
                            .on_input(Message::LearnerPinTyped)
                            .on_submit(Message::SaveLearnerPin)
                            .size(theme::BODY)
                            .padding(10)
                            .width(320),
                    )
                    .push(
                        look.row(vec![
                            look.primary_button_when(
                                "learner-pin-save",
                                locale.text(if self.saving {
                                    "pin-saving"
                                } else {
                                    "trainer-learner-pin-save"
                                }),
                                (!self.saving).then_some(Message::SaveLearnerPin),
                            )
                            .into(),
                            look.secondary_button(
                                "learner-pin-cancel",
                                locale.text("learners-cancel"),
                                Message::CancelLearnerPin,
                            )
                            .into(),
                        ])
                        .spacing(12),
                    );
            }
            _ => {
                let set = if learner.has_pin {
                    "trainer-learner-pin-reset"
                } else {
                    "trainer-learner-pin-set"
                };
                let mut buttons = vec![
                    look.secondary_button(
                        format!("learner-pin-{id}"),
                        locale.text(set),
                        Message::EditLearnerPin(id),
                    )
                    .into(),
                ];
                if learner.has_pin {
                    buttons.push(
                        look.secondary_button(
                            format!("learner-pin-remove-{id}"),
                            locale.text("trainer-learner-pin-remove"),
                            Message::RemoveLearnerPin(id),
                        )
                        .into(),
                    );
                }
                part = part.push(look.start(look.row(buttons).spacing(12)));
            }
        }
        match &self.outcome {
            Some((changed, Ok(done))) if *changed == id => {
                part = part.push(notice(
                    look.text(
                        locale
                            .text_with(done, &fluent_args!["name" => learner.display_name.clone()]),
                        theme::BODY,
                    ),
                    theme::success_note,
                ));
            }
            Some((changed, Err(problem))) if *changed == id => {
                part = part.push(look.error(pin_problem(problem, locale)));
            }
            _ => {}
        }
        part.into()
    }
}

/// Every learner on this device: their progress per course and their PIN.
pub(super) fn view<'a>(
    data: &'a Data,
    pins: &'a PinReset,
    locale: &Localizer,
    look: Look,
) -> Element<'a, Message> {
    let mut page = Column::new().spacing(12).push(look.heading(
        locale.text_with(
            "trainer-learners-heading",
            &fluent_args!["count" => data.learners.len()],
        ),
        theme::H2,
    ));
    if data.learners.is_empty() {
        return page
            .push(look.text(locale.text("trainer-no-learners"), theme::BODY))
            .into();
    }
    for learner in &data.learners {
        let mut card = Column::new()
            .spacing(6)
            .push(look.heading(learner.display_name.clone(), theme::H3));
        let rows: Vec<&ReportRow> = data
            .report
            .iter()
            .filter(|row| row.learner_id == learner.id)
            .collect();
        if rows.is_empty() {
            card = card.push(look.colored(
                locale.text("trainer-learner-not-started"),
                theme::BODY,
                look.muted,
            ));
        }
        for row in rows {
            card = card
                .push(look.strong(row.course_title.clone(), theme::BODY))
                .push(look.text(progress_facts(row, locale), theme::BODY));
        }
        card = card.push(pins.view(learner, locale, look));
        page = page.push(
            container(card)
                .padding(20)
                .width(Fill)
                .style(theme::card)
                .id(format!("learner-{}", learner.id)),
        );
    }
    page.into()
}

/// "Lessons 2 of 4 · Quizzes passed 1 of 2 · Certificate issued".
fn progress_facts(row: &ReportRow, locale: &Localizer) -> String {
    let quizzes: Vec<_> = row
        .quizzes
        .iter()
        .chain(row.final_assessment.as_ref())
        .collect();
    let passed = quizzes.iter().filter(|quiz| quiz.passed).count();
    let mut facts = vec![locale.text_with(
        "trainer-progress-lessons",
        &fluent_args!["done" => row.lessons_completed, "total" => row.lessons_total],
    )];
    if !quizzes.is_empty() {
        facts.push(locale.text_with(
            "trainer-progress-quizzes",
            &fluent_args!["passed" => passed, "total" => quizzes.len()],
        ));
    }
    if row.certificate_id.is_some() {
        facts.push(locale.text("trainer-progress-certified"));
    } else if row.completed_at.is_some() {
        facts.push(locale.text("trainer-progress-completed"));
    }
    facts.join(" · ")
}
