//! Settings: the learner's language, colour theme, text size and the name on
//! their certificates. Changes apply at once and are remembered per learner.

use crate::gui::error_text::progress_text;
use crate::gui::theme::{self, ThemeChoice};
use crate::gui::widget::{Focus, Look};
use crate::i18n::{LANGUAGES, Localizer};
use crate::progress::{LearnerSession, Profile};
use fluent::fluent_args;
use iced::widget::{Column, button, column, container, text_input};
use iced::{Element, Fill, Task};

/// The id of the settings' scrollable area, for keyboard scrolling.
pub const SCROLL_ID: &str = "settings-scroll";
/// The text sizes offered, in percent.
pub const TEXT_SIZES: [u16; 5] = [100, 125, 150, 175, 200];

/// The settings screen.
#[derive(Debug)]
pub struct State {
    display_name: String,
    certificate_name: String,
    saved: Option<Saved>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Saved {
    Done,
    /// Not saved: why, in the learner's language.
    Failed(String),
}

/// What can happen in Settings.
#[derive(Debug, Clone)]
pub enum Message {
    /// Back to where the learner came from.
    Back,
    /// Use this interface language (a BCP 47 tag).
    Language(&'static str),
    /// Use this colour theme.
    Theme(ThemeChoice),
    /// Use this text size, in percent.
    TextSize(u16),
    /// The name shown on this device changed.
    DisplayNameChanged(String),
    /// The name printed on certificates changed.
    CertificateNameChanged(String),
    /// Save the two names.
    SaveNames,
}

/// What Settings asks of the app, which owns language and appearance.
#[derive(Debug, Clone)]
pub enum Event {
    /// Leave Settings.
    Back,
    /// Switch the interface language now.
    Language(&'static str),
    /// Switch the colour theme now.
    Theme(ThemeChoice),
    /// Switch the text size now.
    TextSize(u16),
    /// The learner's names changed.
    NamesSaved,
}

/// What the app is using now, for Settings to mark the current choices.
#[derive(Debug, Clone, Copy)]
pub struct Current {
    /// The interface language tag.
    pub language: &'static str,
    /// The colour theme.
    pub theme: ThemeChoice,
    /// The text size in percent.
    pub text_size: u16,
}

impl State {
    /// Settings for the learner of `session`.
    pub fn new(session: &LearnerSession<'_>, locale: &Localizer) -> Self {
        match session.learner() {
            Ok(learner) => Self {
                display_name: learner.display_name,
                certificate_name: learner.certificate_name,
                saved: None,
            },
            Err(error) => Self {
                display_name: String::new(),
                certificate_name: String::new(),
                saved: Some(Saved::Failed(progress_text(&error, locale))),
            },
        }
    }

    /// The name on certificates, as typed.
    pub fn certificate_name(&self) -> &str {
        &self.certificate_name
    }

    /// What Tab moves through, in the order shown.
    pub fn focus_order(&self) -> Vec<Focus<Message>> {
        let mut order = vec![Focus::Press("back".into(), Message::Back)];
        for language in LANGUAGES {
            order.push(Focus::Press(
                format!("language-{}", language.tag),
                Message::Language(language.tag),
            ));
        }
        for option in ThemeChoice::ALL {
            order.push(Focus::Press(
                format!("theme-{}", option.label_id()),
                Message::Theme(option),
            ));
        }
        for percent in TEXT_SIZES {
            order.push(Focus::Press(
                format!("text-size-{percent}"),
                Message::TextSize(percent),
            ));
        }
        order.extend([
            Focus::Field("display-name".into()),
            Focus::Field("certificate-name".into()),
            Focus::Press("save-names".into(), Message::SaveNames),
        ]);
        order
    }

    /// Handles a message.
    pub fn update(
        &mut self,
        message: Message,
        session: &LearnerSession<'_>,
        locale: &Localizer,
    ) -> (Task<Message>, Option<Event>) {
        let event = match message {
            Message::Back => Some(Event::Back),
            Message::Language(tag) => Some(Event::Language(tag)),
            Message::Theme(choice) => Some(Event::Theme(choice)),
            Message::TextSize(percent) => Some(Event::TextSize(percent)),
            Message::DisplayNameChanged(name) => {
                self.display_name = name;
                self.saved = None;
                None
            }
            Message::CertificateNameChanged(name) => {
                self.certificate_name = name;
                self.saved = None;
                None
            }
            Message::SaveNames => {
                if self.display_name.trim().is_empty() {
                    self.saved = Some(Saved::Failed(locale.text("learners-name-needed")));
                    return (Task::none(), None);
                }
                let result = session.learner().and_then(|learner| {
                    session.update_profile(&Profile {
                        display_name: self.display_name.trim().to_owned(),
                        certificate_name: self.certificate_name.trim().to_owned(),
                        language: learner.language,
                    })
                });
                match result {
                    Ok(()) => {
                        self.saved = Some(Saved::Done);
                        Some(Event::NamesSaved)
                    }
                    Err(error) => {
                        self.saved = Some(Saved::Failed(progress_text(&error, locale)));
                        None
                    }
                }
            }
        };
        (Task::none(), event)
    }

    /// Draws the screen.
    pub fn view<'a>(
        &'a self,
        locale: &Localizer,
        look: Look,
        current: Current,
    ) -> Element<'a, Message> {
        let languages = LANGUAGES
            .iter()
            .map(|language| {
                choice(
                    look,
                    language.native_name.to_owned(),
                    language.tag == current.language,
                    Message::Language(language.tag),
                    format!("language-{}", language.tag),
                )
            })
            .collect();
        let themes = ThemeChoice::ALL
            .iter()
            .map(|&option| {
                choice(
                    look,
                    locale.text(option.label_id()),
                    option == current.theme,
                    Message::Theme(option),
                    format!("theme-{}", option.label_id()),
                )
            })
            .collect();
        let sizes = TEXT_SIZES
            .iter()
            .map(|&percent| {
                choice(
                    look,
                    locale.text_with("settings-percent", &fluent_args!["percent" => percent]),
                    percent == current.text_size,
                    Message::TextSize(percent),
                    format!("text-size-{percent}"),
                )
            })
            .collect();
        let mut names = column![
            look.heading(locale.text("settings-names"), theme::H3),
            look.start(look.strong(locale.text("learners-name"), theme::BODY)),
            text_input("", &self.display_name)
                .style(crate::gui::theme::text_field)
                .id("display-name")
                .on_input(Message::DisplayNameChanged)
                .on_submit(Message::SaveNames)
                .size(theme::BODY)
                .padding(10),
            look.start(look.strong(locale.text("learners-certificate-name"), theme::BODY)),
            text_input(&self.display_name, &self.certificate_name)
                .style(crate::gui::theme::text_field)
                .id("certificate-name")
                .on_input(Message::CertificateNameChanged)
                .on_submit(Message::SaveNames)
                .size(theme::BODY)
                .padding(10),
            look.muted(locale.text("settings-certificate-name-hint"), theme::SMALL),
            look.start(look.primary_button(
                "save-names",
                locale.text("settings-save-names"),
                Message::SaveNames
            )),
        ]
        .spacing(8);
        match &self.saved {
            Some(Saved::Done) => {
                names = names.push(look.text(locale.text("settings-names-saved"), theme::BODY));
            }
            Some(Saved::Failed(problem)) => {
                names = names.push(look.error(problem.clone()));
            }
            None => {}
        }
        let page = Column::new()
            .spacing(24)
            .push(look.heading(locale.text("settings-heading"), theme::H1))
            .push(section(look, locale.text("settings-language"), languages))
            .push(section(look, locale.text("settings-theme"), themes))
            .push(section(look, locale.text("settings-text-size"), sizes))
            .push(container(names).padding(20).width(Fill).style(theme::card));
        let page = container(page).max_width(theme::CONTENT_WIDTH).padding(32);
        column![
            look.top_bar(vec![
                look.bar_button(locale.text("nav-back"), Message::Back, "back"),
                look.strong(locale.text("app-title"), theme::H3),
            ]),
            crate::gui::page_frame::scrolled_page(page, SCROLL_ID),
        ]
        .into()
    }
}

/// A heading above a row of choices.
fn section<'a>(
    look: Look,
    heading: String,
    choices: Vec<Element<'a, Message>>,
) -> Element<'a, Message> {
    column![
        look.heading(heading, theme::H3),
        look.start(look.row(choices).spacing(8).wrap())
    ]
    .spacing(8)
    .into()
}

/// One option: the chosen one is filled and ticked, so it shows without colour.
fn choice<'a>(
    look: Look,
    label: String,
    chosen: bool,
    message: Message,
    id: String,
) -> Element<'a, Message> {
    let (label, style): (String, fn(&iced::Theme, button::Status) -> button::Style) = if chosen {
        (format!("• {label}"), button::primary)
    } else {
        (label, theme::secondary_button)
    };
    look.action(
        id,
        button(look.label(label, theme::BODY))
            .on_press(message)
            .padding([8, 16])
            .style(style),
    )
    .into()
}
