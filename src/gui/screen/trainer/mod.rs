//! The trainer area: import a course (checked, then installed whole or not at
//! all) or preview a course folder (see `import`), the learners on this
//! device and their progress, a CSV report and the register of certificates
//! issued here (see `report`), and how well each quiz question works (see
//! `questions`), every learner of the round from every device, with the
//! same-person merge (see `programme`). Records files carried on a USB stick
//! are saved on a learner laptop and collected on the trainer's (see
//! `records_files`, with the app's own folder picker in `folder_picker`).
//!
//! It reads across learners, so the app should keep it behind the trainer PIN
//! where one is set (see the progress store's report).

mod chart;
mod folder_picker;
mod import;
mod learners;
mod pin;
mod programme;
mod questions;
mod records;
mod records_files;
mod report;

use crate::course::{Imported, PackageError};
use crate::gui::error_text::{self, ErrorText};
use crate::gui::theme;
use crate::gui::widget::{Focus, Look, notice};
use crate::i18n::Localizer;
use crate::paths::Paths;
use crate::progress::{LearnerId, Store, Timestamp};
use fluent::fluent_args;
pub use folder_picker::Places;
use iced::widget::{Column, button, column, container};
use iced::{Element, Task};
use import::ImportForm;
pub use learners::LEARNER_PIN_ID;
use learners::PinReset;
use pin::PinForm;
use programme::ProgrammeForm;
pub use programme::{
    Message as ProgrammeMessage, PAGE_SIZE as PROGRAMME_PAGE_SIZE, Written as CertificatesWritten,
};
pub use questions::Message as QuestionsMessage;
use questions::QuestionsForm;
use records::RecordsForm;
pub use records::SyncEvent;
pub use records_files::Message as RecordsFilesMessage;
use records_files::RecordsFilesForm;
use report::{Data, Export, read, register_view};
use std::path::{Path, PathBuf};

/// The id of the trainer area's scrollable area, for keyboard scrolling.
pub const SCROLL_ID: &str = "trainer-scroll";

/// The trainer area.
#[derive(Debug)]
pub struct State {
    tab: Tab,
    import: ImportForm,
    records: RecordsForm,
    questions: QuestionsForm,
    programme: ProgrammeForm,
    data: Result<Data, ErrorText>,
    export_folder: PathBuf,
    export: Export,
    pin: PinForm,
    learner_pins: PinReset,
    /// Where the log is, for the help line at the foot of the area.
    log_folder: PathBuf,
    records_files: RecordsFilesForm,
}

/// The parts of the trainer area.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    /// Import a course.
    Import,
    /// Learners and their progress.
    Learners,
    /// The CSV report.
    Report,
    /// The certificate register.
    Register,
    /// Learning records: send them to the organisation's LRS, or save them.
    Records,
    /// The trainer PIN that guards this area.
    Pin,
    /// How well each quiz question works.
    Questions,
    /// Records files: save this device's for the trainer, or collect others'.
    RecordsFiles,
    /// Every learner of the round, from this laptop and every device collected.
    Programme,
}

/// What can happen in the trainer area.
#[derive(Debug, Clone)]
pub enum Message {
    /// Back to the library.
    Back,
    /// Show another part of the area.
    Show(Tab),
    /// The course path was edited.
    PathChanged(String),
    /// Check and install the course at the path typed.
    Import,
    /// The import of this path finished: installed, or refused with its
    /// problems, or held back because the installed version is newer.
    Imported(PathBuf, Result<Box<Imported>, PackageError>),
    /// Install the older version after all (the installed one is newer).
    ImportOlder,
    /// Keep the newer installed version: forget the older one offered.
    KeepInstalled,
    /// Install a package that is unsigned or signed by a key this device
    /// does not trust, after all.
    ImportUnverified,
    /// Replace an installed course with one another publisher (or nobody)
    /// signed, after all.
    ImportNewPublisher,
    /// Do not install the package held back by a question about its publisher.
    CancelImport,
    /// Show or hide the installed course's suggestions for its author.
    ToggleImportSuggestions,
    /// The folder to preview was edited.
    PreviewPathChanged(String),
    /// Open the folder typed in the live preview.
    Preview,
    /// The LRS address was edited.
    EndpointTyped(String),
    /// The LRS user name was edited.
    UserTyped(String),
    /// The LRS password was edited.
    PasswordTyped(String),
    /// Send to a plain `http://` address on another computer all the same
    /// (ticked), or not.
    AllowHttp(bool),
    /// Send the learning records waiting here to the LRS.
    SendRecords,
    /// How sending is going, or how it ended.
    Sync(SyncEvent),
    /// Save the learning records to a file in the export folder.
    SaveRecords,
    /// The records were saved (how many, and where), or why not.
    RecordsSaved(Result<(usize, PathBuf), ErrorText>),
    /// Write the CSV report into the export folder.
    ExportCsv,
    /// The report was written there, or why not.
    Exported(Result<PathBuf, ErrorText>),
    /// The new trainer PIN being typed.
    PinTyped(String),
    /// Set the trainer PIN typed.
    SavePin,
    /// Remove the trainer PIN: the area opens without one.
    RemovePin,
    /// The new trainer PIN was hashed (off the UI thread), or why not.
    PinHashed(crate::progress::Result<crate::progress::PinHash>),
    /// Type a new PIN for this learner (who forgot theirs).
    EditLearnerPin(LearnerId),
    /// The learner's new PIN being typed.
    LearnerPinTyped(String),
    /// Save the learner's new PIN.
    SaveLearnerPin,
    /// The learner's new PIN was hashed (off the UI thread), or why not.
    LearnerPinHashed(LearnerId, crate::progress::Result<crate::progress::PinHash>),
    /// Leave the learner's PIN as it was.
    CancelLearnerPin,
    /// Remove this learner's PIN: they sign in without one.
    RemoveLearnerPin(LearnerId),
    /// Something on the questions tab.
    Questions(QuestionsMessage),
    /// Something on the records files tab.
    RecordsFiles(RecordsFilesMessage),
    /// Something on the programme tab.
    Programme(ProgrammeMessage),
}

/// What the trainer area asks of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// Go back to the library.
    Back,
    /// A course was installed: the library should read the course folders again.
    CoursesChanged,
    /// Open this course folder in the live preview.
    Preview(PathBuf),
}

impl State {
    /// What Tab moves through, in the order shown.
    pub fn focus_order(&self) -> Vec<Focus<Message>> {
        let mut order = vec![Focus::Press("back".into(), Message::Back)];
        if self.pin.access == crate::progress::TrainerAccess::LeftOpen {
            order.push(Focus::Press("band-set-pin".into(), Message::Show(Tab::Pin)));
        }
        order.extend([
            Focus::Press("tab-import".into(), Message::Show(Tab::Import)),
            Focus::Press("tab-learners".into(), Message::Show(Tab::Learners)),
            Focus::Press("tab-report".into(), Message::Show(Tab::Report)),
            Focus::Press("tab-register".into(), Message::Show(Tab::Register)),
            Focus::Press("tab-records".into(), Message::Show(Tab::Records)),
            Focus::Press("tab-pin".into(), Message::Show(Tab::Pin)),
            Focus::Press("tab-questions".into(), Message::Show(Tab::Questions)),
            Focus::Press("tab-records-files".into(), Message::Show(Tab::RecordsFiles)),
            Focus::Press("tab-programme".into(), Message::Show(Tab::Programme)),
        ]);
        match self.tab {
            Tab::Import => order.extend(self.import.focus_order()),
            Tab::Records => order.extend(self.records.focus_order()),
            Tab::Report => order.push(Focus::Press("export-csv".into(), Message::ExportCsv)),
            Tab::Pin => {
                order.extend([
                    Focus::Field("new-trainer-pin".into()),
                    Focus::Press("save-trainer-pin".into(), Message::SavePin),
                ]);
                if self.pin.is_set() {
                    order.push(Focus::Press(
                        "remove-trainer-pin".into(),
                        Message::RemovePin,
                    ));
                }
            }
            Tab::Learners => {
                for learner in self.data.iter().flat_map(|data| &data.learners) {
                    let id = learner.id;
                    if self.learner_pins.is_editing(id) {
                        order.extend([
                            Focus::Field(LEARNER_PIN_ID.into()),
                            Focus::Press("learner-pin-save".into(), Message::SaveLearnerPin),
                            Focus::Press("learner-pin-cancel".into(), Message::CancelLearnerPin),
                        ]);
                        continue;
                    }
                    order.push(Focus::Press(
                        format!("learner-pin-{id}"),
                        Message::EditLearnerPin(id),
                    ));
                    if learner.has_pin {
                        order.push(Focus::Press(
                            format!("learner-pin-remove-{id}"),
                            Message::RemoveLearnerPin(id),
                        ));
                    }
                }
            }
            Tab::Register => {}
            Tab::Questions => order.extend(
                self.questions
                    .focus_order()
                    .into_iter()
                    .map(|focus| focus.map(Message::Questions)),
            ),
            Tab::RecordsFiles => order.extend(
                self.records_files
                    .focus_order()
                    .into_iter()
                    .map(|focus| focus.map(Message::RecordsFiles)),
            ),
            Tab::Programme => order.extend(
                self.programme
                    .focus_order()
                    .into_iter()
                    .map(|focus| focus.map(Message::Programme)),
            ),
        }
        order
    }

    /// The trainer area, on the import tab, with the learners, progress and
    /// certificates read from `store`.
    pub fn new(store: &Store, paths: &Paths) -> (Self, Task<Message>) {
        let state = Self {
            tab: Tab::Import,
            import: ImportForm::default(),
            records: RecordsForm::new(store, paths),
            questions: QuestionsForm::default(),
            programme: ProgrammeForm::default(),
            data: read(store).map_err(ErrorText::from),
            export_folder: crate::paths::documents_dir(&paths.data_dir),
            export: Export::Idle,
            pin: PinForm::new(store),
            learner_pins: PinReset::default(),
            log_folder: crate::logging::log_folder(&paths.data_dir),
            records_files: RecordsFilesForm::new(store),
        };
        (state, Task::none())
    }

    /// Takes a file or folder dropped on the window: a records file (or
    /// anything dropped on the records files tab) is collected there; the
    /// rest is imported as a course on the import tab.
    pub fn drop_file(&mut self, path: PathBuf, paths: &Paths) -> Task<Message> {
        let records = path
            .extension()
            .is_some_and(|extension| extension == crate::records::EXTENSION);
        if records || self.tab == Tab::RecordsFiles {
            self.tab = Tab::RecordsFiles;
            return self.records_files.dropped(path, paths);
        }
        self.tab = Tab::Import;
        self.import.dropped(path, paths)
    }

    /// Starts the folder pickers (records files, and the certificates' PDF
    /// when the export folder is missing) at `places` instead of the
    /// drives and the home folder (tests, and computers that mount elsewhere).
    pub fn set_places(&mut self, places: Places) {
        self.programme.set_places(places.clone());
        self.records_files.set_places(places);
    }

    /// Whether a new PIN (the trainer's, or a learner's) is being hashed:
    /// its form shows it is working and waits for the answer.
    pub fn is_saving_pin(&self) -> bool {
        self.pin.is_saving() || self.learner_pins.is_saving()
    }

    /// The part of the area on show.
    pub fn tab(&self) -> Tab {
        self.tab
    }

    /// The folder the CSV report is written to.
    pub fn export_folder(&self) -> &Path {
        &self.export_folder
    }

    /// Writes reports into `folder` instead (tests, and a future folder choice).
    pub fn set_export_folder(&mut self, folder: PathBuf) {
        self.export_folder = folder;
    }

    /// The report file written last, if the export succeeded.
    pub fn exported(&self) -> Option<&Path> {
        match &self.export {
            Export::Written(path) => Some(path),
            _ => None,
        }
    }

    /// Handles a message.
    pub fn update(
        &mut self,
        message: Message,
        store: &Store,
        paths: &Paths,
    ) -> (Task<Message>, Option<Event>) {
        let message = match self.import.update(message, paths) {
            Ok(handled) => return handled,
            Err(other) => other,
        };
        let message = match self
            .records
            .update(message, store, paths, &self.export_folder)
        {
            Ok(handled) => return handled,
            Err(other) => other,
        };
        let message = match self.pin.update(message, store) {
            Ok(task) => return (task, None),
            Err(other) => other,
        };
        let message = match self.learner_pins.update(message, store) {
            Ok((changed, task)) => {
                if changed {
                    self.data = read(store).map_err(ErrorText::from);
                }
                return (task, None);
            }
            Err(other) => other,
        };
        match message {
            Message::Back => (Task::none(), Some(Event::Back)),
            Message::Show(tab) => {
                self.tab = tab;
                if tab == Tab::Questions {
                    // Read afresh: learners may have answered since.
                    self.questions.open(store, paths);
                }
                if tab == Tab::Programme {
                    // Read afresh: records may have been collected since.
                    self.programme.open(store);
                }
                (Task::none(), None)
            }
            Message::Questions(message) => {
                self.questions.update(message, store);
                (Task::none(), None)
            }
            Message::RecordsFiles(message) => {
                (self.records_files.update(message, store, paths), None)
            }
            Message::Programme(message) => {
                // The learners tab lists this laptop's learners: read them
                // again once simulated ones are gone.
                let removed = matches!(message, ProgrammeMessage::SimulatedRemoved(_));
                let task = self
                    .programme
                    .update(message, store, paths, &self.export_folder)
                    .map(Message::Programme);
                if removed {
                    self.data = read(store).map_err(ErrorText::from);
                }
                (task, None)
            }
            Message::ExportCsv => {
                // Read afresh: learners may have moved on since the area opened.
                let rows = match store.report(None) {
                    Ok(rows) => rows,
                    Err(error) => {
                        self.export = Export::Failed(error.into());
                        return (Task::none(), None);
                    }
                };
                let csv = crate::progress::report_csv(&rows);
                let date = Timestamp::now().to_rfc3339();
                let name = format!("fieldcourse-report-{}.csv", date.get(..10).unwrap_or(&date));
                let path = self.export_folder.join(name);
                self.export = Export::Writing;
                let task = crate::gui::blocking::run(
                    move || {
                        let folder = path.parent().unwrap_or(Path::new("."));
                        std::fs::create_dir_all(folder)
                            .and_then(|()| std::fs::write(&path, csv))
                            .map_err(|error| error_text::io(&path, &error))
                            .map(|()| path)
                    },
                    Message::Exported,
                );
                (task, None)
            }
            // Handled by the import, records and PIN parts above.
            Message::PinTyped(_)
            | Message::SavePin
            | Message::RemovePin
            | Message::PinHashed(_)
            | Message::LearnerPinHashed(..)
            | Message::EditLearnerPin(_)
            | Message::LearnerPinTyped(_)
            | Message::SaveLearnerPin
            | Message::CancelLearnerPin
            | Message::RemoveLearnerPin(_)
            | Message::PathChanged(_)
            | Message::Import
            | Message::Imported(..)
            | Message::ImportOlder
            | Message::KeepInstalled
            | Message::ImportUnverified
            | Message::ImportNewPublisher
            | Message::CancelImport
            | Message::ToggleImportSuggestions
            | Message::PreviewPathChanged(_)
            | Message::Preview
            | Message::EndpointTyped(_)
            | Message::UserTyped(_)
            | Message::PasswordTyped(_)
            | Message::AllowHttp(_)
            | Message::SendRecords
            | Message::Sync(_)
            | Message::SaveRecords
            | Message::RecordsSaved(_) => (Task::none(), None),
            Message::Exported(result) => {
                self.export = match result {
                    Ok(path) => Export::Written(path),
                    Err(error) => Export::Failed(error),
                };
                (Task::none(), None)
            }
        }
    }

    /// Draws the area.
    pub fn view<'a>(&'a self, locale: &Localizer, look: Look) -> Element<'a, Message> {
        let tab = |label: String, which: Tab, id: &'static str| -> Element<'a, Message> {
            look.action(
                id,
                button(look.label(label, theme::BODY))
                    .on_press(Message::Show(which))
                    .padding([8, 16])
                    .style(theme::tab(self.tab == which)),
            )
            .into()
        };
        // Two lines of tabs, each laid out in reading order: a single wrapping
        // row would break its line from the left, putting the first tabs on
        // the second line in Arabic.
        let first_line = look
            .row(vec![
                tab(locale.text("trainer-tab-import"), Tab::Import, "tab-import"),
                tab(
                    locale.text("trainer-tab-learners"),
                    Tab::Learners,
                    "tab-learners",
                ),
                tab(locale.text("trainer-tab-report"), Tab::Report, "tab-report"),
                tab(
                    locale.text("trainer-tab-register"),
                    Tab::Register,
                    "tab-register",
                ),
                tab(
                    locale.text("trainer-tab-records"),
                    Tab::Records,
                    "tab-records",
                ),
            ])
            .spacing(8);
        let second_line = look
            .row(vec![
                tab(locale.text("trainer-tab-pin"), Tab::Pin, "tab-pin"),
                tab(
                    locale.text("trainer-tab-questions"),
                    Tab::Questions,
                    "tab-questions",
                ),
                tab(
                    locale.text("trainer-tab-records-files"),
                    Tab::RecordsFiles,
                    "tab-records-files",
                ),
                tab(
                    locale.text("trainer-tab-programme"),
                    Tab::Programme,
                    "tab-programme",
                ),
            ])
            .spacing(8);
        // The tabs start on the reading side: right in Arabic.
        let tabs = column![look.start(first_line), look.start(second_line)].spacing(8);
        let section = match (&self.data, self.tab) {
            (_, Tab::Import) => self.import.view(locale, look),
            (_, Tab::Pin) => self.pin.view(locale, look),
            (_, Tab::Records) => self.records.view(locale, look),
            (_, Tab::Questions) => self.questions.view(locale, look).map(Message::Questions),
            (_, Tab::RecordsFiles) => self
                .records_files
                .view(locale, look)
                .map(Message::RecordsFiles),
            (_, Tab::Programme) => self.programme.view(locale, look).map(Message::Programme),
            (Err(error), _) => read_failed(error, locale, look),
            (Ok(data), Tab::Learners) => learners::view(data, &self.learner_pins, locale, look),
            (Ok(_), Tab::Report) => self.report_view(locale, look),
            (Ok(data), Tab::Register) => register_view(data, locale, look),
        };
        let mut page = Column::new()
            .spacing(20)
            .push(look.heading(locale.text("trainer-title"), theme::H1));
        if let Some(band) = self.pin.band(locale, look) {
            page = page.push(band);
        }
        let log_help = look.colored(
            locale.text_with(
                "trainer-log-help",
                &fluent_args!["folder" => locale.isolate(self.log_folder.display().to_string())],
            ),
            theme::SMALL,
            look.muted,
        );
        let page = container(page.push(tabs).push(section).push(log_help))
            .max_width(theme::CONTENT_WIDTH)
            .padding(32);
        column![
            look.top_bar(vec![
                look.bar_button(locale.text("nav-library"), Message::Back, "back"),
                look.strong(locale.text("app-title"), theme::H3),
            ]),
            crate::gui::page_frame::scrolled_page(page, SCROLL_ID),
        ]
        .into()
    }
}

/// The notice a tab shows when the progress file could not be read for it.
fn read_failed<'a, M: 'a>(error: &ErrorText, locale: &Localizer, look: Look) -> Element<'a, M> {
    notice(
        look.text(
            locale.text_with(
                "trainer-read-failed",
                &fluent_args!["error" => error.show(locale)],
            ),
            theme::BODY,
        ),
        theme::error_note,
    )
}
