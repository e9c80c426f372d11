//! The trainer area's first tab: install a course (a package, a folder or a
//! course.json, typed or dropped on the window), asking first before an older
//! version replaces a newer one, before an unsigned package or one signed by
//! a key this device does not trust is installed, and before a course
//! published by one key is replaced by another's; and open a folder in the
//! live preview.

use super::{Event, Message};
use crate::certificate::keys::Keyring;
use crate::course::{
    Damage, ImportOptions, Imported, InstallError, PackageError, Publisher, Verdict, import_course,
};
use crate::gui::error_text::ErrorText;
use crate::gui::widget::{Focus, Look, notice};
use crate::gui::{problem, publisher, theme};
use crate::i18n::Localizer;
use crate::paths::Paths;
use fluent::fluent_args;
use iced::widget::{Column, column, container, text_input};
use iced::{Element, Fill, Task};
use questions::{new_publisher_view, unverified_view};
use std::path::PathBuf;

mod questions;

/// The import and preview forms.
#[derive(Debug, Default)]
pub(super) struct ImportForm {
    path: String,
    status: Status,
    preview_path: String,
    /// Nothing was typed in the preview field.
    preview_empty: bool,
    /// The installed course's suggestions for its author are listed.
    show_suggestions: bool,
    /// What the trainer agreed to for the package being imported.
    accepted: Accepted,
}

/// The questions the trainer answered yes to for one import.
#[derive(Debug, Default, Clone, Copy)]
struct Accepted {
    older: bool,
    unverified: bool,
    new_publisher: bool,
}

/// Where a course import stands.
#[derive(Debug, Default)]
enum Status {
    #[default]
    Idle,
    /// Nothing was typed.
    NoPath,
    Checking,
    Installed(Box<Imported>),
    /// The installed version is newer: install the older one anyway?
    Older {
        source: PathBuf,
        id: String,
        installed: String,
        offered: String,
    },
    /// Unsigned, or signed by a key this device does not trust: install anyway?
    Unverified {
        source: PathBuf,
        /// The course's title, else its id.
        course: String,
        version: String,
        verdict: Box<Verdict>,
    },
    /// The installed course came from another publisher: replace it anyway?
    NewPublisher {
        source: PathBuf,
        /// The course's title, else its id.
        course: String,
        installed: Box<Publisher>,
        offered: Box<Verdict>,
    },
    Failed(PackageError),
}

impl ImportForm {
    /// What Tab moves through on this tab.
    pub(super) fn focus_order(&self) -> Vec<Focus<Message>> {
        let mut order = vec![
            Focus::Field("import-path".into()),
            Focus::Press("import".into(), Message::Import),
        ];
        if let Status::Installed(imported) = &self.status
            && imported.installed.loaded.warning_count() > 0
        {
            order.push(Focus::Press(
                "import-suggestions".into(),
                Message::ToggleImportSuggestions,
            ));
        }
        match self.status {
            Status::Older { .. } => order.extend([
                Focus::Press("import-older".into(), Message::ImportOlder),
                Focus::Press("keep-installed".into(), Message::KeepInstalled),
            ]),
            Status::Unverified { .. } => order.extend([
                Focus::Press("import-cancel".into(), Message::CancelImport),
                Focus::Press("import-unverified".into(), Message::ImportUnverified),
            ]),
            Status::NewPublisher { .. } => order.extend([
                Focus::Press("import-cancel".into(), Message::CancelImport),
                Focus::Press("import-new-publisher".into(), Message::ImportNewPublisher),
            ]),
            _ => {}
        }
        // The live preview needs the folder watcher (the `preview` feature).
        #[cfg(feature = "preview")]
        order.extend([
            Focus::Field("preview-path".into()),
            Focus::Press("preview".into(), Message::Preview),
        ]);
        order
    }

    /// Handles the tab's messages; gives back a message of another tab.
    pub(super) fn update(
        &mut self,
        message: Message,
        paths: &Paths,
    ) -> Result<(Task<Message>, Option<Event>), Message> {
        let done = |task| Ok((task, None));
        match message {
            Message::PathChanged(path) => {
                self.path = path;
                done(Task::none())
            }
            Message::Import => {
                let source = PathBuf::from(self.path.trim());
                self.accepted = Accepted::default();
                done(self.start(source, paths))
            }
            Message::ImportOlder | Message::ImportUnverified | Message::ImportNewPublisher => {
                let (source, accepted) = match (std::mem::take(&mut self.status), &message) {
                    (Status::Older { source, .. }, Message::ImportOlder) => (
                        source,
                        Accepted {
                            older: true,
                            ..self.accepted
                        },
                    ),
                    (Status::Unverified { source, .. }, Message::ImportUnverified) => (
                        source,
                        Accepted {
                            unverified: true,
                            ..self.accepted
                        },
                    ),
                    (Status::NewPublisher { source, .. }, Message::ImportNewPublisher) => (
                        source,
                        Accepted {
                            new_publisher: true,
                            ..self.accepted
                        },
                    ),
                    (other, _) => {
                        self.status = other;
                        return done(Task::none());
                    }
                };
                self.accepted = accepted;
                done(self.start(source, paths))
            }
            Message::KeepInstalled | Message::CancelImport => {
                self.status = Status::Idle;
                self.accepted = Accepted::default();
                done(Task::none())
            }
            Message::ToggleImportSuggestions => {
                self.show_suggestions = !self.show_suggestions;
                done(Task::none())
            }
            Message::Imported(source, result) => {
                let event = result.is_ok().then_some(Event::CoursesChanged);
                self.status = match result {
                    Ok(imported) => Status::Installed(imported),
                    Err(PackageError::Older {
                        id,
                        installed,
                        offered,
                    }) => Status::Older {
                        source,
                        id,
                        installed,
                        offered,
                    },
                    Err(PackageError::Unverified {
                        id,
                        title,
                        version,
                        verdict,
                    }) => Status::Unverified {
                        source,
                        course: title.unwrap_or(id),
                        version,
                        verdict,
                    },
                    Err(PackageError::PublisherChanged {
                        id,
                        title,
                        installed,
                        offered,
                    }) => Status::NewPublisher {
                        source,
                        course: title.unwrap_or(id),
                        installed,
                        offered,
                    },
                    Err(error) => Status::Failed(error),
                };
                Ok((Task::none(), event))
            }
            Message::PreviewPathChanged(path) => {
                self.preview_path = path;
                self.preview_empty = false;
                done(Task::none())
            }
            Message::Preview => {
                let folder = PathBuf::from(self.preview_path.trim());
                if folder.as_os_str().is_empty() {
                    self.preview_empty = true;
                    return done(Task::none());
                }
                Ok((Task::none(), Some(Event::Preview(folder))))
            }
            other => Err(other),
        }
    }

    /// Imports a file dropped on the window, as if its path had been typed.
    pub(super) fn dropped(&mut self, path: PathBuf, paths: &Paths) -> Task<Message> {
        self.path = path.display().to_string();
        self.accepted = Accepted::default();
        self.start(path, paths)
    }

    /// Checks and installs `source` off the UI thread (it reads the whole
    /// course), with what the trainer accepted so far.
    fn start(&mut self, source: PathBuf, paths: &Paths) -> Task<Message> {
        if matches!(self.status, Status::Checking) {
            return Task::none();
        }
        if source.as_os_str().is_empty() {
            self.status = Status::NoPath;
            return Task::none();
        }
        self.status = Status::Checking;
        self.show_suggestions = false;
        let installed_dir = paths.installed_courses_dir();
        let mut options = ImportOptions {
            allow_older: self.accepted.older,
            other_course_dirs: paths.course_dirs.clone(),
            accept_unverified: self.accepted.unverified,
            accept_new_publisher: self.accepted.new_publisher,
            ..ImportOptions::default()
        };
        let keyring = Keyring::new(&paths.data_dir);
        crate::gui::blocking::run(
            move || {
                // Read here, off the UI thread: a key installed since the
                // last import counts at once.
                options.trusted = keyring.trusted_publishers();
                // A package (.fcourse) is checked entry by entry before it is
                // unpacked; a folder or course.json installs directly.
                let result = import_course(&source, &installed_dir, &options).map(Box::new);
                (source, result)
            },
            |(source, result)| Message::Imported(source, result),
        )
    }

    /// Draws the tab.
    pub(super) fn view<'a>(&'a self, locale: &Localizer, look: Look) -> Element<'a, Message> {
        let checking = matches!(self.status, Status::Checking);
        let mut input = text_input(&locale.text("trainer-import-placeholder"), &self.path)
            .style(crate::gui::theme::text_field)
            .id("import-path")
            .padding(10)
            .size(theme::BODY);
        if !checking {
            input = input
                .on_input(Message::PathChanged)
                .on_submit(Message::Import);
        }
        let mut page = column![
            look.heading(locale.text("trainer-import-heading"), theme::H2),
            look.text(locale.text("trainer-import-body"), theme::BODY),
            look.colored(locale.text("trainer-import-drop"), theme::SMALL, look.muted),
            look.row(vec![
                container(input).width(Fill).into(),
                import_button(checking, locale, look),
            ])
            .spacing(12)
            .align_y(iced::Center),
        ]
        .spacing(12);
        if let Some(status) = self.status_view(locale, look) {
            page = page.push(status);
        }
        #[cfg(feature = "preview")]
        {
            page = page.push(self.preview_view(locale, look));
        }
        page.into()
    }

    fn status_view<'a>(&'a self, locale: &Localizer, look: Look) -> Option<Element<'a, Message>> {
        Some(match &self.status {
            Status::Idle => return None,
            Status::NoPath => look
                .text(locale.text("trainer-import-no-path"), theme::BODY)
                .into(),
            Status::Checking => look
                .colored(
                    locale.text("trainer-import-checking"),
                    theme::BODY,
                    look.muted,
                )
                .into(),
            Status::Installed(imported) => {
                installed_view(imported, self.show_suggestions, locale, look)
            }
            Status::Older {
                id,
                installed,
                offered,
                ..
            } => notice(
                column![
                    look.strong(
                        locale.text_with(
                            "trainer-import-older",
                            &fluent_args![
                                "id" => locale.isolate(id),
                                "installed" => locale.isolate(installed),
                                "offered" => locale.isolate(offered)
                            ],
                        ),
                        theme::BODY,
                    ),
                    look.text(locale.text("trainer-import-older-body"), theme::BODY),
                    look.start(
                        look.row(vec![
                            look.primary_button(
                                "keep-installed",
                                locale.text("trainer-import-keep"),
                                Message::KeepInstalled,
                            )
                            .into(),
                            look.secondary_button(
                                "import-older",
                                locale.text("trainer-import-install-older"),
                                Message::ImportOlder,
                            )
                            .into(),
                        ])
                        .spacing(12)
                    ),
                ]
                .spacing(10),
                theme::warning_note,
            ),
            Status::Unverified {
                course,
                version,
                verdict,
                ..
            } => unverified_view(course, version, verdict, locale, look),
            Status::NewPublisher {
                course,
                installed,
                offered,
                ..
            } => new_publisher_view(course, installed, offered, locale, look),
            Status::Failed(
                PackageError::Install(InstallError::Refused(loaded))
                | PackageError::Refused(loaded),
            ) => {
                let mut list = Column::new().spacing(12).push(look.strong(
                    locale.text_with(
                        "trainer-import-refused",
                        &fluent_args!["count" => loaded.error_count().max(1)],
                    ),
                    theme::BODY,
                ));
                for diagnostic in &loaded.diagnostics {
                    list = list.push(problem::view(diagnostic, &loaded.origin, locale, look));
                }
                container(list)
                    .padding(20)
                    .width(Fill)
                    .style(theme::broken_card)
                    .id("import-problems")
                    .into()
            }
            Status::Failed(PackageError::Unreadable { file, damage }) => {
                let key = match damage {
                    Damage::Incomplete => "package-incomplete",
                    Damage::NotZip => "package-not-zip",
                    Damage::Unsupported => "package-unsupported",
                };
                let file = file.as_deref().map(|file| file.display().to_string());
                let file = file.unwrap_or_else(|| self.path.trim().to_owned());
                let text = look.text(
                    locale.text_with(key, &fluent_args!["file" => locale.isolate(file)]),
                    theme::BODY,
                );
                container(notice(text, theme::error_note))
                    .id("import-failed")
                    .into()
            }
            Status::Failed(error) => notice(
                look.text(
                    locale.text_with(
                        "trainer-import-failed",
                        &fluent_args!["error" => ErrorText::from(error).show(locale)],
                    ),
                    theme::BODY,
                ),
                theme::error_note,
            ),
        })
    }

    #[cfg(feature = "preview")]
    fn preview_view<'a>(&'a self, locale: &Localizer, look: Look) -> Element<'a, Message> {
        let input = text_input(
            &locale.text("trainer-preview-placeholder"),
            &self.preview_path,
        )
        .style(crate::gui::theme::text_field)
        .id("preview-path")
        .on_input(Message::PreviewPathChanged)
        .on_submit(Message::Preview)
        .padding(10)
        .size(theme::BODY);
        let mut section = column![
            look.heading(locale.text("trainer-preview-heading"), theme::H2),
            look.text(locale.text("trainer-preview-body"), theme::BODY),
            look.row(vec![
                container(input).width(Fill).into(),
                look.secondary_button("preview", locale.text("trainer-preview"), Message::Preview)
                    .into(),
            ])
            .spacing(12)
            .align_y(iced::Center),
        ]
        .spacing(12)
        .padding(iced::Padding::ZERO.top(16));
        if self.preview_empty {
            section = section.push(look.text(locale.text("trainer-preview-no-path"), theme::BODY));
        }
        section.into()
    }
}

fn import_button<'a>(checking: bool, locale: &Localizer, look: Look) -> Element<'a, Message> {
    let mut import = iced::widget::button(look.label(locale.text("trainer-import"), theme::BODY))
        .padding([10, 24])
        .style(iced::widget::button::primary);
    if !checking {
        import = import.on_press(Message::Import);
    }
    look.action("import", import).into()
}

/// What was installed (title and version), where, what it replaced in the
/// library, and the author's suggestions, which open on demand.
fn installed_view<'a>(
    imported: &'a Imported,
    show_suggestions: bool,
    locale: &Localizer,
    look: Look,
) -> Element<'a, Message> {
    let installed = &imported.installed;
    let loaded = &installed.loaded;
    let version = loaded
        .course
        .as_ref()
        .map(|course| course.version.clone())
        .unwrap_or_default();
    let mut lines = column![
        look.strong(
            locale.text_with(
                "trainer-import-done",
                &fluent_args![
                    "title" => locale.isolate(loaded.display_name()),
                    "version" => locale.isolate(&version)
                ]
            ),
            theme::BODY
        ),
        look.text(
            locale.text_with(
                "trainer-import-where",
                &fluent_args!["folder" => locale.isolate(installed.folder.display().to_string())]
            ),
            theme::SMALL
        ),
    ]
    .spacing(6);
    if imported.from_package {
        // Who published it comes right after what was installed: it is what
        // the trainer checks first.
        lines = lines.push(publisher::import_line(&imported.verdict, locale, look));
    }
    if let Some(replaced) = &imported.replaced {
        let key = if replaced.elsewhere.is_some() {
            "trainer-import-replaced-bundled"
        } else if replaced.version == version {
            "trainer-import-same-version"
        } else {
            "trainer-import-replaced"
        };
        lines = lines.push(look.text(
            locale.text_with(
                key,
                &fluent_args![
                    "version" => locale.isolate(&replaced.version),
                    "added" => replaced.added.len(),
                    "removed" => replaced.removed.len()
                ],
            ),
            theme::BODY,
        ));
    }
    let warnings = loaded.warning_count();
    if warnings == 0 {
        lines = lines.push(look.muted(locale.text("trainer-import-no-suggestions"), theme::SMALL));
    } else {
        let toggle = iced::widget::button(look.label(
            locale.text_with("course-warnings", &fluent_args!["count" => warnings]),
            theme::BODY,
        ))
        .on_press(Message::ToggleImportSuggestions)
        .padding([4, 8])
        .style(theme::text_button);
        lines = lines.push(look.start(look.action("import-suggestions", toggle)));
        if show_suggestions {
            for diagnostic in &loaded.diagnostics {
                lines = lines.push(problem::view(diagnostic, &loaded.origin, locale, look));
            }
        }
    }
    container(notice(lines, theme::success_note))
        .id("import-done")
        .into()
}
