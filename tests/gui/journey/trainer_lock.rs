//! The trainer area's door: a PIN set on the first visit that then guards it,
//! or the area left open, remembered and shown as a warning.

use super::{course_folder, shows};
use crate::common::{app_for, click, type_into};
use fieldcourse::gui::app::Screen;

#[test]
fn the_first_visit_asks_for_a_trainer_pin_which_then_guards_the_area() {
    use fieldcourse::gui::screen::trainer_lock::{PIN_ID, REPEAT_ID};
    let folder = course_folder();
    let mut app = app_for(folder.path(), "en");
    click(&mut app, "trainer");
    assert!(
        matches!(app.screen(), Screen::TrainerLock(door) if door.is_first_time()),
        "no PIN and no choice yet: the trainer is asked to set one"
    );
    assert!(shows(&app, "Protect the trainer area"));
    assert!(shows(&app, "Leave the trainer area open on this computer"));
    // Two different PINs are refused, and so is a short one.
    type_into(&mut app, PIN_ID, "4321");
    type_into(&mut app, REPEAT_ID, "4322");
    click(&mut app, "unlock");
    assert!(shows(
        &app,
        "The two PINs are not the same. Type them again."
    ));
    type_into(&mut app, PIN_ID, "43");
    type_into(&mut app, REPEAT_ID, "43");
    click(&mut app, "unlock");
    assert!(shows(
        &app,
        "A PIN has at least 4 and at most 32 characters (digits or letters). Choose another one."
    ));
    type_into(&mut app, PIN_ID, "4321");
    type_into(&mut app, REPEAT_ID, " 4321 ");
    click(&mut app, "unlock");
    assert!(matches!(app.screen(), Screen::Trainer(_)), "set, then open");
    assert!(!shows(&app, "The trainer area is open on this computer"));

    click(&mut app, "back");
    click(&mut app, "trainer");
    assert!(
        matches!(app.screen(), Screen::TrainerLock(door) if !door.is_first_time()),
        "now the PIN is asked first"
    );
    type_into(&mut app, PIN_ID, "0000");
    click(&mut app, "unlock");
    assert!(shows(&app, "That is not the trainer PIN. Try again."));
    assert!(matches!(app.screen(), Screen::TrainerLock(_)));
    type_into(&mut app, PIN_ID, "4321");
    click(&mut app, "unlock");
    assert!(matches!(app.screen(), Screen::Trainer(_)));
}

#[test]
fn leaving_the_trainer_area_open_is_remembered_and_shown_as_a_warning() {
    let folder = course_folder();
    let mut app = app_for(folder.path(), "en");
    click(&mut app, "trainer");
    click(&mut app, "leave-open");
    assert!(matches!(app.screen(), Screen::Trainer(_)));
    let warning = "The trainer area is open on this computer: anyone using it can see every learner's results and install courses.";
    assert!(shows(&app, warning));
    drop(app);

    // Remembered on this computer: no question the next time, the band stays.
    let mut app = app_for(folder.path(), "en");
    click(&mut app, "trainer");
    assert!(matches!(app.screen(), Screen::Trainer(_)));
    assert!(shows(&app, warning));
    // The band leads to the PIN tab; a PIN set there ends the warning.
    click(&mut app, "band-set-pin");
    assert!(shows(
        &app,
        "No trainer PIN is set: anyone using this computer can open the trainer area. On a shared laptop, set one."
    ));
    type_into(&mut app, "new-trainer-pin", "4321");
    click(&mut app, "save-trainer-pin");
    assert!(shows(&app, "The trainer PIN is set."));
    assert!(!shows(&app, warning));
    // Removing it is the same choice again: open, with the warning.
    click(&mut app, "remove-trainer-pin");
    assert!(shows(&app, warning));
    click(&mut app, "back");
    click(&mut app, "trainer");
    assert!(matches!(app.screen(), Screen::Trainer(_)));
}
