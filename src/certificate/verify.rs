//! Checking a credential: the signature first, then that the credential agrees
//! with itself and that its time has come (`nbf`, `iat`). Whether its issuer is
//! trusted is the verifier's decision ([`super::trust`]); whether it has expired
//! is reported apart ([`Verified::expired_at`]).
//!
//! Nothing here panics on any input: every failure is a [`Rejection`] with its
//! reason.

use super::Certificate;
use super::credential::{self, Claims, Header};
use super::keys::DidKey;
use crate::time::Timestamp;
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

/// The longest token accepted; real ones are about 2 KB.
pub const MAX_TOKEN_BYTES: usize = 64 * 1024;
/// How far ahead of the verifier's clock a credential's `nbf` or `iat` may be,
/// for clocks a little off: 5 minutes.
pub const CLOCK_SKEW_SECONDS: i64 = 5 * 60;

/// Why a credential is not valid.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Rejection {
    /// Nothing that looks like a credential was found.
    #[error(
        "no credential was found in {what}; give the certificate's PDF, its .json file, or the token itself (it starts with `eyJ`)"
    )]
    NotFound {
        /// What was searched.
        what: String,
    },
    /// The token does not have the three parts of a JWT.
    #[error(
        "the token has {parts} part(s) instead of 3 (header.payload.signature): it is truncated or not a credential; copy it again in full"
    )]
    NotAJwt {
        /// How many dot-separated parts it has.
        parts: usize,
    },
    /// The token is longer than any credential.
    #[error(
        "the token is {bytes} bytes long, more than any credential ({MAX_TOKEN_BYTES}); it is not a Fieldcourse credential"
    )]
    TooLong {
        /// Its length.
        bytes: usize,
    },
    /// A part is not base64url or not the JSON expected.
    #[error(
        "the token's {part} cannot be read ({problem}): it was damaged or truncated; copy it again in full"
    )]
    Malformed {
        /// `header`, `payload` or `signature`.
        part: &'static str,
        /// What is wrong.
        problem: String,
    },
    /// The header asks, with `crit`, for extensions that must be understood.
    #[error(
        "the token's header lists critical extensions (`crit`: {names}) that Fieldcourse does not support, so it cannot be checked: Fieldcourse credentials have none"
    )]
    CriticalHeader {
        /// The `crit` value, as written.
        names: String,
    },
    /// The header names an algorithm other than EdDSA.
    #[error(
        "the token is signed with `{found}`, but Fieldcourse credentials are signed with EdDSA (Ed25519) only: it was not made by Fieldcourse or was altered"
    )]
    WrongAlgorithm {
        /// The `alg` found.
        found: String,
    },
    /// The issuer is not an Ed25519 `did:key`.
    #[error("the issuer cannot be checked offline: {problem}")]
    UnsupportedIssuer {
        /// What is wrong with it.
        problem: String,
    },
    /// The signature does not match the content and the issuer's key.
    #[error(
        "the signature does not match: the credential was changed after it was signed, or it was signed with another key than the issuer it names"
    )]
    BadSignature,
    /// The credential only becomes valid later (`nbf`, its `validFrom`).
    #[error(
        "the credential is not valid yet: it is valid from {valid_from}, later than this computer's clock ({now}); check the clock, or verify again after that time"
    )]
    NotYetValid {
        /// When it becomes valid (RFC 3339).
        valid_from: String,
        /// The verifier's time (RFC 3339).
        now: String,
    },
    /// The credential says it was issued in the future (`iat`).
    #[error(
        "the credential says it was issued at {issued_at}, later than this computer's clock ({now}): a credential cannot be issued in the future; check the clock, or do not trust it"
    )]
    IssuedInFuture {
        /// When it says it was issued (RFC 3339).
        issued_at: String,
        /// The verifier's time (RFC 3339).
        now: String,
    },
    /// The signed content disagrees with itself.
    #[error("the credential is signed but inconsistent ({problem}); do not trust it")]
    Inconsistent {
        /// What disagrees.
        problem: String,
    },
}

/// A credential whose signature checked out.
#[derive(Debug, Clone, PartialEq)]
pub struct Verified {
    /// The key that signed it.
    pub issuer: DidKey,
    /// The signed claims, credential included.
    pub claims: Claims,
    /// What the certificate says.
    pub certificate: Certificate,
}

impl Verified {
    /// Whether the credential has expired at `now`.
    pub fn expired_at(&self, now: Timestamp) -> bool {
        self.certificate.expired_at(now)
    }
}

/// Finds the token in what a person gave `verify`: a certificate PDF (its
/// embedded credential), a `.json` envelope, a `.jwt` file, the token text, or
/// what a QR code holds: the token, or a verification page's address with the
/// token after its last `#`.
pub fn find_token(bytes: &[u8], what: &str) -> Result<String, Rejection> {
    const MARKER: &[u8] = b"data:application/vc+jwt,";
    let not_found = || Rejection::NotFound {
        what: what.to_owned(),
    };
    if bytes.starts_with(b"%PDF") {
        // The credential is attached uncompressed, so its envelope's text is in the file.
        let start = bytes
            .windows(MARKER.len())
            .position(|window| window == MARKER)
            .ok_or_else(not_found)?
            + MARKER.len();
        let token: Vec<u8> = bytes[start..]
            .iter()
            .copied()
            .take_while(|&byte| is_token_byte(byte))
            .take(MAX_TOKEN_BYTES + 1)
            .collect();
        return String::from_utf8(token).map_err(|_| not_found());
    }
    let text = std::str::from_utf8(bytes).map_err(|_| not_found())?.trim();
    if text.starts_with('{') {
        return credential::token_from_envelope(text).ok_or_else(not_found);
    }
    // `https://ngo.example.org/verify/#eyJ...`: the token follows the last `#`
    // (a token never holds one).
    let text = text.rsplit('#').next().unwrap_or(text).trim();
    if text.is_empty() {
        return Err(not_found());
    }
    Ok(text.to_owned())
}

fn is_token_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.')
}

fn decode_part(part: &'static str, text: &str) -> Result<Vec<u8>, Rejection> {
    URL_SAFE_NO_PAD
        .decode(text)
        .map_err(|error| Rejection::Malformed {
            part,
            problem: format!("not base64url: {error}"),
        })
}

/// Checks a compact VC-JWT now: see [`verify_token_at`].
pub fn verify_token(token: &str) -> Result<Verified, Rejection> {
    verify_token_at(token, Timestamp::now())
}

/// Checks a compact VC-JWT at `now`: no `crit` header, EdDSA, an Ed25519
/// `did:key` issuer, the signature, that the signed claims agree with the
/// credential inside them, and that neither `nbf` nor `iat` is later than `now`
/// by more than [`CLOCK_SKEW_SECONDS`].
pub fn verify_token_at(token: &str, now: Timestamp) -> Result<Verified, Rejection> {
    let token = token.trim();
    if token.len() > MAX_TOKEN_BYTES {
        return Err(Rejection::TooLong { bytes: token.len() });
    }
    let parts: Vec<&str> = token.split('.').collect();
    let [header_text, payload_text, signature_text] = parts[..] else {
        return Err(Rejection::NotAJwt { parts: parts.len() });
    };
    let header: Header =
        serde_json::from_slice(&decode_part("header", header_text)?).map_err(|error| {
            Rejection::Malformed {
                part: "header",
                problem: error.to_string(),
            }
        })?;
    // RFC 7515 §4.1.11: a verifier that does not understand every extension
    // listed in `crit` must reject the token; Fieldcourse understands none.
    if let Some(crit) = &header.crit {
        // Shortened: the header is the sender's text and may be long.
        return Err(Rejection::CriticalHeader {
            names: crit.to_string().chars().take(120).collect(),
        });
    }
    if header.alg != "EdDSA" {
        return Err(Rejection::WrongAlgorithm { found: header.alg });
    }
    let payload = decode_part("payload", payload_text)?;
    // The key comes from the header's `kid` when present, else from the payload's
    // `iss`, so the signature is checked before the payload is trusted to parse.
    let issuer_text = match &header.kid {
        Some(kid) => kid.clone(),
        None => serde_json::from_slice::<serde_json::Value>(&payload)
            .ok()
            .and_then(|value| value.get("iss")?.as_str().map(str::to_owned))
            .ok_or(Rejection::BadSignature)?,
    };
    let issuer =
        DidKey::parse(&issuer_text).map_err(|problem| Rejection::UnsupportedIssuer { problem })?;
    let signature: [u8; 64] = decode_part("signature", signature_text)?
        .try_into()
        .map_err(|bytes: Vec<u8>| Rejection::Malformed {
            part: "signature",
            problem: format!("{} bytes instead of 64", bytes.len()),
        })?;
    let signing_input = &token[..header_text.len() + 1 + payload_text.len()];
    issuer
        .public_key()
        .verify_strict(
            signing_input.as_bytes(),
            &ed25519_dalek::Signature::from_bytes(&signature),
        )
        .map_err(|_| Rejection::BadSignature)?;
    // Either form: the credential is the payload, or (signed before Open
    // Badges 3.0.3) the payload's `vc` claim.
    let claims =
        Claims::from_json(&payload).map_err(|problem| Rejection::Inconsistent { problem })?;
    check_consistency(&claims, &issuer)?;
    check_time(&claims, now)?;
    let certificate = claims
        .certificate()
        .map_err(|problem| Rejection::Inconsistent { problem })?;
    // Older credentials state the code; it must be their id's.
    if claims
        .credential
        .fieldcourse
        .code
        .as_deref()
        .is_some_and(|code| code != certificate.code().as_str())
    {
        return Err(Rejection::Inconsistent {
            problem: "its verification code does not belong to its id".into(),
        });
    }
    Ok(Verified {
        issuer,
        claims,
        certificate,
    })
}

fn check_consistency(claims: &Claims, issuer: &DidKey) -> Result<(), Rejection> {
    let vc = &claims.credential;
    let seconds = |text: &str| Timestamp::parse_rfc3339(text).map(|t| t.unix_ms() / 1_000);
    let problem = if DidKey::parse(&claims.iss).ok().as_ref() != Some(issuer) {
        Some("the key that signed it is not the issuer it names (`iss`)")
    } else if vc.issuer.id != claims.iss {
        Some("the credential's issuer differs from the token's `iss`")
    } else if vc.id != claims.jti {
        Some("the credential's id differs from the token's `jti`")
    } else if seconds(&vc.valid_from) != Some(claims.nbf) {
        Some("validFrom differs from the token's `nbf`")
    } else if vc.valid_until.as_deref().map(seconds) != claims.exp.map(Some) {
        Some("validUntil differs from the token's `exp`")
    } else if vc.credential_subject.id != claims.sub {
        Some("the credential's subject differs from the token's `sub`")
    } else if !vc.types.iter().any(|kind| kind == "OpenBadgeCredential")
        || !vc.context.iter().any(|c| c == credential::CONTEXTS[0])
    {
        Some("it is not an OpenBadgeCredential")
    } else {
        None
    };
    match problem {
        Some(problem) => Err(Rejection::Inconsistent {
            problem: problem.to_owned(),
        }),
        None => Ok(()),
    }
}

/// Refuses a credential whose `nbf` or `iat` lies ahead of `now` by more than
/// the allowed clock skew.
fn check_time(claims: &Claims, now: Timestamp) -> Result<(), Rejection> {
    let now_seconds = now.unix_ms().div_euclid(1_000);
    let latest = now_seconds.saturating_add(CLOCK_SKEW_SECONDS);
    let when = |seconds: i64| Timestamp::from_unix_ms(seconds.saturating_mul(1_000)).to_rfc3339();
    if claims.nbf > latest {
        return Err(Rejection::NotYetValid {
            valid_from: when(claims.nbf),
            now: now.to_rfc3339(),
        });
    }
    if let Some(iat) = claims.iat
        && iat > latest
    {
        return Err(Rejection::IssuedInFuture {
            issued_at: when(iat),
            now: now.to_rfc3339(),
        });
    }
    Ok(())
}

/// When the credential was issued (`validFrom`).
pub fn issued_at(verified: &Verified) -> Option<Timestamp> {
    Timestamp::parse_rfc3339(&verified.claims.credential.valid_from)
}
