//! Whom a verifier trusts: trusted-issuers files, keys installed on the
//! device, and key files written whole or not at all.

use crate::common::key;
use fieldcourse::certificate::keys::{DidKey, IssuerKey, Keyring};
use fieldcourse::certificate::trust::{
    TrustList, TrustSource, TrustedIssuer, parse_trust_file, read_trust_file, trust_line,
};
use fieldcourse::certificate::{Error, KeyKind};
use std::path::Path;
use tempfile::TempDir;

fn did(seed: u8) -> DidKey {
    key(seed, KeyKind::Organisation).did().clone()
}

#[test]
fn a_trust_file_lists_one_did_and_a_name_per_line() {
    let text = format!(
        "\u{feff}# Issuers we accept\n\n{}  Riverside Health Training \r\n   # indented comment\n{} Ministry of Health, District 4\n",
        did(1),
        did(2)
    );
    let issuers = parse_trust_file(&text, Path::new("trusted.txt")).unwrap();
    assert_eq!(
        issuers,
        [
            TrustedIssuer {
                did: did(1),
                name: Some("Riverside Health Training".into()),
                source: TrustSource::File {
                    path: "trusted.txt".into(),
                    line: 3
                },
            },
            TrustedIssuer {
                did: did(2),
                name: Some("Ministry of Health, District 4".into()),
                source: TrustSource::File {
                    path: "trusted.txt".into(),
                    line: 5
                },
            },
        ]
    );
    assert_eq!(issuers[1].source.to_string(), "trusted.txt:5");
    assert!(
        parse_trust_file("# nobody yet\n\n", Path::new("t"))
            .unwrap()
            .is_empty()
    );
    // What `trust_line` writes reads back.
    let line = trust_line(&did(3), "  Two\nlines ");
    assert_eq!(line, format!("{} Two lines", did(3)));
    let back = parse_trust_file(&line, Path::new("t")).unwrap();
    assert_eq!(
        (&back[0].did, back[0].name.as_deref()),
        (&did(3), Some("Two lines"))
    );
}

#[test]
fn a_bad_line_is_an_error_naming_the_file_and_the_line() {
    let cases = [
        (
            format!("# ok\n{} Org\nnot-a-did Org\n", did(1)),
            3,
            "is not a did:key",
        ),
        (format!("{}\n", did(1)), 1, "no issuer name"),
        ("did:web:example.org Org".to_owned(), 1, "is not a did:key"),
        ("\n\ndid:key:z6Mk0OIl Org".to_owned(), 3, "base58"),
        (
            "did:key:zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme Org".to_owned(),
            1,
            "not an Ed25519 key",
        ),
    ];
    for (text, line, problem) in cases {
        let error = parse_trust_file(&text, Path::new("issuers.txt")).unwrap_err();
        let Error::TrustFile { line: found, .. } = &error else {
            panic!("{error:?}");
        };
        assert_eq!(*found, line, "{text}");
        let message = error.to_string();
        assert!(
            message.starts_with(&format!("issuers.txt:{line}: ")) && message.contains(problem),
            "{message}"
        );
    }
    let missing = read_trust_file(Path::new("/no/such/trusted.txt")).unwrap_err();
    assert!(
        missing.to_string().contains("/no/such/trusted.txt"),
        "{missing}"
    );
}

#[test]
fn the_first_entry_for_a_key_is_the_one_found() {
    let mut trust = TrustList::new();
    assert!(trust.find(&did(1)).is_none());
    trust.add(TrustedIssuer {
        did: did(1),
        name: None,
        source: TrustSource::CommandLine,
    });
    trust.extend(parse_trust_file(&format!("{} A\n{} B", did(1), did(2)), Path::new("f")).unwrap());
    assert_eq!(
        trust.find(&did(1)).unwrap().source,
        TrustSource::CommandLine
    );
    assert_eq!(trust.find(&did(2)).unwrap().name.as_deref(), Some("B"));
    assert!(trust.find(&did(3)).is_none());
    assert_eq!(trust.issuers().len(), 3);
}

#[test]
fn a_device_trusts_its_own_key_and_the_issuers_installed_on_it() {
    let dir = TempDir::new().unwrap();
    let keyring = Keyring::new(&dir.path().join("data"));
    let (nothing, problems) = keyring.installed_trust();
    assert!(nothing.is_empty() && problems.is_empty());
    assert!(
        !keyring.dir().exists(),
        "looking for trusted keys makes no key"
    );

    let device = keyring.device_key().unwrap();
    let org_file = dir.path().join("org.key");
    let org = IssuerKey::generate(
        "Riverside Health Training",
        KeyKind::Organisation,
        &org_file,
    )
    .unwrap();
    org.write_new(&org_file).unwrap();
    keyring.install(&org_file).unwrap();
    keyring.trust(&did(5), " Ministry\tof Health ").unwrap();

    let (trusted, problems) = keyring.installed_trust();
    assert!(problems.is_empty(), "{problems:?}");
    let found: Vec<(&DidKey, Option<&str>, &TrustSource)> = trusted
        .iter()
        .map(|issuer| (&issuer.did, issuer.name.as_deref(), &issuer.source))
        .collect();
    assert_eq!(
        found,
        [
            (
                device.did(),
                Some("Fieldcourse device"),
                &TrustSource::DeviceKey
            ),
            (
                org.did(),
                Some("Riverside Health Training"),
                &TrustSource::InstalledKey
            ),
            (
                &did(5),
                Some("Ministry of Health"),
                &TrustSource::InstalledPublicKey
            ),
        ]
    );
    // A trusted public key cannot sign: only organisation key files do.
    assert!(keyring.issuer_key(did(5).as_str()).unwrap().is_none());

    // Trusting again renames; untrusting removes, once.
    keyring
        .trust(&did(5), "Ministry of Health, Region 2")
        .unwrap();
    let (trusted, _) = keyring.installed_trust();
    assert_eq!(
        trusted[2].name.as_deref(),
        Some("Ministry of Health, Region 2")
    );
    assert!(keyring.untrust(&did(5)).unwrap());
    assert!(!keyring.untrust(&did(5)).unwrap());
    assert_eq!(keyring.installed_trust().0.len(), 2);
    assert!(matches!(
        keyring.trust(&did(6), " \n"),
        Err(Error::TrustFile { .. })
    ));
}

#[test]
fn a_damaged_trusted_key_is_reported_and_the_others_still_count() {
    let dir = TempDir::new().unwrap();
    let keyring = Keyring::new(dir.path());
    keyring.trust(&did(1), "One").unwrap();
    keyring.trust(&did(2), "Two").unwrap();
    let damaged = keyring.trusted_key_path(&did(1));
    std::fs::write(&damaged, "did:key:z6MkBROKEN One\n").unwrap();
    let (trusted, problems) = keyring.installed_trust();
    assert_eq!(trusted.len(), 1);
    assert_eq!(trusted[0].did, did(2));
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0]
            .to_string()
            .contains(&format!("{}:1", damaged.display())),
        "{}",
        problems[0]
    );
}

#[test]
fn a_key_file_appears_whole_under_its_name_or_not_at_all() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("org.key");
    let org = key(4, KeyKind::Organisation);
    org.write_new(&path).unwrap();
    let names = |dir: &Path| -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    assert_eq!(names(dir.path()), ["org.key"], "no temporary file is left");
    assert_eq!(IssuerKey::read(&path).unwrap().did(), org.did());

    // Refused over an existing key, which stays as it was, with no leftovers.
    let before = std::fs::read(&path).unwrap();
    let error = key(5, KeyKind::Organisation).write_new(&path).unwrap_err();
    assert!(
        matches!(&error, Error::Io { source, .. } if source.kind() == std::io::ErrorKind::AlreadyExists),
        "{error:?}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert_eq!(names(dir.path()), ["org.key"]);

    // A folder that cannot take the file leaves nothing behind either.
    let missing = dir.path().join("no-such-folder/org.key");
    let error = org.write_new(&missing).unwrap_err().to_string();
    assert!(error.contains("no-such-folder"), "{error}");
    assert_eq!(names(dir.path()), ["org.key"]);

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        let keyring = Keyring::new(&dir.path().join("data"));
        keyring.trust(&did(1), "One").unwrap();
        let mode = std::fs::metadata(keyring.trusted_key_path(&did(1)))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
        assert_eq!(
            names(&keyring.dir().join("trusted")),
            [format!(
                "{}.did",
                did(1).as_str().trim_start_matches("did:key:")
            )]
        );
    }
}
