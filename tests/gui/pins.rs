//! PINs in the app: the wait after five wrong tries, the trainer setting a new
//! PIN for a learner who forgot theirs, and a second window on a data folder
//! another Fieldcourse holds.

use crate::common::{add_learner, click, paths_for, simulator, start, type_into};
use fieldcourse::data_folder::DataLock;
use fieldcourse::gui::app::{App, Message, Screen};
use fieldcourse::gui::screen::{learners, trainer, trainer_lock};
use fieldcourse::i18n::Language;
use fieldcourse::progress::{FREE_TRIES, Store};
use iced_test::selector::Candidate;
use std::path::Path;
use tempfile::TempDir;

fn shows(app: &App, text: &str) -> bool {
    simulator(app).find(text).is_ok()
}

/// Amina with the PIN 2468, and Bruno without one (so the picker shows).
fn two_learners(folder: &Path) {
    add_learner(folder, "Amina Diallo", "en");
    add_learner(folder, "Bruno Costa", "en");
    let store = Store::open(&paths_for(folder).data_dir).unwrap();
    let amina = store.learners().unwrap()[0].id;
    store.reset_learner_pin(amina, Some("2468")).unwrap();
}

fn try_pin(app: &mut App, pin: &str) {
    type_into(app, learners::PIN_ID, pin);
    crate::common::deliver(app, Message::Learners(learners::Message::SubmitPin));
}

#[test]
fn five_wrong_pins_make_the_learner_wait_and_the_screen_says_how_long() {
    let folder = TempDir::new().unwrap();
    two_learners(folder.path());
    let mut app = start(folder.path(), "en");
    click(&mut app, "learner-0");
    for _ in 1..FREE_TRIES {
        try_pin(&mut app, "1111");
        assert!(shows(
            &app,
            "That PIN is not right. Try again, or ask your trainer to reset it."
        ));
    }
    try_pin(&mut app, "1111");
    assert!(shows(
        &app,
        "Too many wrong PINs. Try again in 30 seconds, or ask your trainer to set a new PIN."
    ));
    // The right PIN is refused while the wait runs.
    try_pin(&mut app, "2468");
    assert!(matches!(app.screen(), Screen::Learners(_)));
    let Screen::Learners(state) = app.screen() else {
        unreachable!()
    };
    let left = state.pin_wait().expect("the wait shows").seconds();
    assert!((1..=30).contains(&left), "{left}");
    // The countdown is what the app's one-second tick drives.
    let _ = app.update(Message::Learners(learners::Message::Tick));
    assert!(matches!(app.screen(), Screen::Learners(state) if state.pin_wait().is_some()));
}

#[test]
fn the_trainer_sets_a_new_pin_for_a_learner_who_forgot_it() {
    let folder = TempDir::new().unwrap();
    two_learners(folder.path());
    let mut app = start(folder.path(), "en");
    click(&mut app, "learner-1");
    click(&mut app, "trainer");
    click(&mut app, "leave-open");
    click(&mut app, "tab-learners");
    let store = Store::open(&paths_for(folder.path()).data_dir).unwrap();
    let amina = store.learners().unwrap()[0].id;
    assert!(shows(&app, "Signs in with a PIN."));
    click(&mut app, &format!("learner-pin-{amina}"));
    type_into(&mut app, trainer::LEARNER_PIN_ID, "9753");
    click(&mut app, "learner-pin-save");
    assert!(shows(
        &app,
        "Amina Diallo now signs in with the new PIN. Tell them what it is."
    ));
    assert!(store.open_session(amina, Some("9753")).is_ok());
    assert!(store.open_session(amina, Some("2468")).is_err());

    click(&mut app, &format!("learner-pin-remove-{amina}"));
    assert!(shows(&app, "Amina Diallo now signs in without a PIN."));
    assert!(!store.learners().unwrap()[0].has_pin);
    // Back at the picker, Amina opens without a PIN.
    click(&mut app, "back");
    click(&mut app, "switch-learner");
    click(&mut app, "learner-0");
    assert!(matches!(app.screen(), Screen::Library(_)));
}

#[test]
fn the_trainer_pin_waits_after_five_wrong_tries_too() {
    let folder = TempDir::new().unwrap();
    add_learner(folder.path(), "Amina Diallo", "en");
    Store::open(&paths_for(folder.path()).data_dir)
        .unwrap()
        .set_trainer_pin(Some("4321"))
        .unwrap();
    let mut app = start(folder.path(), "en");
    click(&mut app, "trainer");
    for _ in 0..FREE_TRIES {
        type_into(&mut app, trainer_lock::PIN_ID, "0000");
        click(&mut app, "unlock");
    }
    assert!(shows(
        &app,
        "Too many wrong PINs. Try again in 30 seconds, or ask your trainer to set a new PIN."
    ));
    type_into(&mut app, trainer_lock::PIN_ID, "4321");
    click(&mut app, "unlock");
    assert!(
        matches!(app.screen(), Screen::TrainerLock(_)),
        "refused while waiting"
    );
}

#[test]
fn a_second_window_on_a_held_folder_says_it_is_in_use_and_opens_nothing() {
    let folder = TempDir::new().unwrap();
    let paths = paths_for(folder.path());
    let held = DataLock::acquire(&paths.data_dir).unwrap();
    let (app, _) = App::with_language(&paths, Language::from_tag("en").unwrap());
    assert!(matches!(app.screen(), Screen::FolderInUse));
    assert!(app.folder_in_use().is_some());
    assert!(shows(&app, "Fieldcourse is already open"));
    assert!(shows(
        &app,
        &format!(
            "Another Fieldcourse window, or a command such as “fieldcourse backup restore”, is using the data folder {}. This window has opened nothing and changed nothing. Close the other one, then start Fieldcourse again.",
            paths.data_dir.display()
        )
    ));
    assert!(
        !fieldcourse::progress::database_path(&paths.data_dir).exists(),
        "the store was not opened"
    );
    drop(app);
    drop(held);

    // The first window holds the folder until it closes.
    let (first, _) = App::with_language(&paths, Language::from_tag("en").unwrap());
    assert!(first.folder_in_use().is_none());
    let (second, _) = App::with_language(&paths, Language::from_tag("en").unwrap());
    assert!(matches!(second.screen(), Screen::FolderInUse));
    drop(second);
    drop(first);
    let (again, _) = App::with_language(&paths, Language::from_tag("en").unwrap());
    assert!(again.folder_in_use().is_none());
}

#[test]
fn the_in_use_page_is_written_in_every_language() {
    let folder = TempDir::new().unwrap();
    let paths = paths_for(folder.path());
    let _held = DataLock::acquire(&paths.data_dir).unwrap();
    for (tag, heading) in [
        ("fr", "Fieldcourse est déjà ouvert"),
        ("es", "Fieldcourse ya está abierto"),
        ("ar", "Fieldcourse مفتوح بالفعل"),
    ] {
        let (app, _) = App::with_language(&paths, Language::from_tag(tag).unwrap());
        assert!(shows(&app, heading), "{tag}");
    }
}

/// Whatever path sets a PIN, one too short is refused in plain words in the
/// learner's language, never with the store's file path.
#[test]
fn a_too_short_pin_is_said_plainly_on_every_path_that_sets_one() {
    let folder = TempDir::new().unwrap();
    two_learners(folder.path());
    let data = paths_for(folder.path()).data_dir.display().to_string();
    let plain =
        "A PIN has at least 4 and at most 32 characters (digits or letters). Choose another one.";
    let says_plainly = |app: &App| {
        let ui_text_found = shows(app, plain);
        let path_hidden = simulator(app)
            .find(|candidate: Candidate<'_>| match candidate {
                Candidate::Text { content, .. }
                    if content.contains("PIN") && content.contains(&data) =>
                {
                    Some(())
                }
                _ => None,
            })
            .is_err();
        ui_text_found && path_hidden
    };
    let mut app = start(folder.path(), "en");
    // A new learner's PIN.
    click(&mut app, "add-learner");
    type_into(&mut app, learners::NAME_ID, "Chidi Okafor");
    type_into(&mut app, learners::NEW_PIN_ID, "12");
    click(&mut app, "submit");
    assert!(says_plainly(&app), "adding a learner");
    click(&mut app, "cancel");
    // The trainer PIN, set the first time the area opens.
    click(&mut app, "learner-1");
    click(&mut app, "trainer");
    type_into(&mut app, trainer_lock::PIN_ID, "7");
    type_into(&mut app, trainer_lock::REPEAT_ID, "7");
    click(&mut app, "unlock");
    assert!(says_plainly(&app), "setting the trainer PIN");
    // The trainer PIN changed on its tab.
    click(&mut app, "leave-open");
    click(&mut app, "tab-pin");
    type_into(&mut app, "new-trainer-pin", "123");
    click(&mut app, "save-trainer-pin");
    assert!(says_plainly(&app), "changing the trainer PIN");
    // A learner's PIN set anew by the trainer.
    click(&mut app, "tab-learners");
    let store = Store::open(&paths_for(folder.path()).data_dir).unwrap();
    let amina = store.learners().unwrap()[0].id;
    click(&mut app, &format!("learner-pin-{amina}"));
    type_into(&mut app, trainer::LEARNER_PIN_ID, "9");
    click(&mut app, "learner-pin-save");
    assert!(says_plainly(&app), "resetting a learner's PIN");
    assert!(store.open_session(amina, Some("2468")).is_ok(), "unchanged");
}

#[test]
fn a_too_short_pin_is_said_in_arabic_too() {
    let folder = TempDir::new().unwrap();
    add_learner(folder.path(), "Amina Diallo", "ar");
    let mut app = start(folder.path(), "ar");
    click(&mut app, "trainer");
    type_into(&mut app, trainer_lock::PIN_ID, "12");
    type_into(&mut app, trainer_lock::REPEAT_ID, "12");
    click(&mut app, "unlock");
    assert!(shows(
        &app,
        "يتكون الرمز من 4 أحرف على الأقل و32 حرفًا على الأكثر (أرقام أو حروف). اختر رمزًا آخر."
    ));
}

#[test]
fn the_pin_door_shows_it_is_checking_ignores_a_second_press_then_answers() {
    let folder = TempDir::new().unwrap();
    two_learners(folder.path());
    let mut app = start(folder.path(), "en");
    click(&mut app, "learner-0");
    type_into(&mut app, learners::PIN_ID, "1111");
    let check = app.update(Message::Learners(learners::Message::SubmitPin));
    assert!(crate::common::waiting_off_thread(&app));
    assert!(shows(&app, "Checking the PIN…"));
    // The button is disabled while the check runs, and a press that gets
    // through anyway (Enter) starts no second check.
    let mut ui = simulator(&app);
    ui.click(iced_test::selector::id("submit")).unwrap();
    assert_eq!(
        ui.into_messages().count(),
        0,
        "the disabled button sends nothing"
    );
    let again = app.update(Message::Learners(learners::Message::SubmitPin));
    assert!(crate::tasks::run(again).is_empty());
    // The answer comes back as a message, as the runtime delivers it.
    for answer in crate::tasks::run(check) {
        crate::common::deliver(&mut app, answer);
    }
    assert!(!crate::common::waiting_off_thread(&app));
    assert!(!shows(&app, "Checking the PIN…"));
    assert!(shows(
        &app,
        "That PIN is not right. Try again, or ask your trainer to reset it."
    ));
    // The right PIN, checked the same way, opens the learner's library.
    type_into(&mut app, learners::PIN_ID, "2468");
    let check = app.update(Message::Learners(learners::Message::SubmitPin));
    assert!(matches!(app.screen(), Screen::Learners(_)));
    for answer in crate::tasks::run(check) {
        crate::common::deliver(&mut app, answer);
    }
    assert!(matches!(app.screen(), Screen::Library(_)));
}

#[test]
fn the_trainer_door_shows_it_is_checking_then_opens() {
    let folder = TempDir::new().unwrap();
    two_learners(folder.path());
    let store = Store::open(&paths_for(folder.path()).data_dir).unwrap();
    store.set_trainer_pin(Some("8642")).unwrap();
    drop(store);
    let mut app = start(folder.path(), "en");
    click(&mut app, "learner-1");
    click(&mut app, "trainer");
    type_into(&mut app, trainer_lock::PIN_ID, "8642");
    let check = app.update(Message::TrainerLock(trainer_lock::Message::Submit));
    assert!(shows(&app, "Checking the PIN…"));
    let again = app.update(Message::TrainerLock(trainer_lock::Message::Back));
    assert!(crate::tasks::run(again).is_empty());
    assert!(
        matches!(app.screen(), Screen::TrainerLock(_)),
        "leaving waits for the answer"
    );
    for answer in crate::tasks::run(check) {
        crate::common::deliver(&mut app, answer);
    }
    assert!(matches!(app.screen(), Screen::Trainer(_)));
}

#[test]
fn a_new_learner_pin_is_saved_off_the_ui_thread_and_the_form_says_so() {
    let folder = TempDir::new().unwrap();
    two_learners(folder.path());
    let mut app = start(folder.path(), "en");
    click(&mut app, "learner-1");
    click(&mut app, "trainer");
    click(&mut app, "leave-open");
    click(&mut app, "tab-learners");
    let store = Store::open(&paths_for(folder.path()).data_dir).unwrap();
    let amina = store.learners().unwrap()[0].id;
    click(&mut app, &format!("learner-pin-{amina}"));
    type_into(&mut app, trainer::LEARNER_PIN_ID, "9753");
    let hashing = app.update(Message::Trainer(trainer::Message::SaveLearnerPin));
    assert!(shows(&app, "Saving the PIN…"));
    // Nothing is kept until the hash comes back, and a second press waits.
    assert!(store.open_session(amina, Some("2468")).is_ok());
    let again = app.update(Message::Trainer(trainer::Message::SaveLearnerPin));
    assert!(crate::tasks::run(again).is_empty());
    for answer in crate::tasks::run(hashing) {
        crate::common::deliver(&mut app, answer);
    }
    assert!(!shows(&app, "Saving the PIN…"));
    assert!(shows(
        &app,
        "Amina Diallo now signs in with the new PIN. Tell them what it is."
    ));
    assert!(store.open_session(amina, Some("9753")).is_ok());
}
