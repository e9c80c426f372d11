//! The trainer area's learning records tab: how many xAPI statements wait on
//! this computer, "Send learning records" to the organisation's LRS with a
//! progress bar (the address and credentials remembered owner-only in the
//! data folder), and "Save to a file" for carrying them on a USB stick.
//!
//! Sending first checks the LRS, so a wrong address or password is named even
//! with nothing waiting. A plain `http://` address on another computer is
//! refused before any connection (the password would travel unencrypted)
//! until the trainer ticks the box that appears with the refusal.
//!
//! A build without the `lrs` feature has no LRS client: the tab then offers
//! saving to a file only.

use super::{Event, Message};
use crate::gui::error_text::{self, ErrorText};
use crate::gui::theme;
use crate::gui::widget::{Focus, Look, notice};
use crate::i18n::Localizer;
#[cfg(feature = "lrs")]
use crate::lrs::{self, Credentials, RememberedLrs, SyncConfig, SyncProgress, SyncReport};
use crate::paths::Paths;
use crate::progress::{Store, Timestamp};
use fluent::fluent_args;
#[cfg(feature = "lrs")]
use iced::futures::{SinkExt, StreamExt};
use iced::widget::column;
#[cfg(feature = "lrs")]
use iced::widget::{checkbox, text_input};
use iced::{Element, Task};
use std::path::PathBuf;

/// What an LRS address looks like, shown in the empty field.
#[cfg(feature = "lrs")]
const EXAMPLE_ENDPOINT: &str = "https://lrs.example.org/xapi";

/// The learning records form.
#[derive(Debug, Default)]
pub(super) struct RecordsForm {
    #[cfg(feature = "lrs")]
    endpoint: String,
    #[cfg(feature = "lrs")]
    username: String,
    #[cfg(feature = "lrs")]
    password: String,
    /// Send over plain `http://` to another computer all the same (for this
    /// time the area is open only).
    #[cfg(feature = "lrs")]
    allow_http: bool,
    /// Statements waiting, and of those exported to a file, when last counted.
    waiting: Option<(u64, u64)>,
    #[cfg(feature = "lrs")]
    sending: Sending,
    saving: Saving,
}

/// Where sending stands.
#[cfg(feature = "lrs")]
#[derive(Debug, Default)]
enum Sending {
    #[default]
    Idle,
    /// Send was pressed with no address typed.
    NoEndpoint,
    /// Send was refused: plain `http://` to another computer with a password.
    PlainHttp,
    Running(SyncProgress),
    Done(SyncReport),
    Failed(ErrorText),
}

/// Where saving to a file stands.
#[derive(Debug, Default)]
enum Saving {
    #[default]
    Idle,
    Running,
    Done {
        count: usize,
        path: PathBuf,
    },
    Failed(ErrorText),
}

/// What a running sync reports.
#[derive(Debug, Clone)]
pub enum SyncEvent {
    /// Another batch was delivered.
    #[cfg(feature = "lrs")]
    Progress(SyncProgress),
    /// The sync ended: what it did, or why it stopped.
    #[cfg(feature = "lrs")]
    Finished(Result<SyncReport, ErrorText>),
}

impl RecordsForm {
    /// The form, filled with the remembered LRS and the outbox's count.
    #[cfg(feature = "lrs")]
    pub(super) fn new(store: &Store, paths: &Paths) -> Self {
        let remembered = lrs::load_lrs(&paths.data_dir).ok().flatten();
        let (username, password) = remembered
            .as_ref()
            .and_then(|lrs| lrs.credentials.clone())
            .map(|c| (c.username, c.password))
            .unwrap_or_default();
        let mut form = Self {
            endpoint: remembered.map(|lrs| lrs.endpoint).unwrap_or_default(),
            username,
            password,
            ..Self::default()
        };
        form.count(store);
        form
    }

    /// The form with the outbox's count (no LRS client in this build).
    #[cfg(not(feature = "lrs"))]
    pub(super) fn new(store: &Store, _paths: &Paths) -> Self {
        let mut form = Self::default();
        form.count(store);
        form
    }

    /// Counts what waits: this device's statements, and those collected from
    /// other laptops that sending forwards too.
    fn count(&mut self, store: &Store) {
        let collected = store.statements_to_forward_count().unwrap_or(0);
        self.waiting = store
            .outbox_count()
            .ok()
            .map(|count| (count.pending + collected, count.exported));
    }

    /// What Tab moves through on this tab.
    pub(super) fn focus_order(&self) -> Vec<Focus<Message>> {
        let save = Focus::Press("save-records".into(), Message::SaveRecords);
        #[cfg(feature = "lrs")]
        let order = vec![
            Focus::Field("lrs-endpoint".into()),
            Focus::Field("lrs-user".into()),
            Focus::Field("lrs-password".into()),
            Focus::Press("send-records".into(), Message::SendRecords),
            save,
        ];
        #[cfg(not(feature = "lrs"))]
        let order = vec![save];
        order
    }

    /// Handles the tab's messages; gives back a message of another tab.
    pub(super) fn update(
        &mut self,
        message: Message,
        store: &Store,
        paths: &Paths,
        export_folder: &std::path::Path,
    ) -> Result<(Task<Message>, Option<Event>), Message> {
        let done = |task| Ok((task, None));
        match message {
            #[cfg(feature = "lrs")]
            Message::EndpointTyped(text) => {
                self.endpoint = text;
                done(Task::none())
            }
            #[cfg(feature = "lrs")]
            Message::UserTyped(text) => {
                self.username = text;
                done(Task::none())
            }
            #[cfg(feature = "lrs")]
            Message::PasswordTyped(text) => {
                self.password = text;
                done(Task::none())
            }
            #[cfg(feature = "lrs")]
            Message::AllowHttp(allow) => {
                self.allow_http = allow;
                if allow && matches!(self.sending, Sending::PlainHttp) {
                    self.sending = Sending::Idle;
                }
                done(Task::none())
            }
            #[cfg(feature = "lrs")]
            Message::SendRecords => {
                if matches!(self.sending, Sending::Running(_)) {
                    return done(Task::none());
                }
                let credentials = (!self.username.trim().is_empty()).then(|| Credentials {
                    username: self.username.trim().to_owned(),
                    password: self.password.clone(),
                });
                let endpoint = self.endpoint.trim().to_owned();
                if endpoint.is_empty() {
                    self.sending = Sending::NoEndpoint;
                    return done(Task::none());
                }
                let mut config = SyncConfig::new(endpoint.clone(), credentials.clone());
                config.allow_http = self.allow_http;
                if lrs::refuses_plain_http(&config) {
                    log::warn!("sending to {endpoint} refused: plain http:// to another computer");
                    self.sending = Sending::PlainHttp;
                    return done(Task::none());
                }
                // Remembered before sending, so a failed try need not be retyped.
                let remembered = RememberedLrs {
                    endpoint,
                    credentials,
                };
                if let Err(error) = lrs::save_lrs(&paths.data_dir, &remembered) {
                    self.sending = Sending::Failed(error.into());
                    return done(Task::none());
                }
                let total = self.waiting.map_or(0, |(pending, _)| pending);
                self.sending = Sending::Running(SyncProgress {
                    delivered: 0,
                    total,
                });
                done(send(paths.data_dir.clone(), config))
            }
            #[cfg(feature = "lrs")]
            Message::Sync(SyncEvent::Progress(progress)) => {
                if matches!(self.sending, Sending::Running(_)) {
                    self.sending = Sending::Running(progress);
                }
                done(Task::none())
            }
            #[cfg(feature = "lrs")]
            Message::Sync(SyncEvent::Finished(result)) => {
                self.sending = match result {
                    Ok(report) => Sending::Done(report),
                    Err(error) => Sending::Failed(error),
                };
                self.count(store);
                done(Task::none())
            }
            Message::SaveRecords => {
                if matches!(self.saving, Saving::Running) {
                    return done(Task::none());
                }
                let date = Timestamp::now().to_rfc3339();
                let name = format!(
                    "fieldcourse-records-{}.json",
                    date.get(..10).unwrap_or(&date)
                );
                let path = export_folder.join(name);
                self.saving = Saving::Running;
                let data_dir = paths.data_dir.clone();
                done(crate::gui::blocking::run(
                    move || -> Result<_, ErrorText> {
                        let store = Store::open(&data_dir)?;
                        if let Some(folder) = path.parent() {
                            std::fs::create_dir_all(folder)
                                .map_err(|error| error_text::io(folder, &error))?;
                        }
                        let count = store.export_outbox(None, &path)?;
                        Ok((count, path))
                    },
                    Message::RecordsSaved,
                ))
            }
            Message::RecordsSaved(result) => {
                self.saving = match result {
                    Ok((count, path)) => Saving::Done { count, path },
                    Err(error) => Saving::Failed(error),
                };
                self.count(store);
                done(Task::none())
            }
            // Nothing in a build without LRS support sends these.
            #[cfg(not(feature = "lrs"))]
            Message::EndpointTyped(_)
            | Message::UserTyped(_)
            | Message::PasswordTyped(_)
            | Message::AllowHttp(_)
            | Message::SendRecords
            | Message::Sync(_) => done(Task::none()),
            other => Err(other),
        }
    }

    /// Draws the tab.
    #[cfg(feature = "lrs")]
    pub(super) fn view<'a>(&'a self, locale: &Localizer, look: Look) -> Element<'a, Message> {
        let running = matches!(self.sending, Sending::Running(_));
        let field = |placeholder: &str, value: &'a str, id: &'static str| {
            text_input(placeholder, value)
                .style(crate::gui::theme::text_field)
                .id(id)
                .padding(10)
                .size(theme::BODY)
        };
        let mut endpoint = field(EXAMPLE_ENDPOINT, &self.endpoint, "lrs-endpoint");
        let mut user = field("", &self.username, "lrs-user");
        let mut password = field("", &self.password, "lrs-password").secure(true);
        if !running {
            endpoint = endpoint.on_input(Message::EndpointTyped);
            user = user.on_input(Message::UserTyped);
            password = password
                .on_input(Message::PasswordTyped)
                .on_submit(Message::SendRecords);
        }
        let waiting = self.waiting_text(locale);
        let mut page = column![
            look.heading(locale.text("records-heading"), theme::H2),
            look.text(locale.text("records-body"), theme::BODY),
            look.start(look.strong(waiting, theme::BODY)),
            look.text(locale.text("records-endpoint"), theme::SMALL),
            endpoint,
            look.row(vec![
                column![look.text(locale.text("records-user"), theme::SMALL), user]
                    .spacing(4)
                    .into(),
                column![
                    look.text(locale.text("records-password"), theme::SMALL),
                    password
                ]
                .spacing(4)
                .into(),
            ])
            .spacing(12),
            look.colored(locale.text("records-remembered"), theme::SMALL, look.muted),
            // At the reading side's start: right in Arabic.
            look.start(
                look.row(vec![
                    look.primary_button(
                        "send-records",
                        locale.text("records-send"),
                        Message::SendRecords
                    )
                    .into(),
                    look.secondary_button(
                        "save-records",
                        locale.text("records-save"),
                        Message::SaveRecords
                    )
                    .into(),
                ])
                .spacing(12)
            ),
        ]
        .spacing(10);
        if let Some(status) = self.sending_view(locale, look) {
            page = page.push(status);
        }
        if self.allow_http || matches!(self.sending, Sending::PlainHttp) {
            let mut allow = checkbox(self.allow_http)
                .style(crate::gui::theme::check_box)
                .label(locale.text("records-allow-http"))
                .text_size(theme::BODY);
            if !running {
                allow = allow.on_toggle(Message::AllowHttp);
            }
            page = page.push(look.start(look.action("allow-http", allow)));
        }
        if let Some(status) = self.saving_view(locale, look) {
            page = page.push(status);
        }
        page.into()
    }

    /// Draws the tab of a build without LRS support: the count, and saving
    /// to a file for someone to carry to the LRS.
    #[cfg(not(feature = "lrs"))]
    pub(super) fn view<'a>(&'a self, locale: &Localizer, look: Look) -> Element<'a, Message> {
        let mut page = column![
            look.heading(locale.text("records-heading-file"), theme::H2),
            look.text(locale.text("records-body-file"), theme::BODY),
            look.start(look.strong(self.waiting_text(locale), theme::BODY)),
            look.start(look.secondary_button(
                "save-records",
                locale.text("records-save"),
                Message::SaveRecords
            )),
        ]
        .spacing(10);
        if let Some(status) = self.saving_view(locale, look) {
            page = page.push(status);
        }
        page.into()
    }

    /// How many records wait, in words.
    fn waiting_text(&self, locale: &Localizer) -> String {
        match self.waiting {
            Some((pending, exported)) => locale.text_with(
                "records-waiting",
                &fluent_args!["count" => pending, "exported" => exported],
            ),
            None => locale.text("records-count-failed"),
        }
    }

    #[cfg(feature = "lrs")]
    fn sending_view<'a>(&'a self, locale: &Localizer, look: Look) -> Option<Element<'a, Message>> {
        Some(match &self.sending {
            Sending::Idle => return None,
            Sending::NoEndpoint => look
                .text(locale.text("records-no-endpoint"), theme::BODY)
                .into(),
            Sending::PlainHttp => notice(
                look.text(locale.text("records-plain-http"), theme::BODY),
                theme::error_note,
            ),
            Sending::Running(progress) => {
                let total = progress.total.max(1);
                #[allow(clippy::cast_precision_loss, reason = "a bar's fill")]
                let fraction = progress.delivered as f32 / total as f32;
                column![
                    look.text(
                        locale.text_with(
                            "records-sending",
                            &fluent_args![
                                "delivered" => progress.delivered,
                                "total" => progress.total
                            ],
                        ),
                        theme::BODY,
                    ),
                    look.progress_bar(0.0..=1.0, fraction, 10.0),
                ]
                .spacing(6)
                .into()
            }
            Sending::Done(report) => notice(
                look.text(
                    locale.text_with(
                        "records-sent",
                        &fluent_args!["sent" => report.sent, "held" => report.already_held],
                    ),
                    theme::BODY,
                ),
                theme::success_note,
            ),
            Sending::Failed(error) => notice(
                look.text(
                    locale.text_with(
                        "records-send-failed",
                        &fluent_args!["error" => error.show(locale)],
                    ),
                    theme::BODY,
                ),
                theme::error_note,
            ),
        })
    }

    fn saving_view<'a>(&'a self, locale: &Localizer, look: Look) -> Option<Element<'a, Message>> {
        Some(match &self.saving {
            Saving::Idle => return None,
            Saving::Running => look
                .colored(locale.text("records-saving"), theme::BODY, look.muted)
                .into(),
            Saving::Done { count, path } => notice(
                column![
                    look.strong(
                        locale.text_with("records-saved", &fluent_args!["count" => *count]),
                        theme::BODY
                    ),
                    look.text(path.display().to_string(), theme::BODY),
                ]
                .spacing(4),
                theme::success_note,
            ),
            Saving::Failed(error) => notice(
                look.text(
                    locale.text_with(
                        "records-save-failed",
                        &fluent_args!["error" => error.show(locale)],
                    ),
                    theme::BODY,
                ),
                theme::error_note,
            ),
        })
    }
}

/// Sends the outbox of `data_dir` on a thread of its own (the network waits),
/// reporting each batch as it goes.
#[cfg(feature = "lrs")]
fn send(data_dir: PathBuf, config: SyncConfig) -> Task<Message> {
    let events = iced::stream::channel(16, async move |mut output| {
        let (sender, mut events) = iced::futures::channel::mpsc::unbounded();
        let progress = sender.clone();
        std::thread::spawn(move || {
            // A send fails only once the area is gone, which no longer listens.
            let result = lrs::sync_data_dir(&data_dir, &config, |step| {
                let _ = progress.unbounded_send(SyncEvent::Progress(step));
            });
            match &result {
                Ok(report) => log::info!(
                    "learning records sent to {}: {} delivered, {} already held",
                    config.endpoint,
                    report.sent,
                    report.already_held
                ),
                Err(error) => log::error!("learning records not sent: {error}"),
            }
            let _ = sender.unbounded_send(SyncEvent::Finished(result.map_err(ErrorText::from)));
        });
        while let Some(event) = events.next().await {
            if output.send(event).await.is_err() {
                break;
            }
        }
    });
    Task::run(events, Message::Sync)
}
