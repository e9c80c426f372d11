//! The certificate verification page (`fieldcourse verifier`): what the
//! command writes, and the page itself driven in headless Chromium through
//! WebDriver (valid, tampered, foreign, expired, not yet valid; the fragment,
//! paste and file routes; both signature engines; Arabic right to left).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod browser;
mod command;
mod credentials;
#[path = "../support/qr_read.rs"]
mod qr_read;
mod routes;
mod screenshots;
mod verdicts;
// From the certificate PDF's QR code, holding the issuer's verify_url, to the
// hosted page.
mod verify_url_qr;
