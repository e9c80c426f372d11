//! The certificate module's errors, worded for the learner who earns or
//! saves a certificate.

use super::{ErrorText, worded_by};
use crate::certificate;

/// The words for `error` of the certificate module.
fn certificate(error: &certificate::Error) -> ErrorText {
    use certificate::Error as E;
    match error {
        E::Io { path, source, .. } => ErrorText::new("error-certificate-io")
            .path("file", path)
            .io_reason(source),
        // The key lives in the data folder, out of the learner's reach: the
        // trainer makes a new one.
        E::KeyFile { path, .. } => ErrorText::new("error-certificate-key").path("file", path),
        E::Random { .. } => ErrorText::new("error-certificate-random"),
        E::Pdf { .. } => ErrorText::new("error-certificate-pdf"),
        E::StoredCredential { .. } => ErrorText::new("error-certificate-stored"),
        E::TrustFile { path, line, .. } => ErrorText::new("error-certificate-trust-file")
            .path("file", path)
            .number("line", *line as i64),
        E::Progress(error) => error.into(),
    }
}
worded_by!(certificate::Error, certificate);
