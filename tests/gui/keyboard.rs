//! The keyboard alone: Tab through every quiz control, pick lists and ordering
//! by arrows, Space that presses only what has the focus, notes that Enter on a
//! button never reaches, and the focus ring scrolled into view.

use fieldcourse::gui::app::{App, Message, Screen, ScrollKey, Shortcut, reveal_offset};
use fieldcourse::gui::font;
use fieldcourse::gui::screen::{lesson, quiz};
use fieldcourse::progress::Store;
use iced::widget::text_editor::{Action, Edit};
use iced::{Rectangle, Settings, Size};
use iced_test::Simulator;
use iced_test::selector::{Candidate, Selector, id};

use crate::common::{app_for, click, simulator};
use crate::quiz::{course_folder, overview, quiz_state};

fn key(app: &mut App, shortcut: Shortcut) {
    crate::common::deliver(app, Message::Shortcut(shortcut));
}

/// Presses Tab until the focus ring reaches `target`.
fn tab_to(app: &mut App, target: &str) {
    for _ in 0..80 {
        key(app, Shortcut::FocusNext);
        if app.focused() == Some(target) {
            return;
        }
    }
    let order: Vec<String> = app
        .focus_order()
        .iter()
        .map(|focus| focus.id().to_owned())
        .collect();
    panic!("Tab never reaches {target}; the order is {order:?}");
}

fn has_widget(app: &App, widget_id: &str) -> bool {
    simulator(app).find(id(widget_id.to_owned())).is_ok()
}

fn position(app: &App) -> Option<usize> {
    quiz_state(app).position()
}

/// Checks the answer with the focus ring on "Check", then goes on with "Next".
fn check_and_go_on(app: &mut App) {
    tab_to(app, "check");
    key(app, Shortcut::Activate);
    assert!(quiz_state(app).shows_feedback(), "Enter on Check checks");
    tab_to(app, "next");
    key(app, Shortcut::Activate);
}

#[test]
fn a_quiz_of_every_kind_is_answered_with_the_keyboard_alone() {
    let folder = course_folder();
    let mut app = overview(folder.path());
    tab_to(&mut app, "quiz-check");
    key(&mut app, Shortcut::Activate);
    assert_eq!(position(&app), Some(0));

    // Single choice, multiple choice, true/false: Tab to an option, Space picks it.
    tab_to(&mut app, "option-1");
    key(&mut app, Shortcut::Space);
    check_and_go_on(&mut app);
    for option in ["option-1", "option-2"] {
        tab_to(&mut app, option);
        key(&mut app, Shortcut::Space);
    }
    check_and_go_on(&mut app);
    tab_to(&mut app, "option-1");
    key(&mut app, Shortcut::Space);
    check_and_go_on(&mut app);

    // Matching: a new question starts with no ring, so Space presses nothing.
    assert_eq!(position(&app), Some(3));
    assert_eq!(app.focused(), None, "the ring does not stay on Next");
    key(&mut app, Shortcut::Space);
    assert_eq!(position(&app), Some(3), "Space does not skip the question");
    assert!(!quiz_state(&app).shows_feedback());
    let offered = quiz_state(&app).attempt().unwrap().plan.questions[3]
        .order
        .clone();
    tab_to(&mut app, "match-p-water");
    key(&mut app, Shortcut::Activate);
    assert!(has_widget(&app, "choice-p-water-1"), "Enter opens the list");
    key(&mut app, Shortcut::Back);
    assert!(!has_widget(&app, "choice-p-water-1"), "Escape closes it");
    assert!(matches!(app.screen(), Screen::Quiz(_)), "and stays");
    for pair in ["p-water", "p-fire"] {
        tab_to(&mut app, &format!("match-{pair}"));
        key(&mut app, Shortcut::OpenList);
        let at = offered.iter().position(|id| id == pair).unwrap();
        for _ in 0..at {
            key(&mut app, Shortcut::Scroll(ScrollKey::LineDown));
        }
        key(&mut app, Shortcut::Space);
        assert!(
            !has_widget(&app, &format!("choice-{pair}-1")),
            "chosen: closed"
        );
    }
    check_and_go_on(&mut app);

    // Ordering: Up on the focused item moves it up.
    let mut current = quiz_state(&app).attempt().unwrap().plan.questions[4]
        .order
        .clone();
    for (target, item) in ["o-one", "o-two", "o-three"].iter().enumerate() {
        tab_to(&mut app, &format!("order-{item}"));
        let mut at = current.iter().position(|id| id == item).unwrap();
        while at > target {
            key(&mut app, Shortcut::Scroll(ScrollKey::LineUp));
            current.swap(at, at - 1);
            at -= 1;
        }
    }
    check_and_go_on(&mut app);

    // Short answer and number: Tab reaches the field; Enter in it checks.
    tab_to(&mut app, quiz::TEXT_ID);
    let _ = app.update(Message::Quiz(quiz::Message::Input("assets".into())));
    key(&mut app, Shortcut::Activate);
    assert!(quiz_state(&app).shows_feedback());
    key(&mut app, Shortcut::Activate);
    tab_to(&mut app, quiz::NUMBER_ID);
    let _ = app.update(Message::Quiz(quiz::Message::Input("42".into())));
    key(&mut app, Shortcut::Activate);
    tab_to(&mut app, "submit");
    key(&mut app, Shortcut::Activate);

    let result = quiz_state(&app).result().expect("submitted");
    assert_eq!(result.score, 1.0, "every answer given by keys was right");
    tab_to(&mut app, "try-again");
    tab_to(&mut app, "done");
    key(&mut app, Shortcut::Activate);
    assert!(matches!(app.screen(), Screen::Course(_)));
}

#[test]
fn enter_on_a_focused_button_never_types_into_a_note() {
    let folder = crate::reader::course_folder();
    let mut app = app_for(folder.path(), "en");
    click(&mut app, "open-course-0");
    click(&mut app, "lesson-one");
    tab_to(&mut app, "note-4");
    for character in "kbnote".chars() {
        let edit = Action::Edit(Edit::Insert(character));
        let _ = app.update(Message::Lesson(lesson::Message::EditNote(4, edit)));
    }
    tab_to(&mut app, "next");
    // What a note still holding iced's focus would send for Enter.
    let _ = app.update(Message::Lesson(lesson::Message::EditNote(
        4,
        Action::Edit(Edit::Enter),
    )));
    key(&mut app, Shortcut::Activate);
    match app.screen() {
        Screen::Lesson(state) => assert_eq!(state.position(), 1, "Enter pressed Next"),
        other => panic!("not on the next lesson: {other:?}"),
    }
    let store = Store::open(&folder.path().join("data")).unwrap();
    let learner = store.learners().unwrap()[0].id;
    let session = store.open_session(learner, None).unwrap();
    let note = session.note("reader", "reflect").unwrap().unwrap();
    assert_eq!(note.text, "kbnote");
}

/// Reads, in one pass, where the scrollable `scroll` is and where the
/// container `target` inside it lies, and answers the offset that shows it.
struct WhereToScroll {
    scroll: &'static str,
    target: &'static str,
    view: Option<(Rectangle, Rectangle, f32)>,
}

impl Selector for WhereToScroll {
    type Output = (f32, Rectangle, Option<f32>);

    fn select(&mut self, candidate: Candidate<'_>) -> Option<Self::Output> {
        match candidate {
            Candidate::Scrollable {
                id: Some(found),
                bounds,
                content_bounds,
                translation,
                ..
            } if *found == iced::widget::Id::new(self.scroll) => {
                self.view = Some((bounds, content_bounds, translation.y));
                None
            }
            Candidate::Container {
                id: Some(found),
                bounds,
                ..
            } if *found == iced::widget::Id::new(self.target) => {
                let (viewport, content, offset) = self.view?;
                let top = bounds.y - content.y;
                Some((
                    top,
                    viewport,
                    reveal_offset(viewport, content, offset, bounds),
                ))
            }
            _ => None,
        }
    }

    fn description(&self) -> String {
        format!("{} inside {}", self.target, self.scroll)
    }
}

#[test]
fn the_focus_ring_scrolls_the_focused_control_into_view() {
    let folder = crate::reader::course_folder();
    let mut app = app_for(folder.path(), "en");
    click(&mut app, "open-course-0");
    click(&mut app, "lesson-one");
    tab_to(&mut app, "next");
    let settings = Settings {
        fonts: font::FILES.iter().map(|file| (*file).into()).collect(),
        default_font: font::SANS,
        ..Settings::default()
    };
    // A small window: the lesson's Next button is far below the fold.
    let mut ui = Simulator::with_size(settings, Size::new(1024.0, 500.0), app.view());
    let (top, viewport, offset) = ui
        .find(WhereToScroll {
            scroll: lesson::SCROLL_ID,
            target: "next",
            view: None,
        })
        .unwrap();
    assert!(top > viewport.height, "Next starts out of view");
    let offset = offset.expect("the ring asks to scroll");
    assert!(
        offset <= top && top < offset + viewport.height,
        "{offset} shows {top}"
    );
}

/// The trainer area's first door, by keys alone: the PIN field has the typing
/// when it opens, Tab goes on to the second field and then the button (not
/// back to "Library", which Enter would have pressed).
#[test]
fn the_trainer_pin_door_is_filled_in_and_opened_with_the_keyboard_alone() {
    use fieldcourse::gui::screen::trainer_lock;
    let folder = tempfile::TempDir::new().unwrap();
    crate::common::add_learner(folder.path(), "Amina Diallo", "en");
    let mut app = crate::common::start(folder.path(), "en");
    click(&mut app, "trainer");
    assert!(matches!(app.screen(), Screen::TrainerLock(_)));
    assert_eq!(
        app.focused(),
        Some(trainer_lock::PIN_ID),
        "the ring starts in the PIN field"
    );
    let _ = app.update(Message::TrainerLock(trainer_lock::Message::PinChanged(
        "4826".into(),
    )));
    key(&mut app, Shortcut::FocusNext);
    assert_eq!(
        app.focused(),
        Some(trainer_lock::REPEAT_ID),
        "Tab goes on to the repeat field"
    );
    let _ = app.update(Message::TrainerLock(trainer_lock::Message::RepeatChanged(
        "4826".into(),
    )));
    key(&mut app, Shortcut::FocusNext);
    assert_eq!(app.focused(), Some("unlock"));
    // Enter, with the PIN hashed off the UI thread as the runtime would.
    crate::common::deliver(&mut app, Message::Shortcut(Shortcut::Activate));
    assert!(
        matches!(app.screen(), Screen::Trainer(_)),
        "Enter on the button sets the PIN and opens the trainer area"
    );
}
