//! Core errors reach the learner in their language, with advice that fits the
//! app: no command-line hints in the window. (That every kind has its words in
//! every language is the unit test of `gui::error_text`.)

use crate::common::{paths_for, simulator, start};
use crate::fixture::{complete, learner, load, write_course};
use crate::tasks;
use fieldcourse::gui::app::Screen;
use fieldcourse::gui::error_text::{ErrorText, io};
use fieldcourse::gui::screen::OpenCourse;
use fieldcourse::gui::screen::certificate::{Message, State};
use fieldcourse::gui::widget::Look;
use fieldcourse::i18n::{Language, Localizer};
use fieldcourse::progress::Store;
use fluent::fluent_args;
use iced_test::selector::id;
use std::sync::Arc;
use tempfile::TempDir;

/// Command-line advice the core's own wording carries, which a window must not show.
const COMMAND_HINTS: [&str; 4] = ["fieldcourse ", "--data-dir", "backup list", "`"];

#[test]
fn an_arabic_learner_whose_progress_file_is_damaged_reads_arabic_advice() {
    let folder = TempDir::new().unwrap();
    let data = paths_for(folder.path()).data_dir;
    std::fs::create_dir_all(&data).unwrap();
    let file = fieldcourse::progress::database_path(&data);
    std::fs::write(&file, b"this is not a database, it is a note").unwrap();
    let app = start(folder.path(), "ar");
    assert!(matches!(app.screen(), Screen::StoreFailed));
    let problem = app.store_problem().unwrap().to_owned();
    let mut ui = simulator(&app);
    assert!(ui.find(problem.as_str()).is_ok(), "the problem is shown");
    assert!(
        ui.find("تعذّر فتح ملف تقدمك").is_ok(),
        "the heading is in Arabic"
    );
    // Arabic words, and no English advice about commands.
    assert!(
        problem
            .chars()
            .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        "{problem}"
    );
    for hint in COMMAND_HINTS {
        assert!(
            !problem.contains(hint),
            "{problem:?} gives a command-line hint"
        );
    }
    assert!(!problem.contains("progress file"), "{problem:?} is English");
    assert!(ui.find("fieldcourse backup restore").is_err());
}

/// Whether `text` holds Arabic letters.
fn arabic(text: &str) -> bool {
    text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

#[test]
fn an_arabic_learner_whose_certificate_cannot_be_saved_reads_why_in_arabic() {
    let root = TempDir::new().unwrap();
    let folder = write_course(root.path());
    let loaded = load(&folder);
    let course = Arc::clone(loaded.course.as_ref().unwrap());
    let store = Store::open(&root.path().join("data")).unwrap();
    let version = store.register_course(&course).unwrap();
    let session = learner(&store, "أمينة حداد", "ar");
    complete(&session, &version);
    let open = OpenCourse {
        loaded,
        course,
        version,
    };
    let mut state = State::new(open, &session, &root.path().join("data"));
    assert!(state.certificate().is_some(), "the certificate is issued");
    // A file where the folder to save in would go: the folder cannot be made.
    let in_the_way = root.path().join("Documents");
    std::fs::write(&in_the_way, b"a file, not a folder").unwrap();
    let save_folder = in_the_way.join("certificates");
    state.set_save_folder(save_folder.clone());
    let arabic_locale = Localizer::new(Language::from_tag("ar").unwrap());
    let look = Look::new(
        arabic_locale.language(),
        fieldcourse::gui::theme::ThemeChoice::Light,
    );

    let mut ui = tasks::screen(state.view(&arabic_locale, look));
    ui.click(id("save-pdf")).unwrap();
    let messages: Vec<Message> = ui.into_messages().collect();
    assert!(!messages.is_empty(), "Save PDF answers");
    for message in messages {
        let (task, _) = state.update(message);
        for done in tasks::run(task) {
            let _ = state.update(done);
        }
    }
    assert!(state.saved().is_none(), "nothing could be saved");

    // The words the screen should show: the certificate module's I/O kind,
    // with the same operating system failure, inside the screen's sentence.
    let failure = std::fs::create_dir_all(&save_folder).unwrap_err();
    let reason = fieldcourse::certificate::Error::Io {
        path: save_folder.clone(),
        action: "create the folder",
        source: Arc::new(failure),
    };
    let inner = ErrorText::from(&reason).show(&arabic_locale);
    let shown = arabic_locale.text_with("cert-save-failed", &fluent_args!["error" => inner]);
    let mut ui = tasks::screen(state.view(&arabic_locale, look));
    assert!(ui.find(shown.as_str()).is_ok(), "{shown} is on screen");
    assert!(arabic(&shown), "{shown}");
    assert!(
        shown.contains(&format!("\u{2068}{}\u{2069}", save_folder.display())),
        "the folder keeps its own direction: {shown}"
    );
    for english in ["could not", "create the folder", "check that", "directory"] {
        assert!(
            !shown.contains(english),
            "{shown:?} holds English: {english}"
        );
    }
    for hint in COMMAND_HINTS {
        assert!(!shown.contains(hint), "{shown:?} gives a command-line hint");
    }
    // The command line keeps its English wording.
    assert!(reason.to_string().contains("could not create the folder"));
    // An I/O failure the app meets itself is worded the same way.
    let own = io(
        &save_folder,
        &std::io::Error::from(std::io::ErrorKind::NotFound),
    );
    assert!(arabic(&own.show(&arabic_locale)));
}
