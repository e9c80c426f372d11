//! The programme: every learner of a training round, from this laptop and from
//! every device collected, as the trainer's programme view and `fieldcourse
//! report` show them. Built from the trainer report's rows (this laptop's
//! [`Store::report`] and the collected learners'), so both read one set of facts.
//!
//! A learner who used two laptops has a record on each. The trainer joins
//! them ("these are the same person", stored as a link, see `links`), and the
//! programme shows one learner whose results in each course follow
//! [`merge_course`]'s rule, written for trainers in `docs/trainers.md`.
//! Collected records are never rewritten: the links sit beside them.

mod lines;
mod links;
#[cfg(test)]
mod tests;

pub use lines::{ProgrammeFilter, ProgrammeLine, ProgrammeSort, SortKey, Status};

use super::{LearnerSummary, ReportRow, Result, Store, Timestamp};
use std::collections::{BTreeMap, HashMap};

/// Which record a learner is: a learner of this laptop, or of a collected device.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LearnerRef {
    /// The collected device's id, or `None` for this laptop.
    pub device_id: Option<String>,
    /// The learner's id on that device.
    pub learner_id: i64,
}

/// One record of a programme learner: where it comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    /// The record.
    pub learner: LearnerRef,
    /// The device's name, or `None` for this laptop.
    pub device_name: Option<String>,
    /// The name the record gives.
    pub display_name: String,
}

/// A learner of the programme: one record, or several the trainer joined.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgrammeLearner {
    /// The records, in programme order; the first gives the names.
    pub members: Vec<Member>,
    /// The name shown.
    pub display_name: String,
    /// The name for certificates.
    pub certificate_name: String,
    /// One row per course started, by course id; a joined learner's rows
    /// combine their records' by [`merge_course`].
    pub courses: Vec<ReportRow>,
    /// The latest thing the learner did, in any course.
    pub last_activity: Option<Timestamp>,
    /// The newest link that joined the records (undone first), or `None`
    /// for a learner of one record.
    pub newest_link: Option<i64>,
}

impl ProgrammeLearner {
    /// Whether the trainer joined records into this learner.
    pub fn is_joined(&self) -> bool {
        self.members.len() > 1
    }

    /// The record that names the learner.
    pub fn first(&self) -> &LearnerRef {
        // A learner always has a record; the fallback is never reached.
        self.members
            .first()
            .map_or(&NO_RECORD, |member| &member.learner)
    }
}

static NO_RECORD: LearnerRef = LearnerRef {
    device_id: None,
    learner_id: 0,
};

/// A device a programme learner's records come from.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct ProgrammeDevice {
    /// The device's name, or `None` for this laptop.
    pub name: Option<String>,
    /// The device's id, or `None` for this laptop.
    pub device_id: Option<String>,
}

/// Every learner of the round, and what the filters choose from.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Programme {
    /// The learners: this laptop's first, then the collected ones, each
    /// part by name.
    pub learners: Vec<ProgrammeLearner>,
    /// Every course some learner started: (id, title), by title.
    pub courses: Vec<(String, String)>,
    /// This laptop (when it has learners) and every collected device, by name.
    pub devices: Vec<ProgrammeDevice>,
}

/// A record before joining.
struct Record {
    member: Member,
    certificate_name: String,
    courses: Vec<ReportRow>,
}

impl Store {
    /// The programme: this laptop's learners and every collected learner,
    /// records the trainer joined shown as one learner.
    pub fn programme(&self) -> Result<Programme> {
        let local = self.learners()?;
        let report = self.report(None)?;
        let collected = self.collected_learners()?;
        let links = self.same_person_links()?;
        let mut records = local_records(local, report);
        for learner in collected {
            let member = Member {
                learner: LearnerRef {
                    device_id: Some(learner.device_id.clone()),
                    learner_id: learner.learner_id,
                },
                device_name: Some(learner.device_name.clone()),
                display_name: learner.display_name.clone(),
            };
            let certificate_name = learner.certificate_name.clone();
            records.push(Record {
                member,
                certificate_name,
                courses: learner.report_rows().collect(),
            });
        }
        let links: Vec<(i64, [LearnerRef; 2])> = links
            .into_iter()
            .map(|link| (link.id, link.records))
            .collect();
        Ok(join(records, &links))
    }

    /// The trainer report with joined learners once: the programme's rows for
    /// every course or only `course_id`. A joined row's `device` names each
    /// device of its records (this laptop as `this_device`), joined by " + ".
    pub fn programme_report(
        &self,
        course_id: Option<&str>,
        this_device: &str,
    ) -> Result<Vec<ReportRow>> {
        let programme = self.programme()?;
        let mut rows = Vec::new();
        for learner in programme.learners {
            let devices: Vec<&str> = learner
                .members
                .iter()
                .map(|member| member.device_name.as_deref().unwrap_or(this_device))
                .collect();
            let joined = learner.is_joined().then(|| devices.join(" + "));
            for mut row in learner.courses {
                if course_id.is_some_and(|wanted| wanted != row.course_id) {
                    continue;
                }
                if let Some(devices) = &joined {
                    row.device = Some(devices.clone());
                }
                rows.push(row);
            }
        }
        Ok(rows)
    }
}

/// This laptop's learners as records, with their report rows.
fn local_records(learners: Vec<LearnerSummary>, report: Vec<ReportRow>) -> Vec<Record> {
    let mut by_learner: HashMap<i64, Vec<ReportRow>> = HashMap::new();
    let mut certificate_names: HashMap<i64, String> = HashMap::new();
    for row in report {
        certificate_names
            .entry(row.learner_id.0)
            .or_insert_with(|| row.certificate_name.clone());
        by_learner.entry(row.learner_id.0).or_default().push(row);
    }
    learners
        .into_iter()
        .map(|learner| {
            let id = learner.id.0;
            Record {
                certificate_name: certificate_names
                    .remove(&id)
                    .unwrap_or_else(|| learner.display_name.clone()),
                courses: by_learner.remove(&id).unwrap_or_default(),
                member: Member {
                    learner: LearnerRef {
                        device_id: None,
                        learner_id: id,
                    },
                    device_name: None,
                    display_name: learner.display_name,
                },
            }
        })
        .collect()
}

/// Joins the records that `links` join (by one or more steps) into learners;
/// a link naming a record that is not there joins nothing.
fn join(records: Vec<Record>, links: &[(i64, [LearnerRef; 2])]) -> Programme {
    let index: HashMap<&LearnerRef, usize> = records
        .iter()
        .enumerate()
        .map(|(position, record)| (&record.member.learner, position))
        .collect();
    let mut parent: Vec<usize> = (0..records.len()).collect();
    fn root(parent: &mut [usize], mut at: usize) -> usize {
        while parent[at] != at {
            parent[at] = parent[parent[at]];
            at = parent[at];
        }
        at
    }
    let mut newest: HashMap<usize, i64> = HashMap::new();
    for (id, [first, second]) in links {
        let (Some(&a), Some(&b)) = (index.get(first), index.get(second)) else {
            continue;
        };
        let (a, b) = (root(&mut parent, a), root(&mut parent, b));
        // The earlier record stays the root, so the first record names the learner.
        let (keep, fold) = if a <= b { (a, b) } else { (b, a) };
        let newest_link = [newest.remove(&keep), newest.remove(&fold), Some(*id)]
            .into_iter()
            .flatten()
            .max();
        parent[fold] = keep;
        if let Some(link) = newest_link {
            newest.insert(keep, link);
        }
    }
    let mut groups: BTreeMap<usize, Vec<Record>> = BTreeMap::new();
    let roots: Vec<usize> = (0..records.len()).map(|at| root(&mut parent, at)).collect();
    for (record, group) in records.into_iter().zip(roots) {
        groups.entry(group).or_default().push(record);
    }
    let mut courses: BTreeMap<String, String> = BTreeMap::new();
    let mut devices: Vec<ProgrammeDevice> = Vec::new();
    let learners: Vec<ProgrammeLearner> = groups
        .into_iter()
        .map(|(group, records)| {
            let learner = joined_learner(records, newest.get(&group).copied());
            for course in &learner.courses {
                courses
                    .entry(course.course_id.clone())
                    .or_insert_with(|| course.course_title.clone());
            }
            for member in &learner.members {
                devices.push(ProgrammeDevice {
                    name: member.device_name.clone(),
                    device_id: member.learner.device_id.clone(),
                });
            }
            learner
        })
        .collect();
    devices.sort();
    devices.dedup();
    let mut courses: Vec<(String, String)> = courses.into_iter().collect();
    courses.sort_by(|a, b| {
        a.1.to_lowercase()
            .cmp(&b.1.to_lowercase())
            .then(a.0.cmp(&b.0))
    });
    Programme {
        learners,
        courses,
        devices,
    }
}

/// One learner of `records` (in programme order, at least one).
fn joined_learner(records: Vec<Record>, newest_link: Option<i64>) -> ProgrammeLearner {
    let mut by_course: BTreeMap<String, Vec<ReportRow>> = BTreeMap::new();
    let mut members = Vec::with_capacity(records.len());
    let mut names = None;
    for record in records {
        names.get_or_insert_with(|| {
            (
                record.member.display_name.clone(),
                record.certificate_name.clone(),
            )
        });
        for row in record.courses {
            by_course
                .entry(row.course_id.clone())
                .or_default()
                .push(row);
        }
        members.push(record.member);
    }
    let (display_name, certificate_name) = names.unwrap_or_default();
    let courses: Vec<ReportRow> = by_course
        .into_values()
        .filter_map(|rows| {
            let mut row = merge_course(rows)?;
            // A joined learner's rows carry the first record's names and id.
            if let Some(first) = members.first() {
                row.learner_id = crate::progress::LearnerId(first.learner.learner_id);
                row.display_name.clone_from(&display_name);
                row.certificate_name.clone_from(&certificate_name);
                row.device.clone_from(&first.device_name);
            }
            Some(row)
        })
        .collect();
    let last_activity = courses.iter().filter_map(|row| row.last_activity).max();
    ProgrammeLearner {
        members,
        display_name,
        certificate_name,
        courses,
        last_activity,
        newest_link,
    }
}

/// One course's rows of the records of one person, as one row. The rule
/// (also in `docs/trainers.md`):
/// - lessons: the record with the most lessons completed counts (the same
///   lesson read on two laptops is not counted twice); its course version,
///   lessons total and quiz list are the row's;
/// - quizzes and the final assessment: every submitted attempt of every
///   record counts, the best score is the best of all, passed if any passed;
/// - started: the earliest; completed: the earliest completion;
/// - certificate: the one of the earliest completion that has one (it keeps
///   its id: certificates are never issued again);
/// - last activity: the latest.
///
/// Returns `None` for no rows.
pub fn merge_course(rows: Vec<ReportRow>) -> Option<ReportRow> {
    let best = rows
        .iter()
        .enumerate()
        .max_by(|(a_at, a), (b_at, b)| {
            // The most lessons; on a tie, the earlier record.
            a.lessons_completed
                .cmp(&b.lessons_completed)
                .then(b_at.cmp(a_at))
        })
        .map(|(at, _)| at)?;
    let mut merged = rows.get(best)?.clone();
    for quiz in merged
        .quizzes
        .iter_mut()
        .chain(merged.final_assessment.as_mut())
    {
        let same: Vec<_> = rows
            .iter()
            .flat_map(|row| row.quizzes.iter().chain(row.final_assessment.as_ref()))
            .filter(|other| other.quiz_id == quiz.quiz_id)
            .collect();
        quiz.attempts = same.iter().map(|other| other.attempts).sum();
        quiz.best_score = same
            .iter()
            .filter_map(|other| other.best_score)
            .max_by(f64::total_cmp);
        quiz.passed = same.iter().any(|other| other.passed);
    }
    merged.started_at = rows
        .iter()
        .map(|row| row.started_at)
        .min()
        .unwrap_or(merged.started_at);
    merged.completed_at = rows.iter().filter_map(|row| row.completed_at).min();
    merged.certificate_id = rows
        .iter()
        .filter(|row| row.certificate_id.is_some())
        .min_by_key(|row| row.completed_at.map_or(i64::MAX, Timestamp::unix_ms))
        .and_then(|row| row.certificate_id.clone());
    merged.last_activity = rows.iter().filter_map(|row| row.last_activity).max();
    Some(merged)
}
