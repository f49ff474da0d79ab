//! Whether the form would be sent over a secure connection to a place the site expects.

use super::facts::ConnectionFacts;
use serde::Serialize;
use std::net::IpAddr;

/// The judgement on the connection, most serious problem first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum ConnectionVerdict {
    /// The page is in a secure context and the form goes over HTTPS to an expected origin.
    Secure,
    /// Like [`ConnectionVerdict::Secure`], but on a local development host over plain HTTP.
    Development,
    /// The page itself is not in a secure context (plain HTTP on the internet).
    InsecurePage,
    /// The form would be sent unencrypted (its action is not HTTPS).
    InsecureAction,
    /// The form would be sent to an origin other than the page's and not among the allowed ones.
    ForeignAction,
}

/// An origin split into scheme and host (port dropped); `None` for opaque or malformed origins.
fn split_origin(origin: &str) -> Option<(String, String)> {
    let (scheme, rest) = origin.trim().split_once("://")?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = if let Some(stripped) = authority.strip_prefix('[') {
        stripped.split(']').next().unwrap_or("")
    } else {
        authority
            .rsplit_once(':')
            .map_or(authority, |(host, _port)| host)
    };
    if scheme.is_empty() || host.is_empty() {
        return None;
    }
    Some((scheme.to_ascii_lowercase(), host.to_ascii_lowercase()))
}

/// Whether `host` is local to this machine (where plain HTTP is still a secure context).
fn is_loopback(host: &str) -> bool {
    host == "localhost"
        || host.ends_with(".localhost")
        || host.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// Origins compared case-insensitively, ignoring a trailing slash.
fn same_origin(a: &str, b: &str) -> bool {
    let norm = |s: &str| s.trim().trim_end_matches('/').to_ascii_lowercase();
    !a.trim().is_empty() && norm(a) == norm(b)
}

/// Judges the connection from the facts the browser gathered.
pub fn connection_verdict(facts: &ConnectionFacts) -> ConnectionVerdict {
    if !facts.secure_context {
        return ConnectionVerdict::InsecurePage;
    }
    let action = if facts.action_origin.trim().is_empty() {
        facts.page_origin.as_str()
    } else {
        facts.action_origin.as_str()
    };
    let Some((scheme, host)) = split_origin(action) else {
        return ConnectionVerdict::InsecureAction;
    };
    let development = scheme == "http" && is_loopback(&host);
    if scheme != "https" && !development {
        return ConnectionVerdict::InsecureAction;
    }
    let expected = same_origin(action, &facts.page_origin)
        || facts
            .allowed_origins
            .iter()
            .any(|allowed| same_origin(action, allowed));
    if !expected {
        return ConnectionVerdict::ForeignAction;
    }
    if development {
        ConnectionVerdict::Development
    } else {
        ConnectionVerdict::Secure
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_hosts_with_ports_and_ipv6() {
        assert_eq!(
            split_origin("https://Example.com:8443"),
            Some(("https".into(), "example.com".into()))
        );
        assert_eq!(
            split_origin("http://[::1]:80"),
            Some(("http".into(), "::1".into()))
        );
        assert_eq!(split_origin("null"), None);
        assert_eq!(split_origin("https://"), None);
    }
}
