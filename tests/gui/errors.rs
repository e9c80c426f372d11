//! Core errors reach the learner in their language, with advice that fits the
//! app: no command-line hints in the window. (That every kind has its words in
//! every language is the unit test of `gui::error_text`.)

use crate::common::{paths_for, simulator, start};
use fieldcourse::gui::app::Screen;
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
