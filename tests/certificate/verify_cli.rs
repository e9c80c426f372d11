//! `fieldcourse verify` as a verifier meets it: forgeries signed with a key
//! anyone can make, the three ways to trust an issuer, tampering, times that
//! have not come, and wrong command lines, each with its exit code.

use crate::cli::{run, stdout};
use crate::common::{self, MAY_4_2026, resigned};
use fieldcourse::certificate::credential::SignedCertificate;
use fieldcourse::certificate::keys::IssuerKey;
use fieldcourse::certificate::{Certificate, KeyKind};
use fieldcourse::progress::Timestamp;
use std::path::{Path, PathBuf};
use std::process::Output;
use tempfile::TempDir;

/// A key made in the test, never seen before, calling itself `name`.
fn self_made_key(dir: &Path, name: &str) -> IssuerKey {
    IssuerKey::generate(name, KeyKind::Organisation, &dir.join("self-made.key")).unwrap()
}

/// Amira Haddad's certificate signed by `key` at `issued_at`.
fn signed_by(key: &IssuerKey, issued_at: Timestamp) -> SignedCertificate {
    SignedCertificate::sign(certificate(), key, issued_at)
}

fn certificate() -> Certificate {
    common::certificate("Amira Haddad", "en")
}

/// Writes `token` as a `.json` credential in `dir`.
fn json_file(dir: &Path, name: &str, token: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(
        &path,
        fieldcourse::certificate::credential::envelope_json(token),
    )
    .unwrap();
    path
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn a_self_made_key_signing_in_someone_elses_name_is_refused_with_exit_4() {
    let dir = TempDir::new().unwrap();
    let verifier = dir.path().join("verifier");
    let forger = self_made_key(dir.path(), "Riverside Health Training");
    let did = forger.did().to_string();
    let forged = json_file(
        dir.path(),
        "forged.json",
        &signed_by(&forger, MAY_4_2026).token,
    );
    let file = forged.to_str().unwrap();

    let refused = run(&verifier, &["verify", file]);
    assert_eq!(refused.status.code(), Some(4), "{refused:?}");
    let text = stdout(&refused);
    assert!(
        text.starts_with("The credential says:\n  issued to   Amira Haddad\n"),
        "{text}"
    );
    assert!(
        text.contains("\nNOT TRUSTED: the signature is valid"),
        "{text}"
    );
    assert!(text.contains(&format!("signed by   {did}\n")), "{text}");
    assert!(
        text.contains("issuer name Riverside Health Training (as written in the credential"),
        "{text}"
    );
    // The exact ways to trust it, and no guess at where the key comes from.
    let data = verifier.display();
    for command in [
        format!("fieldcourse --data-dir {data} verify {file} --trust {did}\n"),
        format!("fieldcourse --data-dir {data} verify {file} --trust-file trusted-issuers.txt\n"),
        format!("with this line in trusted-issuers.txt:  {did} Riverside Health Training\n"),
        format!(
            "fieldcourse --data-dir {data} issuer install {did} --name 'Riverside Health Training'\n"
        ),
    ] {
        assert!(text.contains(&command), "{command}\n{text}");
    }
    for guess in ["device's own key", "device key", "learner"] {
        assert!(!text.contains(guess), "{guess}: {text}");
    }
    assert!(
        !text.contains("\nVALID"),
        "never called valid while untrusted"
    );
}

#[test]
fn each_of_the_three_ways_to_trust_an_issuer_makes_it_valid() {
    let dir = TempDir::new().unwrap();
    let verifier = dir.path().join("verifier");
    let issuer = self_made_key(dir.path(), "Riverside Health Training");
    let did = issuer.did().to_string();
    let json = json_file(dir.path(), "c.json", &signed_by(&issuer, MAY_4_2026).token);
    let file = json.to_str().unwrap();
    let trusted_by = |output: &Output, how: &str| {
        assert_eq!(output.status.code(), Some(0), "{output:?}");
        let text = stdout(output);
        assert!(text.contains("\nVALID: "), "{text}");
        assert!(
            text.contains(&format!("signed by   {did} ({how})")),
            "{text}"
        );
    };

    // 1. --trust, repeatable.
    let other = self_made_key(dir.path(), "Other").did().to_string();
    let by_flag = run(
        &verifier,
        &["verify", file, "--trust", &other, "--trust", &did],
    );
    trusted_by(&by_flag, "trusted: --trust on the command line");

    // 2. --trust-file: the line `verify` suggested, among comments.
    let list = dir.path().join("trusted-issuers.txt");
    std::fs::write(
        &list,
        format!("# Issuers we accept\n\n{other} Other\n{did} Riverside Health Training\n"),
    )
    .unwrap();
    let by_file = run(
        &verifier,
        &["verify", file, "--trust-file", list.to_str().unwrap()],
    );
    trusted_by(
        &by_file,
        &format!("Riverside Health Training, trusted: {}:4", list.display()),
    );
    // A key the list lacks: the line to add goes in that list.
    let stranger = self_made_key(dir.path(), "Stranger");
    let strange = json_file(
        dir.path(),
        "s.json",
        &signed_by(&stranger, MAY_4_2026).token,
    );
    let refused = run(
        &verifier,
        &[
            "verify",
            strange.to_str().unwrap(),
            "--trust-file",
            list.to_str().unwrap(),
        ],
    );
    assert_eq!(refused.status.code(), Some(4));
    assert!(
        stdout(&refused).contains(&format!(
            "with this line in {}:  {} Stranger\n",
            list.display(),
            stranger.did()
        )),
        "{}",
        stdout(&refused)
    );

    // 3. Installed on the device: until it is removed.
    let installed = run(
        &verifier,
        &[
            "issuer",
            "install",
            &did,
            "--name",
            "Riverside Health Training",
        ],
    );
    assert!(installed.status.success(), "{installed:?}");
    assert_eq!(stdout(&installed).trim(), did);
    trusted_by(
        &run(&verifier, &["verify", file]),
        "Riverside Health Training, trusted: an issuer trusted on this device",
    );
    let listed = run(&verifier, &["issuer", "list"]);
    assert!(
        stdout(&listed).contains(&format!(
            "{did}\tRiverside Health Training\ttrusted (verify only)"
        )),
        "{listed:?}"
    );
    let removed = run(&verifier, &["issuer", "remove", &did]);
    assert!(removed.status.success(), "{removed:?}");
    assert_eq!(run(&verifier, &["verify", file]).status.code(), Some(4));
    assert_eq!(
        run(&verifier, &["issuer", "remove", &did]).status.code(),
        Some(2),
        "not installed any more"
    );
}

#[test]
fn a_tampered_credential_is_not_valid_exit_1() {
    let dir = TempDir::new().unwrap();
    let issuer = self_made_key(dir.path(), "Riverside Health Training");
    let did = issuer.did().to_string();
    let token = signed_by(&issuer, MAY_4_2026).token;
    // The learner's name changed in the signed payload, the signature kept.
    let mut split = token.split('.');
    let (header, payload, signature) = (
        split.next().unwrap(),
        split.next().unwrap(),
        split.next().unwrap(),
    );
    use base64::Engine as _;
    let engine = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let claims = String::from_utf8(engine.decode(payload).unwrap()).unwrap();
    assert!(claims.contains("\"Amira Haddad\""));
    let changed = engine.encode(claims.replace("\"Amira Haddad\"", "\"Mallory Mason\""));
    let tampered = json_file(
        dir.path(),
        "tampered.json",
        &format!("{header}.{changed}.{signature}"),
    );
    let output = run(
        &dir.path().join("verifier"),
        &["verify", tampered.to_str().unwrap(), "--trust", &did],
    );
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let text = stdout(&output);
    assert!(
        text.starts_with("NOT VALID: the signature does not match"),
        "{text}"
    );
    assert!(
        !text.contains("Mallory"),
        "nothing unsigned is shown: {text}"
    );
}

#[test]
fn crit_and_times_that_have_not_come_are_not_valid_exit_1() {
    let dir = TempDir::new().unwrap();
    let verifier = dir.path().join("verifier");
    let issuer = self_made_key(dir.path(), "Riverside Health Training");
    let did = issuer.did().to_string();
    let token = signed_by(&issuer, MAY_4_2026).token;
    let tomorrow = Timestamp::now().plus_hours(24);
    let cases = [
        (
            resigned(&token, &issuer, |header, _| {
                header["crit"] = serde_json::json!(["exp"]);
            }),
            "critical extensions (`crit`: [\"exp\"])",
        ),
        (
            signed_by(&issuer, tomorrow).token,
            "the credential is not valid yet: it is valid from",
        ),
        (
            resigned(&token, &issuer, |_, claims| {
                claims["iat"] = (tomorrow.unix_ms() / 1_000).into();
            }),
            "a credential cannot be issued in the future",
        ),
    ];
    for (token, reason) in cases {
        let output = run(&verifier, &["verify", &token, "--trust", &did]);
        assert_eq!(output.status.code(), Some(1), "{reason}: {output:?}");
        let text = stdout(&output);
        assert!(
            text.starts_with("NOT VALID: ") && text.contains(reason),
            "{text}"
        );
    }
    // Five minutes of a fast clock are forgiven.
    let soon = Timestamp::from_unix_ms(Timestamp::now().unix_ms() + 60_000);
    let output = run(
        &verifier,
        &["verify", &signed_by(&issuer, soon).token, "--trust", &did],
    );
    assert_eq!(output.status.code(), Some(0), "{output:?}");
}

#[test]
fn wrong_command_lines_exit_2_and_say_what_is_wrong() {
    let dir = TempDir::new().unwrap();
    let verifier = dir.path().join("verifier");
    let issuer = self_made_key(dir.path(), "Riverside Health Training");
    let json = json_file(dir.path(), "c.json", &signed_by(&issuer, MAY_4_2026).token);
    let file = json.to_str().unwrap();
    let bad_list = dir.path().join("list.txt");
    std::fs::write(
        &bad_list,
        format!("# ok\n{} Riverside\nnonsense here\n", issuer.did()),
    )
    .unwrap();
    let missing_list = dir.path().join("missing.txt");
    let cases: [(Vec<&str>, String); 8] = [
        (vec!["verify"], "FILE.pdf|FILE.json|TOKEN".into()),
        (
            vec!["verify", "/no/such/file.pdf"],
            "the file /no/such/file.pdf does not exist".into(),
        ),
        (
            vec!["verify", "certificate.json"],
            "the file certificate.json does not exist".into(),
        ),
        (
            vec!["verify", dir.path().to_str().unwrap()],
            "is a folder, not a certificate".into(),
        ),
        (
            vec!["verify", file, "--trust", "did:web:example.org"],
            "--trust did:web:example.org".into(),
        ),
        (
            vec!["verify", file, "--trust-file", bad_list.to_str().unwrap()],
            format!("{}:3: ", bad_list.display()),
        ),
        (
            vec![
                "verify",
                file,
                "--trust-file",
                missing_list.to_str().unwrap(),
            ],
            missing_list.display().to_string(),
        ),
        (
            vec!["issuer", "install", issuer.did().as_str()],
            "--name".into(),
        ),
    ];
    for (args, message) in cases {
        let output = run(&verifier, &args);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {output:?}");
        let error = stderr(&output);
        assert!(error.contains(&message), "{args:?}: {error}");
        assert!(!error.contains("part(s)"), "{error}");
        assert!(stdout(&output).is_empty(), "{args:?}: {output:?}");
    }
}

#[test]
fn words_chosen_by_the_signer_cannot_rewrite_the_terminal() {
    let dir = TempDir::new().unwrap();
    let issuer = self_made_key(dir.path(), "Riverside\u{1b}[2J\u{1b}[HVALID Health\u{202e}");
    let mut certificate = certificate();
    certificate.learner_name = "Amira\rVALID".into();
    let token = SignedCertificate::sign(certificate, &issuer, MAY_4_2026).token;
    let output = run(&dir.path().join("verifier"), &["verify", &token]);
    assert_eq!(output.status.code(), Some(4));
    let text = stdout(&output);
    assert!(!text.contains(['\u{1b}', '\r', '\u{202e}']), "{text:?}");
    assert!(text.contains("Amira\\u{d}VALID"), "{text}");
    // The suggested commands use the placeholder for a token given as text.
    assert!(
        text.contains(&format!("verify TOKEN --trust {}", issuer.did())),
        "{text}"
    );
}
