//! Building the range request URL from a caller-supplied endpoint.

use signup_guard::breach::{range_path, range_url, EndpointError, HashPrefix, DEFAULT_ENDPOINT};

fn prefix() -> HashPrefix {
    HashPrefix::parse("5BAA6").unwrap()
}

#[test]
fn default_endpoint_gives_the_hibp_url() {
    assert_eq!(range_path(&prefix()), "/range/5BAA6");
    assert_eq!(
        range_url(DEFAULT_ENDPOINT, &prefix()).unwrap(),
        "https://api.pwnedpasswords.com/range/5BAA6"
    );
}

#[test]
fn trailing_slashes_are_trimmed_and_paths_and_ports_kept() {
    let cases = [
        (
            "https://api.pwnedpasswords.com/",
            "https://api.pwnedpasswords.com/range/5BAA6",
        ),
        (
            "http://127.0.0.1:8788//",
            "http://127.0.0.1:8788/range/5BAA6",
        ),
        (
            "http://localhost:8788/status/500",
            "http://localhost:8788/status/500/range/5BAA6",
        ),
        (
            "HTTPS://Example.test/hibp/",
            "HTTPS://Example.test/hibp/range/5BAA6",
        ),
        ("http://[::1]:8788", "http://[::1]:8788/range/5BAA6"),
        ("http://[::1]", "http://[::1]/range/5BAA6"),
    ];
    for (endpoint, url) in cases {
        assert_eq!(
            range_url(endpoint, &prefix()).as_deref(),
            Ok(url),
            "{endpoint}"
        );
    }
}

#[test]
fn invalid_endpoints_are_typed_errors() {
    let cases = [
        ("", EndpointError::Empty),
        ("api.pwnedpasswords.com", EndpointError::NotHttp),
        ("ftp://example.test", EndpointError::NotHttp),
        ("javascript://alert(1)", EndpointError::NotHttp),
        ("file:///etc/passwd", EndpointError::NotHttp),
        ("https://", EndpointError::MissingHost),
        ("https:///range", EndpointError::MissingHost),
        ("http://:8788", EndpointError::MissingHost),
        ("http://host:", EndpointError::BadPort),
        ("http://host:99999", EndpointError::BadPort),
        ("http://host:80a", EndpointError::BadPort),
        ("http://[::1]x", EndpointError::BadPort),
        (
            "https://user:pw@example.test",
            EndpointError::HasCredentials,
        ),
        ("https://example.test/?a=1", EndpointError::HasQuery),
        ("https://example.test?", EndpointError::HasQuery),
        ("https://example.test/#x", EndpointError::HasFragment),
        (" https://example.test", EndpointError::InvalidCharacter),
        ("https://example.test/a b", EndpointError::InvalidCharacter),
        ("https://example.test\n", EndpointError::InvalidCharacter),
        ("https://exa\\mple.test", EndpointError::InvalidCharacter),
    ];
    for (endpoint, error) in cases {
        assert_eq!(range_url(endpoint, &prefix()), Err(error), "{endpoint:?}");
    }
}
