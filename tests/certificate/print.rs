//! Printing a course's certificates in one PDF: this device's and those
//! collected from another laptop, one per page, each from its stored credential.

use crate::cli::run;
use crate::common::{course_from, course_json};
use crate::qr_read::page_qr_codes;
use fieldcourse::certificate::issue::{Issue, issue_if_complete};
use fieldcourse::certificate::keys::Keyring;
use fieldcourse::certificate::pdf::Paper;
use fieldcourse::certificate::print::{Holder, Selection, print_certificates};
use fieldcourse::progress::{LearnerId, NewLearner, Profile, Store, Timestamp};
use fieldcourse::records;
use std::collections::BTreeMap;
use std::path::Path;
use tempfile::TempDir;

/// Adds a learner to `data` and issues their certificate of the test course
/// (whose completion rule asks for nothing); returns the learner's id.
fn issue(data: &Path, name: &str, language: &str) -> LearnerId {
    let mut json = course_json();
    json["completion"] = serde_json::json!({"lessons": [], "quizzes": []});
    let course = course_from(json);
    let store = Store::open(data).unwrap();
    let version = store.register_course(&course).unwrap();
    let session = store
        .create_learner(&NewLearner {
            profile: Profile {
                display_name: name.into(),
                certificate_name: format!("{name} Fullname"),
                language: language.into(),
            },
            pin: None,
        })
        .unwrap();
    let issued = issue_if_complete(
        &session,
        &version,
        &course,
        &Keyring::new(data),
        Timestamp::now(),
    )
    .unwrap();
    assert!(matches!(issued, Issue::Issued(_)));
    session.id()
}

/// A learner laptop with two certificates (Arabic and French), collected on a
/// trainer's laptop that issued one itself (Spanish). Returns the folder, the
/// trainer's data folder and the laptop's tokens by certificate name.
fn two_laptops() -> (TempDir, std::path::PathBuf, BTreeMap<String, String>) {
    let dir = TempDir::new().unwrap();
    let laptop = dir.path().join("laptop");
    let trainer = dir.path().join("trainer");
    issue(&laptop, "Amira", "ar");
    issue(&laptop, "Brigitte", "fr");
    issue(&trainer, "Carlos", "es");
    let laptop_store = Store::open(&laptop).unwrap();
    let tokens = laptop_store
        .all_certificates()
        .unwrap()
        .into_iter()
        .map(|stored| {
            (
                stored.record.name_on_certificate,
                stored.record.credential.unwrap(),
            )
        })
        .collect();
    let stick = dir.path().join("stick");
    std::fs::create_dir_all(&stick).unwrap();
    let export = records::export_records(
        &laptop_store,
        &Keyring::new(&laptop),
        &stick,
        Some("Laptop 3"),
        Timestamp::now(),
    )
    .unwrap();
    let trainer_store = Store::open(&trainer).unwrap();
    records::collect_file(&trainer_store, &export.path, Timestamp::now()).unwrap();
    (dir, trainer, tokens)
}

/// The text of each page of a PDF.
fn page_texts(pdf: &[u8]) -> Vec<String> {
    let document = lopdf::Document::load_mem(pdf).unwrap();
    let pages = document.get_pages();
    pages
        .keys()
        .map(|number| document.extract_text(&[*number]).unwrap_or_default())
        .collect()
}

#[test]
fn every_completed_learner_gets_a_page_with_their_own_credential() {
    let (_dir, trainer, tokens) = two_laptops();
    let store = Store::open(&trainer).unwrap();
    let printed = print_certificates(
        &store,
        "safe-water",
        Selection::AllCompleted,
        Paper::A4,
        None,
        Path::new("all.pdf"),
    )
    .unwrap();
    let document = lopdf::Document::load_mem(&printed.pdf).unwrap();
    assert_eq!(document.get_pages().len(), 3);
    let names: Vec<&str> = printed
        .pages
        .iter()
        .map(|page| page.signed.certificate.learner_name.as_str())
        .collect();
    assert_eq!(
        names,
        ["Amira Fullname", "Brigitte Fullname", "Carlos Fullname"]
    );
    let languages: Vec<&str> = printed
        .pages
        .iter()
        .map(|page| page.signed.certificate.language.as_str())
        .collect();
    assert_eq!(languages, ["ar", "fr", "es"]);
    // Each page carries its learner's name.
    for (text, name) in page_texts(&printed.pdf).iter().zip(&names) {
        let compact: String = text.split_whitespace().collect();
        let wanted: String = name.split_whitespace().collect();
        assert!(compact.contains(&wanted), "{name} not on its page: {text}");
    }
    // Collected certificates are reprinted from the laptop's own credential:
    // the QR code and the attachment carry that very token.
    let codes = page_qr_codes(&printed.pdf);
    assert_eq!(codes.len(), 3);
    for (page, code) in printed.pages.iter().zip(&codes) {
        assert_eq!(code, &page.signed.token);
    }
    for page in &printed.pages[..2] {
        assert_eq!(page.device_name.as_deref(), Some("Laptop 3"));
        let token = &tokens[&page.signed.certificate.learner_name];
        assert_eq!(&page.signed.token, token);
        let bytes = String::from_utf8_lossy(&printed.pdf);
        assert!(bytes.contains(token.as_str()));
    }
    assert_eq!(printed.pages[2].device_name, None);
    // Nothing was issued while printing.
    assert_eq!(store.all_certificates().unwrap().len(), 1);
}

#[test]
fn a_selection_prints_only_its_learners_and_names_those_without_a_certificate() {
    let (_dir, trainer, _) = two_laptops();
    let store = Store::open(&trainer).unwrap();
    let collected = store.collected_learners().unwrap();
    let brigitte = collected
        .iter()
        .find(|learner| learner.display_name == "Brigitte")
        .unwrap();
    let stranger = Holder::Collected {
        device_id: brigitte.device_id.clone(),
        learner_id: 999,
    };
    let chosen = [
        Holder::Collected {
            device_id: brigitte.device_id.clone(),
            learner_id: brigitte.learner_id,
        },
        stranger.clone(),
    ];
    let printed = print_certificates(
        &store,
        "safe-water",
        Selection::Learners(&chosen),
        Paper::Letter,
        None,
        Path::new("some.pdf"),
    )
    .unwrap();
    assert_eq!(printed.pages.len(), 1);
    assert_eq!(printed.without_certificate, [stranger]);
    let document = lopdf::Document::load_mem(&printed.pdf).unwrap();
    assert_eq!(document.get_pages().len(), 1);
}

#[test]
fn the_command_writes_one_pdf_for_the_whole_course() {
    let (dir, trainer, _) = two_laptops();
    let pdf = dir.path().join("out").join("all.pdf");
    let output = run(
        &trainer,
        &[
            "certificate",
            "export",
            "--course",
            "safe-water",
            "--all",
            "--output",
            pdf.to_str().unwrap(),
        ],
    );
    assert!(output.status.success(), "{output:?}");
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("3 certificates"), "{text}");
    let document = lopdf::Document::load(&pdf).unwrap();
    assert_eq!(document.get_pages().len(), 3);

    let none = run(
        &trainer,
        &[
            "certificate",
            "export",
            "--course",
            "no-such-course",
            "--all",
            "--output",
            pdf.to_str().unwrap(),
        ],
    );
    assert_eq!(none.status.code(), Some(2));
    let without_all = run(
        &trainer,
        &[
            "certificate",
            "export",
            "--course",
            "safe-water",
            "-o",
            "x.pdf",
        ],
    );
    assert_eq!(without_all.status.code(), Some(2));
}
