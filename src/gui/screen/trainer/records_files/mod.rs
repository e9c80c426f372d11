//! The trainer area's "Records for the trainer" tab: records files
//! (`.fcrecords`) carried on a USB stick from the learners' laptops.
//!
//! - On a learner laptop, "Save records for the trainer" chooses a folder (on
//!   a stick, usually) with the app's own picker and writes this device's
//!   signed records file there, as `fieldcourse records export` does; then
//!   says where, how big and how long it took.
//! - On the trainer's laptop, "Collect records" takes files or a folder from
//!   the picker, or dropped on the window, and collects them one by one, as
//!   `fieldcourse records import` does, with a bar; then says per file what
//!   became of it, or why it was refused (nothing changed for that file).
//!
//! Both run off the UI thread, on a database connection of their own.

mod collect;

use super::folder_picker::{self, Chosen, Picker, Places, Purpose};
use crate::certificate::keys::Keyring;
use crate::gui::error_text::ErrorText;
use crate::gui::theme;
use crate::gui::widget::{Focus, Look, notice};
use crate::i18n::Localizer;
use crate::paths::Paths;
use crate::progress::{Collection, Store, Timestamp};
use crate::records::{self, Collected};
use fluent::fluent_args;
use iced::widget::{Column, column, container, text_input};
use iced::{Element, Fill, Task};
use std::path::PathBuf;
use std::time::Instant;

/// What can happen on the tab.
#[derive(Debug, Clone)]
pub enum Message {
    /// The device name was edited.
    DeviceNameTyped(String),
    /// Open the picker to choose where to save this device's records.
    ChooseSaveFolder,
    /// Open the picker to choose records files to collect.
    ChooseRecordsFiles,
    /// Something in the picker.
    Picker(folder_picker::Message),
    /// The records file was saved (what and how long), or why not.
    Saved(Result<Saved, ErrorText>),
    /// How collecting goes.
    Collect(CollectEvent),
}

/// A records file saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    /// The file written.
    pub path: PathBuf,
    /// Its size in bytes.
    pub bytes: u64,
    /// The device name in it.
    pub device_name: String,
    /// Learners in it.
    pub learners: usize,
    /// How long saving took, in milliseconds.
    pub millis: u64,
}

/// What a running collection reports.
#[derive(Debug, Clone)]
pub enum CollectEvent {
    /// This file (of `total`, `done` collected before it) is being read.
    Reading {
        /// Files already done.
        done: usize,
        /// Files in all.
        total: usize,
        /// The file being read.
        file: PathBuf,
    },
    /// What became of one file (or a folder that held none), boxed to keep
    /// the area's messages small.
    File(Box<FileResult>),
    /// Every file was handled, or the database could not be opened.
    Finished(Result<(), ErrorText>),
}

/// What became of one file given to collect.
#[derive(Debug, Clone)]
pub struct FileResult {
    /// The file or folder.
    pub path: PathBuf,
    /// Collected (or already here), or why not: refused for what it holds
    /// (`true`) or for the disk or the database failing (`false`).
    pub outcome: Result<Collected, (ErrorText, bool)>,
}

#[derive(Debug, Default)]
enum Saving {
    #[default]
    Idle,
    Running(PathBuf),
    Done(Saved),
    Failed(ErrorText),
}

#[derive(Debug, Default)]
enum Collecting {
    #[default]
    Idle,
    Running {
        done: usize,
        total: usize,
        file: Option<PathBuf>,
    },
    Finished(Option<ErrorText>),
}

/// The tab's state.
#[derive(Debug, Default)]
pub(super) struct RecordsFilesForm {
    places: Places,
    device_name: String,
    picker: Option<Picker>,
    saving: Saving,
    collecting: Collecting,
    /// What became of each file collected since the tab opened.
    results: Vec<FileResult>,
    /// Files dropped while a collection ran: collected next.
    queued: Vec<PathBuf>,
}

impl RecordsFilesForm {
    /// The tab, with the device name remembered here (if any).
    pub(super) fn new(store: &Store) -> Self {
        Self {
            device_name: store.device_name().ok().flatten().unwrap_or_default(),
            ..Self::default()
        }
    }

    /// Starts the picker at `places` instead of the drives and home folder.
    pub(super) fn set_places(&mut self, places: Places) {
        self.places = places;
    }

    fn collecting(&self) -> bool {
        matches!(self.collecting, Collecting::Running { .. })
    }

    /// What Tab moves through on this tab.
    pub(super) fn focus_order(&self) -> Vec<Focus<Message>> {
        let picker = |purpose| {
            self.picker
                .iter()
                .filter(move |picker| picker.purpose() == purpose)
                .flat_map(|picker| picker.focus_order())
                .map(|focus| focus.map(Message::Picker))
        };
        let mut order = vec![
            Focus::Field("device-name".into()),
            Focus::Press("save-for-trainer".into(), Message::ChooseSaveFolder),
        ];
        order.extend(picker(Purpose::Save));
        order.push(Focus::Press(
            "collect-records".into(),
            Message::ChooseRecordsFiles,
        ));
        order.extend(picker(Purpose::Collect));
        order
    }

    /// Collects files or folders dropped on the window (after the one
    /// running, if any). The window hears of each file dropped on its own,
    /// so their lines add to the summary shown.
    pub(super) fn dropped(&mut self, path: PathBuf, paths: &Paths) -> Task<super::Message> {
        self.picker = None;
        self.start_collecting(vec![path], paths)
    }

    /// Handles a message of the tab.
    pub(super) fn update(
        &mut self,
        message: Message,
        store: &Store,
        paths: &Paths,
    ) -> Task<super::Message> {
        match message {
            Message::DeviceNameTyped(name) => {
                self.device_name = name;
                Task::none()
            }
            Message::ChooseSaveFolder => self.open_picker(Purpose::Save),
            Message::ChooseRecordsFiles => self.open_picker(Purpose::Collect),
            Message::Picker(message) => {
                let Some(picker) = &mut self.picker else {
                    return Task::none();
                };
                let purpose = picker.purpose();
                let (task, chosen) = picker.update(message);
                let task =
                    task.map(|message| super::Message::RecordsFiles(Message::Picker(message)));
                let Some(chosen) = chosen else {
                    return task;
                };
                self.picker = None;
                match (purpose, chosen) {
                    (_, Chosen::Nothing) => Task::none(),
                    (Purpose::Save, Chosen::Folder(folder)) => self.save(folder, paths),
                    (Purpose::Save, Chosen::Files(_)) | (Purpose::Print, _) => Task::none(),
                    // A choice in the picker starts a new summary.
                    (Purpose::Collect, Chosen::Folder(folder)) => {
                        self.results.clear();
                        self.start_collecting(vec![folder], paths)
                    }
                    (Purpose::Collect, Chosen::Files(files)) => {
                        self.results.clear();
                        self.start_collecting(files, paths)
                    }
                }
            }
            Message::Saved(result) => {
                self.saving = match result {
                    Ok(saved) => Saving::Done(saved),
                    Err(error) => Saving::Failed(error),
                };
                // The name saved with the file is the one remembered now.
                if let Ok(Some(name)) = store.device_name() {
                    self.device_name = name;
                }
                Task::none()
            }
            Message::Collect(CollectEvent::Reading { done, total, file }) => {
                self.collecting = Collecting::Running {
                    done,
                    total,
                    file: Some(file),
                };
                Task::none()
            }
            Message::Collect(CollectEvent::File(result)) => {
                self.results.push(*result);
                Task::none()
            }
            Message::Collect(CollectEvent::Finished(result)) => {
                self.collecting = Collecting::Finished(result.err());
                if self.queued.is_empty() {
                    return Task::none();
                }
                let next = std::mem::take(&mut self.queued);
                self.start_collecting(next, paths)
            }
        }
    }

    fn open_picker(&mut self, purpose: Purpose) -> Task<super::Message> {
        let (picker, task) = Picker::open(purpose, self.places.clone());
        self.picker = Some(picker);
        task.map(|message| super::Message::RecordsFiles(Message::Picker(message)))
    }

    /// Saves this device's records into `folder`, off the UI thread.
    fn save(&mut self, folder: PathBuf, paths: &Paths) -> Task<super::Message> {
        if matches!(self.saving, Saving::Running(_)) {
            return Task::none();
        }
        self.saving = Saving::Running(folder.clone());
        let name = self.device_name.trim().to_owned();
        let data_dir = paths.data_dir.clone();
        crate::gui::blocking::run(
            move || -> Result<Saved, ErrorText> {
                let started = Instant::now();
                let store = Store::open(&data_dir)?;
                let export = records::export_records(
                    &store,
                    &Keyring::new(&data_dir),
                    &folder,
                    (!name.is_empty()).then_some(name.as_str()),
                    Timestamp::now(),
                )
                .inspect_err(|error| log::error!("records not saved: {error}"))?;
                log::info!(
                    "records of {} learners saved to {} ({} bytes)",
                    export.learners,
                    export.path.display(),
                    export.bytes
                );
                Ok(Saved {
                    path: export.path,
                    bytes: export.bytes,
                    device_name: export.device_name,
                    learners: export.learners,
                    millis: u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
                })
            },
            |result| super::Message::RecordsFiles(Message::Saved(result)),
        )
    }

    /// Collects `inputs` (files, or folders holding records files), or
    /// queues them behind the collection running.
    fn start_collecting(&mut self, inputs: Vec<PathBuf>, paths: &Paths) -> Task<super::Message> {
        if self.collecting() {
            self.queued.extend(inputs);
            return Task::none();
        }
        self.collecting = Collecting::Running {
            done: 0,
            total: inputs.len(),
            file: None,
        };
        collect::collect(paths.data_dir.clone(), inputs)
    }

    /// Draws the tab.
    pub(super) fn view<'a>(&'a self, locale: &Localizer, look: Look) -> Element<'a, Message> {
        let picker_for = |purpose| {
            self.picker
                .as_ref()
                .filter(|picker| picker.purpose() == purpose)
                .map(|picker| picker.view(locale, look).map(Message::Picker))
        };
        let saving = matches!(self.saving, Saving::Running(_));
        let mut name = text_input(&locale.text("carry-device-placeholder"), &self.device_name)
            .style(theme::text_field)
            .id("device-name")
            .padding(10)
            .size(theme::BODY);
        if !saving {
            name = name.on_input(Message::DeviceNameTyped);
        }
        let mut save = column![
            look.heading(locale.text("carry-save-heading"), theme::H2),
            look.text(locale.text("carry-save-body"), theme::BODY),
            look.text(locale.text("carry-device-name"), theme::SMALL),
            name,
            look.start(look.primary_button_when(
                "save-for-trainer",
                locale.text("carry-save"),
                (!saving).then_some(Message::ChooseSaveFolder),
            )),
        ]
        .spacing(10);
        if let Some(picker) = picker_for(Purpose::Save) {
            save = save.push(picker);
        }
        if let Some(status) = self.saving_view(locale, look) {
            save = save.push(status);
        }
        let collecting = self.collecting();
        let mut collect = column![
            look.heading(locale.text("carry-collect-heading"), theme::H2),
            look.text(locale.text("carry-collect-body"), theme::BODY),
            look.colored(locale.text("carry-collect-drop"), theme::SMALL, look.muted),
            look.start(look.primary_button_when(
                "collect-records",
                locale.text("carry-collect"),
                (!collecting).then_some(Message::ChooseRecordsFiles),
            )),
        ]
        .spacing(10);
        if let Some(picker) = picker_for(Purpose::Collect) {
            collect = collect.push(picker);
        }
        if let Some(status) = self.collecting_view(locale, look) {
            collect = collect.push(status);
        }
        column![save, collect].spacing(32).into()
    }

    fn saving_view<'a>(&'a self, locale: &Localizer, look: Look) -> Option<Element<'a, Message>> {
        Some(match &self.saving {
            Saving::Idle => return None,
            Saving::Running(folder) => column![
                look.text(
                    locale.text_with(
                        "carry-saving",
                        &fluent_args!["folder" => locale.isolate(folder.display().to_string())],
                    ),
                    theme::BODY,
                ),
                // One step whose length nothing tells in advance: a bar
                // half full says that work goes on.
                look.progress_bar(0.0..=1.0, 0.5, 10.0),
            ]
            .spacing(6)
            .into(),
            Saving::Done(saved) => container(notice(
                column![
                    look.strong(
                        locale.text_with(
                            "carry-saved",
                            &fluent_args![
                                "device" => locale.isolate(&saved.device_name),
                                "learners" => saved.learners
                            ],
                        ),
                        theme::BODY,
                    ),
                    look.text(saved.path.display().to_string(), theme::BODY),
                    look.text(
                        locale.text_with(
                            "carry-saved-size",
                            &fluent_args![
                                "kilobytes" => saved.bytes.div_ceil(1000).max(1),
                                "milliseconds" => saved.millis
                            ],
                        ),
                        theme::BODY,
                    ),
                ]
                .spacing(4),
                theme::success_note,
            ))
            .id("save-done")
            .into(),
            Saving::Failed(error) => container(notice(
                look.text(
                    locale.text_with(
                        "carry-save-failed",
                        &fluent_args!["error" => error.show(locale)],
                    ),
                    theme::BODY,
                ),
                theme::error_note,
            ))
            .id("save-failed")
            .into(),
        })
    }

    fn collecting_view<'a>(
        &'a self,
        locale: &Localizer,
        look: Look,
    ) -> Option<Element<'a, Message>> {
        let mut status = Column::new().spacing(8);
        match &self.collecting {
            Collecting::Idle => return None,
            Collecting::Running { done, total, file } => {
                let name = file
                    .as_ref()
                    .and_then(|file| file.file_name())
                    .map(|name| name.to_string_lossy().into_owned())
                    .unwrap_or_default();
                #[allow(clippy::cast_precision_loss, reason = "a bar's fill")]
                let fraction = *done as f32 / (*total).max(1) as f32;
                status = status
                    .push(look.text(
                        locale.text_with(
                            "carry-collecting",
                            &fluent_args![
                                "number" => done + 1,
                                "total" => *total,
                                "file" => locale.isolate(name)
                            ],
                        ),
                        theme::BODY,
                    ))
                    .push(look.progress_bar(0.0..=1.0, fraction, 10.0));
            }
            Collecting::Finished(Some(error)) => {
                status = status.push(notice(
                    look.text(
                        locale.text_with(
                            "carry-collect-failed",
                            &fluent_args!["error" => error.show(locale)],
                        ),
                        theme::BODY,
                    ),
                    theme::error_note,
                ));
            }
            Collecting::Finished(None) => {
                let collected = self
                    .results
                    .iter()
                    .filter(|result| {
                        result.outcome.as_ref().is_ok_and(|done| {
                            matches!(
                                done.outcome,
                                Collection::New | Collection::Superseded { .. }
                            )
                        })
                    })
                    .count();
                let refused = self.results.iter().filter(|r| r.outcome.is_err()).count();
                status = status.push(look.start(look.strong(
                    locale.text_with(
                        "carry-collected-summary",
                        &fluent_args![
                            "collected" => collected,
                            "total" => self.results.len(),
                            "refused" => refused
                        ],
                    ),
                    theme::BODY,
                )));
            }
        }
        for (index, result) in self.results.iter().enumerate() {
            status = status.push(
                container(collect::result_view(result, locale, look))
                    .id(format!("collect-result-{index}")),
            );
        }
        Some(container(status).id("collect-summary").width(Fill).into())
    }
}
