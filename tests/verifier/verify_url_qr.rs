//! From the printed certificate to the verdict on a phone: the organisation's
//! key carries a `verify_url` (the address where its verification page is
//! hosted); the certificate PDF's QR code, read back from the PDF, starts with
//! that address; opened as it is, the page served there says "valid and
//! trusted", and the server never sees the token (it is in the fragment).

use crate::browser::{Browser, serve};
use crate::credentials::{self, ORGANISATION};
use crate::qr_read::page_qr_codes;
use fieldcourse::certificate::keys::Keyring;
use fieldcourse::certificate::pdf::{PdfOptions, render};
use std::path::Path;

#[test]
fn the_qr_code_opens_the_hosted_page_which_says_valid() {
    let Some(browser) = Browser::start() else {
        return;
    };
    // The organisation's page, hosted on a (loopback) web server.
    let page_url = browser.write_page("hosted");
    let page_file = page_url.strip_prefix("file://").unwrap();
    let (verify_url, asked) = serve(std::fs::read(page_file).unwrap());

    // The organisation's key, installed with its verify_url on the device
    // that prints certificates.
    let data = tempfile::TempDir::new().unwrap();
    let keyring = Keyring::new(data.path());
    let mut organisation = credentials::organisation_key();
    organisation.verify_url = Some(verify_url.clone());
    let key_file = data.path().join("org.key");
    organisation.write_new(&key_file).unwrap();
    keyring.install(&key_file).unwrap();

    let signed = credentials::signed_at(&organisation, -1);
    let options = PdfOptions {
        verify_url: keyring.verify_url_for(organisation.did().as_str()),
        ..PdfOptions::default()
    };
    let pdf = render(&signed, &options, Path::new("certificate.pdf")).unwrap();
    let codes = page_qr_codes(&pdf);
    assert_eq!(codes.len(), 1);
    assert!(
        codes[0].starts_with(&format!("{verify_url}#")),
        "the QR code does not start with the verify_url: {}",
        codes[0]
    );

    // What the phone's camera opens: the QR code's text, as it is.
    browser.open(&codes[0]);
    let shown = browser.verdict();
    assert_eq!(shown.verdict, "valid", "{shown:?}");
    assert!(shown.text.contains(ORGANISATION), "{shown:?}");
    // The server saw the page's address, never the token.
    let asked = asked.lock().unwrap().clone();
    assert!(asked.iter().any(|url| url == "/verify/"), "{asked:?}");
    assert!(
        asked.iter().all(|url| !url.contains(&signed.token[..20])),
        "the token reached the server: {asked:?}"
    );
}
