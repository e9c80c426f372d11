//! Certificates: who has completed a course, the printable PDF, and the signed
//! credential anyone can check offline.
//!
//! The pieces, in the order a certificate is made:
//! - [`eligibility`]: is the course's completion rule met, from the lessons
//!   completed and the quiz standings?
//! - [`Certificate`]: what a certificate says (learner, course, dates, score).
//! - [`keys`]: the device key and organisation issuer keys, named by `did:key`.
//! - [`credential`]: the Open Badges 3.0 `OpenBadgeCredential`, signed as a
//!   VC-JWT with Ed25519, and read back.
//! - [`verify`]: checks a token, a `.json` credential or a certificate PDF.
//! - [`trust`]: the issuers a verifier trusts (installed, `--trust`, a file).
//! - [`verifier_page`]: the self-contained web page that checks a credential
//!   in any browser, with the trusted organisations baked in.
//! - [`pdf`]: the printable certificate in the learner's language.
//! - [`issue`]: issuing once per learner and course through the progress store.
//! - [`export`]: the PDF and the `.json` credential written side by side.
//! - [`print`]: every certificate of a course (this device's and those
//!   collected from others) in one PDF, one per page.
//!
//! Nothing here uses the GUI or the network.

pub mod credential;
mod eligibility;
pub mod export;
pub mod issue;
pub mod keys;
pub mod pdf;
pub mod print;
mod record;
mod shaping;
pub mod trust;
pub mod verifier_page;
pub mod verify;

pub use crate::time::CivilDate;
pub use eligibility::{Eligibility, Standing, eligibility, final_score};
pub use record::{Certificate, CertificateId, CourseFacts, KeyKind, Signatory, VerificationCode};

use std::path::PathBuf;
use std::sync::Arc;

/// A result of the certificate module.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Why a certificate could not be made, saved or read.
///
/// `Clone`, so it can travel inside GUI messages: sources are shared with `Arc`.
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The file system refused an operation.
    #[error(
        "could not {action} {}: {source}; check that the folder exists, that the disk has free space and that you may write there",
        path.display()
    )]
    Io {
        /// The file or folder concerned.
        path: PathBuf,
        /// What was being done, as a verb phrase ("write the PDF").
        action: &'static str,
        /// What the operating system said.
        #[source]
        source: Arc<std::io::Error>,
    },
    /// A key file could not be read as a Fieldcourse key.
    #[error(
        "{} is not a usable Fieldcourse key file ({problem}); make a new one with `fieldcourse issuer create --name ORG --output FILE`",
        path.display()
    )]
    KeyFile {
        /// The key file.
        path: PathBuf,
        /// What is wrong with it.
        problem: String,
    },
    /// The operating system gave no random numbers to make a key or an id.
    #[error(
        "the system's random number generator failed ({problem}); nothing was written to {}: try again, and report it if it keeps failing",
        path.display()
    )]
    Random {
        /// What would have been written.
        path: PathBuf,
        /// What the generator said.
        problem: String,
    },
    /// The PDF library could not write the document.
    #[error(
        "could not lay out the certificate PDF for {}: {problem}; report this with the course file",
        path.display()
    )]
    Pdf {
        /// The course (or output) the PDF was for.
        path: PathBuf,
        /// What the PDF library said.
        problem: String,
    },
    /// A stored credential could not be read back.
    #[error(
        "the certificate credential kept in {} cannot be read ({problem}); the progress file may be damaged: restore a backup (`fieldcourse backup list`)",
        path.display()
    )]
    StoredCredential {
        /// The progress file.
        path: PathBuf,
        /// What is wrong with it.
        problem: String,
    },
    /// A line of a trusted-issuers file (or of a key trusted on this device)
    /// could not be read.
    #[error(
        "{}:{line}: {problem}; each line must be a did:key, a space and the issuer's name (`did:key:z6Mk... Riverside Health Training`), or a comment starting with #",
        path.display()
    )]
    TrustFile {
        /// The file.
        path: PathBuf,
        /// The line, from 1.
        line: usize,
        /// What is wrong with it.
        problem: String,
    },
    /// The progress store failed.
    #[error(transparent)]
    Progress(#[from] crate::progress::Error),
}

// Errors travel inside GUI messages, which must be `Clone + Send + Sync`:
// checked when the crate compiles.
const _: fn() = || {
    fn travels<T: Clone + Send + Sync + 'static>() {}
    travels::<Error>();
};

/// Turns an I/O error into an [`Error`] naming `path` and `action`.
pub(crate) fn io_error<'a>(
    path: &'a std::path::Path,
    action: &'static str,
) -> impl FnOnce(std::io::Error) -> Error + 'a {
    move |source| Error::Io {
        path: path.to_owned(),
        action,
        source: Arc::new(source),
    }
}
