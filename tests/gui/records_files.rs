//! The trainer area's "Records for the trainer" tab: saving this device's
//! records file on a USB stick chosen in the app's own folder picker, and
//! collecting files from other laptops (picked, or dropped on the window),
//! with a line per file saying what became of it or why it was refused.
//! The picker's drives are a fake mount folder in a temporary directory.

use fieldcourse::certificate::keys::Keyring;
use fieldcourse::gui::screen::trainer::{self, Places, Tab};
use fieldcourse::gui::theme::ThemeChoice;
use fieldcourse::gui::widget::Look;
use fieldcourse::i18n::{Language, Localizer};
use fieldcourse::progress::{Collection, Store, Timestamp};
use fieldcourse::records;
use iced_test::selector::id;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

use crate::fixture::learner;
use crate::tasks;
use crate::trainer::{Area, busy_area};

fn english() -> Localizer {
    Localizer::new(Language::from_tag("en").unwrap())
}

fn type_into(area: &mut Area, widget_id: &str, text: &str) {
    let look = Look::new(english().language(), ThemeChoice::Light);
    let mut ui = tasks::screen(area.state.view(&english(), look));
    ui.click(id(widget_id.to_owned())).unwrap();
    let _ = ui.typewrite(text);
    let typed: Vec<trainer::Message> = ui.into_messages().collect();
    area.deliver(typed);
}

/// A fake mount folder under the area's temporary root, with one USB stick
/// (`media/ana/STICK`) the picker is told to look in; returns the stick.
pub(crate) fn plug_in_stick(area: &mut Area) -> PathBuf {
    let media = area.root.path().join("media");
    let stick = media.join("ana/STICK");
    std::fs::create_dir_all(&stick).unwrap();
    area.state.set_places(Places {
        mount_folders: vec![media],
        home: None,
    });
    stick
}

/// Another laptop: a data folder of its own with `learners`, whose records
/// are saved as `file` on the stick.
fn laptop_file(name: &str, learners: &[&str], file: &Path) -> TempDir {
    let data = TempDir::new().unwrap();
    let store = Store::open(data.path()).unwrap();
    for who in learners {
        learner(&store, who, "en");
    }
    records::export_records(
        &store,
        &Keyring::new(data.path()),
        file,
        Some(name),
        Timestamp::now(),
    )
    .unwrap();
    data
}

fn records_files_in(folder: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(folder)
        .unwrap()
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "fcrecords"))
        .collect()
}

#[test]
fn saving_writes_a_records_file_on_the_stick_that_another_laptop_collects() {
    let (mut area, _) = busy_area();
    let stick = plug_in_stick(&mut area);
    area.click("tab-records-files");
    assert_eq!(area.state.tab(), Tab::RecordsFiles);
    type_into(&mut area, "device-name", "Laptop 3");
    area.click("save-for-trainer");
    assert!(area.shows("USB sticks and the home folder"));
    assert!(area.shows("USB stick STICK"));
    area.click("picker-entry-0");
    assert!(area.shows(&format!("In {}", stick.display())));
    area.click("picker-choose");

    let files = records_files_in(&stick);
    assert_eq!(files.len(), 1, "one records file on the stick");
    let file = &files[0];
    assert!(area.has("save-done"));
    assert!(!area.has("folder-picker"), "the picker closed");
    assert!(area.shows("Saved the records of “Laptop 3”: 2 learners."));
    assert!(area.shows(&file.display().to_string()));
    let size = std::fs::metadata(file).unwrap().len();
    let kilobytes = size.div_ceil(1000);
    let said = |text: &str| {
        text.starts_with(&format!("{kilobytes} KB, saved in "))
            && text.ends_with(" ms. You can take the USB stick out now.")
    };
    let mut ui = tasks::screen(area.state.view(
        &english(),
        Look::new(english().language(), ThemeChoice::Light),
    ));
    let shown = ui
        .find(
            |candidate: iced_test::selector::Candidate<'_>| match candidate {
                iced_test::selector::Candidate::Text { content, .. } if said(content) => Some(()),
                _ => None,
            },
        )
        .is_ok();
    assert!(shown, "the size and the time taken are said");

    // The file is a real records file: a second data folder collects it.
    let trainer = TempDir::new().unwrap();
    let store = Store::open(trainer.path()).unwrap();
    let collected = records::collect_file(&store, file, Timestamp::now()).unwrap();
    assert_eq!(collected.device_name, "Laptop 3");
    assert_eq!(collected.learners, 2);
    assert_eq!(collected.outcome, Collection::New);
}

#[test]
fn collecting_two_laptops_files_lists_each_and_stores_their_learners() {
    let mut area = Area::fresh();
    let stick = plug_in_stick(&mut area);
    let _a = laptop_file("Laptop A", &["Amina"], &stick.join("a.fcrecords"));
    let _b = laptop_file("Laptop B", &["Bilal", "Chen"], &stick.join("b.fcrecords"));
    std::fs::create_dir_all(stick.join("Week 2")).unwrap();

    area.click("tab-records-files");
    area.click("collect-records");
    area.click("picker-entry-0");
    // The folder first, then the records files to tick.
    assert!(area.shows("Week 2"));
    assert!(area.shows("a.fcrecords"));
    area.click("picker-entry-1");
    area.click("picker-entry-2");
    assert!(area.shows("Collect the 2 ticked files"));
    area.click("picker-files");

    assert!(area.has("collect-summary"));
    assert!(area.shows("2 of 2 files collected."));
    assert!(area.shows("a.fcrecords: collected one learner from “Laptop A”, a laptop new here."));
    assert!(area.shows("b.fcrecords: collected 2 learners from “Laptop B”, a laptop new here."));
    let devices = area.store.collected_devices().unwrap();
    let mut seen: Vec<_> = devices
        .iter()
        .map(|d| (d.name.as_str(), d.learners))
        .collect();
    seen.sort();
    assert_eq!(seen, [("Laptop A", 1), ("Laptop B", 2)]);

    // The whole folder again: nothing changes, and each file says so.
    area.click("collect-records");
    area.click("picker-entry-0");
    area.click("picker-choose");
    assert!(area.shows("0 of 2 files collected."));
    assert!(area.shows("a.fcrecords: already collected from “Laptop A”. Nothing changed."));
    assert_eq!(area.store.collected_devices().unwrap().len(), 2);
}

#[test]
fn a_dropped_file_that_is_not_a_records_file_is_refused_with_its_reason() {
    let mut area = Area::fresh();
    let stick = plug_in_stick(&mut area);
    let good = stick.join("good.fcrecords");
    let _laptop = laptop_file("Laptop B", &["Bilal"], &good);
    let bad = stick.join("bad.fcrecords");
    std::fs::write(&bad, "these are not records").unwrap();
    let cut = stick.join("cut.fcrecords");
    let bytes = std::fs::read(&good).unwrap();
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();

    // Dropped on the import tab, a records file goes to the collect tab.
    assert_eq!(area.state.tab(), Tab::Import);
    for file in [&bad, &cut] {
        let dropped = tasks::run(area.state.drop_file(file.clone(), &area.paths));
        area.deliver(dropped);
    }
    assert_eq!(area.state.tab(), Tab::RecordsFiles);
    assert!(area.shows("0 of 2 files collected, 2 refused."));
    assert!(area.shows(&format!(
        "Refused, nothing collected: {} is incomplete: the copy or the save was interrupted. \
         Copy it again, or save the records again on its laptop.",
        cut.display()
    )));
    assert!(
        area.store.collected_devices().unwrap().is_empty(),
        "nothing changed"
    );

    // The whole stick dropped: its lines add to the summary.
    let dropped = tasks::run(area.state.drop_file(stick.clone(), &area.paths));
    area.deliver(dropped);
    assert!(area.shows("1 of 5 files collected, 4 refused."));
    assert!(
        area.shows("good.fcrecords: collected one learner from “Laptop B”, a laptop new here.")
    );
    assert!(area.shows(&format!(
        "Refused, nothing collected: {} is not a Fieldcourse records file. \
         Choose a .fcrecords file saved with “Save records for the trainer”.",
        bad.display()
    )));
    assert_eq!(area.store.collected_devices().unwrap().len(), 1);
}

/// Tab reaches every control shown, and each target it names is on screen.
fn every_focus_target_is_shown(area: &Area) {
    let order = area.state.focus_order();
    for target in [
        "device-name",
        "save-for-trainer",
        "collect-records",
        "picker-up",
    ] {
        assert!(
            order.iter().any(|focus| focus.id() == target),
            "Tab reaches {target}"
        );
    }
    for focus in order {
        assert!(area.has(focus.id()), "{} is on screen", focus.id());
    }
}

#[test]
fn the_picker_lists_the_drives_and_the_home_folder_and_goes_in_and_out() {
    let mut area = Area::fresh();
    let media = area.root.path().join("media");
    let run_media = area.root.path().join("run-media");
    let home = area.root.path().join("home/ana");
    for folder in [
        media.join("ana/KINGSTON/records"),
        run_media.join("ana/Backup"),
        home.clone(),
    ] {
        std::fs::create_dir_all(folder).unwrap();
    }
    area.state.set_places(Places {
        mount_folders: vec![media.clone(), run_media],
        home: Some(home),
    });
    area.click("tab-records-files");
    area.click("save-for-trainer");
    assert!(area.shows("USB stick Backup"));
    assert!(area.shows("USB stick KINGSTON"));
    assert!(area.shows("Home folder"));
    area.click("picker-entry-1");
    assert!(area.shows("records"), "the stick's folders are listed");
    area.click("picker-entry-0");
    assert!(area.shows(&format!(
        "In {}",
        media.join("ana/KINGSTON/records").display()
    )));
    assert!(area.shows("No folders here. Save here, or go up."));
    area.click("picker-up");
    every_focus_target_is_shown(&area);
    area.click("picker-up");
    assert!(area.shows("USB sticks and the home folder"));
    area.click("picker-cancel");
    assert!(!area.has("folder-picker"));

    // No stick plugged in: the home folder alone, and a word about it.
    area.state.set_places(Places {
        mount_folders: vec![area.root.path().join("no-media")],
        home: Some(area.root.path().join("home/ana")),
    });
    area.click("collect-records");
    assert!(area.shows("No USB stick was found. Plug one in, then press Look again."));
    assert!(area.shows("Home folder"));
}
