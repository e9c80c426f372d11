//! The PDF: it parses, carries the learner's name and the code, and holds the
//! credential that `verify` reads back.

use crate::common::{self, MAY_4_2026};
use fieldcourse::certificate::KeyKind;
use fieldcourse::certificate::credential::SignedCertificate;
use fieldcourse::certificate::pdf::{Paper, PdfOptions, render};
use fieldcourse::certificate::verify::{find_token, verify_token};
use std::path::Path;

fn info_text(document: &lopdf::Document, key: &[u8]) -> String {
    let info = document
        .trailer
        .get(b"Info")
        .unwrap()
        .as_reference()
        .unwrap();
    let dictionary = document.get_dictionary(info).unwrap();
    let bytes = dictionary.get(key).unwrap().as_str().unwrap();
    lopdf::decode_text_string(dictionary.get(key).unwrap())
        .unwrap_or_else(|_| String::from_utf8_lossy(bytes).into_owned())
}

#[test]
fn the_pdf_parses_and_carries_the_name_the_code_and_the_credential() {
    let signed = common::signed();
    let bytes = render(&signed, &PdfOptions::default(), Path::new("test.pdf")).unwrap();
    let document = lopdf::Document::load_mem(&bytes).unwrap();
    assert_eq!(document.get_pages().len(), 1);
    let title = info_text(&document, b"Title");
    assert!(title.contains("Amira Haddad"), "{title}");
    let subject = info_text(&document, b"Subject");
    assert!(
        subject.contains(signed.certificate.code().as_str()),
        "{subject}"
    );
    let token = find_token(&bytes, "test.pdf").unwrap();
    assert_eq!(token, signed.token);
    let verified = verify_token(&token).unwrap();
    assert_eq!(verified.certificate, signed.certificate);
}

#[test]
fn letter_paper_is_landscape_letter() {
    let options = PdfOptions {
        paper: Paper::Letter,
        ..PdfOptions::default()
    };
    let bytes = render(&common::signed(), &options, Path::new("test.pdf")).unwrap();
    let document = lopdf::Document::load_mem(&bytes).unwrap();
    let page = document.get_pages()[&1];
    let media_box = document
        .get_dictionary(page)
        .unwrap()
        .get(b"MediaBox")
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_float().unwrap())
        .collect::<Vec<f32>>();
    assert_eq!(media_box, vec![0.0, 0.0, 792.0, 612.0]);
}

/// Renders a certificate per language to `$FIELDCOURSE_RENDER_DIR` for people
/// to look at (`pdftoppm -png -r 80 FILE.pdf`). Not run by default.
#[test]
#[ignore = "writes files for review; run with FIELDCOURSE_RENDER_DIR=DIR"]
fn render_each_language_for_review() {
    let dir = std::path::PathBuf::from(std::env::var("FIELDCOURSE_RENDER_DIR").unwrap());
    let samples = [
        (
            "en",
            "Amira Haddad",
            "Safe water storage in emergencies",
            KeyKind::Organisation,
        ),
        (
            "fr",
            "Hélène Lefèvre-Bénard",
            "Stockage sûr de l’eau en situation d’urgence",
            KeyKind::Device,
        ),
        (
            "es",
            "José Ñúñez Peña",
            "Almacenamiento seguro del agua en emergencias",
            KeyKind::Organisation,
        ),
        (
            "ar",
            "أميرة حداد",
            "مكافحة الاتجار بالأشخاص في السياقات الإنسانية",
            KeyKind::Device,
        ),
    ];
    for (language, name, title, kind) in samples {
        let mut certificate = common::certificate(name, language);
        certificate.course.title = title.to_owned();
        let signed = SignedCertificate::sign(certificate, &common::key(1, kind), MAY_4_2026);
        for paper in [Paper::A4, Paper::Letter] {
            let options = PdfOptions {
                paper,
                logo_png: std::env::var("FIELDCOURSE_RENDER_LOGO")
                    .ok()
                    .map(|path| std::fs::read(path).unwrap()),
                // Organisation certificates show the link form of the QR code.
                verify_url: (kind == KeyKind::Organisation)
                    .then(|| "https://ngo.example.org/verify/".to_owned()),
            };
            let bytes = render(&signed, &options, Path::new("review.pdf")).unwrap();
            std::fs::write(dir.join(format!("{language}-{paper:?}.pdf")), bytes).unwrap();
        }
    }
}
