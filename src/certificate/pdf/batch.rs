//! Many certificates in one PDF, one per page, for printing a whole group at
//! once: each page is drawn exactly as a single certificate is (its learner's
//! language, its own QR code) and each credential is attached beside the others.

use super::{ATTACHMENT_NAME, Paper, PdfOptions, page};
use crate::certificate::credential::{SignedCertificate, envelope_json};
use crate::certificate::shaping::Fonts;
use crate::certificate::{CivilDate, Error, Result};
use krilla::Document;
use krilla::embed::{AssociationKind, EmbeddedFile, MimeType};
use krilla::metadata::{DateTime, Metadata};
use std::path::Path;

/// One page of a batch: a certificate and the logo of its course.
#[derive(Debug, Clone)]
pub struct BatchPage {
    /// The certificate, as stored (never issued again for printing).
    pub signed: SignedCertificate,
    /// Its course's logo as PNG bytes, if the course has one.
    pub logo_png: Option<Vec<u8>>,
    /// Its issuer's verification page, if set (see [`PdfOptions::verify_url`]).
    pub verify_url: Option<String>,
}

/// Draws every certificate of `pages` on a page of its own, in that order, on
/// `paper`. Each credential is attached as `credential-<page>-<code>.json`
/// (a single certificate's file is `credential.json`). `origin` names the
/// output file in errors. No pages is an error: an empty PDF prints nothing.
pub fn render_batch(pages: &[BatchPage], paper: Paper, origin: &Path) -> Result<Vec<u8>> {
    let pdf_error = |problem: String| Error::Pdf {
        path: origin.to_owned(),
        problem,
    };
    if pages.is_empty() {
        return Err(pdf_error("there is no certificate to print".into()));
    }
    let fonts =
        Fonts::load().ok_or_else(|| pdf_error("the embedded fonts cannot be read".into()))?;
    let mut document = Document::new();
    let mut latest = None;
    for (number, page) in pages.iter().enumerate() {
        let options = PdfOptions {
            paper,
            logo_png: page.logo_png.clone(),
            verify_url: page.verify_url.clone(),
        };
        page::draw(&mut document, &fonts, &page.signed, &options, origin)?;
        let certificate = &page.signed.certificate;
        latest = latest.max(Some(certificate.completed_at));
        let date = pdf_date(certificate.completed_at);
        let stem = ATTACHMENT_NAME.trim_end_matches(".json");
        document
            .embed_file(EmbeddedFile {
                path: format!("{stem}-{}-{}.json", number + 1, certificate.code()),
                mime_type: MimeType::new("application/json"),
                description: Some(format!(
                    "Open Badges 3.0 credential (VC-JWT) of page {}",
                    number + 1
                )),
                association_kind: AssociationKind::Data,
                data: envelope_json(&page.signed.token).into_bytes().into(),
                modification_date: Some(date),
                // Uncompressed, so each credential can be found in the file's bytes.
                compress: Some(false),
                location: None,
            })
            .ok_or_else(|| pdf_error("a credential could not be attached".into()))?;
    }
    let names: Vec<&str> = pages
        .iter()
        .map(|page| page.signed.certificate.learner_name.as_str())
        .collect();
    let codes: Vec<String> = pages
        .iter()
        .map(|page| page.signed.certificate.code().to_string())
        .collect();
    let mut metadata = Metadata::new()
        .title(names.join(" · "))
        .keywords(codes)
        .creator("Fieldcourse".into());
    if let Some(latest) = latest {
        metadata = metadata.creation_date(pdf_date(latest));
    }
    document.set_metadata(metadata);
    document
        .finish()
        .map_err(|error| pdf_error(format!("{error:?}")))
}

/// The civil date of `moment`, as the PDF metadata holds it.
fn pdf_date(moment: crate::time::Timestamp) -> DateTime {
    let day = CivilDate::of(moment);
    DateTime::new(u16::try_from(day.year).unwrap_or(2000))
        .month(u8::try_from(day.month).unwrap_or(1))
        .day(u8::try_from(day.day).unwrap_or(1))
}
