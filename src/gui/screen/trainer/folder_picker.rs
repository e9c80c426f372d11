//! A folder picker drawn with the app's own widgets, for field laptops where
//! no desktop portal answers a file dialog: it starts at the places a USB
//! stick shows up (`/media/USER/DRIVE`, `/run/media/USER/DRIVE`) and the home
//! folder, goes into folders, and chooses one; when collecting it also lists
//! the records files (`.fcrecords`) of a folder to tick.
//!
//! Folders are read off the UI thread: a slow or failing stick must not
//! freeze the window.

use crate::gui::error_text::{self, ErrorText};
use crate::gui::theme;
use crate::gui::widget::{Focus, Look, notice};
use crate::i18n::Localizer;
use crate::records::EXTENSION;
use fluent::fluent_args;
use iced::widget::{Column, button, checkbox, column, container};
use iced::{Element, Fill, Task};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Where the picker starts: the folders under which drives are mounted (one
/// folder per user, then one per drive), and the home folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Places {
    /// `/media` and `/run/media` on Linux: drives are their `*/*` folders.
    pub mount_folders: Vec<PathBuf>,
    /// The home folder, if the system names one.
    pub home: Option<PathBuf>,
}

impl Default for Places {
    fn default() -> Self {
        Self {
            mount_folders: vec![PathBuf::from("/media"), PathBuf::from("/run/media")],
            home: directories::BaseDirs::new().map(|dirs| dirs.home_dir().to_owned()),
        }
    }
}

/// What the picker is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Choose the folder to save a records file in.
    Save,
    /// Choose records files, or a folder holding them, to collect.
    Collect,
    /// Choose the folder to write a PDF of certificates in.
    Print,
}

/// One line of the picker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The folder or file.
    pub path: PathBuf,
    /// What it is.
    pub kind: Kind,
}

/// What an [`Entry`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A removable drive (a folder under a mount folder).
    Drive,
    /// The home folder.
    Home,
    /// A folder inside a place.
    Folder,
    /// A records file.
    RecordsFile,
}

/// What can happen in the picker.
#[derive(Debug, Clone)]
pub enum Message {
    /// The places (`None`) or a folder were read, or why not.
    Listed(Option<PathBuf>, Result<Vec<Entry>, ErrorText>),
    /// Go into this drive or folder.
    Enter(PathBuf),
    /// Go to the folder above, or back to the places from a place.
    Up,
    /// Read the places or the folder again (a stick was plugged in).
    Refresh,
    /// Tick or untick a records file.
    Toggle(PathBuf),
    /// Choose the folder shown.
    ChooseFolder,
    /// Collect the ticked files.
    ChooseFiles,
    /// Close the picker, choosing nothing.
    Cancel,
}

/// What the trainer chose, when the picker closes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Chosen {
    /// A folder.
    Folder(PathBuf),
    /// Records files.
    Files(Vec<PathBuf>),
    /// Nothing: the picker was closed.
    Nothing,
}

/// The picker's state.
#[derive(Debug)]
pub struct Picker {
    purpose: Purpose,
    places: Places,
    /// The folder shown; `None` shows the places.
    folder: Option<PathBuf>,
    /// The place the folder shown lies in, where "Up" goes back to the places.
    place: Option<PathBuf>,
    listing: Listing,
    ticked: BTreeSet<PathBuf>,
}

#[derive(Debug)]
enum Listing {
    Reading,
    Read(Vec<Entry>),
    Failed(ErrorText),
}

impl Picker {
    /// A picker showing the places, and the task that reads them.
    pub fn open(purpose: Purpose, places: Places) -> (Self, Task<Message>) {
        let mut picker = Self {
            purpose,
            places,
            folder: None,
            place: None,
            listing: Listing::Reading,
            ticked: BTreeSet::new(),
        };
        let task = picker.read();
        (picker, task)
    }

    /// A picker showing `folder` (where "Up" goes back to the places), and
    /// the task that reads it; the places when `folder` is not a folder.
    pub fn open_in(purpose: Purpose, places: Places, folder: PathBuf) -> (Self, Task<Message>) {
        if !folder.is_dir() {
            return Self::open(purpose, places);
        }
        let mut picker = Self {
            purpose,
            places,
            folder: Some(folder.clone()),
            place: Some(folder),
            listing: Listing::Reading,
            ticked: BTreeSet::new(),
        };
        let task = picker.read();
        (picker, task)
    }

    /// What the picker is for.
    pub fn purpose(&self) -> Purpose {
        self.purpose
    }

    /// Reads the places or the folder shown, off the UI thread.
    fn read(&mut self) -> Task<Message> {
        self.listing = Listing::Reading;
        let folder = self.folder.clone();
        let places = self.places.clone();
        let with_files = self.purpose == Purpose::Collect;
        crate::gui::blocking::run(
            move || {
                let listed = match &folder {
                    None => Ok(list_places(&places)),
                    Some(folder) => list_folder(folder, with_files)
                        .map_err(|error| error_text::io(folder, &error)),
                };
                (folder, listed)
            },
            |(folder, listed)| Message::Listed(folder, listed),
        )
    }

    /// Handles a message: a task to run, and what was chosen once it closes.
    pub fn update(&mut self, message: Message) -> (Task<Message>, Option<Chosen>) {
        match message {
            Message::Listed(folder, listed) => {
                // An answer for a folder left meanwhile is dropped.
                if folder == self.folder {
                    self.listing = match listed {
                        Ok(entries) => Listing::Read(entries),
                        Err(error) => Listing::Failed(error),
                    };
                }
                (Task::none(), None)
            }
            Message::Enter(path) => {
                if self.folder.is_none() {
                    self.place = Some(path.clone());
                }
                self.folder = Some(path);
                (self.read(), None)
            }
            Message::Up => {
                let above = match (&self.folder, &self.place) {
                    (Some(folder), Some(place)) if folder != place => {
                        folder.parent().map(Path::to_owned)
                    }
                    _ => None,
                };
                if above.is_none() {
                    self.place = None;
                }
                self.folder = above;
                (self.read(), None)
            }
            Message::Refresh => (self.read(), None),
            Message::Toggle(path) => {
                if !self.ticked.remove(&path) {
                    self.ticked.insert(path);
                }
                (Task::none(), None)
            }
            Message::ChooseFolder => {
                let chosen = self.folder.clone().map(Chosen::Folder);
                (Task::none(), chosen)
            }
            Message::ChooseFiles => {
                if self.ticked.is_empty() {
                    return (Task::none(), None);
                }
                let files = std::mem::take(&mut self.ticked).into_iter().collect();
                (Task::none(), Some(Chosen::Files(files)))
            }
            Message::Cancel => (Task::none(), Some(Chosen::Nothing)),
        }
    }

    fn entries(&self) -> &[Entry] {
        match &self.listing {
            Listing::Read(entries) => entries,
            _ => &[],
        }
    }

    /// What Tab moves through in the picker, in the order shown.
    pub fn focus_order(&self) -> Vec<Focus<Message>> {
        let mut order = Vec::new();
        if self.folder.is_some() {
            order.push(Focus::Press("picker-up".into(), Message::Up));
        }
        for (index, entry) in self.entries().iter().enumerate() {
            let message = match entry.kind {
                Kind::RecordsFile => Message::Toggle(entry.path.clone()),
                _ => Message::Enter(entry.path.clone()),
            };
            order.push(Focus::Press(format!("picker-entry-{index}"), message));
        }
        order.push(Focus::Press("picker-refresh".into(), Message::Refresh));
        if self.purpose == Purpose::Collect && !self.ticked.is_empty() {
            order.push(Focus::Press("picker-files".into(), Message::ChooseFiles));
        }
        if self.folder.is_some() {
            order.push(Focus::Press("picker-choose".into(), Message::ChooseFolder));
        }
        order.push(Focus::Press("picker-cancel".into(), Message::Cancel));
        order
    }

    /// Draws the picker.
    pub fn view<'a>(&'a self, locale: &Localizer, look: Look) -> Element<'a, Message> {
        let title = match self.purpose {
            Purpose::Save => "picker-save-title",
            Purpose::Collect => "picker-collect-title",
            Purpose::Print => "picker-print-title",
        };
        let place = match &self.folder {
            Some(folder) => locale.text_with(
                "picker-in",
                &fluent_args!["folder" => locale.isolate(folder.display().to_string())],
            ),
            None => locale.text("picker-places"),
        };
        let mut list = Column::new().spacing(4);
        if self.folder.is_some() {
            list = list.push(
                look.start(
                    look.action(
                        "picker-up",
                        button(look.label(locale.text("picker-up"), theme::BODY))
                            .on_press(Message::Up)
                            .padding([6, 12])
                            .style(theme::text_button),
                    ),
                ),
            );
        }
        match &self.listing {
            Listing::Reading => {
                list = list.push(look.muted(locale.text("picker-reading"), theme::BODY));
            }
            Listing::Failed(error) => {
                list = list.push(notice(
                    look.text(error.show(locale), theme::BODY),
                    theme::error_note,
                ));
            }
            Listing::Read(entries) if entries.is_empty() => {
                let key = match (&self.folder, self.purpose) {
                    (None, _) => "picker-no-places",
                    (Some(_), Purpose::Save | Purpose::Print) => "picker-no-folders",
                    (Some(_), Purpose::Collect) => "picker-nothing-here",
                };
                list = list.push(look.muted(locale.text(key), theme::BODY));
            }
            Listing::Read(entries) => {
                // The home folder alone: say that no stick was seen.
                if self.folder.is_none() && !entries.iter().any(|e| e.kind == Kind::Drive) {
                    list = list.push(look.muted(locale.text("picker-no-places"), theme::BODY));
                }
                for (index, entry) in entries.iter().enumerate() {
                    list = list.push(self.entry_view(index, entry, locale, look));
                }
            }
        }
        let mut actions: Vec<Element<'a, Message>> = Vec::new();
        if self.purpose == Purpose::Collect {
            let files = (!self.ticked.is_empty()).then_some(Message::ChooseFiles);
            actions.push(
                look.primary_button_when(
                    "picker-files",
                    locale.text_with(
                        "picker-collect-files",
                        &fluent_args!["count" => self.ticked.len()],
                    ),
                    files,
                )
                .into(),
            );
        }
        let folder_label = match self.purpose {
            Purpose::Save => "picker-save-here",
            Purpose::Collect => "picker-collect-folder",
            Purpose::Print => "picker-print-here",
        };
        let choose = self.folder.is_some().then_some(Message::ChooseFolder);
        // Saving needs a folder: its button waits for one. Collecting a whole
        // folder is offered only inside one.
        match (self.purpose, choose) {
            (Purpose::Save | Purpose::Print, choose) => actions.push(
                look.primary_button_when("picker-choose", locale.text(folder_label), choose)
                    .into(),
            ),
            (Purpose::Collect, Some(choose)) => actions.push(
                look.secondary_button("picker-choose", locale.text(folder_label), choose)
                    .into(),
            ),
            (Purpose::Collect, None) => {}
        }
        actions.push(
            look.secondary_button(
                "picker-refresh",
                locale.text("picker-refresh"),
                Message::Refresh,
            )
            .into(),
        );
        actions.push(
            look.secondary_button(
                "picker-cancel",
                locale.text("picker-cancel"),
                Message::Cancel,
            )
            .into(),
        );
        let card = column![
            look.start(look.strong(locale.text(title), theme::BODY)),
            look.muted(place, theme::SMALL),
            list,
            look.start(look.row(actions).spacing(12).wrap()),
        ]
        .spacing(10);
        container(card)
            .padding(16)
            .width(Fill)
            .style(theme::card)
            .id("folder-picker")
            .into()
    }

    fn entry_view<'a>(
        &'a self,
        index: usize,
        entry: &'a Entry,
        locale: &Localizer,
        look: Look,
    ) -> Element<'a, Message> {
        let id = format!("picker-entry-{index}");
        let name = entry
            .path
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_else(|| entry.path.display().to_string());
        let label = match entry.kind {
            Kind::Drive => locale.text_with(
                "picker-drive",
                &fluent_args!["name" => locale.isolate(&name)],
            ),
            Kind::Home => locale.text("picker-home"),
            Kind::Folder => name,
            Kind::RecordsFile => {
                // The box on the reading side's start (right in Arabic), which
                // iced's own checkbox label cannot do; box and name both tick.
                let ticked = self.ticked.contains(&entry.path);
                let path = entry.path.clone();
                let tick = checkbox(ticked)
                    .style(theme::check_box)
                    .on_toggle(move |_| Message::Toggle(path.clone()));
                let line = look
                    .row(vec![tick.into(), look.label(name, theme::BODY)])
                    .spacing(8)
                    .align_y(iced::Center);
                let press = button(line)
                    .on_press(Message::Toggle(entry.path.clone()))
                    .padding([4, 8])
                    .style(theme::text_button);
                return look.start(look.action(id, press)).into();
            }
        };
        look.start(
            look.action(
                id,
                button(look.label(label, theme::BODY))
                    .on_press(Message::Enter(entry.path.clone()))
                    .padding([6, 12])
                    .style(theme::text_button),
            ),
        )
        .into()
    }
}

/// The drives under `places`' mount folders (`FOLDER/USER/DRIVE`), by name,
/// then the home folder. Mount folders that cannot be read are skipped: most
/// computers lack one of them.
pub fn list_places(places: &Places) -> Vec<Entry> {
    let mut drives: Vec<Entry> = places
        .mount_folders
        .iter()
        .flat_map(|mounts| subfolders(mounts))
        .flat_map(|user| subfolders(&user))
        .map(|path| Entry {
            path,
            kind: Kind::Drive,
        })
        .collect();
    drives.sort_by_key(|entry| sort_key(&entry.path));
    if let Some(home) = places.home.as_ref().filter(|home| home.is_dir()) {
        drives.push(Entry {
            path: home.clone(),
            kind: Kind::Home,
        });
    }
    drives
}

/// The folders in `folder` (hidden ones left out), then its records files
/// when `with_files`, each by name.
pub fn list_folder(folder: &Path, with_files: bool) -> std::io::Result<Vec<Entry>> {
    let mut folders = Vec::new();
    let mut files = Vec::new();
    for entry in std::fs::read_dir(folder)? {
        let path = entry?.path();
        let hidden = path
            .file_name()
            .is_none_or(|name| name.to_string_lossy().starts_with('.'));
        if hidden {
            continue;
        }
        if path.is_dir() {
            folders.push(Entry {
                path,
                kind: Kind::Folder,
            });
        } else if with_files && path.extension().is_some_and(|ext| ext == EXTENSION) {
            files.push(Entry {
                path,
                kind: Kind::RecordsFile,
            });
        }
    }
    folders.sort_by_key(|entry| sort_key(&entry.path));
    files.sort_by_key(|entry| sort_key(&entry.path));
    folders.append(&mut files);
    Ok(folders)
}

fn subfolders(folder: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .filter_map(|entry| entry.ok().map(|entry| entry.path()))
                .filter(|path| path.is_dir())
                .collect()
        })
        .unwrap_or_default()
}

fn sort_key(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().to_lowercase())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drives_are_found_two_levels_under_each_mount_folder_and_home_comes_last() {
        let root = tempfile::TempDir::new().unwrap();
        let media = root.path().join("media");
        let run_media = root.path().join("run-media");
        for drive in [
            media.join("ana/STICK"),
            run_media.join("ana/Backup"),
            root.path().join("home/ana"),
        ] {
            std::fs::create_dir_all(drive).unwrap();
        }
        std::fs::write(media.join("ana/not-a-drive.txt"), "").unwrap();
        let places = Places {
            mount_folders: vec![media.clone(), run_media.clone(), root.path().join("none")],
            home: Some(root.path().join("home/ana")),
        };
        let listed = list_places(&places);
        let paths: Vec<_> = listed.iter().map(|e| (e.path.clone(), e.kind)).collect();
        assert_eq!(
            paths,
            vec![
                (run_media.join("ana/Backup"), Kind::Drive),
                (media.join("ana/STICK"), Kind::Drive),
                (root.path().join("home/ana"), Kind::Home),
            ]
        );
    }

    #[test]
    fn a_folder_lists_its_folders_then_its_records_files_and_hides_the_rest() {
        let root = tempfile::TempDir::new().unwrap();
        std::fs::create_dir_all(root.path().join("Week 2")).unwrap();
        std::fs::create_dir_all(root.path().join(".Trash")).unwrap();
        for file in ["b.fcrecords", "a.fcrecords", "notes.txt", ".c.fcrecords"] {
            std::fs::write(root.path().join(file), "").unwrap();
        }
        let names = |with_files| -> Vec<String> {
            list_folder(root.path(), with_files)
                .unwrap()
                .iter()
                .map(|e| sort_key(&e.path))
                .collect()
        };
        assert_eq!(names(true), ["week 2", "a.fcrecords", "b.fcrecords"]);
        assert_eq!(names(false), ["week 2"]);
    }

    #[test]
    fn up_from_a_place_goes_back_to_the_places() {
        let root = tempfile::TempDir::new().unwrap();
        let places = Places {
            mount_folders: vec![root.path().join("media")],
            home: None,
        };
        let (mut picker, _) = Picker::open(Purpose::Save, places);
        let stick = root.path().join("media/ana/STICK");
        let _ = picker.update(Message::Enter(stick.clone()));
        let _ = picker.update(Message::Enter(stick.join("records")));
        let _ = picker.update(Message::Up);
        assert_eq!(picker.folder.as_deref(), Some(stick.as_path()));
        let _ = picker.update(Message::Up);
        assert_eq!(picker.folder, None);
    }
}
