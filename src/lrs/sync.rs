//! Sending the outbox to a learning record store (xAPI 1.0.3 over HTTP).
//!
//! Statements go in batches of at most 100, oldest first, as a JSON array POSTed
//! to `{endpoint}/statements` with Basic authentication. Each batch the LRS
//! accepts is removed from the outbox at once, so a run that stops (network
//! lost, program closed) resumes where it was. A statement id the LRS already
//! holds (it answers 409 Conflict to the whole batch) is looked up one by one
//! with `GET ?statementId=` and counted as delivered: nothing is stored twice.
//!
//! The statements collected from other laptops (`fieldcourse records import`)
//! go after this device's own, with the ids their devices gave them, and are
//! noted as forwarded as each batch is accepted (see
//! [`Store::mark_forwarded`]). Whichever laptop reaches the LRS first, the
//! other's copy of a statement is answered with 409 and counted as delivered.
//!
//! Every run first checks the LRS (see `check`), so a wrong address or password
//! is named even when nothing waits. A server that fails for a moment is tried
//! again after the wait it asks for in `Retry-After`, else after a doubling
//! back-off, both with jitter.

use super::error::{Error, NetworkCause, Result};
use super::remembered::Credentials;
use super::retry::{self, Pause};
use crate::progress::{ForwardCursor, OutboxStatement, Store};
use crate::time::Timestamp;
use base64::Engine as _;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// The most statements sent in one request.
pub const MAX_BATCH: usize = 100;

pub use crate::xapi::XAPI_VERSION;

/// Where and how to send.
#[derive(Debug, Clone)]
pub struct SyncConfig {
    /// The LRS address, such as `https://lrs.example.org/xapi`.
    pub endpoint: String,
    /// Basic authentication, if the LRS needs it.
    pub credentials: Option<Credentials>,
    /// Statements per request, from 1 to [`MAX_BATCH`].
    pub batch_size: usize,
    /// How many times a request is sent when the network or the server fails
    /// for a moment (5xx, 429, connection lost or timed out) before giving up.
    /// A refused connection or an unknown host fails at once.
    pub tries: u32,
    /// The wait before the second try; it doubles with each further try
    /// (plus up to half again at random). A `Retry-After` from the LRS on 429
    /// or 503 takes its place.
    pub backoff: Duration,
    /// The longest `Retry-After` wait honoured; an LRS asking for longer ends
    /// the run at once with [`Error::Busy`], which says how long it asked.
    pub longest_wait: Duration,
    /// Send credentials over plain `http://` to a host other than this
    /// computer (`--allow-http`). Without it such a run is refused before any
    /// connection is made: the password would cross the network unencrypted.
    pub allow_http: bool,
    /// How to wait between tries.
    pub pause: Pause,
    /// How long one request may take.
    pub timeout: Duration,
    /// Set it (from another thread) to stop after the current batch.
    pub cancel: Option<Arc<AtomicBool>>,
    /// Stop after this many batches, as if interrupted (for tests and trials).
    pub stop_after_batches: Option<usize>,
}

impl SyncConfig {
    /// Sends to `endpoint` with the usual settings: batches of 100, 5 tries
    /// starting 1 s apart, `Retry-After` honoured up to 2 minutes, 60 s per
    /// request, plain `http://` only to this computer.
    pub fn new(endpoint: impl Into<String>, credentials: Option<Credentials>) -> Self {
        Self {
            endpoint: endpoint.into(),
            credentials,
            batch_size: MAX_BATCH,
            tries: 5,
            backoff: Duration::from_secs(1),
            longest_wait: Duration::from_secs(120),
            allow_http: false,
            pause: Pause::default(),
            timeout: Duration::from_secs(60),
            cancel: None,
            stop_after_batches: None,
        }
    }
}

/// How far a sync has come, for a progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SyncProgress {
    /// Statements delivered so far in this run.
    pub delivered: u64,
    /// Statements that were waiting when the run started.
    pub total: u64,
}

/// What a finished sync did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SyncReport {
    /// Statements the LRS stored in this run.
    pub sent: u64,
    /// Statements the LRS already held (from an earlier, interrupted run).
    pub already_held: u64,
    /// Requests made.
    pub requests: u64,
}

/// Sends every statement waiting in `store`'s outbox, then every collected
/// statement not yet forwarded, to the LRS, calling `progress` after each
/// batch. The statements not delivered when it fails stay waiting, and the
/// error says why.
pub fn sync(
    store: &Store,
    config: &SyncConfig,
    mut progress: impl FnMut(SyncProgress),
) -> Result<SyncReport> {
    let client = Client::new(config)?;
    let total = pending(store)?;
    let mut report = SyncReport {
        sent: 0,
        already_held: 0,
        requests: 0,
    };
    client
        .check(&mut report)
        .map_err(|error| Failure::from(error).with_pending(total))?;
    let batch_size = config.batch_size.clamp(1, MAX_BATCH);
    let limit = u32::try_from(batch_size).unwrap_or(100);
    let mut batches = 0;
    let mut cursor = ForwardCursor::default();
    progress(SyncProgress {
        delivered: 0,
        total,
    });
    loop {
        let stop_requested = config
            .cancel
            .as_ref()
            .is_some_and(|cancel| cancel.load(Ordering::Relaxed))
            || config
                .stop_after_batches
                .is_some_and(|stop| batches >= stop);
        // This device's own statements first; then the collected ones.
        let mut batch = store.outbox_statements(None, 0, limit)?;
        let own = !batch.is_empty();
        if !own {
            batch = store.statements_to_forward(&mut cursor, limit)?;
        }
        if batch.is_empty() {
            return Ok(report);
        }
        if stop_requested {
            return Err(Error::Interrupted {
                delivered: report.sent + report.already_held,
                pending: pending(store)?,
            });
        }
        let outcome = if own {
            client.deliver(&batch, &mut report, &|delivered| {
                store.mark_delivered(&seqs(delivered))
            })
        } else {
            client.deliver(&batch, &mut report, &|delivered| {
                let ids: Vec<&str> = delivered.iter().map(|s| s.id.as_str()).collect();
                store.mark_forwarded(&ids, Timestamp::now())
            })
        };
        batches += 1;
        if let Err(error) = outcome {
            return Err(error.with_pending(pending(store)?));
        }
        progress(SyncProgress {
            delivered: report.sent + report.already_held,
            total,
        });
    }
}

/// Statements waiting: this device's, and those collected not yet forwarded.
fn pending(store: &Store) -> crate::progress::Result<u64> {
    Ok(store.outbox_count()?.pending + store.statements_to_forward_count()?)
}

/// Notes statements as delivered, in the store they came from.
type MarkDelivered<'m> = dyn Fn(&[&OutboxStatement]) -> crate::progress::Result<()> + 'm;

/// An HTTP failure before the outbox count is known.
enum Failure {
    Error(Error),
}

impl Failure {
    fn with_pending(self, pending: u64) -> Error {
        let Self::Error(mut error) = self;
        match &mut error {
            Error::NoRoute { pending: p, .. }
            | Error::NotAnLrs { pending: p, .. }
            | Error::NeedsCredentials { pending: p, .. }
            | Error::Busy { pending: p, .. }
            | Error::AuthRefused { pending: p, .. }
            | Error::Rejected { pending: p, .. }
            | Error::Server { pending: p, .. }
            | Error::Interrupted { pending: p, .. } => *p = pending,
            _ => {}
        }
        error
    }
}

impl From<Error> for Failure {
    fn from(error: Error) -> Self {
        Self::Error(error)
    }
}

impl From<crate::progress::Error> for Failure {
    fn from(error: crate::progress::Error) -> Self {
        Self::Error(error.into())
    }
}

/// The LRS's answer to one request.
pub(super) struct Answer {
    pub(super) status: u16,
    pub(super) body: String,
}

/// One sync's connection to the LRS.
pub(super) struct Client<'a> {
    pub(super) agent: ureq::Agent,
    pub(super) config: &'a SyncConfig,
    /// The endpoint without a trailing `/`.
    pub(super) endpoint: &'a str,
    pub(super) statements_url: String,
    pub(super) authorization: Option<String>,
}

impl<'a> Client<'a> {
    /// Checks the address (and that no password would cross the network
    /// unencrypted) before any connection is made.
    pub(super) fn new(config: &'a SyncConfig) -> Result<Self> {
        let endpoint = config.endpoint.trim_end_matches('/');
        let bad = |reason: &str| Error::BadEndpoint {
            endpoint: config.endpoint.clone(),
            reason: reason.to_owned(),
        };
        let parsed: ureq::http::Uri = endpoint
            .parse()
            .map_err(|_| bad("it cannot be read as an address"))?;
        match parsed.scheme_str() {
            Some("http" | "https") => {}
            _ => return Err(bad("it must start with https:// or http://")),
        }
        let Some(host) = parsed.host() else {
            return Err(bad("it names no host"));
        };
        if parsed.scheme_str() == Some("http")
            && config.credentials.is_some()
            && !config.allow_http
            && !super::address::is_loopback(host)
        {
            return Err(Error::PlainHttp {
                endpoint: config.endpoint.clone(),
            });
        }
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(config.timeout))
            .build()
            .into();
        let authorization = config.credentials.as_ref().map(|credentials| {
            let pair = format!("{}:{}", credentials.username, credentials.password);
            format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(pair)
            )
        });
        Ok(Self {
            agent,
            config,
            endpoint,
            statements_url: format!("{endpoint}/statements"),
            authorization,
        })
    }

    /// Delivers one batch: POST it; on 409 send only the statements the LRS
    /// does not hold; on 400 find the statement it rejects.
    fn deliver(
        &self,
        batch: &[OutboxStatement],
        report: &mut SyncReport,
        mark: &MarkDelivered<'_>,
    ) -> Result<(), Failure> {
        let mut waiting: Vec<&OutboxStatement> = batch.iter().collect();
        // A 409 is answered by checking each id, so a second 409 means another
        // client stored some of them meanwhile: check again, a few times at most.
        for _ in 0..3 {
            let answer = self.post(&waiting, report)?;
            match answer.status {
                200..=299 => {
                    mark(&waiting)?;
                    report.sent += waiting.len() as u64;
                    return Ok(());
                }
                409 => {
                    let mut new = Vec::new();
                    let mut held = Vec::new();
                    for statement in waiting {
                        if self.holds(&statement.id, report)? {
                            held.push(statement);
                        } else {
                            new.push(statement);
                        }
                    }
                    mark(&held)?;
                    report.already_held += held.len() as u64;
                    if new.is_empty() {
                        return Ok(());
                    }
                    waiting = new;
                }
                // 400 Bad Request, or 422 as FastAPI-based LRSs such as Ralph
                // answer a statement that breaks the xAPI rules.
                400 | 422 if waiting.len() > 1 => {
                    return self.find_rejected(&waiting, report, mark);
                }
                400 | 422 => {
                    return Err(Error::Rejected {
                        endpoint: self.config.endpoint.clone(),
                        position: report.sent + report.already_held + 1,
                        statement_id: waiting
                            .first()
                            .map(|statement| statement.id.clone())
                            .unwrap_or_default(),
                        reason: detail(&answer.body),
                        pending: 0,
                    }
                    .into());
                }
                status => return Err(self.status_error(status, &answer.body, 1).into()),
            }
        }
        Err(self
            .status_error(409, "the LRS kept answering Conflict", 3)
            .into())
    }

    /// Sends the statements of a rejected batch one at a time, delivering those
    /// the LRS takes, up to the one it rejects.
    fn find_rejected(
        &self,
        batch: &[&OutboxStatement],
        report: &mut SyncReport,
        mark: &MarkDelivered<'_>,
    ) -> Result<(), Failure> {
        for statement in batch {
            self.deliver(std::slice::from_ref(*statement), report, mark)?;
        }
        Ok(())
    }

    pub(super) fn status_error(&self, status: u16, body: &str, tries: u32) -> Error {
        match status {
            401 | 403 if self.authorization.is_none() => Error::NeedsCredentials {
                endpoint: self.config.endpoint.clone(),
                status,
                pending: 0,
            },
            401 | 403 => Error::AuthRefused {
                endpoint: self.config.endpoint.clone(),
                status,
                pending: 0,
            },
            _ => Error::Server {
                endpoint: self.config.endpoint.clone(),
                status,
                detail: detail(body),
                tries,
                pending: 0,
            },
        }
    }

    fn post(&self, batch: &[&OutboxStatement], report: &mut SyncReport) -> Result<Answer> {
        let statements: Vec<&serde_json::Value> =
            batch.iter().map(|statement| &statement.statement).collect();
        let body = serde_json::to_string(&statements).unwrap_or_default();
        self.with_retries(report, || {
            let mut request = self
                .agent
                .post(&self.statements_url)
                .header("X-Experience-API-Version", XAPI_VERSION)
                .header("Content-Type", "application/json");
            if let Some(authorization) = &self.authorization {
                request = request.header("Authorization", authorization);
            }
            request.send(body.as_str())
        })
    }

    /// Whether the LRS holds a statement with this id.
    fn holds(&self, id: &str, report: &mut SyncReport) -> Result<bool> {
        let answer = self.with_retries(report, || {
            let mut request = self
                .agent
                .get(&self.statements_url)
                .query("statementId", id)
                .header("X-Experience-API-Version", XAPI_VERSION);
            if let Some(authorization) = &self.authorization {
                request = request.header("Authorization", authorization);
            }
            request.call()
        })?;
        match answer.status {
            // The statement itself, or (as Ralph answers for an unknown id) a
            // result with an empty `statements` list.
            200..=299 => Ok(names_statement(&answer.body, id)),
            404 => Ok(false),
            status => Err(self.status_error(status, &answer.body, 1)),
        }
    }

    /// Sends a request, again after a wait when the network or the server
    /// fails for a moment: the wait a 429 or 503 asks for in `Retry-After`,
    /// else a doubling back-off, both with jitter.
    pub(super) fn with_retries(
        &self,
        report: &mut SyncReport,
        send: impl Fn() -> std::result::Result<ureq::http::Response<ureq::Body>, ureq::Error>,
    ) -> Result<Answer> {
        let tries = self.config.tries.max(1);
        let mut last = None;
        let mut asked: Option<Duration> = None;
        for attempt in 1..=tries {
            if attempt > 1 {
                let wait = match asked.take() {
                    Some(asked) => retry::jittered(asked),
                    None => retry::backoff(self.config.backoff, attempt),
                };
                log::warn!(
                    "{}: trying again in {:.1} s (try {attempt} of {tries}) after: {}",
                    self.config.endpoint,
                    wait.as_secs_f64(),
                    last.as_ref().map(ToString::to_string).unwrap_or_default()
                );
                self.config.pause.wait(wait);
            }
            report.requests += 1;
            match send() {
                Ok(response) => {
                    let status = response.status().as_u16();
                    asked = matches!(status, 429 | 503)
                        .then(|| response.headers().get("retry-after"))
                        .flatten()
                        .and_then(|value| value.to_str().ok())
                        .and_then(|value| retry::retry_after(value, std::time::SystemTime::now()));
                    let body = response.into_body().read_to_string().unwrap_or_default();
                    if status == 429 || status >= 500 {
                        if let Some(wait) = asked
                            && wait > self.config.longest_wait
                        {
                            return Err(Error::Busy {
                                endpoint: self.config.endpoint.clone(),
                                status,
                                wait_seconds: wait.as_secs(),
                                pending: 0,
                            });
                        }
                        last = Some(self.status_error(status, &body, attempt));
                        continue;
                    }
                    log::debug!("{}: HTTP {status}", self.config.endpoint);
                    return Ok(Answer { status, body });
                }
                Err(error) => {
                    asked = None;
                    let no_route = Error::NoRoute {
                        endpoint: self.config.endpoint.clone(),
                        cause: network_cause(&error),
                        pending: 0,
                    };
                    // Nobody listening, or no such host: waiting will not help
                    // (an offline device should hear so at once).
                    if is_definite(&error) {
                        return Err(no_route);
                    }
                    last = Some(no_route);
                }
            }
        }
        Err(last.unwrap_or(Error::NoRoute {
            endpoint: self.config.endpoint.clone(),
            cause: NetworkCause::NoRequest,
            pending: 0,
        }))
    }
}

/// Whether an LRS answer to `GET ?statementId=id` holds that statement.
fn names_statement(body: &str, id: &str) -> bool {
    let Ok(value) = serde_json::from_str::<serde_json::Value>(body) else {
        return false;
    };
    let is_it =
        |statement: &serde_json::Value| statement.get("id").and_then(|v| v.as_str()) == Some(id);
    is_it(&value)
        || value
            .get("statements")
            .and_then(|list| list.as_array())
            .is_some_and(|list| list.iter().any(is_it))
}

/// The outbox places of `statements`.
fn seqs(statements: &[&OutboxStatement]) -> Vec<i64> {
    statements.iter().map(|statement| statement.seq).collect()
}

/// Whether a network error says the LRS cannot be reached now (rather than a
/// connection lost or slow for a moment).
fn is_definite(error: &ureq::Error) -> bool {
    match error {
        ureq::Error::Io(io) => io.kind() == std::io::ErrorKind::ConnectionRefused,
        ureq::Error::HostNotFound | ureq::Error::BadUri(_) => true,
        _ => false,
    }
}

/// What kind of network failure `error` is.
fn network_cause(error: &ureq::Error) -> NetworkCause {
    match error {
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::ConnectionRefused => {
            NetworkCause::Refused
        }
        ureq::Error::HostNotFound => NetworkCause::HostNotFound,
        ureq::Error::Timeout(_) => NetworkCause::TimedOut,
        other => NetworkCause::Other(other.to_string()),
    }
}

/// The useful part of an LRS error body: its `message` or `detail` field when
/// it is JSON, else the text, cut short.
fn detail(body: &str) -> String {
    let from_json = serde_json::from_str::<serde_json::Value>(body)
        .ok()
        .and_then(|value| {
            ["message", "detail", "error"]
                .into_iter()
                .find_map(|key| value.get(key).cloned())
        })
        .map(|value| match value {
            serde_json::Value::String(text) => text,
            // FastAPI's validation errors: [{"loc": [..], "msg": ".."}, ..]
            serde_json::Value::Array(problems) => problems
                .iter()
                .map(|problem| match (problem.get("loc"), problem.get("msg")) {
                    (Some(serde_json::Value::Array(location)), Some(message)) => {
                        let field: Vec<String> = location
                            .iter()
                            .skip(2)
                            .map(|part| {
                                part.as_str()
                                    .map_or_else(|| part.to_string(), str::to_owned)
                            })
                            .collect();
                        format!(
                            "{}: {}",
                            field.join("."),
                            message.as_str().unwrap_or_default()
                        )
                    }
                    _ => problem.to_string(),
                })
                .collect::<Vec<_>>()
                .join("; "),
            other => other.to_string(),
        });
    let text = from_json.unwrap_or_else(|| body.trim().to_owned());
    if text.is_empty() {
        return "it gave no reason".to_owned();
    }
    let mut short: String = text.chars().take(500).collect();
    if short.len() < text.len() {
        short.push('…');
    }
    short
}
