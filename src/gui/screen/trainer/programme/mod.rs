//! The trainer area's programme tab: every learner of the round, from this
//! laptop and from every device collected, a line per learner and course,
//! with filters (course, device, status), sorting and pages of
//! [`PAGE_SIZE`] lines, so a round of thousands draws only what it shows.
//!
//! Two learners selected can be joined ("these are the same person", after a
//! confirmation that says what it does); a joined learner's line offers Undo.
//! The rule that combines their results is the progress store's (see
//! `progress::programme` and `docs/trainers.md`).
//!
//! The certificates of the learners selected, or of everyone who completed
//! the course chosen, print into one PDF (see `print`); simulated learners
//! (practice data) are removed all at once after a confirmation.

mod print;
mod view;

use super::folder_picker::{self, Chosen, Picker, Places, Purpose};
use crate::gui::error_text::ErrorText;
use crate::gui::widget::Focus;
use crate::paths::Paths;
use crate::progress::{
    LearnerRef, Programme, ProgrammeFilter, ProgrammeLearner, ProgrammeLine, ProgrammeSort,
    SortKey, Status, Store, Timestamp,
};
use iced::Task;
pub use print::Written;
use print::{Printing, Request};
use std::path::{Path, PathBuf};

/// Lines on one page of the programme.
pub const PAGE_SIZE: usize = 50;

/// What can happen on the programme tab.
#[derive(Debug, Clone)]
pub enum Message {
    /// Show only the course at this place in the programme's list; `None`
    /// shows every course.
    PickCourse(Option<usize>),
    /// Show only learners of the device at this place in the programme's
    /// list; `None` shows every device.
    PickDevice(Option<usize>),
    /// Show only lines with this status; `None` shows all.
    PickStatus(Option<Status>),
    /// Sort by this key; the key already chosen turns the order around.
    SortBy(SortKey),
    /// Show the page with this number (from 0).
    Page(usize),
    /// Select (or unselect) the learner whose first record this is.
    Select(LearnerRef),
    /// Ask to join the two learners selected.
    AskJoin,
    /// Join them: they are the same person.
    ConfirmJoin,
    /// Do not join them.
    CancelJoin,
    /// Undo the link with this id: the learner's records are apart again.
    Undo(i64),
    /// Print the certificates of the learners selected (a folder is chosen first).
    PrintSelected,
    /// Print every certificate of the course chosen in the filter.
    PrintCourse,
    /// Something in the folder picker that chooses where the PDF goes.
    Picker(folder_picker::Message),
    /// The PDF was written, or why not.
    Printed(Result<Written, ErrorText>),
    /// Ask to remove every simulated learner.
    AskRemoveSimulated,
    /// Remove them.
    ConfirmRemoveSimulated,
    /// Keep them.
    CancelRemoveSimulated,
    /// The simulated learners were removed (how many), or why not.
    SimulatedRemoved(Result<usize, ErrorText>),
}

/// What the tab last changed, for the notice under the actions.
#[derive(Debug)]
enum Outcome {
    Joined(String),
    Undone(String),
    Failed(ErrorText),
    SimulatedRemoved(usize),
}

/// The removal of the simulated learners.
#[derive(Debug, Default, PartialEq, Eq)]
enum Removal {
    #[default]
    Idle,
    Confirming,
    Running,
}

/// The tab's state.
#[derive(Debug, Default)]
pub(super) struct ProgrammeForm {
    /// Read each time the tab opens, and after a join or undo.
    programme: Option<Result<Programme, ErrorText>>,
    filter: ProgrammeFilter,
    sort: ProgrammeSort,
    /// The lines the filter keeps, in sort order (made again when either changes).
    lines: Vec<ProgrammeLine>,
    page: usize,
    /// The learners selected (their first records), in the order chosen;
    /// exactly two can be joined, any number printed.
    selected: Vec<LearnerRef>,
    /// Set while the join waits for its confirmation.
    confirming: bool,
    outcome: Option<Outcome>,
    /// Where the folder picker starts: the drives and the home folder.
    places: Places,
    /// The picker choosing the PDF's folder, with what it will print.
    picker: Option<(Picker, Request)>,
    printing: Printing,
    /// How many simulated learners this laptop holds (read when the tab opens).
    simulated: usize,
    removal: Removal,
}

impl ProgrammeForm {
    /// Reads the programme afresh (learners may have moved on, records may
    /// have been collected since), keeping the filters where they still apply.
    pub(super) fn open(&mut self, store: &Store) {
        self.programme = Some(store.programme().map_err(ErrorText::from));
        self.simulated = crate::simulate::simulated_learners(store)
            .map(|ids| ids.len())
            .unwrap_or(0);
        if self.simulated == 0 && self.removal == Removal::Confirming {
            self.removal = Removal::Idle;
        }
        if let Some(Ok(programme)) = &self.programme {
            if let Some(course) = &self.filter.course
                && !programme.courses.iter().any(|(id, _)| id == course)
            {
                self.filter.course = None;
            }
            if let Some(device) = &self.filter.device
                && !programme
                    .devices
                    .iter()
                    .any(|known| &known.device_id == device)
            {
                self.filter.device = None;
            }
            // A selection names first records; one joined away is no longer a learner's.
            self.selected.retain(|selected| {
                programme
                    .learners
                    .iter()
                    .any(|learner| learner.first() == selected)
            });
        }
        self.confirming &= self.selected.len() == 2;
        self.refilter();
    }

    /// Starts the folder picker at `places` instead of the drives and home folder.
    pub(super) fn set_places(&mut self, places: Places) {
        self.places = places;
    }

    /// The course certificates print for: the one chosen in the filter, or
    /// the only one of the programme.
    fn print_course(&self) -> Option<(String, String)> {
        let courses = &self.programme()?.courses;
        match &self.filter.course {
            Some(chosen) => courses.iter().find(|(id, _)| id == chosen).cloned(),
            None if courses.len() == 1 => courses.first().cloned(),
            None => None,
        }
    }

    /// The selected learners, as the programme holds them, in selection order.
    fn selected_learners(&self) -> Vec<&ProgrammeLearner> {
        let Some(programme) = self.programme() else {
            return Vec::new();
        };
        self.selected
            .iter()
            .filter_map(|selected| {
                programme
                    .learners
                    .iter()
                    .find(|learner| learner.first() == selected)
            })
            .collect()
    }

    /// The selected learners, each by name with the records that are theirs.
    fn selected_holders(&self) -> Vec<(String, Vec<crate::certificate::print::Holder>)> {
        self.selected_learners()
            .into_iter()
            .map(|learner| {
                let holders = learner
                    .members
                    .iter()
                    .map(|member| print::holder(&member.learner))
                    .collect();
                (learner.display_name.clone(), holders)
            })
            .collect()
    }

    /// Opens the picker for the PDF of `request`, in `export_folder`.
    fn choose_folder(&mut self, request: Request, export_folder: &Path) -> Task<Message> {
        if self.printing.is_running() {
            return Task::none();
        }
        let (picker, task) = Picker::open_in(
            Purpose::Print,
            self.places.clone(),
            export_folder.to_owned(),
        );
        self.picker = Some((picker, request));
        task.map(Message::Picker)
    }

    fn programme(&self) -> Option<&Programme> {
        self.programme.as_ref()?.as_ref().ok()
    }

    fn refilter(&mut self) {
        self.lines = self
            .programme()
            .map(|programme| programme.lines(&self.filter, self.sort))
            .unwrap_or_default();
        self.page = self.page.min(self.last_page());
    }

    fn last_page(&self) -> usize {
        self.lines.len().saturating_sub(1) / PAGE_SIZE
    }

    /// The lines of the page shown, with their place in the whole list.
    fn page_lines(&self) -> impl Iterator<Item = (usize, ProgrammeLine)> + '_ {
        self.lines
            .iter()
            .copied()
            .enumerate()
            .skip(self.page * PAGE_SIZE)
            .take(PAGE_SIZE)
    }

    /// The names of the selected learners, for the confirmation and notices.
    fn selected_names(&self) -> Vec<(String, Option<String>)> {
        self.selected_learners()
            .into_iter()
            .map(|learner| {
                let device = learner
                    .members
                    .first()
                    .and_then(|member| member.device_name.clone());
                (learner.display_name.clone(), device)
            })
            .collect()
    }

    /// Handles a message of this tab; PDFs go first to `export_folder`.
    pub(super) fn update(
        &mut self,
        message: Message,
        store: &Store,
        paths: &Paths,
        export_folder: &Path,
    ) -> Task<Message> {
        match message {
            Message::PrintSelected => {
                let Some((course_id, course_title)) = self.print_course() else {
                    return Task::none();
                };
                let learners = self.selected_holders();
                if learners.is_empty() {
                    return Task::none();
                }
                let request = Request {
                    course_id,
                    course_title,
                    learners: Some(learners),
                };
                self.choose_folder(request, export_folder)
            }
            Message::PrintCourse => {
                let Some((course_id, course_title)) = self
                    .filter
                    .course
                    .is_some()
                    .then(|| self.print_course())
                    .flatten()
                else {
                    return Task::none();
                };
                let request = Request {
                    course_id,
                    course_title,
                    learners: None,
                };
                self.choose_folder(request, export_folder)
            }
            Message::Picker(message) => {
                let Some((picker, _)) = &mut self.picker else {
                    return Task::none();
                };
                let (task, chosen) = picker.update(message);
                let task = task.map(Message::Picker);
                let Some(chosen) = chosen else {
                    return task;
                };
                let Some((_, request)) = self.picker.take() else {
                    return Task::none();
                };
                match chosen {
                    Chosen::Folder(folder) => self.print(request, folder, paths),
                    Chosen::Files(_) | Chosen::Nothing => Task::none(),
                }
            }
            Message::Printed(result) => {
                self.printing = match result {
                    Ok(written) => Printing::Done(written),
                    Err(error) => Printing::Failed(error),
                };
                Task::none()
            }
            Message::AskRemoveSimulated => {
                if self.simulated > 0 && self.removal == Removal::Idle {
                    self.removal = Removal::Confirming;
                    self.outcome = None;
                }
                Task::none()
            }
            Message::CancelRemoveSimulated => {
                if self.removal == Removal::Confirming {
                    self.removal = Removal::Idle;
                }
                Task::none()
            }
            Message::ConfirmRemoveSimulated => {
                if self.removal != Removal::Confirming {
                    return Task::none();
                }
                self.removal = Removal::Running;
                let data_dir = paths.data_dir.clone();
                crate::gui::blocking::run(
                    move || {
                        Store::open(&data_dir)
                            .map_err(ErrorText::from)
                            .and_then(|store| {
                                crate::simulate::remove_simulated(&store)
                                    .map_err(|error| print::simulate_error(&error))
                            })
                    },
                    Message::SimulatedRemoved,
                )
            }
            Message::SimulatedRemoved(result) => {
                self.removal = Removal::Idle;
                self.outcome = Some(match result {
                    Ok(count) => Outcome::SimulatedRemoved(count),
                    Err(error) => Outcome::Failed(error),
                });
                self.selected.clear();
                self.open(store);
                Task::none()
            }
            other => {
                self.update_programme(other, store);
                Task::none()
            }
        }
    }

    /// Prints `request` into `folder`, off the UI thread.
    fn print(&mut self, request: Request, folder: PathBuf, paths: &Paths) -> Task<Message> {
        self.printing = Printing::Running(folder.clone());
        print::print(request, folder, paths, Message::Printed)
    }

    /// Handles the filters, sorting, selection and the join.
    fn update_programme(&mut self, message: Message, store: &Store) {
        match message {
            Message::PickCourse(index) => {
                self.filter.course = index.and_then(|index| {
                    self.programme()
                        .and_then(|programme| programme.courses.get(index))
                        .map(|(id, _)| id.clone())
                });
                self.page = 0;
                self.refilter();
            }
            Message::PickDevice(index) => {
                self.filter.device = index.and_then(|index| {
                    self.programme()
                        .and_then(|programme| programme.devices.get(index))
                        .map(|device| device.device_id.clone())
                });
                self.page = 0;
                self.refilter();
            }
            Message::PickStatus(status) => {
                self.filter.status = status;
                self.page = 0;
                self.refilter();
            }
            Message::SortBy(key) => {
                self.sort = if self.sort.key == key {
                    ProgrammeSort {
                        key,
                        descending: !self.sort.descending,
                    }
                } else {
                    ProgrammeSort {
                        key,
                        descending: false,
                    }
                };
                self.refilter();
            }
            Message::Page(page) => self.page = page.min(self.last_page()),
            Message::Select(learner) => {
                if let Some(at) = self.selected.iter().position(|chosen| chosen == &learner) {
                    self.selected.remove(at);
                } else {
                    self.selected.push(learner);
                }
                self.confirming = false;
                self.outcome = None;
            }
            Message::AskJoin => {
                self.confirming = self.selected.len() == 2;
                self.outcome = None;
            }
            Message::CancelJoin => self.confirming = false,
            Message::ConfirmJoin => {
                let [first, second] = self.selected.as_slice() else {
                    self.confirming = false;
                    return;
                };
                let names = self.selected_names();
                self.outcome = Some(
                    match store.link_same_person(first, second, Timestamp::now()) {
                        Ok(_) => Outcome::Joined(
                            names
                                .first()
                                .map(|(name, _)| name.clone())
                                .unwrap_or_default(),
                        ),
                        Err(error) => Outcome::Failed(error.into()),
                    },
                );
                self.selected.clear();
                self.confirming = false;
                self.open(store);
            }
            Message::Undo(link) => {
                let name = self.programme().and_then(|programme| {
                    programme
                        .learners
                        .iter()
                        .find(|learner| learner.newest_link == Some(link))
                        .map(|learner| learner.display_name.clone())
                });
                self.outcome = Some(match store.undo_same_person(link) {
                    Ok(()) => Outcome::Undone(name.unwrap_or_default()),
                    Err(error) => Outcome::Failed(error.into()),
                });
                self.open(store);
            }
            // Handled by `update`.
            Message::PrintSelected
            | Message::PrintCourse
            | Message::Picker(_)
            | Message::Printed(_)
            | Message::AskRemoveSimulated
            | Message::ConfirmRemoveSimulated
            | Message::CancelRemoveSimulated
            | Message::SimulatedRemoved(_) => {}
        }
    }

    /// What Tab moves through on this tab, in the order shown.
    pub(super) fn focus_order(&self) -> Vec<Focus<Message>> {
        let mut order = Vec::new();
        let Some(programme) = self.programme() else {
            return order;
        };
        order.push(Focus::Press(
            "programme-course-all".into(),
            Message::PickCourse(None),
        ));
        for index in 0..programme.courses.len() {
            order.push(Focus::Press(
                format!("programme-course-{index}"),
                Message::PickCourse(Some(index)),
            ));
        }
        order.push(Focus::Press(
            "programme-device-all".into(),
            Message::PickDevice(None),
        ));
        for index in 0..programme.devices.len() {
            order.push(Focus::Press(
                format!("programme-device-{index}"),
                Message::PickDevice(Some(index)),
            ));
        }
        for (id, status) in STATUSES {
            order.push(Focus::Press(id.into(), Message::PickStatus(status)));
        }
        for (id, key) in SORT_KEYS {
            order.push(Focus::Press(id.into(), Message::SortBy(key)));
        }
        if self.confirming {
            order.extend([
                Focus::Press("programme-join-confirm".into(), Message::ConfirmJoin),
                Focus::Press("programme-join-cancel".into(), Message::CancelJoin),
            ]);
        } else if self.selected.len() == 2 {
            order.push(Focus::Press("programme-join".into(), Message::AskJoin));
        }
        order.extend(self.print_focus_order());
        for (at, line) in self.page_lines() {
            let Some(learner) = programme.learner(line) else {
                continue;
            };
            order.push(Focus::Press(
                format!("programme-select-{at}"),
                Message::Select(learner.first().clone()),
            ));
            if let Some(link) = learner.newest_link {
                order.push(Focus::Press(
                    format!("programme-undo-{at}"),
                    Message::Undo(link),
                ));
            }
        }
        if self.page > 0 {
            order.push(Focus::Press(
                "programme-previous".into(),
                Message::Page(self.page - 1),
            ));
        }
        if self.page < self.last_page() {
            order.push(Focus::Press(
                "programme-next".into(),
                Message::Page(self.page + 1),
            ));
        }
        order
    }
}

/// The status chips: their ids and what they choose.
const STATUSES: [(&str, Option<Status>); 4] = [
    ("programme-status-all", None),
    ("programme-status-not-started", Some(Status::NotStarted)),
    ("programme-status-in-progress", Some(Status::InProgress)),
    ("programme-status-completed", Some(Status::Completed)),
];

/// The sort chips: their ids and keys.
const SORT_KEYS: [(&str, SortKey); 4] = [
    ("programme-sort-name", SortKey::Name),
    ("programme-sort-device", SortKey::Device),
    ("programme-sort-progress", SortKey::Progress),
    ("programme-sort-activity", SortKey::LastActivity),
];
