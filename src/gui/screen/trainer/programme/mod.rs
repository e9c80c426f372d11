//! The trainer area's programme tab: every learner of the round, from this
//! laptop and from every device collected, a line per learner and course,
//! with filters (course, device, status), sorting and pages of
//! [`PAGE_SIZE`] lines, so a round of thousands draws only what it shows.
//!
//! Two learners selected can be joined ("these are the same person", after a
//! confirmation that says what it does); a joined learner's line offers Undo.
//! The rule that combines their results is the progress store's (see
//! `progress::programme` and `docs/trainers.md`).

mod view;

use crate::gui::error_text::ErrorText;
use crate::gui::widget::Focus;
use crate::progress::{
    LearnerRef, Programme, ProgrammeFilter, ProgrammeLine, ProgrammeSort, SortKey, Status, Store,
    Timestamp,
};

/// Lines on one page of the programme.
pub const PAGE_SIZE: usize = 50;

/// What can happen on the programme tab.
#[derive(Debug, Clone, PartialEq, Eq)]
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
}

/// What the tab last changed, for the notice under the actions.
#[derive(Debug)]
enum Outcome {
    Joined(String),
    Undone(String),
    Failed(ErrorText),
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
    /// The learners selected (their first records), in the order chosen; two at most.
    selected: Vec<LearnerRef>,
    /// Set while the join waits for its confirmation.
    confirming: bool,
    outcome: Option<Outcome>,
}

impl ProgrammeForm {
    /// Reads the programme afresh (learners may have moved on, records may
    /// have been collected since), keeping the filters where they still apply.
    pub(super) fn open(&mut self, store: &Store) {
        self.programme = Some(store.programme().map_err(ErrorText::from));
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
            .map(|learner| {
                let device = learner
                    .members
                    .first()
                    .and_then(|member| member.device_name.clone());
                (learner.display_name.clone(), device)
            })
            .collect()
    }

    /// Handles a message of this tab.
    pub(super) fn update(&mut self, message: Message, store: &Store) {
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
                    // A third choice replaces the older of the two.
                    if self.selected.len() == 2 {
                        self.selected.remove(0);
                    }
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
