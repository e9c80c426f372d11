//! The issuer's verification page: set on a key (and from the command line),
//! the certificate's QR code holds `verify_url#<token>` and still decodes at
//! its printed size; unset, the bare token as before.

use crate::cli::{run, stdout};
use crate::common::{self, MAY_4_2026, key};
use crate::qr_read::page_qr_codes;
use fieldcourse::certificate::KeyKind;
use fieldcourse::certificate::credential::SignedCertificate;
use fieldcourse::certificate::keys::{IssuerKey, Keyring, check_verify_url};
use fieldcourse::certificate::pdf::{PdfOptions, qr_content, render};
use fieldcourse::certificate::verify::{find_token, verify_token_at};
use std::path::Path;
use tempfile::TempDir;

const URL: &str = "https://ngo.example.org/verify/";

#[test]
fn only_absolute_web_addresses_without_a_fragment_are_accepted() {
    assert_eq!(
        check_verify_url(" https://ngo.example.org/verify/ ").unwrap(),
        URL
    );
    assert!(check_verify_url("http://192.168.1.10/check").is_ok());
    assert!(check_verify_url("HTTPS://NGO.EXAMPLE.ORG/").is_ok());
    for bad in [
        "ngo.example.org/verify/",
        "ftp://ngo.example.org/",
        "https:///verify",
        "https://ngo.example.org/verify/#start",
        "https://ngo.example.org/my page",
        "",
    ] {
        assert!(check_verify_url(bad).is_err(), "{bad}");
    }
}

#[test]
fn the_verify_url_is_kept_in_the_key_file_and_older_files_still_read() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("org.key");
    let mut organisation = key(3, KeyKind::Organisation);
    organisation.verify_url = Some(URL.to_owned());
    organisation.write_new(&path).unwrap();
    assert_eq!(
        IssuerKey::read(&path).unwrap().verify_url.as_deref(),
        Some(URL)
    );
    // A file written without it (as every older one was) reads with none.
    let older = dir.path().join("older.key");
    key(4, KeyKind::Organisation).write_new(&older).unwrap();
    assert!(
        !std::fs::read_to_string(&older)
            .unwrap()
            .contains("verify_url")
    );
    assert_eq!(IssuerKey::read(&older).unwrap().verify_url, None);
    // A hand-edited bad address is refused with the file named.
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replace(URL, "ngo.example.org");
    std::fs::write(&path, text).unwrap();
    let error = IssuerKey::read(&path).unwrap_err().to_string();
    assert!(
        error.contains("verify_url") && error.contains("org.key"),
        "{error}"
    );
}

#[test]
fn the_keyring_sets_and_clears_it_on_the_device_key_and_installed_keys() {
    let dir = TempDir::new().unwrap();
    let keyring = Keyring::new(dir.path());
    let device = keyring.set_verify_url(None, Some(URL)).unwrap().unwrap();
    assert_eq!(
        keyring.verify_url_for(device.did().as_str()).as_deref(),
        Some(URL)
    );
    keyring.set_verify_url(Some(device.did()), None).unwrap();
    assert_eq!(keyring.verify_url_for(device.did().as_str()), None);

    let file = dir.path().join("org.key");
    let organisation = key(5, KeyKind::Organisation);
    organisation.write_new(&file).unwrap();
    keyring.install(&file).unwrap();
    keyring
        .set_verify_url(Some(organisation.did()), Some(URL))
        .unwrap()
        .unwrap();
    assert_eq!(
        keyring
            .verify_url_for(organisation.did().as_str())
            .as_deref(),
        Some(URL)
    );
    // The key still signs as before.
    let installed = keyring
        .issuer_key(organisation.did().as_str())
        .unwrap()
        .unwrap();
    assert_eq!(installed.did(), organisation.did());
    // A key this device does not hold is not found.
    let stranger = key(6, KeyKind::Organisation);
    assert!(
        keyring
            .set_verify_url(Some(stranger.did()), Some(URL))
            .unwrap()
            .is_none()
    );
}

/// The QR version of `content` at error correction L, as the PDF draws it.
fn qr_version(content: &str) -> usize {
    let code = fast_qr::QRBuilder::new(content)
        .ecl(fast_qr::ECL::L)
        .build()
        .unwrap();
    (code.size - 17) / 4
}

#[test]
fn the_qr_code_holds_the_link_and_still_decodes_at_its_printed_size() {
    let signed = common::signed();
    for language in ["en", "ar"] {
        let certificate = common::certificate("Amira Haddad", language);
        let signed =
            SignedCertificate::sign(certificate, &key(1, KeyKind::Organisation), MAY_4_2026);
        let options = PdfOptions {
            verify_url: Some(URL.to_owned()),
            ..PdfOptions::default()
        };
        let pdf = render(&signed, &options, Path::new("link.pdf")).unwrap();
        let codes = page_qr_codes(&pdf);
        assert_eq!(codes, [format!("{URL}#{}", signed.token)]);
        // What a phone reads, pasted into `verify`, is the credential.
        let token = find_token(codes[0].as_bytes(), "QR code").unwrap();
        verify_token_at(&token, MAY_4_2026).unwrap();
        // The embedded credential is unchanged.
        assert_eq!(find_token(&pdf, "link.pdf").unwrap(), signed.token);
    }
    let plain = render(&signed, &PdfOptions::default(), Path::new("plain.pdf")).unwrap();
    assert_eq!(page_qr_codes(&plain), vec![signed.token.clone()]);

    // The figures: the token's length and the QR version, before (the older
    // form, fixture) and after, bare and as a link, at its printed side.
    let old = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/credentials/old-vc-claim.jwt"),
    )
    .unwrap();
    let old = old.trim();
    let link = qr_content(&signed.token, Some(URL));
    for (what, content) in [
        ("older form", old),
        ("Open Badges 3.0.3 form", signed.token.as_str()),
        ("as a link", link.as_str()),
    ] {
        let version = qr_version(content);
        let modules = 17 + 4 * version;
        let module_mm =
            f64::from(fieldcourse::certificate::pdf::QR_SIDE_POINTS) / modules as f64 * 25.4 / 72.0;
        eprintln!(
            "{what}: {} bytes, QR version {version} ({modules} modules, {module_mm:.2} mm each)",
            content.len()
        );
        assert!(version <= 40);
    }
}

#[test]
fn the_command_line_sets_and_clears_the_verify_url() {
    let dir = TempDir::new().unwrap();
    let data = dir.path().join("data");
    let file = dir.path().join("org.key");
    let bad = run(
        &data,
        &[
            "issuer",
            "create",
            "--name",
            "NGO",
            "--output",
            file.to_str().unwrap(),
            "--verify-url",
            "ngo.example.org",
        ],
    );
    assert_eq!(bad.status.code(), Some(2), "{bad:?}");
    assert!(!file.exists());
    let made = run(
        &data,
        &[
            "issuer",
            "create",
            "--name",
            "NGO",
            "--output",
            file.to_str().unwrap(),
            "--verify-url",
            URL,
        ],
    );
    assert!(made.status.success(), "{made:?}");
    let did = stdout(&made).trim().to_owned();
    assert_eq!(
        IssuerKey::read(&file).unwrap().verify_url.as_deref(),
        Some(URL)
    );

    let installed = run(&data, &["issuer", "install", file.to_str().unwrap()]);
    assert!(installed.status.success(), "{installed:?}");
    let keyring = Keyring::new(&data);
    assert_eq!(keyring.verify_url_for(&did).as_deref(), Some(URL));
    let cleared = run(
        &data,
        &["issuer", "verify-url", "--clear", "--issuer", &did],
    );
    assert!(cleared.status.success(), "{cleared:?}");
    assert_eq!(keyring.verify_url_for(&did), None);
    let device = run(
        &data,
        &["issuer", "verify-url", "https://ngo.example.org/check"],
    );
    assert!(device.status.success(), "{device:?}");
    let device_did = stdout(&device).trim().to_owned();
    assert_eq!(
        keyring.verify_url_for(&device_did).as_deref(),
        Some("https://ngo.example.org/check")
    );
    let wrong = run(&data, &["issuer", "verify-url", "www.example.org"]);
    assert_eq!(wrong.status.code(), Some(2), "{wrong:?}");
}
