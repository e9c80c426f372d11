//! Printing certificates from the programme tab: the selected learners', or
//! every certificate of the course chosen in the filter, in one PDF (one
//! certificate a page, each reprinted from its stored signed credential by
//! `certificate::print`), written into a folder the trainer picks with the
//! app's own folder picker. The PDF is drawn and written off the UI thread,
//! on a database connection of its own. The removal of simulated learners
//! (practice data) sits beside it, under the same actions.

use super::{Message, ProgrammeForm, Removal};
use crate::certificate::export::course_logo;
use crate::certificate::pdf::Paper;
use crate::certificate::print::{Holder, Selection, print_certificates};
use crate::course::discover;
use crate::gui::error_text::{self, ErrorText};
use crate::gui::theme;
use crate::gui::widget::{Focus, Look, notice};
use crate::i18n::Localizer;
use crate::paths::Paths;
use crate::progress::{LearnerId, LearnerRef, Store, Timestamp};
use fluent::fluent_args;
use iced::widget::{Column, column, container};
use iced::{Element, Task};
use std::path::{Path, PathBuf};

/// Whose certificates to print, once a folder is chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Request {
    /// The course's id.
    pub course_id: String,
    /// The course's title, for the notices.
    pub course_title: String,
    /// The learners chosen, each with the records (holders) that are theirs;
    /// `None` prints everyone who has a certificate for the course.
    pub learners: Option<Vec<(String, Vec<Holder>)>>,
}

/// A PDF of certificates written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    /// The PDF.
    pub path: PathBuf,
    /// Its pages: one certificate each.
    pub pages: usize,
    /// The learners chosen who have no certificate for the course, by name.
    pub without_certificate: Vec<String>,
}

/// Where printing stands.
#[derive(Debug, Default)]
pub(super) enum Printing {
    /// Nothing printed since the tab opened.
    #[default]
    Idle,
    /// The PDF is being drawn and written into this folder.
    Running(PathBuf),
    /// The PDF was written.
    Done(Written),
    /// Why it was not.
    Failed(ErrorText),
}

impl Printing {
    pub(super) fn is_running(&self) -> bool {
        matches!(self, Self::Running(_))
    }
}

/// The certificate holder a programme record stands for.
pub(super) fn holder(learner: &LearnerRef) -> Holder {
    match &learner.device_id {
        None => Holder::Local(LearnerId(learner.learner_id)),
        Some(device_id) => Holder::Collected {
            device_id: device_id.clone(),
            learner_id: learner.learner_id,
        },
    }
}

/// Prints `request` into `folder`, off the UI thread; `done` makes the answer
/// a message.
pub(super) fn print<M: Send + 'static>(
    request: Request,
    folder: PathBuf,
    paths: &Paths,
    done: impl Fn(Result<Written, ErrorText>) -> M + Send + 'static,
) -> Task<M> {
    let data_dir = paths.data_dir.clone();
    let course_dirs = paths.course_dirs.clone();
    crate::gui::blocking::run(
        move || {
            write_pdf(&request, &folder, &data_dir, &course_dirs)
                .inspect_err(|error| log::error!("certificates not printed: {error:?}"))
        },
        done,
    )
}

fn write_pdf(
    request: &Request,
    folder: &Path,
    data_dir: &Path,
    course_dirs: &[PathBuf],
) -> Result<Written, ErrorText> {
    let store = Store::open(data_dir)?;
    let path = free_name(folder, &request.course_id);
    // The course's logo, when the course is installed here and its logo is a PNG.
    let logo = discover(course_dirs)
        .iter()
        .find(|loaded| {
            loaded
                .course
                .as_ref()
                .is_some_and(|course| course.id == request.course_id)
        })
        .and_then(course_logo)
        .and_then(Result::ok);
    let holders: Vec<Holder> = request
        .learners
        .iter()
        .flatten()
        .flat_map(|(_, holders)| holders.iter().cloned())
        .collect();
    let selection = match &request.learners {
        None => Selection::AllCompleted,
        Some(_) => Selection::Learners(&holders),
    };
    let printed = print_certificates(
        &store,
        &request.course_id,
        selection,
        Paper::default(),
        logo.as_deref(),
        &path,
    )?;
    // A joined learner has a certificate when any of their records has one.
    let without_certificate = request
        .learners
        .iter()
        .flatten()
        .filter(|(_, holders)| {
            !printed
                .pages
                .iter()
                .any(|page| holders.contains(&page.holder))
        })
        .map(|(name, _)| name.clone())
        .collect();
    std::fs::create_dir_all(folder)
        .and_then(|()| std::fs::write(&path, &printed.pdf))
        .map_err(|error| error_text::io(&path, &error))?;
    log::info!(
        "{} certificates of {} printed to {}",
        printed.pages.len(),
        request.course_id,
        path.display()
    );
    Ok(Written {
        path,
        pages: printed.pages.len(),
        without_certificate,
    })
}

/// `certificates-COURSE-DATE.pdf` in `folder`, numbered when one is there
/// already: an earlier print is never overwritten.
fn free_name(folder: &Path, course_id: &str) -> PathBuf {
    let date = Timestamp::now().to_rfc3339();
    let stem = format!(
        "certificates-{course_id}-{}",
        date.get(..10).unwrap_or(&date)
    );
    let mut path = folder.join(format!("{stem}.pdf"));
    let mut number = 2;
    while path.exists() {
        path = folder.join(format!("{stem}-{number}.pdf"));
        number += 1;
    }
    path
}

/// What printing shows: that it works, where the PDF went, or why not.
pub(super) fn status_view<'a, M: 'a>(
    printing: &'a Printing,
    locale: &Localizer,
    look: Look,
) -> Option<Element<'a, M>> {
    Some(match printing {
        Printing::Idle => return None,
        Printing::Running(folder) => column![
            look.text(
                locale.text_with(
                    "trainer-print-running",
                    &fluent_args!["folder" => locale.isolate(folder.display().to_string())],
                ),
                theme::BODY,
            ),
            // One step whose length nothing tells in advance: a bar half
            // full says that work goes on.
            look.progress_bar(0.0..=1.0, 0.5, 10.0),
        ]
        .spacing(6)
        .into(),
        Printing::Done(written) => {
            let mut lines = column![
                look.strong(
                    locale.text_with(
                        "trainer-print-done",
                        &fluent_args!["pages" => written.pages],
                    ),
                    theme::BODY,
                ),
                look.text(written.path.display().to_string(), theme::BODY),
            ]
            .spacing(4);
            if !written.without_certificate.is_empty() {
                let names: Vec<String> = written
                    .without_certificate
                    .iter()
                    .map(|name| locale.isolate(name))
                    .collect();
                lines = lines.push(look.text(
                    locale.text_with(
                        "trainer-print-without",
                        &fluent_args![
                            "count" => names.len(),
                            "names" => names.join(&locale.text("list-separator"))
                        ],
                    ),
                    theme::BODY,
                ));
            }
            container(notice(lines, theme::success_note))
                .id("print-done")
                .into()
        }
        Printing::Failed(error) => container(notice(
            look.text(
                locale.text_with(
                    "trainer-print-failed",
                    &fluent_args!["error" => error.show(locale)],
                ),
                theme::BODY,
            ),
            theme::error_note,
        ))
        .id("print-failed")
        .into(),
    })
}

impl ProgrammeForm {
    /// The print and removal actions, the picker and the confirmation, in
    /// the order shown.
    pub(super) fn print_focus_order(&self) -> Vec<Focus<Message>> {
        let mut order = Vec::new();
        let idle = !self.printing.is_running() && self.picker.is_none();
        if idle && !self.selected.is_empty() && self.print_course().is_some() {
            order.push(Focus::Press(
                "programme-print-selected".into(),
                Message::PrintSelected,
            ));
        }
        if idle && self.filter.course.is_some() {
            order.push(Focus::Press(
                "programme-print-course".into(),
                Message::PrintCourse,
            ));
        }
        if let Some((picker, _)) = &self.picker {
            order.extend(
                picker
                    .focus_order()
                    .into_iter()
                    .map(|focus| focus.map(Message::Picker)),
            );
        }
        match self.removal {
            Removal::Idle if self.simulated > 0 => order.push(Focus::Press(
                "programme-remove-simulated".into(),
                Message::AskRemoveSimulated,
            )),
            Removal::Confirming => order.extend([
                Focus::Press(
                    "programme-remove-simulated-confirm".into(),
                    Message::ConfirmRemoveSimulated,
                ),
                Focus::Press(
                    "programme-remove-simulated-cancel".into(),
                    Message::CancelRemoveSimulated,
                ),
            ]),
            Removal::Idle | Removal::Running => {}
        }
        order
    }

    /// The print buttons (or what they need), the folder picker and how
    /// printing went.
    pub(super) fn print_view<'a>(&'a self, locale: &Localizer, look: Look) -> Element<'a, Message> {
        let mut part = Column::new().spacing(8);
        let idle = !self.printing.is_running() && self.picker.is_none();
        let course = self.print_course();
        let mut buttons: Vec<Element<'a, Message>> = Vec::new();
        if !self.selected.is_empty() && course.is_some() {
            buttons.push(
                look.primary_button_when(
                    "programme-print-selected",
                    locale.text_with(
                        "trainer-print-selected",
                        &fluent_args!["count" => self.selected.len()],
                    ),
                    idle.then_some(Message::PrintSelected),
                )
                .into(),
            );
        }
        if let (Some(_), Some((_, title))) = (&self.filter.course, &course) {
            buttons.push(
                look.primary_button_when(
                    "programme-print-course",
                    locale.text_with(
                        "trainer-print-course",
                        &fluent_args!["course" => locale.isolate(title)],
                    ),
                    idle.then_some(Message::PrintCourse),
                )
                .into(),
            );
        }
        if buttons.is_empty() {
            let hint = if self.selected.is_empty() {
                "trainer-print-hint"
            } else {
                "trainer-print-choose-course"
            };
            part = part.push(look.muted(locale.text(hint), theme::SMALL));
        } else {
            part = part.push(look.start(look.row(buttons).spacing(12).wrap()));
        }
        if let Some((picker, _)) = &self.picker {
            part = part.push(picker.view(locale, look).map(Message::Picker));
        }
        if let Some(status) = status_view(&self.printing, locale, look) {
            part = part.push(status);
        }
        part.into()
    }

    /// "Remove simulated learners" and its confirmation, when there are some.
    pub(super) fn removal_view<'a>(
        &self,
        locale: &Localizer,
        look: Look,
    ) -> Option<Element<'a, Message>> {
        let count = self.simulated;
        Some(match self.removal {
            Removal::Idle if count == 0 => return None,
            Removal::Idle => look
                .start(look.secondary_button(
                    "programme-remove-simulated",
                    locale.text_with("trainer-simulated-remove", &fluent_args!["count" => count]),
                    Message::AskRemoveSimulated,
                ))
                .into(),
            Removal::Confirming => notice(
                column![
                    look.text(
                        locale.text_with(
                            "trainer-simulated-confirm-text",
                            &fluent_args!["count" => count],
                        ),
                        theme::BODY,
                    ),
                    look.start(
                        look.row(vec![
                            look.primary_button(
                                "programme-remove-simulated-confirm",
                                locale.text("trainer-simulated-confirm"),
                                Message::ConfirmRemoveSimulated,
                            )
                            .into(),
                            look.secondary_button(
                                "programme-remove-simulated-cancel",
                                locale.text("trainer-simulated-cancel"),
                                Message::CancelRemoveSimulated,
                            )
                            .into(),
                        ])
                        .spacing(12)
                    ),
                ]
                .spacing(10),
                theme::card,
            ),
            Removal::Running => column![
                look.text(locale.text("trainer-simulated-removing"), theme::BODY),
                look.progress_bar(0.0..=1.0, 0.5, 10.0),
            ]
            .spacing(6)
            .into(),
        })
    }
}

/// A failed removal of the simulated learners, in words.
pub(super) fn simulate_error(error: &crate::simulate::Error) -> ErrorText {
    use crate::simulate::Error as E;
    match error {
        E::Progress(error) => error.into(),
        E::Certificate(error) => error.into(),
        E::Quiz(error) => error.into(),
        // Removing never checks for real learners; said plainly all the same.
        E::RealLearners { path, .. } => ErrorText::new("error-simulated-mixed").path("file", path),
    }
}
