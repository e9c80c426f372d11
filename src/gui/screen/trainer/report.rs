//! The trainer area's report tab: the CSV export and the register of
//! certificates issued on this computer, and reading what they show.

use super::{Message, State};
use crate::certificate::CertificateId;
use crate::certificate::pdf::format_date;
use crate::gui::error_text::ErrorText;
use crate::gui::theme;
use crate::gui::widget::{Look, notice};
use crate::i18n::Localizer;
use crate::progress::{LearnerSummary, ReportRow, Store, Timestamp};
use fluent::fluent_args;
use iced::widget::{Column, button, column, container};
use iced::{Element, Fill, FillPortion};
use std::collections::HashMap;
use std::path::PathBuf;

/// What the store holds for the trainer, read when the area opens.
#[derive(Debug, Default)]
pub(super) struct Data {
    pub(super) learners: Vec<LearnerSummary>,
    pub(super) report: Vec<ReportRow>,
    pub(super) register: Vec<RegisterLine>,
}

/// One certificate in the register.
#[derive(Debug)]
pub(super) struct RegisterLine {
    pub(super) name: String,
    pub(super) course: String,
    pub(super) issued_at: Timestamp,
    pub(super) code: String,
}

/// Where the CSV export stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Export {
    Idle,
    Writing,
    Written(PathBuf),
    Failed(ErrorText),
}

impl State {
    pub(super) fn report_view<'a>(
        &'a self,
        locale: &Localizer,
        look: Look,
    ) -> Element<'a, Message> {
        let mut export = button(look.label(locale.text("trainer-export-csv"), theme::BODY))
            .padding([10, 24])
            .style(button::primary);
        if self.export != Export::Writing {
            export = export.on_press(Message::ExportCsv);
        }
        let status: Element<'a, Message> = match &self.export {
            Export::Idle => column![
                look.colored(
                    locale.text("trainer-export-where"),
                    theme::SMALL,
                    look.muted
                ),
                // On a line of its own, so right-to-left text leaves it intact.
                look.colored(
                    self.export_folder.display().to_string(),
                    theme::SMALL,
                    look.muted
                ),
            ]
            .spacing(2)
            .into(),
            Export::Writing => look
                .colored(
                    locale.text("trainer-export-writing"),
                    theme::BODY,
                    look.muted,
                )
                .into(),
            Export::Written(path) => notice(
                column![
                    look.strong(locale.text("trainer-export-done"), theme::BODY),
                    look.text(path.display().to_string(), theme::BODY),
                ]
                .spacing(4),
                theme::success_note,
            ),
            Export::Failed(error) => notice(
                look.text(
                    locale.text_with(
                        "trainer-export-failed",
                        &fluent_args!["error" => error.show(locale)],
                    ),
                    theme::BODY,
                ),
                theme::error_note,
            ),
        };
        column![
            look.heading(locale.text("trainer-report-heading"), theme::H2),
            look.text(locale.text("trainer-report-body"), theme::BODY),
            look.start(look.action("export-csv", export)),
            status,
        ]
        .spacing(12)
        .into()
    }
}

/// Learners, course facts and certificates from the store.
pub(super) fn read(store: &Store) -> crate::progress::Result<Data> {
    let learners = store.learners()?;
    let report = store.report(None)?;
    let titles: HashMap<String, String> = store
        .courses()?
        .into_iter()
        .map(|version| (version.course_id().to_owned(), version.title().to_owned()))
        .collect();
    let register = store
        .all_certificates()?
        .into_iter()
        .map(|stored| {
            let record = stored.record;
            RegisterLine {
                name: record.name_on_certificate,
                course: titles
                    .get(&record.course_id)
                    .cloned()
                    .unwrap_or(record.course_id),
                issued_at: record.issued_at,
                code: CertificateId::parse(&record.id)
                    .map(|id| id.code().as_str().to_owned())
                    .unwrap_or(record.id),
            }
        })
        .collect();
    Ok(Data {
        learners,
        report,
        register,
    })
}

pub(super) fn register_view<'a>(
    data: &'a Data,
    locale: &Localizer,
    look: Look,
) -> Element<'a, Message> {
    let page = Column::new().spacing(8).push(look.heading(
        locale.text_with(
            "trainer-register-heading",
            &fluent_args!["count" => data.register.len()],
        ),
        theme::H2,
    ));
    if data.register.is_empty() {
        return page
            .push(look.text(locale.text("trainer-no-certificates"), theme::BODY))
            .into();
    }
    let line = |cells: [String; 4], bold: bool| -> Element<'a, Message> {
        let portions = [3, 3, 3, 2];
        let cells = cells
            .into_iter()
            .zip(portions)
            .map(|(cell, portion)| {
                let content = if bold {
                    look.strong(cell, theme::BODY)
                } else {
                    look.label(cell, theme::BODY)
                };
                container(look.start(content))
                    .width(FillPortion(portion))
                    .into()
            })
            .collect();
        look.row(cells).spacing(12).into()
    };
    let mut table = Column::new().spacing(10).push(line(
        [
            locale.text("trainer-register-learner"),
            locale.text("trainer-register-course"),
            locale.text("trainer-register-date"),
            locale.text("trainer-register-code"),
        ],
        true,
    ));
    for entry in &data.register {
        table = table.push(line(
            [
                entry.name.clone(),
                entry.course.clone(),
                format_date(locale, entry.issued_at),
                entry.code.clone(),
            ],
            false,
        ));
    }
    page.push(
        container(table)
            .padding(20)
            .width(Fill)
            .style(theme::card)
            .id("register"),
    )
    .into()
}
