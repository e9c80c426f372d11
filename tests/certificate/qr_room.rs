//! Room in the printed QR code: a certificate in Arabic or French, with long
//! names of a real organisation, still fits the largest QR code as a
//! verification link; one too long for any QR code still gets its PDF, its
//! code opening the verification page alone.

use crate::common::{self, MAY_4_2026};
use crate::qr_read::page_qr_codes;
use fieldcourse::certificate::credential::SignedCertificate;
use fieldcourse::certificate::keys::IssuerKey;
use fieldcourse::certificate::pdf::{PdfOptions, qr_content, render};
use fieldcourse::certificate::verify::{find_token, verify_token_at};
use fieldcourse::certificate::{Certificate, CertificateId, KeyKind};
use std::path::Path;

const URL: &str = "https://training.ngo.example.org/certificates/verify/";
/// The most bytes a QR code holds (version 40, error correction L, bytes).
const QR_BYTES: usize = 2_953;

struct Names<'a> {
    language: &'a str,
    title: &'a str,
    learner: &'a str,
    organisation: &'a str,
    publisher: &'a str,
    signatory: &'a str,
    role: &'a str,
    heading: &'a str,
}

const ARABIC: Names<'static> = Names {
    language: "ar",
    title: "مكافحة الاتجار بالأشخاص في السياقات الإنسانية",
    learner: "فاطمة الزهراء عبد الرحمن الحسيني",
    organisation: "المنظمة الدولية للهجرة - مكتب السودان",
    publisher: "المنظمة الدولية للهجرة - مكتب السودان",
    signatory: "فريق دورات التدريب الميداني",
    role: "محرّرو الدورة",
    heading: "شهادة إتمام",
};

const FRENCH: Names<'static> = Names {
    language: "fr",
    title: "Lutte contre la traite des personnes dans les contextes humanitaires",
    learner: "Marie-Claire Nkurunziza-Habimana",
    organisation: "Organisation internationale pour les migrations",
    publisher: "Réseau de formation humanitaire du Sahel",
    signatory: "Aminata Traoré-Coulibaly",
    role: "Responsable de la formation",
    heading: "Certificat de réussite",
};

/// A certificate with `names`, signed by an organisation key named after the
/// awarding organisation; `completed_before` puts completion a day before issue.
fn signed(names: &Names<'_>, completed_before: bool) -> SignedCertificate {
    let mut json = common::course_json();
    json["title"] = names.title.into();
    json["language"] = names.language.into();
    json["publisher"] = names.publisher.into();
    let certificate = &mut json["certificate"];
    certificate["organisation"] = names.organisation.into();
    certificate["signatory_name"] = names.signatory.into();
    certificate["signatory_title"] = names.role.into();
    certificate["title"] = names.heading.into();
    let course = common::course_from(json);
    let completed = if completed_before {
        fieldcourse::time::Timestamp::from_unix_ms(MAY_4_2026.unix_ms() - 86_400_000)
    } else {
        MAY_4_2026
    };
    let certificate = Certificate::for_course(
        CertificateId::from_random_bytes([9; 16]),
        &course,
        &"5e".repeat(32),
        names.learner,
        completed,
        Some(0.875),
        names.language,
    )
    .unwrap();
    let certificate = Certificate {
        subject_id: Some(common::SUBJECT_ID.to_owned()),
        ..certificate
    };
    let key = IssuerKey::from_secret(names.organisation, KeyKind::Organisation, [3; 32]);
    SignedCertificate::sign(certificate, &key, MAY_4_2026)
}

#[test]
fn long_real_names_in_arabic_and_french_fit_the_qr_code_as_a_link() {
    for names in [ARABIC, FRENCH] {
        for completed_before in [false, true] {
            let signed = signed(&names, completed_before);
            let link = qr_content(&signed.token, Some(URL));
            eprintln!(
                "{}: token {} bytes, as a link {} of {QR_BYTES}",
                names.language,
                signed.token.len(),
                link.len()
            );
            // Room to spare for longer names still.
            assert!(link.len() + 150 < QR_BYTES, "{} bytes", link.len());
            let options = PdfOptions {
                verify_url: Some(URL.to_owned()),
                ..PdfOptions::default()
            };
            let pdf = render(&signed, &options, Path::new("long.pdf")).unwrap();
            assert_eq!(page_qr_codes(&pdf), [link]);
            // Everything left out of the token to save room reads back.
            let verified = verify_token_at(&signed.token, MAY_4_2026).unwrap();
            assert_eq!(verified.certificate, signed.certificate);
        }
    }
}

#[test]
fn a_credential_too_long_for_any_qr_code_still_gets_its_pdf() {
    let very_long = "عبد الرحمن ".repeat(80);
    let names = Names {
        learner: &very_long,
        ..ARABIC
    };
    let signed = signed(&names, false);
    assert!(signed.token.len() > QR_BYTES);
    let with_page = PdfOptions {
        verify_url: Some(URL.to_owned()),
        ..PdfOptions::default()
    };
    let pdf = render(&signed, &with_page, Path::new("long.pdf")).unwrap();
    // The code opens the page, where the .json file can be chosen; the
    // credential is still in the PDF for `fieldcourse verify`.
    assert_eq!(page_qr_codes(&pdf), [URL]);
    assert_eq!(find_token(&pdf, "long.pdf").unwrap(), signed.token);
    let without_page = render(&signed, &PdfOptions::default(), Path::new("long.pdf")).unwrap();
    assert!(page_qr_codes(&without_page).is_empty());
    assert_eq!(find_token(&without_page, "long.pdf").unwrap(), signed.token);
}
