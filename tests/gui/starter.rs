//! The course `fieldcourse new` writes, opened in the app as a learner opens it.

use fieldcourse::course::write_starter;
use fieldcourse::gui::app::Screen;

use crate::common::{app_for, click, simulator};

#[test]
fn the_starter_course_opens_on_its_first_lesson_in_each_language() {
    for (language, shown) in [
        (
            "en",
            [
                "My first course",
                "Welcome",
                "A picture from the assets folder. Put your own pictures there.",
                "A callout",
            ],
        ),
        (
            "fr",
            [
                "Mon premier cours",
                "Bienvenue",
                "Une image du dossier assets. Mettez-y vos propres images.",
                "Un encadré",
            ],
        ),
        (
            "es",
            [
                "Mi primer curso",
                "Bienvenida",
                "Una imagen de la carpeta assets. Ponga allí sus propias imágenes.",
                "Un recuadro",
            ],
        ),
        (
            "ar",
            [
                "دورتي الأولى",
                "مرحبًا",
                "صورة من مجلد assets. ضع صورك فيه.",
                "إطار بارز",
            ],
        ),
    ] {
        let folder = tempfile::tempdir().unwrap();
        write_starter(&folder.path().join("starter"), None, language).unwrap();
        let mut app = app_for(folder.path(), language);
        {
            let mut ui = simulator(&app);
            assert!(
                ui.find(shown[0]).is_ok(),
                "{language}: no card for the starter"
            );
        }
        click(&mut app, "open-course-0");
        assert!(matches!(app.screen(), Screen::Course(_)), "{language}");
        click(&mut app, "start");
        match app.screen() {
            Screen::Lesson(state) => assert_eq!(state.position(), 0, "{language}"),
            other => panic!("{language}: the first lesson, not {other:?}"),
        }
        let mut ui = simulator(&app);
        for text in &shown[1..] {
            assert!(ui.find(*text).is_ok(), "{language}: {text} is not shown");
        }
    }
}

#[test]
fn the_starter_quiz_asks_every_kind_of_question() {
    let folder = tempfile::tempdir().unwrap();
    write_starter(&folder.path().join("starter"), None, "en").unwrap();
    let mut app = app_for(folder.path(), "en");
    click(&mut app, "open-course-0");
    click(&mut app, "lesson-in-practice");
    click(&mut app, "next");
    match app.screen() {
        Screen::Quiz(state) => {
            assert_eq!(state.quiz().id, "first-quiz");
            assert_eq!(state.quiz().questions.len(), 7);
        }
        other => panic!("the module's quiz comes after its last lesson, not {other:?}"),
    }
}
