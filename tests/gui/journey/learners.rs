//! Who is learning: the first start, a learner's PIN, and two learners who
//! keep their own progress.

use super::{course_folder, shows};
use crate::common::{add_learner, click, paths_for, start, type_into};
use fieldcourse::gui::app::{Message, Screen};
use fieldcourse::gui::screen::learners;
use fieldcourse::progress::Store;

#[test]
fn the_first_start_asks_who_is_learning_and_opens_their_library() {
    let folder = course_folder();
    let mut app = start(folder.path(), "en");
    let Screen::Learners(state) = app.screen() else {
        panic!("the first start should ask who is learning");
    };
    assert!(state.is_adding(), "with nobody yet, the form shows at once");
    click(&mut app, "submit");
    assert!(shows(&app, "Please type a name first."));
    type_into(&mut app, learners::NAME_ID, "Amina Diallo");
    click(&mut app, "submit");
    assert!(matches!(app.screen(), Screen::Library(_)));
    assert!(shows(&app, "Amina Diallo: switch learner"));
    let store = Store::open(&paths_for(folder.path()).data_dir).unwrap();
    let learners = store.learners().unwrap();
    assert_eq!(learners.len(), 1);
    assert_eq!(learners[0].display_name, "Amina Diallo");
    assert_eq!(learners[0].language, "en");
}

#[test]
fn a_pin_keeps_a_learner_out_until_it_is_typed() {
    let folder = course_folder();
    add_learner(folder.path(), "Amina Diallo", "en");
    {
        let store = Store::open(&paths_for(folder.path()).data_dir).unwrap();
        let id = store.learners().unwrap()[0].id;
        store
            .open_session(id, None)
            .unwrap()
            .set_pin(Some("2468"))
            .unwrap();
    }
    let mut app = start(folder.path(), "en");
    assert!(
        matches!(app.screen(), Screen::Learners(_)),
        "a learner with a PIN is never opened without it"
    );
    assert!(shows(&app, "PIN protected"));
    click(&mut app, "learner-0");
    assert!(shows(&app, "Amina Diallo, enter your PIN"));
    type_into(&mut app, learners::PIN_ID, "1111");
    crate::common::deliver(&mut app, Message::Learners(learners::Message::SubmitPin));
    assert!(shows(
        &app,
        "That PIN is not right. Try again, or ask your trainer to reset it."
    ));
    assert!(matches!(app.screen(), Screen::Learners(_)));
    type_into(&mut app, learners::PIN_ID, "2468");
    crate::common::deliver(&mut app, Message::Learners(learners::Message::SubmitPin));
    assert!(matches!(app.screen(), Screen::Library(_)));
}

#[test]
fn two_learners_keep_their_own_progress() {
    let folder = course_folder();
    add_learner(folder.path(), "Amina Diallo", "en");
    add_learner(folder.path(), "Bruno Costa", "en");
    let mut app = start(folder.path(), "en");
    assert!(shows(&app, "Who is learning?"));
    assert!(shows(&app, "AD") && shows(&app, "BC"), "initials avatars");
    click(&mut app, "learner-0");
    click(&mut app, "open-course-0");
    click(&mut app, "start");
    click(&mut app, "next");
    click(&mut app, "back");
    let Screen::Course(state) = app.screen() else {
        panic!("back from the lesson goes to the overview");
    };
    assert!(state.lesson_completed("one"));
    click(&mut app, "back");
    click(&mut app, "switch-learner");
    click(&mut app, "learner-1");
    click(&mut app, "open-course-0");
    let Screen::Course(state) = app.screen() else {
        panic!("the overview opens");
    };
    assert!(!state.lesson_completed("one"), "Bruno has read nothing yet");
}
