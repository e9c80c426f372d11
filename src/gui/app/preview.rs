//! The live preview: a course folder shown as learners will see it, taken by
//! a scratch learner whose progress lives in a temporary store that is thrown
//! away on close. The folder is watched; each save reloads the course within
//! a second, keeps the same lesson or quiz open, and lists the course's
//! problems in a panel beside it (the last version that worked stays on show).
//!
//! The watcher is built with the `preview` feature only; without it the
//! trainer area offers no preview and `fieldcourse preview` says so.

use super::{App, Message, Screen};
#[cfg(feature = "preview")]
use crate::course::{FolderChange, FolderWatcher};
use crate::course::{LoadedCourse, load_course};
use crate::gui::error_text::{self, ErrorText};
use crate::gui::screen::OpenCourse;
use crate::gui::widget::{Focus, Look};
use crate::gui::{problem, theme};
use crate::i18n::{Localizer, language_name};
use crate::paths::Paths;
use crate::progress::{NewLearner, Profile, SessionKey, Store};
use fluent::fluent_args;
#[cfg(feature = "preview")]
use iced::futures::{SinkExt, Stream, StreamExt};
use iced::widget::{Column, button, column, container, scrollable};
use iced::{Element, Fill, Subscription, Task};
use std::path::{Path, PathBuf};

/// The id of the problems panel.
pub const PROBLEMS_ID: &str = "preview-problems";
/// The id of the preview band's close button.
pub const CLOSE_ID: &str = "close-preview";
/// The width of the problems panel beside the course.
const PANEL_WIDTH: f32 = 380.0;

/// A course folder being previewed.
#[derive(Debug)]
pub struct Preview {
    folder: PathBuf,
    /// The latest load: its problems fill the panel.
    latest: LoadedCourse,
    /// The last load that could be shown (the latest, when it has no errors).
    shown: Option<LoadedCourse>,
    /// The course language picked in the switcher; `None` follows the interface.
    language: Option<String>,
    /// How many times the folder was read again.
    reloads: u32,
    /// Why the folder is not being watched, when it is not.
    watch_problem: Option<ErrorText>,
    /// What the preview replaced, put back when it closes; `None` when the app
    /// was opened for the preview alone (closing it closes the window).
    replaced: Option<Replaced>,
    /// The scratch store's folder, removed when the preview is dropped (after
    /// the store in it has been put back or closed).
    scratch: tempfile::TempDir,
}

/// The app's own store and learner, kept aside while a preview runs.
#[derive(Debug)]
struct Replaced {
    store: Result<Store, String>,
    learner: Option<SessionKey>,
    paths: Paths,
}

/// What can happen in a preview.
#[derive(Debug, Clone)]
pub enum PreviewMessage {
    /// Files in the folder changed (or the watch failed).
    #[cfg(feature = "preview")]
    FilesChanged(FolderChange),
    /// The folder could not be watched: why.
    WatchFailed(ErrorText),
    /// The course was read again.
    Reloaded(Box<LoadedCourse>),
    /// Show the course in this language (a tag from the course).
    Language(String),
    /// End the preview.
    Close,
}

/// Where the preview stands in the course, to come back to after a reload.
enum Place {
    Overview,
    Lesson(String),
    Quiz(String),
    Certificate,
}

impl Preview {
    /// The folder previewed.
    pub fn folder(&self) -> &Path {
        &self.folder
    }

    /// How many times the course was read again since the preview opened.
    pub fn reloads(&self) -> u32 {
        self.reloads
    }

    /// The course as last read, with its problems.
    pub fn latest(&self) -> &LoadedCourse {
        &self.latest
    }

    /// The temporary folder holding the scratch learner's progress; it is
    /// removed when the preview closes.
    pub fn scratch_dir(&self) -> &Path {
        self.scratch.path()
    }

    /// The course language picked in the switcher, if one was.
    pub fn language(&self) -> Option<&str> {
        self.language.as_deref()
    }
}

impl App {
    /// Opens an app that only previews `folder` (`fieldcourse preview`):
    /// closing the preview closes the window.
    pub fn for_preview(folder: &Path, language: crate::i18n::Language) -> (Self, Task<Message>) {
        let paths = Paths {
            data_dir: PathBuf::new(),
            course_dirs: Vec::new(),
        };
        let mut app = Self::blank(&paths, language);
        let task = app.start_preview(folder.to_owned(), false);
        (app, task)
    }

    /// The preview running, if one is.
    pub fn preview(&self) -> Option<&Preview> {
        self.preview.as_ref()
    }

    /// Starts previewing `folder` with a scratch learner. `keep` keeps the
    /// app's own store aside, to return to when the preview closes.
    pub(super) fn start_preview(&mut self, folder: PathBuf, keep: bool) -> Task<Message> {
        match self.open_scratch(folder, keep) {
            Ok(()) => self.show_preview(Place::Overview),
            Err(reason) => {
                self.problem = Some(
                    self.locale
                        .text_with("preview-failed", &fluent_args!["reason" => reason]),
                );
                Task::none()
            }
        }
    }

    fn open_scratch(&mut self, folder: PathBuf, keep: bool) -> Result<(), String> {
        if !folder.is_dir() {
            return Err(self.locale.text_with(
                "preview-not-a-folder",
                &fluent_args!["path" => self.locale.isolate(folder.display().to_string())],
            ));
        }
        let scratch = tempfile::Builder::new()
            .prefix("fieldcourse-preview-")
            .tempdir()
            .map_err(|error| error_text::io(&std::env::temp_dir(), &error).show(&self.locale))?;
        let store = Store::open(scratch.path())
            .map_err(|error| ErrorText::from(error).show(&self.locale))?;
        let key = store
            .create_learner(&NewLearner {
                profile: Profile {
                    display_name: self.locale.text("preview-learner"),
                    certificate_name: self.locale.text("preview-learner"),
                    language: self.locale.language().tag.to_owned(),
                },
                pin: None,
            })
            .map_err(|error| ErrorText::from(error).show(&self.locale))?
            .key();
        let scratch_paths = Paths {
            data_dir: scratch.path().to_owned(),
            course_dirs: Vec::new(),
        };
        let replaced = Replaced {
            store: std::mem::replace(&mut self.store, Ok(store)),
            learner: self.learner.replace(key),
            paths: std::mem::replace(&mut self.paths, scratch_paths),
        };
        let latest = load_course(&folder);
        self.preview = Some(Preview {
            shown: latest.is_usable().then(|| latest.clone()),
            latest,
            folder,
            language: None,
            reloads: 0,
            watch_problem: None,
            replaced: keep.then_some(replaced),
            scratch,
        });
        Ok(())
    }

    pub(super) fn preview_update(&mut self, message: PreviewMessage) -> Task<Message> {
        let Some(preview) = &mut self.preview else {
            return Task::none();
        };
        match message {
            #[cfg(feature = "preview")]
            PreviewMessage::FilesChanged(FolderChange::Failed(reason)) => {
                log::warn!("watching {} stopped: {reason}", preview.folder.display());
                preview.watch_problem =
                    Some(ErrorText::new("error-watch-stopped").path("folder", &preview.folder));
                Task::none()
            }
            PreviewMessage::WatchFailed(reason) => {
                preview.watch_problem = Some(reason);
                Task::none()
            }
            #[cfg(feature = "preview")]
            PreviewMessage::FilesChanged(FolderChange::Changed(_)) => {
                let folder = preview.folder.clone();
                // Reading and validating every translation: off the UI thread.
                crate::gui::blocking::run(
                    move || load_course(&folder),
                    |loaded| Message::Preview(PreviewMessage::Reloaded(Box::new(loaded))),
                )
            }
            PreviewMessage::Reloaded(loaded) => {
                preview.reloads += 1;
                preview.watch_problem = None;
                if loaded.is_usable() {
                    preview.shown = Some((*loaded).clone());
                }
                preview.latest = *loaded;
                let place = self.place();
                self.show_preview(place)
            }
            PreviewMessage::Language(tag) => {
                preview.language = Some(tag);
                let place = self.place();
                self.show_preview(place)
            }
            PreviewMessage::Close => self.close_preview(),
        }
    }

    /// Ends the preview: the scratch learner's progress goes with its folder,
    /// and the app returns to the trainer area (or the window closes).
    pub(super) fn close_preview(&mut self) -> Task<Message> {
        let Some(mut preview) = self.preview.take() else {
            return Task::none();
        };
        match preview.replaced.take() {
            Some(replaced) => {
                self.store = replaced.store;
                self.learner = replaced.learner;
                self.paths = replaced.paths;
                self.open_trainer()
            }
            None => iced::exit(),
        }
    }

    /// The course language to show: the switcher's pick in a preview, else
    /// the interface language.
    pub(super) fn course_language(&self) -> String {
        self.preview
            .as_ref()
            .and_then(|preview| preview.language.clone())
            .unwrap_or_else(|| self.locale.language().tag.to_owned())
    }

    fn place(&self) -> Place {
        match &self.screen {
            Screen::Lesson(state) => state
                .lesson()
                .map_or(Place::Overview, |lesson| Place::Lesson(lesson.id.clone())),
            Screen::Quiz(state) => Place::Quiz(state.quiz().id.clone()),
            Screen::Certificate(_) => Place::Certificate,
            _ => Place::Overview,
        }
    }

    /// Shows the previewed course at `place`, or its problems alone when no
    /// version of it could be shown yet.
    fn show_preview(&mut self, place: Place) -> Task<Message> {
        let Some(loaded) = self
            .preview
            .as_ref()
            .and_then(|preview| preview.shown.clone())
        else {
            self.screen = Screen::PreviewBroken;
            return Task::none();
        };
        let task = self.open_course(loaded);
        let Screen::Course(state) = &self.screen else {
            return task;
        };
        let open: OpenCourse = state.open().clone();
        match place {
            Place::Overview => task,
            Place::Lesson(id) => {
                let position = open.course.lessons().position(|lesson| lesson.id == id);
                match position {
                    Some(position) => self.open_lesson(open, position),
                    None => {
                        self.problem = Some(self.locale.text_with(
                            "preview-item-gone",
                            &fluent_args!["id" => self.locale.isolate(&id)],
                        ));
                        task
                    }
                }
            }
            Place::Quiz(id) => self.open_quiz(open, &id),
            Place::Certificate => self.open_certificate(open),
        }
    }

    /// Watches the previewed folder while a preview runs.
    #[cfg(feature = "preview")]
    pub(super) fn preview_subscription(&self) -> Option<Subscription<Message>> {
        let preview = self.preview.as_ref()?;
        Some(Subscription::run_with(preview.folder.clone(), watch_folder))
    }

    /// Nothing to watch in a build without the watcher.
    #[cfg(not(feature = "preview"))]
    pub(super) fn preview_subscription(&self) -> Option<Subscription<Message>> {
        None
    }

    /// The preview band's controls, for Tab.
    pub(super) fn preview_focus(&self) -> Vec<Focus<Message>> {
        let Some(preview) = &self.preview else {
            return Vec::new();
        };
        let mut order: Vec<Focus<Message>> = languages(preview)
            .into_iter()
            .map(|tag| {
                Focus::Press(
                    format!("preview-language-{tag}"),
                    Message::Preview(PreviewMessage::Language(tag)),
                )
            })
            .collect();
        order.push(Focus::Press(
            CLOSE_ID.into(),
            Message::Preview(PreviewMessage::Close),
        ));
        order
    }

    /// Puts the preview band above `screen` and the problems panel beside it.
    pub(super) fn preview_frame<'a>(
        &'a self,
        screen: Element<'a, Message>,
        look: Look,
    ) -> Element<'a, Message> {
        let Some(preview) = &self.preview else {
            return screen;
        };
        let locale = &self.locale;
        let body: Element<'a, Message> =
            if preview.latest.diagnostics.is_empty() && preview.watch_problem.is_none() {
                screen
            } else {
                let panel = container(problems_panel(preview, locale, look))
                    .width(PANEL_WIDTH)
                    .height(Fill)
                    .style(theme::card);
                look.row(vec![container(screen).width(Fill).into(), panel.into()])
                    .height(Fill)
                    .into()
            };
        column![band(preview, locale, look), body].into()
    }

    /// The page shown while no version of the previewed course can be shown.
    pub(super) fn preview_broken_view(&self, look: Look) -> Element<'_, Message> {
        let locale = &self.locale;
        let Some(preview) = &self.preview else {
            return column![].into();
        };
        let page = column![
            look.heading(locale.text("preview-broken-title"), theme::H1),
            look.text(locale.text("preview-broken-body"), theme::BODY),
            // On a line of its own, so right-to-left text leaves it intact.
            look.colored(
                preview.folder.display().to_string(),
                theme::SMALL,
                look.muted
            ),
        ]
        .spacing(12);
        container(page)
            .max_width(theme::CONTENT_WIDTH)
            .padding(32)
            .into()
    }
}

/// The course's languages, source first; a course that never loaded has none.
fn languages(preview: &Preview) -> Vec<String> {
    preview
        .shown
        .as_ref()
        .map(LoadedCourse::languages)
        .unwrap_or_default()
}

/// The band across the top: what is previewed, the languages, and Close.
fn band<'a>(preview: &'a Preview, locale: &Localizer, look: Look) -> Element<'a, Message> {
    let name = preview.folder.file_name().map_or_else(
        || preview.folder.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    );
    let mut items: Vec<Element<'a, Message>> = vec![look.strong(
        locale.text_with(
            "preview-band",
            &fluent_args!["folder" => locale.isolate(name)],
        ),
        theme::BODY,
    )];
    let current = preview.language.clone().or_else(|| {
        preview
            .shown
            .as_ref()
            .and_then(|loaded| loaded.in_language(locale.language().tag))
            .map(|course| course.language.clone())
    });
    for tag in languages(preview) {
        let selected = current.as_deref() == Some(tag.as_str());
        let id = format!("preview-language-{tag}");
        items.push(
            look.action(
                id,
                button(look.label(language_name(&tag), theme::SMALL))
                    .on_press(Message::Preview(PreviewMessage::Language(tag)))
                    .padding([4, 12])
                    .style(theme::tab(selected)),
            )
            .into(),
        );
    }
    let status = if preview.reloads == 0 {
        locale.text("preview-watching")
    } else {
        locale.text_with(
            "preview-reloaded",
            &fluent_args!["count" => preview.reloads],
        )
    };
    items.push(look.label(status, theme::SMALL));
    items.push(
        look.action(
            CLOSE_ID,
            button(look.label(locale.text("preview-close"), theme::SMALL))
                .on_press(Message::Preview(PreviewMessage::Close))
                .padding([4, 14])
                .style(theme::secondary_button),
        )
        .into(),
    );
    // A band of its own colour, so the preview is never taken for the real app.
    let row = look
        .row(items)
        .spacing(14)
        .align_y(iced::Center)
        .wrap()
        .vertical_spacing(6);
    container(row)
        .padding([8, 24])
        .width(Fill)
        .style(theme::preview_band)
        .into()
}

/// Every problem the latest read found, with file:line:column and the fix.
fn problems_panel<'a>(
    preview: &'a Preview,
    locale: &Localizer,
    look: Look,
) -> Element<'a, Message> {
    let latest = &preview.latest;
    let errors = latest.error_count();
    let heading = if errors > 0 {
        locale.text_with("preview-problems-errors", &fluent_args!["count" => errors])
    } else {
        locale.text_with(
            "preview-problems-warnings",
            &fluent_args!["count" => latest.warning_count()],
        )
    };
    let mut list = Column::new()
        .spacing(14)
        .push(look.heading(heading, theme::H3));
    if let Some(reason) = &preview.watch_problem {
        list = list.push(look.error(reason.show(locale)));
    }
    if errors > 0 && preview.shown.is_some() {
        list = list.push(look.colored(
            locale.text("preview-showing-last"),
            theme::SMALL,
            look.muted,
        ));
    }
    for diagnostic in &latest.diagnostics {
        list = list.push(problem::view(diagnostic, &latest.origin, locale, look));
    }
    scrollable(container(list).padding(16).width(Fill))
        .id(PROBLEMS_ID)
        .height(Fill)
        .into()
}

/// Reports each settled burst of changes in `folder`.
#[cfg(feature = "preview")]
#[allow(
    clippy::ptr_arg,
    reason = "iced's `Subscription::run_with` passes its data by reference"
)]
fn watch_folder(folder: &PathBuf) -> impl Stream<Item = Message> + use<> {
    let folder = folder.clone();
    iced::stream::channel(4, async move |mut output| {
        let (sender, mut changes) = iced::futures::channel::mpsc::unbounded();
        let watcher = FolderWatcher::new(&folder, move |change| {
            // The receiver is gone only when the preview closed.
            let _ = sender.unbounded_send(change);
        });
        match watcher {
            Ok(watcher) => {
                while let Some(change) = changes.next().await {
                    let message = Message::Preview(PreviewMessage::FilesChanged(change));
                    if output.send(message).await.is_err() {
                        break;
                    }
                }
                drop(watcher);
            }
            Err(error) => {
                log::warn!("the course folder cannot be watched: {error}");
                let message = Message::Preview(PreviewMessage::WatchFailed(error.into()));
                let _ = output.send(message).await;
            }
        }
    })
}
