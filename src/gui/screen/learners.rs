//! Who is learning? The first screen on a shared laptop: a card per learner,
//! a PIN where the learner set one, and a form to add a learner.

use super::pin_wait::{PinWait, pin_problem};
use crate::gui::error_text::progress_text;
use crate::gui::theme;
use crate::gui::widget::{Focus, Look};
use crate::i18n::Localizer;
use crate::progress::{
    self, LearnerSummary, NewLearner, PinCompared, PinHash, Profile, SessionKey, SessionStep,
    Store, Timestamp, normalize_pin,
};
use iced::widget::{Column, button, column, container, text_input};
use iced::{Element, Fill, Task};

/// The id of the screen's scrollable area, for keyboard scrolling.
pub const SCROLL_ID: &str = "learners-scroll";
/// The ids of the form's fields, for focus and tests.
pub const NAME_ID: &str = "learner-name";
/// The certificate name field.
pub const CERTIFICATE_NAME_ID: &str = "learner-certificate-name";
/// The new learner's PIN field.
pub const NEW_PIN_ID: &str = "learner-new-pin";
/// The PIN field when signing in.
pub const PIN_ID: &str = "learner-pin";

/// The learner picker.
#[derive(Debug)]
pub struct State {
    learners: Vec<LearnerSummary>,
    mode: Mode,
    problem: Option<String>,
    /// The wait after too many wrong PINs, while it runs.
    wait: Option<PinWait>,
    /// Set while the new learner's PIN is hashed (off the UI thread).
    creating: bool,
}

/// What the screen is showing.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Mode {
    /// The cards.
    Pick,
    /// Asking this learner (by position) for their PIN; `checking` while the
    /// typed PIN is being compared (off the UI thread).
    Pin {
        index: usize,
        pin: String,
        checking: bool,
    },
    /// The "add a learner" form.
    Add(Form),
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Form {
    name: String,
    certificate_name: String,
    pin: String,
}

/// What can happen on the learner picker.
#[derive(Debug, Clone)]
pub enum Message {
    /// The learner at this position was chosen.
    Choose(usize),
    /// The PIN being typed changed.
    PinChanged(String),
    /// Open the session with the PIN typed.
    SubmitPin,
    /// The typed PIN was compared with the learner's (off the UI thread).
    PinChecked(PinCompared),
    /// The new learner's PIN was hashed (off the UI thread), or why not.
    NewPinHashed(progress::Result<PinHash>),
    /// Show the "add a learner" form.
    ShowAdd,
    /// The new learner's name changed.
    NameChanged(String),
    /// The new learner's name for certificates changed.
    CertificateNameChanged(String),
    /// The new learner's optional PIN changed.
    NewPinChanged(String),
    /// Add the learner in the form.
    SubmitAdd,
    /// Back to the cards from the form or the PIN prompt.
    Cancel,
    /// A second passed: count the PIN wait down.
    Tick,
}

/// What the picker asks of the app.
#[derive(Debug, Clone)]
pub enum Event {
    /// This learner is signed in: open their library.
    SignedIn(SessionKey),
}

impl State {
    /// The picker with the learners in `store`; the form when there are none.
    pub fn new(store: &Store, locale: &Localizer) -> Self {
        let (learners, problem) = match store.learners() {
            Ok(learners) => (learners, None),
            Err(error) => (Vec::new(), Some(progress_text(&error, locale))),
        };
        let mode = if learners.is_empty() {
            Mode::Add(Form::default())
        } else {
            Mode::Pick
        };
        Self {
            learners,
            mode,
            problem,
            wait: None,
            creating: false,
        }
    }

    /// The learners listed.
    pub fn learners(&self) -> &[LearnerSummary] {
        &self.learners
    }

    /// Whether the form for a new learner is showing.
    pub fn is_adding(&self) -> bool {
        matches!(self.mode, Mode::Add(_))
    }

    /// The text field this screen puts the typing in when it shows a form:
    /// the name of a new learner, or the PIN asked for.
    pub fn typing_field(&self) -> Option<&'static str> {
        match self.mode {
            Mode::Pick => None,
            Mode::Pin { .. } => Some(PIN_ID),
            Mode::Add(_) => Some(NAME_ID),
        }
    }

    /// Whether a typed PIN is being checked (the screen shows it is working).
    pub fn is_checking_pin(&self) -> bool {
        matches!(self.mode, Mode::Pin { checking: true, .. })
    }

    /// Whether a PIN is being checked, or a new learner's PIN hashed: the
    /// screen shows it is working and waits for the answer.
    pub fn is_working(&self) -> bool {
        self.is_checking_pin() || self.creating
    }

    /// Whether a PIN is being asked for.
    pub fn is_asking_pin(&self) -> bool {
        matches!(self.mode, Mode::Pin { .. })
    }

    /// The wait after too many wrong PINs, while it runs.
    pub fn pin_wait(&self) -> Option<PinWait> {
        self.wait
    }

    /// The message shown after a failed step, if any.
    pub fn problem(&self) -> Option<&str> {
        self.problem.as_deref()
    }

    /// What Tab moves through, in the order shown.
    pub fn focus_order(&self) -> Vec<Focus<Message>> {
        let cancel =
            (!self.learners.is_empty()).then(|| Focus::Press("cancel".into(), Message::Cancel));
        match &self.mode {
            Mode::Pick => (0..self.learners.len())
                .map(|index| Focus::Press(format!("learner-{index}"), Message::Choose(index)))
                .chain([Focus::Press("add-learner".into(), Message::ShowAdd)])
                .collect(),
            Mode::Pin { .. } => [
                Focus::Field(PIN_ID.into()),
                Focus::Press("submit".into(), Message::SubmitPin),
            ]
            .into_iter()
            .chain(cancel)
            .collect(),
            Mode::Add(_) => [
                Focus::Field(NAME_ID.into()),
                Focus::Field(CERTIFICATE_NAME_ID.into()),
                Focus::Field(NEW_PIN_ID.into()),
                Focus::Press("submit".into(), Message::SubmitAdd),
            ]
            .into_iter()
            .chain(cancel)
            .collect(),
        }
    }

    /// Handles a message. The interface language is given to new learners.
    pub fn update(
        &mut self,
        message: Message,
        store: &Store,
        locale: &Localizer,
    ) -> (Task<Message>, Option<Event>) {
        // While a PIN is checked, the screen waits for the answer: a second
        // press, or leaving, would start another check or lose this one.
        let answer = matches!(
            message,
            Message::PinChecked(_) | Message::NewPinHashed(_) | Message::Tick
        );
        if self.is_working() && !answer {
            return (Task::none(), None);
        }
        match message {
            Message::Choose(index) => {
                let Some(learner) = self.learners.get(index) else {
                    return (Task::none(), None);
                };
                self.problem = None;
                self.wait = None;
                if learner.has_pin {
                    self.mode = Mode::Pin {
                        index,
                        pin: String::new(),
                        checking: false,
                    };
                    return (iced::widget::operation::focus(PIN_ID), None);
                }
                let result = store.open_session(learner.id, None);
                (Task::none(), self.signed_in(result, locale))
            }
            Message::PinChanged(typed) => {
                if let Mode::Pin { pin, .. } = &mut self.mode {
                    *pin = typed;
                }
                (Task::none(), None)
            }
            Message::SubmitPin => {
                let Mode::Pin { index, pin, .. } = &self.mode else {
                    return (Task::none(), None);
                };
                let Some(learner) = self.learners.get(*index) else {
                    return (Task::none(), None);
                };
                match store.learner_pin_try(learner.id, Some(pin), Timestamp::now()) {
                    Ok(SessionStep::Compare(pin_try)) => {
                        if let Mode::Pin { checking, .. } = &mut self.mode {
                            *checking = true;
                        }
                        self.problem = None;
                        let task = crate::gui::blocking::run(
                            move || pin_try.compare(),
                            Message::PinChecked,
                        );
                        (task, None)
                    }
                    Ok(SessionStep::Open(session)) => {
                        (Task::none(), self.signed_in(Ok(session), locale))
                    }
                    Err(error) => {
                        self.clear_pin();
                        (Task::none(), self.signed_in(Err(error), locale))
                    }
                }
            }
            Message::PinChecked(compared) => {
                // Counted (or forgotten) whatever the screen shows now.
                let result = store.finish_learner_pin(compared, Timestamp::now());
                self.clear_pin();
                (Task::none(), self.signed_in(result, locale))
            }
            Message::ShowAdd => {
                self.problem = None;
                self.mode = Mode::Add(Form::default());
                (iced::widget::operation::focus(NAME_ID), None)
            }
            Message::NameChanged(value) => self.edit(|form| form.name = value),
            Message::CertificateNameChanged(value) => {
                self.edit(|form| form.certificate_name = value)
            }
            Message::NewPinChanged(value) => self.edit(|form| form.pin = value),
            Message::SubmitAdd => {
                let Mode::Add(form) = &self.mode else {
                    return (Task::none(), None);
                };
                if form.name.trim().is_empty() {
                    self.problem = Some(locale.text("learners-name-needed"));
                    return (iced::widget::operation::focus(NAME_ID), None);
                }
                // The store normalises the PIN (spaces, digits); only an empty
                // one means "no PIN".
                let pin = Some(form.pin.clone()).filter(|pin| !normalize_pin(pin).is_empty());
                let new = NewLearner {
                    profile: Profile {
                        display_name: form.name.trim().to_owned(),
                        certificate_name: form.certificate_name.trim().to_owned(),
                        language: locale.language().tag.to_owned(),
                    },
                    pin,
                };
                let Some(pin) = &new.pin else {
                    let result = store.create_learner(&new);
                    return (Task::none(), self.signed_in(result, locale));
                };
                match store.new_pin(pin) {
                    Ok(pin) => {
                        self.creating = true;
                        self.problem = None;
                        let task =
                            crate::gui::blocking::run(move || pin.hash(), Message::NewPinHashed);
                        (task, None)
                    }
                    Err(error) => (Task::none(), self.signed_in(Err(error), locale)),
                }
            }
            Message::NewPinHashed(hashed) => {
                self.creating = false;
                let Mode::Add(form) = &self.mode else {
                    return (Task::none(), None);
                };
                let profile = Profile {
                    display_name: form.name.trim().to_owned(),
                    certificate_name: form.certificate_name.trim().to_owned(),
                    language: locale.language().tag.to_owned(),
                };
                let result =
                    hashed.and_then(|hash| store.create_learner_hashed(&profile, Some(hash)));
                (Task::none(), self.signed_in(result, locale))
            }
            Message::Cancel => {
                if !self.learners.is_empty() {
                    self.mode = Mode::Pick;
                    self.problem = None;
                    self.wait = None;
                }
                (Task::none(), None)
            }
            Message::Tick => {
                self.wait = self
                    .wait
                    .and_then(|wait| wait.tick(std::time::Instant::now()));
                (Task::none(), None)
            }
        }
    }

    /// Empties the PIN field after a check, ready for another try.
    fn clear_pin(&mut self) {
        if let Mode::Pin { pin, checking, .. } = &mut self.mode {
            pin.clear();
            *checking = false;
        }
    }

    fn edit(&mut self, change: impl FnOnce(&mut Form)) -> (Task<Message>, Option<Event>) {
        if let Mode::Add(form) = &mut self.mode {
            change(form);
        }
        (Task::none(), None)
    }

    fn signed_in(
        &mut self,
        result: progress::Result<progress::LearnerSession<'_>>,
        locale: &Localizer,
    ) -> Option<Event> {
        match result {
            Ok(session) => Some(Event::SignedIn(session.key())),
            Err(progress::Error::WrongPin { .. }) => {
                self.wait = None;
                self.problem = Some(locale.text("learners-wrong-pin"));
                None
            }
            Err(progress::Error::PinRequired { .. }) => {
                self.problem = Some(locale.text("learners-pin-empty"));
                None
            }
            Err(progress::Error::PinWait { seconds, .. }) => {
                self.problem = None;
                self.wait = Some(PinWait::new(seconds));
                None
            }
            Err(error) => {
                self.problem = Some(pin_problem(&error, locale));
                None
            }
        }
    }

    /// Draws the screen.
    pub fn view<'a>(&'a self, locale: &Localizer, look: Look) -> Element<'a, Message> {
        let mut page = Column::new().spacing(16);
        match &self.mode {
            Mode::Pick => {
                page = page
                    .push(look.heading(locale.text("learners-heading"), theme::H1))
                    .push(look.muted(locale.text("learners-intro"), theme::BODY));
                let mut cards = Vec::new();
                for (index, learner) in self.learners.iter().enumerate() {
                    cards.push(learner_card(index, learner, locale, look));
                }
                let add = button(
                    container(look.label(locale.text("learners-add"), theme::H3)).center(Fill),
                )
                .on_press(Message::ShowAdd)
                .width(CARD_WIDTH)
                .height(CARD_HEIGHT)
                .style(theme::secondary_button);
                cards.push(look.action("add-learner", add).into());
                page = page.push(wrap(cards, look));
            }
            Mode::Pin {
                index,
                pin,
                checking,
            } => {
                let name = self
                    .learners
                    .get(*index)
                    .map(|learner| learner.display_name.clone())
                    .unwrap_or_default();
                page = page
                    .push(look.heading(
                        locale.text_with(
                            "learners-pin-heading",
                            &fluent::fluent_args!["name" => name],
                        ),
                        theme::H1,
                    ))
                    .push(
                        text_input(&locale.text("learners-pin-placeholder"), pin)
                            .style(crate::gui::theme::text_field)
                            .id(PIN_ID)
                            .secure(true)
                            .on_input_maybe((!checking).then_some(Message::PinChanged))
                            .on_submit_maybe((!checking).then_some(Message::SubmitPin))
                            .size(theme::BODY)
                            .padding(10)
                            .width(320),
                    )
                    .push(if *checking {
                        self.checking_buttons(locale, look, "pin-checking")
                    } else {
                        self.form_buttons(locale, look, Message::SubmitPin, "learners-open")
                    });
            }
            Mode::Add(form) => {
                page = page
                    .push(look.heading(locale.text("learners-add-heading"), theme::H1))
                    .push(look.muted(locale.text("learners-add-intro"), theme::BODY))
                    .push(field(
                        look,
                        locale.text("learners-name"),
                        text_input("", &form.name)
                            .style(crate::gui::theme::text_field)
                            .id(NAME_ID)
                            .on_input(Message::NameChanged)
                            .on_submit(Message::SubmitAdd),
                    ))
                    .push(field(
                        look,
                        locale.text("learners-certificate-name"),
                        text_input(&form.name, &form.certificate_name)
                            .style(crate::gui::theme::text_field)
                            .id(CERTIFICATE_NAME_ID)
                            .on_input(Message::CertificateNameChanged)
                            .on_submit(Message::SubmitAdd),
                    ))
                    .push(field(
                        look,
                        locale.text("learners-new-pin"),
                        text_input("", &form.pin)
                            .style(crate::gui::theme::text_field)
                            .id(NEW_PIN_ID)
                            .secure(true)
                            .on_input(Message::NewPinChanged)
                            .on_submit(Message::SubmitAdd),
                    ))
                    .push(look.muted(locale.text("learners-pin-hint"), theme::SMALL))
                    .push(if self.creating {
                        self.checking_buttons(locale, look, "pin-saving")
                    } else {
                        self.form_buttons(locale, look, Message::SubmitAdd, "learners-create")
                    });
            }
        }
        if let Some(problem) = &self.problem {
            page = page.push(look.error(problem.clone()));
        }
        if let Some(wait) = self.wait {
            page = page.push(look.error(wait.message(locale)).id("pin-wait"));
        }
        let page = container(page).max_width(theme::CONTENT_WIDTH).padding(32);
        column![
            look.top_bar(vec![look.strong(locale.text("app-title"), theme::H3)]),
            crate::gui::page_frame::scrolled_page(page, SCROLL_ID),
        ]
        .into()
    }

    /// The PIN prompt's buttons while its check runs: disabled, saying so.
    fn checking_buttons<'a>(
        &self,
        locale: &Localizer,
        look: Look,
        label: &str,
    ) -> Element<'a, Message> {
        look.primary_button_when("submit", locale.text(label), None)
            .into()
    }

    fn form_buttons<'a>(
        &self,
        locale: &Localizer,
        look: Look,
        submit: Message,
        label: &str,
    ) -> Element<'a, Message> {
        let mut buttons = vec![
            look.primary_button("submit", locale.text(label), submit)
                .into(),
        ];
        if !self.learners.is_empty() {
            buttons.push(
                look.secondary_button("cancel", locale.text("learners-cancel"), Message::Cancel)
                    .into(),
            );
        }
        look.row(buttons).spacing(12).into()
    }
}

const CARD_WIDTH: f32 = 220.0;
const CARD_HEIGHT: f32 = 150.0;

fn learner_card<'a>(
    index: usize,
    learner: &LearnerSummary,
    locale: &Localizer,
    look: Look,
) -> Element<'a, Message> {
    let avatar = container(look.label(initials(&learner.display_name), theme::H2))
        .center(64)
        .style(theme::avatar);
    let mut body = column![avatar, look.label(learner.display_name.clone(), theme::H3)]
        .spacing(10)
        .align_x(iced::Center);
    if learner.has_pin {
        body = body.push(look.label(locale.text("learners-has-pin"), theme::SMALL));
    }
    look.action(
        format!("learner-{index}"),
        button(container(body).center(Fill))
            .on_press(Message::Choose(index))
            .width(CARD_WIDTH)
            .height(CARD_HEIGHT)
            .style(theme::card_button),
    )
    .into()
}

/// Up to two letters for the avatar: the first of the first and last words.
pub fn initials(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let first = words.first().and_then(|word| word.chars().next());
    let last = words
        .get(1..)
        .and_then(<[&str]>::last)
        .and_then(|word| word.chars().next());
    first
        .into_iter()
        .chain(last)
        .flat_map(char::to_uppercase)
        .collect()
}

/// Cards in rows of three, in reading order.
fn wrap<'a>(cards: Vec<Element<'a, Message>>, look: Look) -> Element<'a, Message> {
    let mut rows = Column::new().spacing(16);
    let mut cards = cards.into_iter().peekable();
    while cards.peek().is_some() {
        let row: Vec<Element<'a, Message>> = cards.by_ref().take(3).collect();
        rows = rows.push(look.row(row).spacing(16));
    }
    look.start(rows).into()
}

fn field<'a>(
    look: Look,
    label: String,
    input: iced::widget::TextInput<'a, Message>,
) -> Element<'a, Message> {
    column![
        look.strong(label, theme::BODY),
        input.size(theme::BODY).padding(10).width(Fill)
    ]
    .spacing(6)
    .into()
}
