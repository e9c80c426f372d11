//! One verdict for each kind of credential, reached through the URL fragment
//! (what a phone opens from the QR code), with the browser's WebCrypto and
//! with the page's own Ed25519 code (`?engine=library`, as when a browser has
//! no WebCrypto Ed25519 or no `crypto.subtle` on a plain-http page).

use crate::browser::Browser;
use crate::credentials;

/// Each credential, and the verdict and reason the page must give.
fn cases() -> Vec<(&'static str, String, &'static str, &'static str)> {
    vec![
        ("valid", credentials::valid(), "valid", ""),
        (
            "Open Badges 3.0.3 form",
            credentials::open_badges_3_0_3(),
            "valid",
            "",
        ),
        (
            "older form (vc claim)",
            credentials::vc_claim_form(),
            "valid",
            "",
        ),
        (
            "one byte changed",
            credentials::tampered(),
            "invalid",
            "signature",
        ),
        (
            "signed by another key",
            credentials::foreign(),
            "unknown",
            "",
        ),
        ("expired", credentials::expired(), "expired", ""),
        (
            "not valid yet",
            credentials::not_yet_valid(),
            "invalid",
            "not-yet",
        ),
        ("not a credential", "hello".into(), "invalid", "not-found"),
        (
            "a foreign signature claiming the organisation's key",
            credentials::claiming_the_organisations_key(),
            "invalid",
            "signature",
        ),
        (
            "a foreign key naming the organisation as issuer",
            credentials::naming_the_organisation_as_issuer(),
            "invalid",
            "key-mismatch",
        ),
    ]
}

fn check_every_case(engine_query: &str, engine: &str) {
    let Some(browser) = Browser::start() else {
        return;
    };
    let page = browser.write_page("page");
    for (index, (case, token, verdict, reason)) in cases().into_iter().enumerate() {
        // A new query each time makes a new document, not a fragment change.
        browser.open(&format!("{page}?case={index}{engine_query}#{token}"));
        let shown = browser.verdict();
        assert_eq!(shown.verdict, verdict, "{case}: {shown:?}");
        assert_eq!(shown.reason, reason, "{case}: {shown:?}");
        if reason != "not-found" {
            assert_eq!(shown.engine, engine, "{case}: {shown:?}");
        }
        if verdict != "invalid" {
            assert!(shown.text.contains("Amira Haddad"), "{case}: {shown:?}");
            assert!(
                shown.text.contains("Safe water storage in emergencies"),
                "{case}: {shown:?}"
            );
            assert!(
                shown.text.contains(credentials::ORGANISATION),
                "{case}: {shown:?}"
            );
        } else {
            assert!(!shown.text.contains("Amira"), "{case}: {shown:?}");
        }
    }
    // Nothing was fetched: the page is the only resource the browser loaded.
    let fetched = browser.run("return performance.getEntriesByType('resource').length;");
    assert_eq!(fetched, 0, "the page fetched something");
}

#[test]
fn each_credential_gets_its_verdict_with_webcrypto() {
    check_every_case("", "browser");
}

#[test]
fn each_credential_gets_its_verdict_with_the_built_in_ed25519_code() {
    check_every_case("&engine=library", "library");
}
