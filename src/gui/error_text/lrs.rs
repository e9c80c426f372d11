//! The LRS client's errors, worded for the trainer who sends learning
//! records. Every message that follows a failed send says how many records
//! still wait: none is lost.

use super::{ErrorText, worded_by};
use crate::lrs;

/// The words for `error` of the LRS client.
fn lrs(error: &lrs::Error) -> ErrorText {
    use lrs::Error as E;
    let waiting = |id, endpoint: &str, pending: u64| {
        ErrorText::new(id)
            .value("address", endpoint)
            .number("pending", pending as i64)
    };
    match error {
        E::Store(error) => error.into(),
        E::Io { path, source, .. } => ErrorText::new("error-lrs-io")
            .path("file", path)
            .io_reason(source),
        E::BadFile { path, .. } => ErrorText::new("error-lrs-bad-file").path("file", path),
        E::NoEndpoint => ErrorText::new("records-no-endpoint"),
        E::BadEndpoint { endpoint, .. } => {
            ErrorText::new("error-lrs-bad-address").value("address", endpoint)
        }
        E::PlainHttp { .. } => ErrorText::new("records-plain-http"),
        E::NotAnLrs {
            endpoint, pending, ..
        } => waiting("error-lrs-not-an-lrs", endpoint, *pending),
        E::NeedsCredentials {
            endpoint, pending, ..
        } => waiting("error-lrs-needs-credentials", endpoint, *pending),
        E::Busy {
            endpoint,
            wait_seconds,
            pending,
            ..
        } => waiting("error-lrs-busy", endpoint, *pending).number("seconds", *wait_seconds as i64),
        E::NoRoute {
            endpoint,
            cause,
            pending,
        } => waiting("error-lrs-no-route", endpoint, *pending).message("cause", network(cause)),
        E::AuthRefused {
            endpoint, pending, ..
        } => waiting("error-lrs-refused-credentials", endpoint, *pending),
        E::Rejected {
            endpoint,
            statement_id,
            pending,
            ..
        } => waiting("error-lrs-rejected", endpoint, *pending).value("statement", statement_id),
        E::Server {
            endpoint,
            status,
            pending,
            ..
        } => waiting("error-lrs-server", endpoint, *pending).number("status", i64::from(*status)),
        E::Interrupted { delivered, pending } => ErrorText::new("error-lrs-interrupted")
            .number("delivered", *delivered as i64)
            .number("pending", *pending as i64),
    }
}
worded_by!(lrs::Error, lrs);

/// The Fluent id of why the LRS could not be reached.
fn network(cause: &lrs::NetworkCause) -> &'static str {
    use lrs::NetworkCause as C;
    match cause {
        C::Refused => "network-refused",
        C::HostNotFound => "network-host-not-found",
        C::TimedOut => "network-timed-out",
        C::NoRequest | C::Other(_) => "network-other",
    }
}
