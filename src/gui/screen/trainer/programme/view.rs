//! Drawing the programme tab: filters, sorting, the join actions, a page of
//! lines and the pager.

use super::{Message, Outcome, PAGE_SIZE, ProgrammeForm, SORT_KEYS, STATUSES};
use crate::certificate::CertificateId;
use crate::certificate::pdf::format_date;
use crate::gui::theme;
use crate::gui::widget::{Look, notice};
use crate::i18n::Localizer;
use crate::progress::{
    Programme, ProgrammeLearner, ProgrammeLine, QuizSummary, ReportRow, SortKey, Status,
};
use fluent::fluent_args;
use iced::widget::{Column, button, column, container};
use iced::{Element, Fill, FillPortion};

impl ProgrammeForm {
    /// Draws the tab.
    pub(in super::super) fn view<'a>(
        &'a self,
        locale: &Localizer,
        look: Look,
    ) -> Element<'a, Message> {
        let mut page = Column::new().spacing(14);
        let programme = match &self.programme {
            None => return page.into(),
            Some(Err(error)) => return super::super::read_failed(error, locale, look),
            Some(Ok(programme)) => programme,
        };
        page = page
            .push(look.heading(
                locale.text_with(
                    "trainer-programme-heading",
                    &fluent_args!["count" => programme.learners.len()],
                ),
                theme::H2,
            ))
            .push(look.text(locale.text("trainer-programme-body"), theme::BODY));
        if programme.learners.is_empty() {
            page = page.push(look.text(locale.text("trainer-programme-empty"), theme::BODY));
            if let Some(removal) = self.removal_view(locale, look) {
                page = page.push(removal);
            }
            return page.into();
        }
        page = page.push(self.filters(programme, locale, look));
        page = page.push(self.actions(locale, look));
        page = page.push(self.print_view(locale, look));
        if let Some(removal) = self.removal_view(locale, look) {
            page = page.push(removal);
        }
        page = page.push(self.table(programme, locale, look));
        page.push(self.pager(locale, look)).into()
    }

    fn filters<'a>(
        &self,
        programme: &Programme,
        locale: &Localizer,
        look: Look,
    ) -> Element<'a, Message> {
        let chip = |id: String, label: String, chosen: bool, message: Message| {
            look.action(
                id,
                button(look.label(label, theme::SMALL))
                    .on_press(message)
                    .padding([4, 12])
                    .style(theme::tab(chosen)),
            )
            .into()
        };
        let line = |title: String, chips: Vec<Element<'a, Message>>| -> Element<'a, Message> {
            let mut items = vec![look.strong(title, theme::SMALL)];
            items.extend(chips);
            look.start(
                look.row(items)
                    .spacing(8)
                    .align_y(iced::alignment::Vertical::Center)
                    .wrap(),
            )
            .into()
        };
        let mut courses = vec![chip(
            "programme-course-all".into(),
            locale.text("trainer-programme-all"),
            self.filter.course.is_none(),
            Message::PickCourse(None),
        )];
        for (index, (id, title)) in programme.courses.iter().enumerate() {
            courses.push(chip(
                format!("programme-course-{index}"),
                title.clone(),
                self.filter.course.as_ref() == Some(id),
                Message::PickCourse(Some(index)),
            ));
        }
        let mut devices = vec![chip(
            "programme-device-all".into(),
            locale.text("trainer-programme-all"),
            self.filter.device.is_none(),
            Message::PickDevice(None),
        )];
        for (index, device) in programme.devices.iter().enumerate() {
            devices.push(chip(
                format!("programme-device-{index}"),
                device_name(device.name.as_deref(), locale),
                self.filter.device.as_ref() == Some(&device.device_id),
                Message::PickDevice(Some(index)),
            ));
        }
        let statuses = STATUSES
            .iter()
            .map(|(id, status)| {
                chip(
                    (*id).to_owned(),
                    match status {
                        None => locale.text("trainer-programme-all"),
                        Some(status) => status_text(*status, locale),
                    },
                    self.filter.status == *status,
                    Message::PickStatus(*status),
                )
            })
            .collect();
        let sorts = SORT_KEYS
            .iter()
            .map(|(id, key)| {
                let chosen = self.sort.key == *key;
                let mut label = locale.text(match key {
                    SortKey::Name => "trainer-programme-sort-name",
                    SortKey::Device => "trainer-programme-sort-device",
                    SortKey::Progress => "trainer-programme-sort-progress",
                    SortKey::LastActivity => "trainer-programme-sort-activity",
                });
                if chosen {
                    label.push_str(if self.sort.descending { " ↓" } else { " ↑" });
                }
                chip((*id).to_owned(), label, chosen, Message::SortBy(*key))
            })
            .collect();
        column![
            line(locale.text("trainer-programme-course"), courses),
            line(locale.text("trainer-programme-device"), devices),
            line(locale.text("trainer-programme-status"), statuses),
            line(locale.text("trainer-programme-sort"), sorts),
        ]
        .spacing(8)
        .into()
    }

    /// The join button, its confirmation, and what the last change did.
    fn actions<'a>(&self, locale: &Localizer, look: Look) -> Element<'a, Message> {
        let mut part = Column::new().spacing(8);
        let names = self.selected_names();
        let named = |at: usize| -> String {
            names.get(at).map_or_else(String::new, |(name, device)| {
                locale.text_with(
                    "trainer-programme-learner-on",
                    &fluent_args![
                        "name" => locale.isolate(name.clone()),
                        "device" => device_name(device.as_deref(), locale)
                    ],
                )
            })
        };
        if self.confirming {
            part = part.push(notice(
                column![
                    look.text(
                        locale.text_with(
                            "trainer-programme-join-confirm-text",
                            &fluent_args!["first" => named(0), "second" => named(1)],
                        ),
                        theme::BODY,
                    ),
                    look.start(
                        look.row(vec![
                            look.primary_button(
                                "programme-join-confirm",
                                locale.text("trainer-programme-join-confirm"),
                                Message::ConfirmJoin,
                            )
                            .into(),
                            look.secondary_button(
                                "programme-join-cancel",
                                locale.text("trainer-programme-join-cancel"),
                                Message::CancelJoin,
                            )
                            .into(),
                        ])
                        .spacing(12)
                    ),
                ]
                .spacing(10),
                theme::card,
            ));
        } else if self.selected.len() == 2 {
            part = part.push(look.start(look.primary_button(
                "programme-join",
                locale.text("trainer-programme-join"),
                Message::AskJoin,
            )));
        } else {
            part = part.push(look.muted(
                locale.text_with(
                    "trainer-programme-select-hint",
                    &fluent_args!["selected" => self.selected.len()],
                ),
                theme::SMALL,
            ));
        }
        match &self.outcome {
            Some(Outcome::Joined(name)) => {
                part = part.push(notice(
                    look.text(
                        locale.text_with(
                            "trainer-programme-joined",
                            &fluent_args!["name" => locale.isolate(name.clone())],
                        ),
                        theme::BODY,
                    ),
                    theme::success_note,
                ));
            }
            Some(Outcome::Undone(name)) => {
                part = part.push(notice(
                    look.text(
                        locale.text_with(
                            "trainer-programme-undone",
                            &fluent_args!["name" => locale.isolate(name.clone())],
                        ),
                        theme::BODY,
                    ),
                    theme::success_note,
                ));
            }
            Some(Outcome::SimulatedRemoved(count)) => {
                part = part.push(notice(
                    look.text(
                        locale.text_with(
                            "trainer-simulated-removed",
                            &fluent_args!["count" => *count],
                        ),
                        theme::BODY,
                    ),
                    theme::success_note,
                ));
            }
            Some(Outcome::Failed(error)) => {
                part = part.push(look.error(error.show(locale)));
            }
            None => {}
        }
        part.into()
    }

    fn table<'a>(
        &self,
        programme: &Programme,
        locale: &Localizer,
        look: Look,
    ) -> Element<'a, Message> {
        let cells = |cells: Vec<Element<'a, Message>>| -> Element<'a, Message> {
            let portions = [3, 3, 3, 2];
            let cells = cells
                .into_iter()
                .zip(portions)
                .map(|(cell, portion)| container(cell).width(FillPortion(portion)).into())
                .collect();
            look.row(cells).spacing(12).into()
        };
        let header = |key: &str| {
            look.start(look.strong(locale.text(key), theme::SMALL))
                .into()
        };
        let mut table = Column::new().spacing(10).push(cells(vec![
            header("trainer-programme-column-learner"),
            header("trainer-programme-column-course"),
            header("trainer-programme-column-scores"),
            header("trainer-programme-column-certificate"),
        ]));
        if self.lines.is_empty() {
            table = table.push(look.text(locale.text("trainer-programme-no-match"), theme::BODY));
        }
        for (at, line) in self.page_lines() {
            let Some(learner) = programme.learner(line) else {
                continue;
            };
            table = table.push(self.line(at, line, learner, programme, locale, look, &cells));
        }
        container(table)
            .padding(16)
            .width(Fill)
            .style(theme::card)
            .id("programme")
            .into()
    }

    #[allow(clippy::too_many_arguments)]
    fn line<'a>(
        &self,
        at: usize,
        line: ProgrammeLine,
        learner: &ProgrammeLearner,
        programme: &Programme,
        locale: &Localizer,
        look: Look,
        cells: &dyn Fn(Vec<Element<'a, Message>>) -> Element<'a, Message>,
    ) -> Element<'a, Message> {
        let row = programme.row(line);
        let selected = self.selected.contains(learner.first());
        let devices: Vec<String> = learner
            .members
            .iter()
            .map(|member| device_name(member.device_name.as_deref(), locale))
            .collect();
        let mut who = Column::new()
            .spacing(2)
            .push(look.start(look.strong(learner.display_name.clone(), theme::BODY)))
            .push(look.muted(devices.join(" + "), theme::SMALL));
        let mut controls = vec![
            look.action(
                format!("programme-select-{at}"),
                button(look.label(
                    locale.text(if selected {
                        "trainer-programme-selected"
                    } else {
                        "trainer-programme-select"
                    }),
                    theme::SMALL,
                ))
                .on_press(Message::Select(learner.first().clone()))
                .padding([2, 10])
                .style(theme::tab(selected)),
            )
            .into(),
        ];
        if let Some(link) = learner.newest_link {
            controls.push(
                look.action(
                    format!("programme-undo-{at}"),
                    button(look.label(locale.text("trainer-programme-undo"), theme::SMALL))
                        .on_press(Message::Undo(link))
                        .padding([2, 10])
                        .style(theme::secondary_button),
                )
                .into(),
            );
        }
        who = who.push(look.start(look.row(controls).spacing(6)));
        let course: Element<'a, Message> = match row {
            None => {
                let title = self
                    .filter
                    .course
                    .as_ref()
                    .and_then(|wanted| programme.courses.iter().find(|(id, _)| id == wanted))
                    .map(|(_, title)| title.clone());
                let mut part = Column::new().spacing(2);
                if let Some(title) = title {
                    part = part.push(look.text(title, theme::BODY));
                }
                part.push(look.muted(status_text(Status::NotStarted, locale), theme::SMALL))
                    .into()
            }
            Some(row) => column![
                look.text(row.course_title.clone(), theme::BODY),
                look.muted(
                    format!(
                        "{} · {}",
                        locale.text_with(
                            "trainer-progress-lessons",
                            &fluent_args!["done" => row.lessons_completed, "total" => row.lessons_total],
                        ),
                        status_text(line.status(programme), locale)
                    ),
                    theme::SMALL
                ),
            ]
            .spacing(2)
            .into(),
        };
        let scores: Element<'a, Message> = match row {
            None => look.muted("–", theme::SMALL).into(),
            Some(row) => column![
                look.text(quiz_scores(row, locale), theme::SMALL),
                look.text(final_score(row, locale), theme::SMALL),
            ]
            .spacing(2)
            .into(),
        };
        let certificate = row
            .and_then(|row| row.certificate_id.as_deref())
            .map_or_else(
                || "–".to_owned(),
                |id| {
                    CertificateId::parse(id)
                        .map_or_else(|| id.to_owned(), |parsed| parsed.code().as_str().to_owned())
                },
            );
        let activity = match line.course {
            Some(_) => row.and_then(|row| row.last_activity),
            None => learner.last_activity,
        }
        .map_or_else(
            || "–".to_owned(),
            |moment| {
                locale.text_with(
                    "trainer-programme-last-activity",
                    &fluent_args!["date" => format_date(locale, moment)],
                )
            },
        );
        let shade = if selected {
            theme::success_note
        } else {
            theme::page
        };
        container(cells(vec![
            who.into(),
            course,
            scores,
            column![
                look.text(certificate, theme::SMALL),
                look.muted(activity, theme::SMALL),
            ]
            .spacing(2)
            .into(),
        ]))
        .padding([6, 8])
        .style(shade)
        .into()
    }

    fn pager<'a>(&self, locale: &Localizer, look: Look) -> Element<'a, Message> {
        let first = (self.page * PAGE_SIZE + 1).min(self.lines.len());
        let last = ((self.page + 1) * PAGE_SIZE).min(self.lines.len());
        let mut items = vec![look.label(
            locale.text_with(
                "trainer-programme-showing",
                &fluent_args!["first" => first, "last" => last, "count" => self.lines.len()],
            ),
            theme::SMALL,
        )];
        if self.page > 0 {
            items.push(
                look.secondary_button(
                    "programme-previous",
                    locale.text("trainer-programme-previous"),
                    Message::Page(self.page - 1),
                )
                .into(),
            );
        }
        if self.page < self.last_page() {
            items.push(
                look.secondary_button(
                    "programme-next",
                    locale.text("trainer-programme-next"),
                    Message::Page(self.page + 1),
                )
                .into(),
            );
        }
        look.start(
            look.row(items)
                .spacing(12)
                .align_y(iced::alignment::Vertical::Center),
        )
        .into()
    }
}

/// A device's name, or "This laptop".
fn device_name(name: Option<&str>, locale: &Localizer) -> String {
    name.map_or_else(
        || locale.text("trainer-programme-this-laptop"),
        |name| locale.isolate(name),
    )
}

fn status_text(status: Status, locale: &Localizer) -> String {
    locale.text(match status {
        Status::NotStarted => "trainer-programme-not-started",
        Status::InProgress => "trainer-programme-in-progress",
        Status::Completed => "trainer-programme-completed",
    })
}

fn percent(score: f64, locale: &Localizer) -> String {
    locale.text_with(
        "settings-percent",
        &fluent_args!["percent" => format!("{:.0}", score * 100.0)],
    )
}

/// "Quizzes: 80%, 65%, –": each module quiz's best score, in course order.
fn quiz_scores(row: &ReportRow, locale: &Localizer) -> String {
    let scores: Vec<String> = row
        .quizzes
        .iter()
        .map(|quiz| {
            quiz.best_score
                .map_or_else(|| "–".to_owned(), |score| percent(score, locale))
        })
        .collect();
    locale.text_with(
        "trainer-programme-quizzes",
        &fluent_args!["scores" => if scores.is_empty() { "–".to_owned() } else { scores.join(&locale.text("list-separator")) }],
    )
}

/// "Final assessment: 85%, passed" (or not taken, or none in the course).
fn final_score(row: &ReportRow, locale: &Localizer) -> String {
    match &row.final_assessment {
        None => locale.text("trainer-programme-no-final"),
        Some(QuizSummary {
            best_score: None, ..
        }) => locale.text("trainer-programme-final-not-taken"),
        Some(QuizSummary {
            best_score: Some(score),
            passed,
            ..
        }) => locale.text_with(
            if *passed {
                "trainer-programme-final-passed"
            } else {
                "trainer-programme-final-failed"
            },
            &fluent_args!["percent" => percent(*score, locale)],
        ),
    }
}
