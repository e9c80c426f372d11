//! The printable certificate: one landscape page (A4 by default, US Letter on
//! request) in the learner's language, with the embedded Noto fonts subset to
//! the glyphs used, the course logo when it is a PNG, the verification code, a
//! QR code holding the signed credential, and the credential attached as a file
//! so `fieldcourse verify FILE.pdf` reads it back.
//!
//! krilla writes the PDF (subset fonts, correct text extraction for shaped
//! glyphs); [`super::shaping`] shapes and orders the text.

use super::credential::{SignedCertificate, envelope_json};
pub use super::record::localizer_for;
use super::shaping::Fonts;
use super::{CivilDate, Error, Result};
use crate::i18n::Localizer;
use fluent::FluentArgs;
use krilla::Document;
use krilla::embed::{AssociationKind, EmbeddedFile, MimeType};
use krilla::metadata::{DateTime, Metadata};
use std::path::Path;

mod batch;
mod page;
mod qr;

pub use batch::{BatchPage, render_batch};

/// The name of the credential file attached to the PDF.
pub const ATTACHMENT_NAME: &str = "credential.json";

/// The paper a certificate is printed on, in landscape.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Paper {
    /// A4, 297 × 210 mm.
    #[default]
    A4,
    /// US Letter, 11 × 8.5 in.
    Letter,
}

impl Paper {
    /// Width and height in points, landscape.
    pub fn size(self) -> (f32, f32) {
        match self {
            Self::A4 => (841.89, 595.28),
            Self::Letter => (792.0, 612.0),
        }
    }
}

/// How to draw a certificate.
#[derive(Debug, Clone, Default)]
pub struct PdfOptions {
    /// The paper size.
    pub paper: Paper,
    /// The course logo as PNG bytes, if the course has one.
    pub logo_png: Option<Vec<u8>>,
    /// The issuer's verification page, if it set one
    /// ([`crate::certificate::keys::Keyring::verify_url_for`]): the QR code
    /// then holds `verify_url#<token>`, else the token alone.
    pub verify_url: Option<String>,
}

/// The side of the printed QR code, in points (53 mm): a link with a long
/// credential (QR version 38 or so) keeps modules of 0.3 mm, which a phone
/// camera reads from a hand's length.
pub const QR_SIDE_POINTS: f32 = 150.0;

/// What the certificate's QR code holds: `verify_url#<token>` when the issuer
/// has a verification page (a phone camera opens it and the page checks the
/// token, which never leaves the phone), else the bare token.
pub fn qr_content(token: &str, verify_url: Option<&str>) -> String {
    match verify_url {
        Some(url) => format!("{url}#{token}"),
        None => token.to_owned(),
    }
}

/// Reads a course's logo for the certificate: PNG files only (an SVG logo is
/// left out of the PDF, and `None` says so to the caller). SVG would need
/// krilla-svg, whose 0.8 release needs usvg/resvg 0.47 and tiny-skia 0.12
/// while iced 0.14 pins 0.45 and 0.11: a second SVG stack in every build.
pub fn read_logo(course_dir: &Path, logo: &str) -> Option<Vec<u8>> {
    let is_png = Path::new(logo)
        .extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("png"));
    if !is_png {
        return None;
    }
    std::fs::read(course_dir.join(logo)).ok()
}

/// The date of `moment` in `words`' language, such as "4 May 2026" or "4 de mayo de 2026".
pub fn format_date(words: &Localizer, moment: crate::time::Timestamp) -> String {
    let date = CivilDate::of(moment);
    let mut args = FluentArgs::new();
    args.set("day", date.day);
    args.set(
        "month",
        words.text(&format!("certificate-month-{}", date.month)),
    );
    args.set("year", date.year);
    words.text_with("certificate-date", &args)
}

/// `value` with up to `decimals` decimals and the language's decimal mark.
fn format_decimal(words: &Localizer, value: f64, decimals: usize) -> String {
    let text = format!("{value:.decimals$}");
    let text = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        text
    };
    text.replace('.', &words.text("certificate-decimal-mark"))
}

/// Draws the certificate PDF. `origin` names the course or output file in errors.
pub fn render(signed: &SignedCertificate, options: &PdfOptions, origin: &Path) -> Result<Vec<u8>> {
    let pdf_error = |problem: String| Error::Pdf {
        path: origin.to_owned(),
        problem,
    };
    let certificate = &signed.certificate;
    let words = localizer_for(&certificate.language);
    let fonts =
        Fonts::load().ok_or_else(|| pdf_error("the embedded fonts cannot be read".into()))?;
    let heading = certificate
        .heading
        .clone()
        .unwrap_or_else(|| words.text("certificate-heading"));
    let mut document = Document::new();
    page::draw(&mut document, &fonts, signed, options, origin)?;

    let issued = CivilDate::of(certificate.completed_at);
    let date = DateTime::new(u16::try_from(issued.year).unwrap_or(2000))
        .month(u8::try_from(issued.month).unwrap_or(1))
        .day(u8::try_from(issued.day).unwrap_or(1));
    document.set_metadata(
        Metadata::new()
            .title(format!("{heading} — {}", certificate.learner_name))
            .description(format!(
                "{} · {}",
                certificate.course.title,
                certificate.code()
            ))
            .keywords(vec![certificate.code().to_string(), certificate.id.urn()])
            .language(certificate.language.clone())
            .creator("Fieldcourse".into())
            .creation_date(date),
    );
    document
        .embed_file(EmbeddedFile {
            path: ATTACHMENT_NAME.into(),
            mime_type: MimeType::new("application/json"),
            description: Some("Open Badges 3.0 credential (VC-JWT)".into()),
            association_kind: AssociationKind::Data,
            data: envelope_json(&signed.token).into_bytes().into(),
            modification_date: Some(date),
            // Uncompressed, so the credential can be found in the file's bytes.
            compress: Some(false),
            location: None,
        })
        .ok_or_else(|| pdf_error("the credential could not be attached".into()))?;
    document
        .finish()
        .map_err(|error| pdf_error(format!("{error:?}")))
}

/// "Version 1.2.0 · 3 h 30 min · Final score 92%", leaving out what is unknown.
pub fn detail_line(words: &Localizer, signed: &SignedCertificate) -> String {
    let certificate = &signed.certificate;
    let mut parts = Vec::new();
    let mut args = FluentArgs::new();
    args.set("version", certificate.course.version.clone());
    parts.push(words.text_with("certificate-version", &args));
    if certificate.minutes > 0 {
        parts.push(crate::course::length_phrase(words, certificate.minutes));
    }
    if let Some(score) = certificate.final_score {
        let mut percent = FluentArgs::new();
        percent.set("value", format_decimal(words, score * 100.0, 0));
        let mut args = FluentArgs::new();
        args.set("score", words.text_with("certificate-percent", &percent));
        parts.push(words.text_with("certificate-score", &args));
    }
    parts.join("  ·  ")
}

#[cfg(test)]
mod tests;
