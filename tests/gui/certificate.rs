//! The certificate screen: reached from the course overview, a preview with
//! the learner's name and code, Save PDF writing a real PDF, and what is left
//! for a learner who has not finished.

use fieldcourse::course::{cards_of, discover};
use fieldcourse::gui::app::{App, Message, Screen};
use fieldcourse::gui::screen::certificate::{self, State};
use fieldcourse::gui::screen::{OpenCourse, library};
use fieldcourse::gui::widget::Look;
use fieldcourse::i18n::{Language, Localizer};
use fieldcourse::paths::Paths;
use fieldcourse::progress::Store;
use iced_test::selector::id;
use std::sync::Arc;
use tempfile::TempDir;

use crate::fixture::{complete, learner, load, write_course};
use crate::tasks;

/// Clicks `widget_id` in the app and feeds the messages back.
fn click(app: &mut App, widget_id: &str) {
    let mut ui = crate::common::simulator(app);
    ui.click(id(widget_id.to_owned()))
        .unwrap_or_else(|e| panic!("no {widget_id}: {e:?}"));
    let messages: Vec<Message> = ui.into_messages().collect();
    assert!(!messages.is_empty(), "clicking {widget_id} did nothing");
    for message in messages {
        crate::common::deliver(app, message);
    }
}

#[test]
fn a_learner_who_finished_reaches_their_certificate_from_the_course() {
    let root = TempDir::new().unwrap();
    let courses = root.path().join("courses");
    let folder = write_course(&courses);
    let data = root.path().join("data");
    {
        let store = Store::open(&data).unwrap();
        let source = Arc::clone(load(&folder).course.as_ref().unwrap());
        let version = store.register_course(&source).unwrap();
        let session = learner(&store, "Amira Haddad", "en");
        complete(&session, &version);
    }
    let paths = Paths {
        data_dir: data,
        course_dirs: vec![courses],
    };
    let (mut app, _) = App::with_language(&paths, Language::from_tag("en").unwrap());
    let _ = app.update(Message::Library(library::Message::Loaded(cards_of(
        &discover(&paths.course_dirs),
    ))));
    assert!(
        matches!(app.screen(), Screen::Library(_)),
        "a lone learner opens on the library"
    );
    // Everything was done before: opening the course completes it, and the
    // certificate appears at once.
    click(&mut app, "open-course-0");
    let Screen::Certificate(state) = app.screen() else {
        panic!("the certificate screen opens")
    };
    let token = state
        .certificate()
        .expect("the certificate is issued")
        .token
        .clone();
    click(&mut app, "back");
    click(&mut app, "certificate");
    let Screen::Certificate(state) = app.screen() else {
        panic!("the certificate screen opens from the course")
    };
    assert_eq!(
        state.certificate().map(|signed| signed.token.as_str()),
        Some(token.as_str()),
        "the same one, kept"
    );
    let code = state
        .certificate()
        .expect("the certificate is issued")
        .certificate
        .code();
    let mut ui = crate::common::simulator(&app);
    assert!(ui.find("Your certificate").is_ok());
    assert!(ui.find("Amira Haddad").is_ok());
    assert!(ui.find(code.as_str()).is_ok());
    assert!(ui.find("Safe water").is_ok());
    assert!(ui.find("Field Health Network").is_ok());
    assert!(ui.find("Dr Sara Mensah").is_ok());
    assert!(
        ui.find("Version 1.0.0  ·  1 h  ·  Final score 100%")
            .is_ok()
    );
    drop(ui);
    // The back button returns to the overview.
    click(&mut app, "back");
    assert!(matches!(app.screen(), Screen::Course(_)));
}

/// A certificate screen made directly, with the store kept by the test.
struct Setup {
    root: TempDir,
    store: Store,
    open: OpenCourse,
}

fn setup() -> Setup {
    let root = TempDir::new().unwrap();
    let folder = write_course(root.path());
    let loaded = load(&folder);
    let course = Arc::clone(loaded.course.as_ref().unwrap());
    let store = Store::open(&root.path().join("data")).unwrap();
    let version = store.register_course(&course).unwrap();
    Setup {
        open: OpenCourse {
            loaded,
            course,
            version,
        },
        store,
        root,
    }
}

#[test]
fn save_pdf_writes_a_pdf_and_its_credential_and_shows_where() {
    let Setup { root, store, open } = setup();
    let session = learner(&store, "Amira Haddad", "en");
    complete(&session, &open.version);
    let data = root.path().join("data");
    let mut state = State::new(open, &session, &data);
    let documents = root.path().join("Documents");
    state.set_save_folder(documents.clone());
    let locale = Localizer::new(Language::from_tag("en").unwrap());
    let look = Look::new(
        locale.language(),
        fieldcourse::gui::theme::ThemeChoice::Light,
    );

    let mut ui = tasks::screen(state.view(&locale, look));
    assert!(ui.find("The PDF will be saved in this folder:").is_ok());
    assert!(ui.find(documents.display().to_string()).is_ok());
    ui.click(id("save-pdf")).unwrap();
    let messages: Vec<_> = ui.into_messages().collect();
    assert!(matches!(
        messages.as_slice(),
        [certificate::Message::SavePdf]
    ));
    let (task, event) = state.update(certificate::Message::SavePdf);
    assert!(event.is_none());
    let mut ui = tasks::screen(state.view(&locale, look));
    assert!(ui.find("Saving…").is_ok(), "the save shows it is under way");
    drop(ui);

    for message in tasks::run(task) {
        let _ = state.update(message);
    }
    let saved = state.saved().expect("the PDF was saved").clone();
    assert!(saved.pdf.starts_with(&documents));
    let mut ui = tasks::screen(state.view(&locale, look));
    assert!(
        ui.find(saved.pdf.display().to_string()).is_ok(),
        "the full path is shown"
    );
    let pdf = lopdf::Document::load(&saved.pdf).expect("a PDF that parses");
    assert_eq!(pdf.get_pages().len(), 1);
    let code = state.certificate().unwrap().certificate.code();
    assert!(
        saved
            .pdf
            .file_name()
            .unwrap()
            .to_string_lossy()
            .contains(code.as_str()),
        "the file name says whose and which certificate it is"
    );
    let json = std::fs::read_to_string(&saved.json).unwrap();
    assert!(json.contains(&state.certificate().unwrap().token));
}

#[test]
fn a_learner_who_has_not_finished_sees_what_is_left() {
    let Setup { root, store, open } = setup();
    let session = learner(&store, "Karim", "en");
    session.complete_lesson(&open.version, "boil").unwrap();
    let state = State::new(open, &session, &root.path().join("data"));
    assert!(state.certificate().is_none());
    assert!(
        store.all_certificates().unwrap().is_empty(),
        "nothing is issued early"
    );
    let locale = Localizer::new(Language::from_tag("en").unwrap());
    let mut ui = tasks::screen(state.view(
        &locale,
        Look::new(
            locale.language(),
            fieldcourse::gui::theme::ThemeChoice::Light,
        ),
    ));
    assert!(ui.find("Not finished yet").is_ok());
    assert!(ui.find("One lesson to finish").is_ok());
    assert!(ui.find("•  Storing water").is_ok());
    assert!(
        ui.find("•  Boiling water").is_err(),
        "done lessons are not listed"
    );
    assert!(ui.find("One quiz to pass").is_ok());
    assert!(ui.find("•  Water check").is_ok());
    assert!(ui.find(id("save-pdf")).is_err(), "nothing to save yet");
}

#[test]
fn an_arabic_certificate_previews_in_arabic() {
    let Setup { root, store, open } = setup();
    let session = learner(&store, "أمل", "ar");
    complete(&session, &open.version);
    let state = State::new(open, &session, &root.path().join("data"));
    let locale = Localizer::new(Language::from_tag("ar").unwrap());
    let mut ui = tasks::screen(state.view(
        &locale,
        Look::new(
            locale.language(),
            fieldcourse::gui::theme::ThemeChoice::Light,
        ),
    ));
    assert!(ui.find("شهادتك").is_ok(), "the screen speaks Arabic");
    assert!(ui.find("أمل").is_ok());
    let words = fieldcourse::certificate::pdf::localizer_for("ar");
    assert!(ui.find(words.text("certificate-heading")).is_ok());
}

/// Whether some text on the app's screen contains `part`.
fn shows_within(app: &App, part: &str) -> bool {
    crate::common::simulator(app)
        .find(
            |candidate: iced_test::selector::Candidate<'_>| match candidate {
                iced_test::selector::Candidate::Text { content, .. } if content.contains(part) => {
                    Some(())
                }
                _ => None,
            },
        )
        .is_ok()
}

/// The library card and the certificate state a course's length the same
/// way, from the same minutes: "40 min", not "0.75 hours".
#[test]
fn the_certificate_and_the_library_state_the_same_length() {
    for (language, phrase, hours_word) in [("en", "40 min", "hours"), ("ar", "40 دقيقة", "ساعة")]
    {
        let root = TempDir::new().unwrap();
        let courses = root.path().join("courses");
        let folder = write_course(&courses);
        let mut json = crate::fixture::course_json();
        json["estimated_minutes"] = serde_json::json!(40);
        std::fs::write(folder.join("course.json"), json.to_string()).unwrap();
        let data = root.path().join("data");
        {
            let store = Store::open(&data).unwrap();
            let source = Arc::clone(load(&folder).course.as_ref().unwrap());
            let version = store.register_course(&source).unwrap();
            let session = learner(&store, "Amira Haddad", language);
            complete(&session, &version);
        }
        let paths = Paths {
            data_dir: data,
            course_dirs: vec![courses],
        };
        let (mut app, _) = App::with_language(&paths, Language::from_tag(language).unwrap());
        let _ = app.update(Message::Library(library::Message::Loaded(cards_of(
            &discover(&paths.course_dirs),
        ))));
        assert!(shows_within(&app, phrase), "{language}: the library card");
        click(&mut app, "open-course-0");
        let Screen::Certificate(state) = app.screen() else {
            panic!("the certificate screen opens")
        };
        let signed = state.certificate().expect("issued").clone();
        assert!(shows_within(&app, phrase), "{language}: the certificate");
        assert!(!shows_within(&app, hours_word), "{language}: no hours");
        let words = fieldcourse::certificate::pdf::localizer_for(&signed.certificate.language);
        let printed = fieldcourse::certificate::pdf::detail_line(&words, &signed);
        assert!(
            printed.contains(phrase),
            "{language}: the PDF says {printed}"
        );
        // The signed data keeps its hours, from the same 40 minutes.
        assert_eq!(signed.certificate.minutes, 40);
        assert_eq!(signed.certificate.hours(), 0.75);
    }
}
