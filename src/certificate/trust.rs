//! Whom a verifier trusts. A valid signature only proves that whoever holds a
//! key signed the credential; anyone can make a key and write any name in it.
//! So `verify` accepts a credential only when its key is trusted, in one of
//! three ways:
//!
//! - installed on this device: the device's own key, an organisation key
//!   installed with `fieldcourse issuer install FILE`, or a public key trusted
//!   with `fieldcourse issuer install did:key:... --name ORG`;
//! - given on the command line with `--trust did:key:...`;
//! - listed in a trusted-issuers file given with `--trust-file FILE`.
//!
//! A trusted-issuers file has one `did:key`, a space and the issuer's name per
//! line; blank lines and lines starting with `#` are ignored:
//!
//! ```text
//! # Issuers we accept certificates from
//! did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK Riverside Health Training
//! ```

use super::keys::{DidKey, IssuerKey, Keyring, Replace, create_private_dir, write_atomically};
use super::{Error, Result, io_error};
use std::fmt;
use std::path::{Path, PathBuf};

/// The folder (inside `keys/`) of public keys trusted on this device.
const TRUSTED_DIR: &str = "trusted";
/// The extension of a trusted public key's file.
const TRUSTED_EXTENSION: &str = "did";

/// Where the trust in an issuer comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TrustSource {
    /// This device's own key (`keys/device.key`).
    DeviceKey,
    /// An organisation key installed with `fieldcourse issuer install FILE`.
    InstalledKey,
    /// A public key installed with `fieldcourse issuer install did:key:...`.
    InstalledPublicKey,
    /// Given with `--trust` on the command line.
    CommandLine,
    /// A line of a trusted-issuers file given with `--trust-file`.
    File {
        /// The file.
        path: PathBuf,
        /// The line, from 1.
        line: usize,
    },
}

impl fmt::Display for TrustSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::DeviceKey => f.write_str("this device's own key"),
            Self::InstalledKey => f.write_str("an issuer key installed on this device"),
            Self::InstalledPublicKey => f.write_str("an issuer trusted on this device"),
            Self::CommandLine => f.write_str("--trust on the command line"),
            Self::File { path, line } => write!(f, "{}:{line}", path.display()),
        }
    }
}

/// An issuer key the verifier trusts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrustedIssuer {
    /// The key.
    pub did: DidKey,
    /// The name the verifier knows the issuer by, when one was given.
    pub name: Option<String>,
    /// Where the trust comes from.
    pub source: TrustSource,
}

/// The issuers a verifier trusts; the first entry for a key is the one reported.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustList {
    issuers: Vec<TrustedIssuer>,
}

impl TrustList {
    /// An empty list: nobody is trusted.
    pub fn new() -> Self {
        Self::default()
    }

    /// Trusts `issuer` too.
    pub fn add(&mut self, issuer: TrustedIssuer) {
        self.issuers.push(issuer);
    }

    /// The entry that trusts `did`, if any.
    pub fn find(&self, did: &DidKey) -> Option<&TrustedIssuer> {
        self.issuers.iter().find(|issuer| issuer.did == *did)
    }

    /// Every entry, in the order added.
    pub fn issuers(&self) -> &[TrustedIssuer] {
        &self.issuers
    }
}

impl Extend<TrustedIssuer> for TrustList {
    fn extend<I: IntoIterator<Item = TrustedIssuer>>(&mut self, iter: I) {
        self.issuers.extend(iter);
    }
}

/// Reads a trusted-issuers file (see the module documentation for its format).
pub fn read_trust_file(path: &Path) -> Result<Vec<TrustedIssuer>> {
    let text =
        std::fs::read_to_string(path).map_err(io_error(path, "read the trusted-issuers file"))?;
    parse_trust_file(&text, path)
}

/// Reads the text of a trusted-issuers file; a bad line is an error naming
/// `path` and the line.
pub fn parse_trust_file(text: &str, path: &Path) -> Result<Vec<TrustedIssuer>> {
    // Files saved by Windows Notepad may start with a byte order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut issuers = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line_number = index + 1;
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (did, name) = parse_line(line).map_err(|problem| Error::TrustFile {
            path: path.to_owned(),
            line: line_number,
            problem,
        })?;
        issuers.push(TrustedIssuer {
            did,
            name: Some(name),
            source: TrustSource::File {
                path: path.to_owned(),
                line: line_number,
            },
        });
    }
    Ok(issuers)
}

/// One trusted-issuers line: the did:key and the name after it.
fn parse_line(line: &str) -> std::result::Result<(DidKey, String), String> {
    let (did, name) = line
        .split_once(char::is_whitespace)
        .map_or((line, ""), |(did, name)| (did, name.trim()));
    let did = DidKey::parse(did)?;
    if name.is_empty() {
        return Err(format!("no issuer name after {did}"));
    }
    Ok((did, name.to_owned()))
}

/// One line of a trusted-issuers file for `did` and `name`.
pub fn trust_line(did: &DidKey, name: &str) -> String {
    format!("{did} {}", one_line(name))
}

/// `name` on one line, its runs of white space (line breaks included) made one space.
fn one_line(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn file_stem(did: &DidKey) -> &str {
    did.as_str().trim_start_matches("did:key:")
}

impl Keyring {
    fn trusted_dir(&self) -> PathBuf {
        self.dir().join(TRUSTED_DIR)
    }

    /// The file that records that this device trusts `did`.
    pub fn trusted_key_path(&self, did: &DidKey) -> PathBuf {
        self.trusted_dir()
            .join(format!("{}.{TRUSTED_EXTENSION}", file_stem(did)))
    }

    /// Trusts the public key `did` on this device, known as `name`: `verify`
    /// then accepts the credentials it signs. No secret is involved, so this
    /// device cannot sign with it. Trusting a key again renames it.
    pub fn trust(&self, did: &DidKey, name: &str) -> Result<TrustedIssuer> {
        let name = one_line(name);
        let path = self.trusted_key_path(did);
        if name.is_empty() {
            return Err(Error::TrustFile {
                path,
                line: 1,
                problem: format!("no issuer name given for {did}"),
            });
        }
        create_private_dir(&self.trusted_dir())?;
        let text = format!(
            "# Trusted with `fieldcourse issuer install`: verify accepts what this key signs.\n{}\n",
            trust_line(did, &name)
        );
        write_atomically(&path, text.as_bytes(), Replace::Existing)?;
        Ok(TrustedIssuer {
            did: did.clone(),
            name: Some(name),
            source: TrustSource::InstalledPublicKey,
        })
    }

    /// Stops trusting a public key trusted with [`Keyring::trust`]; false when
    /// it was not trusted that way.
    pub fn untrust(&self, did: &DidKey) -> Result<bool> {
        let path = self.trusted_key_path(did);
        match std::fs::remove_file(&path) {
            Ok(()) => Ok(true),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(false),
            Err(error) => Err(io_error(&path, "remove the trusted key")(error)),
        }
    }

    /// The issuers this device trusts: its own key (when it has made one), the
    /// organisation keys installed here and the public keys trusted here.
    ///
    /// A file that cannot be read is reported beside the rest and its key is
    /// simply not trusted, so one damaged file never hides the others.
    pub fn installed_trust(&self) -> (Vec<TrustedIssuer>, Vec<Error>) {
        let mut trusted = Vec::new();
        let mut problems = Vec::new();
        let device = self.device_key_path();
        if device.exists() {
            match IssuerKey::read(&device) {
                Ok(key) => trusted.push(from_key(&key, TrustSource::DeviceKey)),
                Err(error) => problems.push(error),
            }
        }
        for path in files_in(&self.issuers_dir(), "key", &mut problems) {
            match IssuerKey::read(&path) {
                Ok(key) => trusted.push(from_key(&key, TrustSource::InstalledKey)),
                Err(error) => problems.push(error),
            }
        }
        for path in files_in(&self.trusted_dir(), TRUSTED_EXTENSION, &mut problems) {
            match read_trust_file(&path) {
                Ok(issuers) => trusted.extend(issuers.into_iter().map(|issuer| TrustedIssuer {
                    source: TrustSource::InstalledPublicKey,
                    ..issuer
                })),
                Err(error) => problems.push(error),
            }
        }
        (trusted, problems)
    }
}

impl Keyring {
    /// The keys this device trusts to publish courses: the same as it trusts
    /// to issue certificates (its own key, the organisation keys installed
    /// here and the public keys trusted here), each under the name known here.
    /// A key file that cannot be read is logged and its key not trusted.
    pub fn trusted_publishers(&self) -> crate::course::TrustedPublishers {
        let (trusted, problems) = self.installed_trust();
        for problem in problems {
            log::warn!("a key is not trusted to publish courses: {problem}");
        }
        let mut publishers = crate::course::TrustedPublishers::new();
        for issuer in trusted {
            publishers.trust(&issuer.did, issuer.name);
        }
        publishers
    }
}

fn from_key(key: &IssuerKey, source: TrustSource) -> TrustedIssuer {
    TrustedIssuer {
        did: key.did().clone(),
        name: Some(key.name.clone()),
        source,
    }
}

/// The files in `dir` ending in `.extension`, sorted; none when `dir` does not exist.
fn files_in(dir: &Path, extension: &str, problems: &mut Vec<Error>) -> Vec<PathBuf> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Vec::new(),
        Err(error) => {
            problems.push(io_error(dir, "list the key folder")(error));
            return Vec::new();
        }
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|found| found == extension))
        .collect();
    files.sort();
    files
}
