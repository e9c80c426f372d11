//! Telling an address on this computer from one elsewhere: credentials may
//! cross plain `http://` to this computer only.

use std::net::IpAddr;

/// Whether `host` (as an address names it) is this computer: `localhost`,
/// 127.0.0.0/8 or `::1`.
pub(super) fn is_loopback(host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<IpAddr>()
            .is_ok_and(|address| address.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::is_loopback;

    #[test]
    fn only_this_computer_is_loopback() {
        for host in ["localhost", "LOCALHOST", "127.0.0.1", "127.8.9.10", "[::1]"] {
            assert!(is_loopback(host), "{host}");
        }
        for host in [
            "lrs.example.org",
            "10.0.0.1",
            "192.168.1.2",
            "[::2]",
            "localhost.example.org",
        ] {
            assert!(!is_loopback(host), "{host}");
        }
    }
}
