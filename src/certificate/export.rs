//! Writing a certificate out: the PDF with its signed credential as `.json`
//! beside it, and the course logo to print on it. The command line
//! (`fieldcourse certificate export`) and the GUI's certificate screen both
//! export through here, so the files they write are the same.

use super::credential::SignedCertificate;
use super::pdf::{self, PdfOptions};
use super::{Certificate, Result, io_error};
use crate::course::LoadedCourse;
use std::path::{Path, PathBuf};

/// The course's certificate logo, for [`PdfOptions::logo_png`]: `None` when
/// the course sets no logo, `Some(Err(logo))` when it sets one that cannot be
/// printed (only PNG files are), so the caller can say it was left out.
pub fn course_logo(loaded: &LoadedCourse) -> Option<std::result::Result<Vec<u8>, String>> {
    let logo = loaded.course.as_ref()?.certificate.as_ref()?.logo.clone()?;
    // A course is a folder, or a lone `.json` file whose assets sit beside it.
    let folder = if loaded.origin.is_dir() {
        loaded.origin.clone()
    } else {
        loaded.origin.parent()?.to_owned()
    };
    Some(pdf::read_logo(&folder, &logo).ok_or(logo))
}

/// The files [`write_files`] wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exported {
    /// The printable PDF.
    pub pdf: PathBuf,
    /// The signed credential, as `.json` beside the PDF.
    pub json: PathBuf,
}

/// Renders `signed` as a PDF at `output` and writes its credential beside it
/// with the extension `.json`. The folder is created when missing.
pub fn write_files(
    signed: &SignedCertificate,
    options: &PdfOptions,
    output: &Path,
) -> Result<Exported> {
    let bytes = pdf::render(signed, options, output)?;
    if let Some(folder) = output.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder).map_err(io_error(folder, "create the folder"))?;
    }
    let json = output.with_extension("json");
    std::fs::write(output, bytes).map_err(io_error(output, "write the PDF"))?;
    std::fs::write(&json, signed.envelope_json())
        .map_err(io_error(&json, "write the credential"))?;
    Ok(Exported {
        pdf: output.to_owned(),
        json,
    })
}

/// A file name that says what the file is, without the extension:
/// `certificate-<course id>-<learner>-<code>`, in ASCII so every file system
/// and e-mail program takes it (Arabic names are transliterated).
pub fn file_stem(certificate: &Certificate) -> String {
    let learner = slug::slugify(&certificate.learner_name);
    let course = slug::slugify(&certificate.course.id);
    let mut parts = vec!["certificate".to_owned()];
    parts.extend(
        [course, learner]
            .into_iter()
            .filter(|part| !part.is_empty()),
    );
    parts.push(certificate.code().as_str().to_owned());
    parts.join("-")
}
