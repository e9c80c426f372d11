//! What can go wrong when learning records leave the device, each said with
//! its cause and what to do.

use crate::progress;
use std::path::PathBuf;
use std::sync::Arc;

/// A result of the xAPI module.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Why learning records could not be exported or sent.
///
/// `Clone`, so it can travel inside GUI messages. When sending fails, the
/// statements not yet delivered stay in the outbox.
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The progress store could not be read or written.
    #[error(transparent)]
    Store(#[from] progress::Error),
    /// A file could not be read or written.
    #[error("could not {action} {}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// What was being done, as a verb phrase.
        action: &'static str,
        /// What the operating system said.
        #[source]
        source: Arc<std::io::Error>,
    },
    /// A settings or credentials file is not in the expected form.
    #[error("{} cannot be read: {problem}; {fix}", path.display())]
    BadFile {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        problem: String,
        /// What to do.
        fix: &'static str,
    },
    /// No LRS address was given and none is remembered.
    #[error(
        "no learning record store is set up; give its address once with `fieldcourse xapi sync --endpoint URL --user USER --password PASSWORD` and it is remembered"
    )]
    NoEndpoint,
    /// The LRS address is not a usable http(s) address.
    #[error(
        "`{endpoint}` is not an LRS address ({reason}); give it as `https://lrs.example.org/xapi`"
    )]
    BadEndpoint {
        /// The address given.
        endpoint: String,
        /// What is wrong with it.
        reason: String,
    },
    /// Credentials would cross the network unencrypted: plain `http://` to a
    /// host other than this computer, without `--allow-http`. Refused before
    /// any connection is made.
    #[error(
        "`{endpoint}` is a plain http:// address on another computer: the LRS user name and password would cross the network unencrypted, so nothing was sent; give the LRS's https:// address, or pass --allow-http if you accept that risk on this network"
    )]
    PlainHttp {
        /// The address given.
        endpoint: String,
    },
    /// Something answers at the address, but not as an xAPI LRS does.
    #[error(
        "{endpoint} is not the address of a learning record store ({reason}); check it with whoever runs the LRS: it is the xAPI endpoint, the address that `/statements` and `/about` follow, such as https://lrs.example.org/xapi. Nothing was removed from the outbox: {pending} statements wait"
    )]
    NotAnLrs {
        /// The LRS address.
        endpoint: String,
        /// What answered instead, in words.
        reason: String,
        /// Statements still waiting.
        pending: u64,
    },
    /// The LRS wants a user name and password, and none were given.
    #[error(
        "the learning record store at {endpoint} asks for a user name and password (HTTP {status}); give them with `fieldcourse xapi sync --user USER --password PASSWORD` (or in the trainer area), as its administrator set them up. Nothing was removed from the outbox: {pending} statements wait"
    )]
    NeedsCredentials {
        /// The LRS address.
        endpoint: String,
        /// 401 or 403.
        status: u16,
        /// Statements still waiting.
        pending: u64,
    },
    /// The LRS is busy and asks to wait longer than a sync waits.
    #[error(
        "the learning record store at {endpoint} is busy (HTTP {status}) and asks to wait {wait_seconds} seconds before trying again; try again after that. Nothing more was removed from the outbox: {pending} statements wait"
    )]
    Busy {
        /// The LRS address.
        endpoint: String,
        /// 429 or 503.
        status: u16,
        /// The wait the LRS asked for, in seconds.
        wait_seconds: u64,
        /// Statements still waiting.
        pending: u64,
    },
    /// The LRS could not be reached at all.
    #[error(
        "could not reach the learning record store at {endpoint} ({cause}); check the network connection and the address, then try again. Nothing was removed from the outbox: {pending} statements wait"
    )]
    NoRoute {
        /// The LRS address.
        endpoint: String,
        /// Why, as far as the network tells.
        cause: NetworkCause,
        /// Statements still waiting.
        pending: u64,
    },
    /// The LRS refused the credentials.
    #[error(
        "the learning record store at {endpoint} refused the credentials (HTTP {status}); check the user name and password with the LRS administrator. Nothing was removed from the outbox: {pending} statements wait"
    )]
    AuthRefused {
        /// The LRS address.
        endpoint: String,
        /// 401 or 403.
        status: u16,
        /// Statements still waiting.
        pending: u64,
    },
    /// The LRS refused one statement as invalid.
    #[error(
        "the learning record store at {endpoint} rejected statement {position} (id {statement_id}) because: {reason}. The statements before it were delivered; it and the {pending} statements waiting stay in the outbox: please report this to Fieldcourse with the id"
    )]
    Rejected {
        /// The LRS address.
        endpoint: String,
        /// The statement's place among those this run sent (from 1).
        position: u64,
        /// The statement's id.
        statement_id: String,
        /// What the LRS said.
        reason: String,
        /// Statements still waiting.
        pending: u64,
    },
    /// The LRS answered with an error that retrying did not cure.
    #[error(
        "the learning record store at {endpoint} answered HTTP {status} ({detail}); requests made: {tries}. Try again later. Nothing more was removed from the outbox: {pending} statements wait"
    )]
    Server {
        /// The LRS address.
        endpoint: String,
        /// The HTTP status.
        status: u16,
        /// What it said.
        detail: String,
        /// How many times the request was sent.
        tries: u32,
        /// Statements still waiting.
        pending: u64,
    },
    /// Sending stopped before the end (cancelled, or a test stop).
    #[error(
        "sending stopped after {delivered} statements; {pending} wait in the outbox and are sent on the next run"
    )]
    Interrupted {
        /// Statements delivered in this run.
        delivered: u64,
        /// Statements still waiting.
        pending: u64,
    },
}

impl Error {
    pub(crate) fn io<'a>(
        path: &'a std::path::Path,
        action: &'static str,
    ) -> impl FnOnce(std::io::Error) -> Self + 'a {
        move |source| Self::Io {
            path: path.to_owned(),
            action,
            source: Arc::new(source),
        }
    }
}

/// Why an LRS could not be reached: a kind, worded here for the command
/// line and by the app for its window.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum NetworkCause {
    /// Nothing listens at the address's port.
    #[error("the connection was refused: no LRS is listening there")]
    Refused,
    /// The address's host name is unknown (or there is no network).
    #[error("the host name was not found")]
    HostNotFound,
    /// The LRS took too long to answer.
    #[error("the LRS did not answer in time")]
    TimedOut,
    /// No request could be made at all.
    #[error("no request was made")]
    NoRequest,
    /// Another network failure, as the HTTP client words it.
    #[error("{0}")]
    Other(String),
}

// Errors travel inside GUI messages, which must be `Clone + Send + Sync`:
// checked when the crate compiles, so no test run is needed to catch a change.
const _: fn() = || {
    fn travels<T: Clone + Send + Sync + 'static>() {}
    travels::<Error>();
};
