//! Checking an LRS before sending, so a wrong address or password is found the
//! day it is typed and not weeks later: `GET {endpoint}/about` (which an xAPI
//! LRS answers, without credentials, with the versions it speaks), then one
//! authenticated `GET {endpoint}/statements?limit=1`, which must answer with
//! a statement result. Some LRSs (Ralph 5 among them) have no `/about`: its
//! absence alone is not held against an address whose statements answer.

use super::error::{Error, Result};
use super::sync::{Client, SyncConfig, SyncReport, XAPI_VERSION};

/// Checks that the LRS of `config` answers as an xAPI LRS and takes its
/// credentials, without sending anything. The errors name what is wrong: a
/// plain `http://` address elsewhere ([`Error::PlainHttp`], before any
/// connection), nobody there ([`Error::NoRoute`]), not an LRS
/// ([`Error::NotAnLrs`]), or credentials missing or refused
/// ([`Error::NeedsCredentials`], [`Error::AuthRefused`]).
pub fn check_lrs(config: &SyncConfig) -> Result<()> {
    let client = Client::new(config)?;
    let mut report = SyncReport {
        sent: 0,
        already_held: 0,
        requests: 0,
    };
    client.check(&mut report)
}

/// Whether the endpoint of `config` is refused without `--allow-http`: plain
/// `http://` to another computer with credentials. Decided without a
/// connection, so a form can say so before sending.
pub fn refuses_plain_http(config: &SyncConfig) -> bool {
    matches!(Client::new(config), Err(Error::PlainHttp { .. }))
}

impl Client<'_> {
    /// The two checks; each request counts in `report`.
    pub(super) fn check(&self, report: &mut SyncReport) -> Result<()> {
        let about_url = format!("{}/about", self.endpoint);
        let about = self.with_retries(report, || {
            self.agent
                .get(&about_url)
                .header("X-Experience-API-Version", XAPI_VERSION)
                .call()
        })?;
        // Without /about (some LRSs keep it behind their credentials, some
        // have none), the statements resource tells.
        let about_missing = match about.status {
            200..=299 => {
                self.speaks_xapi(&about.body)?;
                None
            }
            401 | 403 => None,
            status => Some(format!(
                "{about_url} answered HTTP {}",
                status_words(status)
            )),
        };
        let answer = self.with_retries(report, || {
            let mut request = self
                .agent
                .get(&self.statements_url)
                .query("limit", "1")
                .header("X-Experience-API-Version", XAPI_VERSION);
            if let Some(authorization) = &self.authorization {
                request = request.header("Authorization", authorization);
            }
            request.call()
        })?;
        match answer.status {
            200..=299 if is_statement_result(&answer.body) => {
                log::info!(
                    "{}: the LRS answered and took the credentials",
                    self.endpoint
                );
                Ok(())
            }
            200..=299 => Err(self.not_an_lrs(format!(
                "{} answered, but not with statements as an LRS does",
                self.statements_url
            ))),
            404 | 405 => {
                let statements = format!(
                    "{} answered HTTP {}",
                    self.statements_url,
                    status_words(answer.status)
                );
                Err(self.not_an_lrs(match about_missing {
                    Some(about) => format!("{about}, and {statements}"),
                    None => statements,
                }))
            }
            status => Err(self.status_error(status, &answer.body, 1)),
        }
    }

    /// Whether an `/about` answer is an xAPI LRS's: JSON whose `version` lists
    /// a 1.0 version.
    fn speaks_xapi(&self, body: &str) -> Result<()> {
        let versions: Option<Vec<String>> = serde_json::from_str::<serde_json::Value>(body)
            .ok()
            .and_then(|about| about.get("version").cloned())
            .and_then(|versions| serde_json::from_value(versions).ok());
        match versions {
            None => Err(self.not_an_lrs(format!(
                "{}/about answered, but not with the list of xAPI versions an LRS gives",
                self.endpoint
            ))),
            Some(versions) if !versions.iter().any(|version| version.starts_with("1.0")) => {
                Err(self.not_an_lrs(format!(
                    "it speaks xAPI {} only, and Fieldcourse speaks {XAPI_VERSION}",
                    versions.join(", ")
                )))
            }
            Some(_) => Ok(()),
        }
    }

    fn not_an_lrs(&self, reason: String) -> Error {
        log::debug!("{}: not an LRS: {reason}", self.endpoint);
        Error::NotAnLrs {
            endpoint: self.config.endpoint.clone(),
            reason,
            pending: 0,
        }
    }
}

/// Whether `body` is an xAPI statement result: an object with a
/// `statements` list.
fn is_statement_result(body: &str) -> bool {
    serde_json::from_str::<serde_json::Value>(body)
        .ok()
        .is_some_and(|result| result.get("statements").is_some_and(|list| list.is_array()))
}

/// `404 Not Found` for the statuses a wrong address gets, else the number.
fn status_words(status: u16) -> String {
    match status {
        404 => "404 Not Found".to_owned(),
        405 => "405 Method Not Allowed".to_owned(),
        other => other.to_string(),
    }
}
