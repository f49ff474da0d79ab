//! Turns what a person pasted (a URL or a bare host) into its parts: scheme, user info, host.

use std::net::{Ipv4Addr, Ipv6Addr};
use url::{Host, Url};

/// The host of a parsed URL.
///
/// ```
/// use signup_guard::lookalike::{parse_target, TargetHost};
/// let target = parse_target("http://0xC0.0xA8.1.1/")?;
/// assert!(matches!(target.host, Some(TargetHost::Ipv4 { obfuscated: true, .. })));
/// # Ok::<(), signup_guard::lookalike::TargetError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TargetHost {
    /// A domain name, ASCII (punycode) and lowercase as the URL parser normalised it.
    Domain(String),
    /// An IPv4 address; `obfuscated` when it was written in another form than dotted decimal
    /// (`http://3232235777`, `0xC0.0xA8.1.1`, `0300.0250.1.1`).
    Ipv4 {
        /// The address.
        address: Ipv4Addr,
        /// Whether the input wrote it in a disguised form.
        obfuscated: bool,
    },
    /// An IPv6 address.
    Ipv6(Ipv6Addr),
}

/// A URL or host split into what the lookalike rules look at.
///
/// ```
/// use signup_guard::lookalike::{parse_target, TargetHost};
/// let target = parse_target("https://bank.com@evil.example/login")?;
/// assert_eq!(target.scheme, "https");
/// assert_eq!(target.userinfo, "bank.com");
/// assert_eq!(target.host, Some(TargetHost::Domain("evil.example".into())));
/// # Ok::<(), signup_guard::lookalike::TargetError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// The scheme, lowercase (`https`; `http` for bare hosts).
    pub scheme: String,
    /// The user name and password before `@`, percent-decoded, joined by `:`; empty if none.
    pub userinfo: String,
    /// The host, if the URL has one.
    pub host: Option<TargetHost>,
    /// Whether the text of the authority contained invisible characters that parsing removed.
    pub had_invisible: bool,
}

/// Why the input is not a URL or host.
///
/// ```
/// use signup_guard::lookalike::{parse_target, TargetError};
/// assert_eq!(parse_target("   "), Err(TargetError::Empty));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TargetError {
    /// Nothing but white space.
    #[error("empty input")]
    Empty,
    /// The URL parser rejected it (including invalid internationalized names).
    #[error("not a valid URL or host")]
    Unparsable,
}

/// Schemes whose URLs run code or embed content rather than naming a site.
pub(crate) const DANGEROUS_SCHEMES: &[&str] = &["javascript", "data", "vbscript"];

/// Parses a URL (`https://…`, `javascript:…`) or a bare host (`paypal.com`, `paypal.com/x`).
///
/// ```
/// use signup_guard::lookalike::{parse_target, TargetHost};
/// // A bare host is read as http://host.
/// let target = parse_target("PayPal.com/login")?;
/// assert_eq!(target.scheme, "http");
/// assert_eq!(target.host, Some(TargetHost::Domain("paypal.com".into())));
/// # Ok::<(), signup_guard::lookalike::TargetError>(())
/// ```
pub fn parse_target(input: &str) -> Result<Target, TargetError> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(TargetError::Empty);
    }
    let url = parse_url(trimmed).ok_or(TargetError::Unparsable)?;
    let authority = raw_authority(trimmed);
    let had_invisible = authority.chars().any(super::chars::is_invisible);
    let mut userinfo = percent_decode(url.username());
    if let Some(password) = url.password() {
        userinfo.push(':');
        userinfo.push_str(&percent_decode(password));
    }
    let host = match url.host() {
        None => None,
        Some(Host::Domain("")) => None,
        Some(Host::Domain(d)) if !fits_dns(d) => return Err(TargetError::Unparsable),
        Some(Host::Domain(d)) => Some(TargetHost::Domain(d.to_owned())),
        Some(Host::Ipv4(address)) => {
            let raw = raw_host(authority)
                .trim_end_matches('.')
                .to_ascii_lowercase();
            Some(TargetHost::Ipv4 {
                address,
                obfuscated: raw != address.to_string(),
            })
        }
        Some(Host::Ipv6(address)) => Some(TargetHost::Ipv6(address)),
    };
    Ok(Target {
        scheme: url.scheme().to_owned(),
        userinfo,
        host,
        had_invisible,
    })
}

/// Longest domain name DNS can carry, in ASCII (RFC 1035 §2.3.4; without the trailing dot).
const MAX_DOMAIN_LEN: usize = 253;
/// Longest DNS label (RFC 1035 §2.3.4).
const MAX_LABEL_LEN: usize = 63;

/// Whether an ASCII (punycode) domain fits DNS's limits. The WHATWG URL parser does not check
/// them; a name that cannot resolve is not a site, and bounding the length bounds the work of
/// every lookalike rule (a megabyte host once took minutes).
fn fits_dns(domain: &str) -> bool {
    let name = domain.strip_suffix('.').unwrap_or(domain);
    name.len() <= MAX_DOMAIN_LEN && name.split('.').all(|label| label.len() <= MAX_LABEL_LEN)
}

/// Parses with the WHATWG URL parser; input without `://` that is not a known code-running
/// scheme is read as a bare host with `http://` in front (`paypal.com:443` has a `:` but is
/// not a URL with scheme `paypal.com`).
fn parse_url(text: &str) -> Option<Url> {
    if let Ok(url) = Url::parse(text) {
        let scheme = url.scheme();
        if text.contains("://") || DANGEROUS_SCHEMES.contains(&scheme) || !url.cannot_be_a_base() {
            return Some(url);
        }
        if matches!(scheme, "mailto" | "tel" | "sms" | "about" | "blob" | "file") {
            return Some(url);
        }
    }
    if text.contains("://") {
        return None;
    }
    Url::parse(&format!("http://{text}")).ok()
}

/// The authority part of the text (between `//` and the path), as typed.
fn raw_authority(text: &str) -> &str {
    let after_scheme = match text.find("://") {
        Some(i) => text.get(i + 3..).unwrap_or(""),
        None => text,
    };
    let after_scheme = after_scheme.trim_start_matches(['/', '\\']);
    let end = after_scheme
        .find(['/', '?', '#', '\\'])
        .unwrap_or(after_scheme.len());
    after_scheme.get(..end).unwrap_or("")
}

/// The host part of an authority, as typed (no user info, no port).
fn raw_host(authority: &str) -> &str {
    let host = authority.rsplit('@').next().unwrap_or(authority);
    if host.starts_with('[') {
        return host;
    }
    host.split(':').next().unwrap_or(host)
}

/// Decodes `%XX` escapes; invalid escapes and invalid UTF-8 are kept as typed or replaced.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let hex = |j: usize| bytes.get(j).and_then(|h| (*h as char).to_digit(16));
        match (b, hex(i + 1), hex(i + 2)) {
            (b'%', Some(hi), Some(lo)) => {
                out.push(u8::try_from(hi * 16 + lo).unwrap_or(b'?'));
                i += 3;
            }
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn host(input: &str) -> Option<TargetHost> {
        parse_target(input).ok().and_then(|t| t.host)
    }

    #[test]
    fn bare_hosts_and_urls() {
        assert_eq!(
            host("paypal.com"),
            Some(TargetHost::Domain("paypal.com".into()))
        );
        assert_eq!(
            host("PayPal.com:443/x"),
            Some(TargetHost::Domain("paypal.com".into()))
        );
        assert_eq!(
            host("https://münchen.de/"),
            Some(TargetHost::Domain("xn--mnchen-3ya.de".into()))
        );
        assert_eq!(parse_target("  "), Err(TargetError::Empty));
        assert_eq!(parse_target("http://a b.com"), Err(TargetError::Unparsable));
    }

    #[test]
    fn userinfo_and_schemes() {
        let t = parse_target("https://bank.com@evil.example/").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(t.userinfo, "bank.com");
        assert_eq!(t.host, Some(TargetHost::Domain("evil.example".into())));
        let j = parse_target("JavaScript:alert(1)").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(j.scheme, "javascript");
        let tab = parse_target("java\tscript:alert(1)").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(tab.scheme, "javascript");
    }

    #[test]
    fn ip_forms() {
        let plain = Ipv4Addr::new(192, 168, 1, 1);
        assert_eq!(
            host("http://192.168.1.1/"),
            Some(TargetHost::Ipv4 {
                address: plain,
                obfuscated: false
            })
        );
        for form in [
            "http://3232235777/",
            "http://0xC0.0xA8.1.1",
            "http://0300.0250.1.1/",
            "3232235777",
        ] {
            assert_eq!(
                host(form),
                Some(TargetHost::Ipv4 {
                    address: plain,
                    obfuscated: true
                }),
                "{form}"
            );
        }
        assert!(matches!(host("http://[::1]/"), Some(TargetHost::Ipv6(_))));
    }
}
