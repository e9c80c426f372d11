//! The lines the programme view shows: a line per learner and course (or one
//! for a learner who started none), filtered and sorted. Only indexes are
//! made here, so the view lays out just the page it shows.

use super::{Programme, ProgrammeLearner};
use crate::progress::ReportRow;
use std::cmp::Ordering;

/// Where a learner stands in a course.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    /// The course was never opened.
    NotStarted,
    /// Opened, not completed.
    InProgress,
    /// Completed.
    Completed,
}

/// What the programme view shows; `None` everywhere shows everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProgrammeFilter {
    /// Only this course (by id): a line per learner, "not started" for those
    /// who never opened it.
    pub course: Option<String>,
    /// Only learners with a record from this device: `Some(None)` is this
    /// laptop, `Some(Some(id))` a collected device.
    pub device: Option<Option<String>>,
    /// Only lines with this status.
    pub status: Option<Status>,
}

/// What the lines are sorted by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum SortKey {
    /// The learner's name.
    #[default]
    Name,
    /// The device's name (this laptop first).
    Device,
    /// The share of lessons completed.
    Progress,
    /// The latest activity.
    LastActivity,
}

/// A sort order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ProgrammeSort {
    /// The key.
    pub key: SortKey,
    /// Largest (or last in the alphabet) first.
    pub descending: bool,
}

/// One line of the view: a learner, and the course shown (an index into the
/// learner's `courses`; `None` when they started none, or not the course
/// filtered on).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProgrammeLine {
    /// An index into [`Programme::learners`].
    pub learner: usize,
    /// An index into that learner's `courses`.
    pub course: Option<usize>,
}

impl ProgrammeLine {
    /// The line's status.
    pub fn status(&self, programme: &Programme) -> Status {
        match programme.row(*self) {
            None => Status::NotStarted,
            Some(row) if row.completed_at.is_some() => Status::Completed,
            Some(_) => Status::InProgress,
        }
    }
}

impl Programme {
    /// The learner of a line.
    pub fn learner(&self, line: ProgrammeLine) -> Option<&ProgrammeLearner> {
        self.learners.get(line.learner)
    }

    /// The course row of a line, if it shows one.
    pub fn row(&self, line: ProgrammeLine) -> Option<&ReportRow> {
        self.learner(line)?.courses.get(line.course?)
    }

    /// The lines `filter` keeps, in `sort` order; ties in name order, then
    /// programme order.
    pub fn lines(&self, filter: &ProgrammeFilter, sort: ProgrammeSort) -> Vec<ProgrammeLine> {
        let mut lines = Vec::new();
        for (at, learner) in self.learners.iter().enumerate() {
            if let Some(device) = &filter.device
                && !learner
                    .members
                    .iter()
                    .any(|member| &member.learner.device_id == device)
            {
                continue;
            }
            match &filter.course {
                Some(course) => lines.push(ProgrammeLine {
                    learner: at,
                    course: learner
                        .courses
                        .iter()
                        .position(|row| &row.course_id == course),
                }),
                None if learner.courses.is_empty() => lines.push(ProgrammeLine {
                    learner: at,
                    course: None,
                }),
                None => lines.extend((0..learner.courses.len()).map(|course| ProgrammeLine {
                    learner: at,
                    course: Some(course),
                })),
            }
        }
        if let Some(status) = filter.status {
            lines.retain(|line| line.status(self) == status);
        }
        let name = |line: &ProgrammeLine| {
            self.learner(*line)
                .map(|learner| learner.display_name.to_lowercase())
                .unwrap_or_default()
        };
        match sort.key {
            SortKey::Name => lines.sort_by_cached_key(name),
            SortKey::Device => lines.sort_by_cached_key(|line| {
                let device = self
                    .learner(*line)
                    .and_then(|learner| learner.members.first())
                    .map(|member| (member.device_name.is_some(), member.device_name.clone()));
                (device, name(line))
            }),
            SortKey::Progress => {
                lines.sort_by_cached_key(name);
                lines.sort_by(|a, b| progress(self.row(*a)).total_cmp(&progress(self.row(*b))));
            }
            SortKey::LastActivity => {
                lines.sort_by_cached_key(|line| {
                    let moment = match line.course {
                        Some(_) => self.row(*line).and_then(|row| row.last_activity),
                        None => self
                            .learner(*line)
                            .and_then(|learner| learner.last_activity),
                    };
                    (moment, name(line))
                });
            }
        }
        if sort.descending {
            reverse_keeping_ties(&mut lines, |a, b| self.compare(sort.key, a, b));
        }
        lines
    }

    /// Whether two lines tie on `key` (so a descending sort keeps them in
    /// name order).
    fn compare(&self, key: SortKey, a: &ProgrammeLine, b: &ProgrammeLine) -> Ordering {
        match key {
            SortKey::Name => {
                let name = |line: &ProgrammeLine| {
                    self.learner(*line)
                        .map(|learner| learner.display_name.to_lowercase())
                };
                name(a).cmp(&name(b))
            }
            SortKey::Device => {
                let device = |line: &ProgrammeLine| {
                    self.learner(*line)
                        .and_then(|learner| learner.members.first())
                        .map(|member| member.device_name.clone())
                };
                device(a).cmp(&device(b))
            }
            SortKey::Progress => progress(self.row(*a)).total_cmp(&progress(self.row(*b))),
            SortKey::LastActivity => {
                let moment = |line: &ProgrammeLine| match line.course {
                    Some(_) => self.row(*line).and_then(|row| row.last_activity),
                    None => self
                        .learner(*line)
                        .and_then(|learner| learner.last_activity),
                };
                moment(a).cmp(&moment(b))
            }
        }
    }
}

/// The share of lessons completed, from 0 to 1; -1 for a course not started,
/// so it sorts below one started and not yet read.
pub fn progress(row: Option<&ReportRow>) -> f64 {
    match row {
        None => -1.0,
        Some(row) if row.lessons_total == 0 => f64::from(u8::from(row.completed_at.is_some())),
        Some(row) => f64::from(row.lessons_completed) / f64::from(row.lessons_total),
    }
}

/// Reverses the runs of `lines` (sorted ascending) while keeping each run of
/// equal lines in its order.
fn reverse_keeping_ties(
    lines: &mut Vec<ProgrammeLine>,
    compare: impl Fn(&ProgrammeLine, &ProgrammeLine) -> Ordering,
) {
    let mut runs: Vec<Vec<ProgrammeLine>> = Vec::new();
    for line in lines.drain(..) {
        match runs.last_mut() {
            Some(run) if run.last().is_some_and(|last| compare(last, &line).is_eq()) => {
                run.push(line);
            }
            _ => runs.push(vec![line]),
        }
    }
    lines.extend(runs.into_iter().rev().flatten());
}
