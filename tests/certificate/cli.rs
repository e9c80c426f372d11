//! The commands, run as a user would: `issuer create` and `install`,
//! `certificate list` and `export`, and `verify` on each kind of input.

use crate::common::{course_from, course_json};
use fieldcourse::certificate::issue::{Issue, issue_if_complete};
use fieldcourse::certificate::keys::Keyring;
use fieldcourse::progress::Timestamp;
use fieldcourse::progress::{NewLearner, Profile, Store};
use std::path::Path;
use std::process::{Command, Output};
use tempfile::TempDir;

pub fn run(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_fieldcourse"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .output()
        .unwrap()
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Issues a certificate for the test course (valid 24 months) in `data`,
/// completed now; returns its id.
fn issue_one(data: &Path, issuer: Option<&str>) -> String {
    issue_at(data, issuer, Timestamp::now())
}

fn issue_at(data: &Path, issuer: Option<&str>, completed_at: Timestamp) -> String {
    let mut json = course_json();
    json["completion"] = serde_json::json!({"lessons": [], "quizzes": []});
    if let Some(did) = issuer {
        json["certificate"]["issuer"] = serde_json::Value::String(did.to_owned());
    }
    let course = course_from(json.clone());
    let store = Store::open(data).unwrap();
    let version = store.register_course(&course).unwrap();
    let session = store
        .create_learner(&NewLearner {
            profile: Profile {
                display_name: "José".into(),
                certificate_name: "José Ñúñez".into(),
                language: "es".into(),
            },
            pin: Some("2468".into()),
        })
        .unwrap();
    let Issue::Issued(signed) = issue_if_complete(
        &session,
        &version,
        &course,
        &Keyring::new(data),
        completed_at,
    )
    .unwrap() else {
        panic!("issued");
    };
    signed.certificate.id.to_string()
}

#[test]
fn export_writes_the_pdf_and_the_json_and_both_verify() {
    let dir = TempDir::new().unwrap();
    let data = dir.path().join("data");
    let id = issue_one(&data, None);

    let listed = run(&data, &["certificate", "list"]);
    assert!(listed.status.success());
    assert!(stdout(&listed).contains(&id) && stdout(&listed).contains("José Ñúñez"));

    let pdf = dir.path().join("out.pdf");
    let exported = run(
        &data,
        &[
            "certificate",
            "export",
            &id,
            "--output",
            pdf.to_str().unwrap(),
        ],
    );
    assert!(exported.status.success(), "{exported:?}");
    let json = dir.path().join("out.json");
    assert!(json.is_file());

    // By code, on Letter paper: the same credential again.
    let code = fieldcourse::certificate::CertificateId::parse(&id)
        .unwrap()
        .code();
    let again = dir.path().join("again.pdf");
    let by_code = run(
        &data,
        &[
            "certificate",
            "export",
            &code.as_str().to_lowercase(),
            "-o",
            again.to_str().unwrap(),
            "--paper",
            "letter",
        ],
    );
    assert!(by_code.status.success(), "{by_code:?}");
    assert_eq!(
        std::fs::read(&json).unwrap(),
        std::fs::read(dir.path().join("again.json")).unwrap()
    );

    for input in [&pdf, &json] {
        let verified = run(&data, &["verify", input.to_str().unwrap()]);
        assert_eq!(verified.status.code(), Some(0), "{verified:?}");
        let text = stdout(&verified);
        // What the credential says comes first, to compare with the page.
        assert!(
            text.starts_with("The credential says:\n  issued to   José Ñúñez\n  course      Safe water storage in emergencies (`safe-water`), version 1.2.0\n"),
            "{text}"
        );
        assert!(text.contains("Compare these with the printed certificate"));
        assert!(text.contains("\nVALID: "), "{text}");
        assert!(
            text.contains("trusted: this device's own key"),
            "signed by this device's key: {text}"
        );
        assert!(text.contains("valid until"), "{text}");
    }

    let missing = run(
        &data,
        &[
            "certificate",
            "export",
            "FC-2222-2222",
            "-o",
            pdf.to_str().unwrap(),
        ],
    );
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn an_organisation_key_is_created_installed_and_recognised() {
    let dir = TempDir::new().unwrap();
    let data = dir.path().join("data");
    let key_file = dir.path().join("org.key");
    let created = run(
        &data,
        &[
            "issuer",
            "create",
            "--name",
            "Riverside Health Training",
            "--output",
            key_file.to_str().unwrap(),
        ],
    );
    assert!(created.status.success(), "{created:?}");
    let did = stdout(&created).trim().to_owned();
    assert!(did.starts_with("did:key:z6Mk"), "{did}");
    let again = run(
        &data,
        &[
            "issuer",
            "create",
            "--name",
            "X",
            "--output",
            key_file.to_str().unwrap(),
        ],
    );
    assert_eq!(again.status.code(), Some(1), "never overwrites a key");

    let installed = run(&data, &["issuer", "install", key_file.to_str().unwrap()]);
    assert!(installed.status.success(), "{installed:?}");
    assert_eq!(stdout(&installed).trim(), did);

    let id = issue_one(&data, Some(&did));
    let json = dir.path().join("cert.json");
    let pdf = dir.path().join("cert.pdf");
    assert!(
        run(
            &data,
            &["certificate", "export", &id, "-o", pdf.to_str().unwrap()]
        )
        .status
        .success()
    );

    // Installed here, the key is trusted; elsewhere, only when told.
    let here = run(&data, &["verify", json.to_str().unwrap()]);
    assert_eq!(here.status.code(), Some(0), "{here:?}");
    assert!(
        stdout(&here).contains(&format!(
            "signed by   {did} (Riverside Health Training, trusted: an issuer key installed on this device)"
        )),
        "{}",
        stdout(&here)
    );
    let elsewhere = dir.path().join("elsewhere");
    let untrusted = run(&elsewhere, &["verify", json.to_str().unwrap()]);
    assert_eq!(untrusted.status.code(), Some(4), "{untrusted:?}");
    let trusted = run(
        &elsewhere,
        &["verify", json.to_str().unwrap(), "--trust", &did],
    );
    assert_eq!(trusted.status.code(), Some(0));
    assert!(
        stdout(&trusted).contains("trusted: --trust on the command line"),
        "{}",
        stdout(&trusted)
    );
    let bad_trust = run(
        &data,
        &["verify", json.to_str().unwrap(), "--trust", "did:web:x"],
    );
    assert_eq!(bad_trust.status.code(), Some(2));
}

#[test]
fn verify_rejects_a_changed_token_and_nonsense_with_exit_1() {
    let dir = TempDir::new().unwrap();
    let data = dir.path().join("data");
    let id = issue_one(&data, None);
    let pdf = dir.path().join("c.pdf");
    assert!(
        run(
            &data,
            &["certificate", "export", &id, "-o", pdf.to_str().unwrap()]
        )
        .status
        .success()
    );
    let json = std::fs::read_to_string(dir.path().join("c.json")).unwrap();
    let token = fieldcourse::certificate::credential::token_from_envelope(&json).unwrap();
    let ok = run(&data, &["verify", &token]);
    assert_eq!(ok.status.code(), Some(0));

    let mut changed = token.clone().into_bytes();
    changed[token.len() / 2] = if changed[token.len() / 2] == b'Q' {
        b'R'
    } else {
        b'Q'
    };
    let changed = String::from_utf8(changed).unwrap();
    let rejected = run(&data, &["verify", &changed]);
    assert_eq!(rejected.status.code(), Some(1));
    assert!(
        stdout(&rejected).starts_with("NOT VALID"),
        "{}",
        stdout(&rejected)
    );

    let truncated = run(&data, &["verify", &token[..token.len() - 10]]);
    assert_eq!(truncated.status.code(), Some(1));
    let nonsense = run(&data, &["verify", "hello"]);
    assert_eq!(nonsense.status.code(), Some(1));
}

#[test]
fn an_expired_certificate_has_a_valid_signature_and_exit_code_3() {
    let dir = TempDir::new().unwrap();
    let data = dir.path().join("data");
    // Completed 25 months ago; the course's certificates are valid 24 months.
    let id = issue_at(&data, None, Timestamp::now().plus_hours(-24 * 31 * 25));
    let pdf = dir.path().join("old.pdf");
    assert!(
        run(
            &data,
            &["certificate", "export", &id, "-o", pdf.to_str().unwrap()]
        )
        .status
        .success()
    );
    let verified = run(&data, &["verify", pdf.to_str().unwrap()]);
    assert_eq!(
        verified.status.code(),
        Some(i32::from(fieldcourse::cli::EXIT_EXPIRED))
    );
    let text = stdout(&verified);
    assert!(
        text.contains("\nVALID SIGNATURE, BUT EXPIRED") && text.contains("EXPIRED on"),
        "{text}"
    );
    // Expired and from a key this verifier does not trust: untrusted comes first.
    let elsewhere = dir.path().join("elsewhere");
    let untrusted = run(&elsewhere, &["verify", pdf.to_str().unwrap()]);
    assert_eq!(untrusted.status.code(), Some(4), "{untrusted:?}");
    assert!(stdout(&untrusted).contains("it has also expired"));
}
