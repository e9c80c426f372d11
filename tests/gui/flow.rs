//! The quiz and course flow: buttons that look as live as they are, feedback
//! tied to its option, the module quiz after its lessons and in the outline,
//! the quiz's introduction, answers kept when leaving, and screens that open
//! at the top.

use fieldcourse::gui::app::{Message, Screen};
use fieldcourse::gui::theme::{self, ThemeChoice};
use fieldcourse::quiz::Response;
use futures::StreamExt;
use iced::widget::button;
use iced_runtime::Action;
use iced_test::selector::id;
use serde_json::json;
use tempfile::TempDir;

use crate::common::{app_for, click, simulator};
use crate::quiz::{course_folder, last_answer, overview, quiz_state};

/// A course whose quiz has an introduction and feedback on its options.
fn feedback_course() -> TempDir {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("feedback-course");
    std::fs::create_dir_all(&dir).unwrap();
    let course = json!({
        "format": "fieldcourse/1", "id": "feedback", "version": "1.0.0", "language": "en",
        "title": "Feedback course", "summary": "Options that speak.", "publisher": "Tests",
        "estimated_minutes": 5,
        "modules": [{
            "id": "m", "title": "Module",
            "lessons": [{"id": "l", "title": "Lesson", "blocks": [{"kind": "markdown", "text": "Words."}]}],
            "quiz": {
                "id": "q", "title": "Quiz", "pass_mark": 0.5, "feedback": "immediate",
                "intro": "Five minutes, no trick questions.",
                "questions": [
                    {"id": "q1", "kind": "multiple_choice", "prompt": "Pick the rivers.",
                     "options": [
                        {"id": "nile", "text": "The Nile", "correct": true,
                         "feedback": "Yes: Africa's longest river."},
                        {"id": "alps", "text": "The Alps",
                         "feedback": "No: the Alps are mountains."},
                        {"id": "rhine", "text": "The Rhine", "correct": true}]},
                    {"id": "q2", "kind": "true_false", "prompt": "Rivers flow.", "answer": true}
                ]
            }
        }]
    });
    std::fs::write(dir.join("course.json"), course.to_string()).unwrap();
    root
}

#[test]
fn previous_and_try_again_are_outlined_not_greyed() {
    for choice in ThemeChoice::ALL {
        let theme = choice.theme();
        let ours = theme::secondary_button(&theme, button::Status::Active);
        let grey = button::secondary(&theme, button::Status::Active);
        assert_ne!(ours.background, grey.background, "{choice:?}");
        assert_eq!(ours.text_color, choice.scheme().primary, "{choice:?}");
        assert!(ours.border.width > 0.0);
    }
    // And the quiz uses it: both buttons are there, in the focus order.
    let folder = course_folder();
    let mut app = overview(folder.path());
    click(&mut app, "quiz-check");
    click(&mut app, "next");
    assert!(
        app.focus_order()
            .iter()
            .any(|focus| focus.id() == "previous")
    );
}

#[test]
fn feedback_on_an_option_sits_under_that_option() {
    let folder = feedback_course();
    let mut app = app_for(folder.path(), "en");
    click(&mut app, "open-course-0");
    click(&mut app, "quiz-q");
    click(&mut app, "option-1");
    click(&mut app, "option-2");
    click(&mut app, "check");
    let mut ui = simulator(&app);
    let first = ui.find(id("option-1")).unwrap().bounds();
    let second = ui.find(id("option-2")).unwrap().bounds();
    let third = ui.find(id("option-3")).unwrap().bounds();
    let yes = ui.find("Yes: Africa's longest river.").unwrap().bounds();
    let no = ui.find("No: the Alps are mountains.").unwrap().bounds();
    assert!(
        first.y + first.height <= yes.y && yes.y < second.y,
        "under The Nile"
    );
    assert!(
        second.y + second.height <= no.y && no.y < third.y,
        "under The Alps"
    );
}

#[test]
fn the_quiz_introduction_comes_before_the_first_question() {
    let folder = feedback_course();
    let mut app = app_for(folder.path(), "en");
    click(&mut app, "open-course-0");
    click(&mut app, "quiz-q");
    assert!(simulator(&app).find(id("quiz-intro")).is_ok());
    click(&mut app, "next");
    assert!(
        simulator(&app).find(id("quiz-intro")).is_err(),
        "only with the first"
    );
}

#[test]
fn next_lesson_leads_to_the_module_quiz_and_the_outline_lists_it() {
    let folder = feedback_course();
    let mut app = app_for(folder.path(), "en");
    click(&mut app, "open-course-0");
    click(&mut app, "lesson-l");
    assert!(simulator(&app).find("On to the quiz").is_ok());
    click(&mut app, "next");
    assert!(matches!(app.screen(), Screen::Quiz(_)), "not skipped");
    click(&mut app, "back");
    click(&mut app, "lesson-l");
    // The quiz is called "Quiz": the outline does not say "Quiz: Quiz".
    assert!(simulator(&app).find("Quiz: Quiz").is_err());
    assert!(simulator(&app).find(id("outline-quiz-q")).is_ok());
    click(&mut app, "outline-quiz-q");
    assert_eq!(quiz_state(&app).quiz().id, "q");
}

#[test]
fn matching_picks_stay_when_leaving_before_check() {
    let folder = course_folder();
    let mut app = overview(folder.path());
    click(&mut app, "quiz-check");
    for _ in 0..3 {
        click(&mut app, "next");
    }
    let _ = app.update(Message::Quiz(
        fieldcourse::gui::screen::quiz::Message::Match {
            left: "p-water".into(),
            right: "p-water".into(),
        },
    ));
    click(&mut app, "back");
    assert!(matches!(app.screen(), Screen::Course(_)));
    click(&mut app, "quiz-check");
    while quiz_state(&app).position() != Some(3) {
        click(&mut app, "next");
    }
    click(&mut app, "check");
    let stored = last_answer(folder.path(), "check", "q-match").expect("checked");
    let response: Response = serde_json::from_value(stored.answer).unwrap();
    match response {
        Response::Matching(chosen) => {
            assert_eq!(chosen.get("p-water").map(String::as_str), Some("p-water"));
        }
        other => panic!("not a matching answer: {other:?}"),
    }
}

/// Whether `task` runs a widget operation (a scroll, here).
fn operates_on_widgets(task: iced::Task<Message>) -> bool {
    let Some(stream) = iced_runtime::task::into_stream(task) else {
        return false;
    };
    futures::executor::block_on(stream.collect::<Vec<_>>())
        .iter()
        .any(|action| matches!(action, Action::Widget(_)))
}

#[test]
fn a_new_screen_opens_at_the_top() {
    let folder = feedback_course();
    let mut app = app_for(folder.path(), "en");
    let mut ui = simulator(&app);
    ui.click(id("open-course-0")).unwrap();
    let open: Vec<Message> = ui.into_messages().collect();
    // The course is read off the UI thread; its overview comes with the answer.
    let reading = iced::Task::batch(open.into_iter().map(|message| app.update(message)));
    let read = crate::tasks::run(reading);
    assert!(!read.is_empty(), "the course is read");
    let task = iced::Task::batch(read.into_iter().map(|message| app.update(message)));
    assert!(matches!(app.screen(), Screen::Course(_)));
    assert!(
        operates_on_widgets(task),
        "the overview is snapped to the top"
    );
    let task = app.update(Message::Course(
        fieldcourse::gui::screen::course::Message::OpenQuiz("q".into()),
    ));
    assert!(matches!(app.screen(), Screen::Quiz(_)));
    assert!(operates_on_widgets(task), "so is the quiz");
}

#[test]
fn the_outline_names_a_quiz_as_a_quiz_once() {
    use fieldcourse::gui::screen::lesson::outline_quiz_title;
    use fieldcourse::i18n::{Language, Localizer};
    let english = Localizer::new(Language::from_tag("en").unwrap());
    assert_eq!(
        outline_quiz_title("Quiz: Understanding trafficking", &english),
        "Quiz: Understanding trafficking"
    );
    assert_eq!(
        outline_quiz_title("Check your knowledge", &english),
        "Quiz: Check your knowledge"
    );
    let arabic = Localizer::new(Language::from_tag("ar").unwrap());
    assert_eq!(
        outline_quiz_title("اختبار قصير: فهم الاتجار", &arabic),
        "اختبار قصير: فهم الاتجار"
    );
}
