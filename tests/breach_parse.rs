//! The range-response parser: accepted variations, and errors instead of false "not breached".

use signup_guard::breach::{
    BreachErrorCode, HashSuffix, RangeParseError, RangeQuery, RangeResponse, MAX_BODY_BYTES,
    MAX_COUNT,
};

const PASSWORD_SUFFIX: &str = "1E4C9B93F3F0682250B6CF8331B7EE68FD8";
const OTHER_SUFFIX: &str = "0018A45C4D1DEF81644B54AB7F969B88D65";
const PADDING_SUFFIX: &str = "FFFFA45C4D1DEF81644B54AB7F969B88D65";

fn suffix(text: &str) -> HashSuffix {
    HashSuffix::parse(text).unwrap()
}

fn count_of(body: &str, wanted: &str) -> Result<u64, RangeParseError> {
    RangeResponse::parse(body).map(|r| r.count(&suffix(wanted)))
}

#[test]
fn finds_count_with_crlf_and_trailing_line_ending() {
    let body = format!("{OTHER_SUFFIX}:1\r\n{PASSWORD_SUFFIX}:10434004\r\n");
    assert_eq!(count_of(&body, PASSWORD_SUFFIX), Ok(10_434_004));
    assert_eq!(count_of(&body, OTHER_SUFFIX), Ok(1));
}

#[test]
fn accepts_lf_mixed_endings_and_no_trailing_line_ending() {
    for body in [
        format!("{OTHER_SUFFIX}:1\n{PASSWORD_SUFFIX}:7"),
        format!("{OTHER_SUFFIX}:1\n{PASSWORD_SUFFIX}:7\n"),
        format!("{OTHER_SUFFIX}:1\r\n{PASSWORD_SUFFIX}:7"),
        format!("{OTHER_SUFFIX}:1\n{PASSWORD_SUFFIX}:7\r\n"),
    ] {
        assert_eq!(count_of(&body, PASSWORD_SUFFIX), Ok(7), "{body:?}");
    }
}

#[test]
fn lowercase_suffixes_match_the_uppercase_query() {
    let body = format!("{}:42\r\n", PASSWORD_SUFFIX.to_ascii_lowercase());
    let query = RangeQuery::for_password("password");
    assert_eq!(
        RangeResponse::parse(&body).unwrap().count(query.suffix()),
        42
    );
}

#[test]
fn absent_suffix_counts_zero() {
    let body = format!("{OTHER_SUFFIX}:3\r\n");
    assert_eq!(count_of(&body, PASSWORD_SUFFIX), Ok(0));
}

#[test]
fn padding_rows_with_count_zero_are_ignored() {
    let body = format!("{OTHER_SUFFIX}:3\r\n{PADDING_SUFFIX}:0\r\n{PASSWORD_SUFFIX}:0\r\n");
    let response = RangeResponse::parse(&body).unwrap();
    assert_eq!(response.len(), 1);
    assert_eq!(response.count(&suffix(PADDING_SUFFIX)), 0);
    assert_eq!(response.count(&suffix(OTHER_SUFFIX)), 3);
    // A body of padding only is valid: nothing in it is breached.
    let only_padding = RangeResponse::parse(&format!("{PADDING_SUFFIX}:0\r\n")).unwrap();
    assert!(only_padding.is_empty());
}

#[test]
fn empty_body_is_an_error_not_a_clean_result() {
    for body in ["", "\n", "\r\n", "\r\n\r\n"] {
        assert_eq!(
            RangeResponse::parse(body),
            Err(RangeParseError::Empty),
            "{body:?}"
        );
    }
}

#[test]
fn suffix_listed_twice_keeps_the_larger_count() {
    let body = format!(
        "{PASSWORD_SUFFIX}:5\r\n{OTHER_SUFFIX}:1\r\n{PASSWORD_SUFFIX}:9\r\n{PASSWORD_SUFFIX}:0\r\n"
    );
    let response = RangeResponse::parse(&body).unwrap();
    assert_eq!(response.count(&suffix(PASSWORD_SUFFIX)), 9);
    assert_eq!(response.len(), 2);
    // A padding row colliding with a real one never hides it, in either order.
    let body = format!("{PASSWORD_SUFFIX}:0\r\n{PASSWORD_SUFFIX}:4\r\n");
    assert_eq!(count_of(&body, PASSWORD_SUFFIX), Ok(4));
}

#[test]
fn garbage_lines_are_errors_with_their_line_number() {
    let good = format!("{OTHER_SUFFIX}:1");
    let cases: Vec<(String, RangeParseError)> = vec![
        (
            format!("{good}\r\n<html>oops</html>\r\n"),
            RangeParseError::MissingColon { line: 2 },
        ),
        (
            format!("{good}\r\n\r\n{PASSWORD_SUFFIX}:2"),
            RangeParseError::MissingColon { line: 2 },
        ),
        (
            format!("{good}\n\n"),
            RangeParseError::MissingColon { line: 2 },
        ),
        (
            format!("{PASSWORD_SUFFIX}X:1"),
            RangeParseError::BadSuffix { line: 1 },
        ),
        (
            format!("{}:1", &PASSWORD_SUFFIX[1..]),
            RangeParseError::BadSuffix { line: 1 },
        ),
        (
            "G".repeat(35) + ":1",
            RangeParseError::BadSuffix { line: 1 },
        ),
        (
            format!(" {PASSWORD_SUFFIX}:1"),
            RangeParseError::BadSuffix { line: 1 },
        ),
        (
            format!("{PASSWORD_SUFFIX}:"),
            RangeParseError::BadCount { line: 1 },
        ),
        (
            format!("{PASSWORD_SUFFIX}:-1"),
            RangeParseError::BadCount { line: 1 },
        ),
        (
            format!("{PASSWORD_SUFFIX}:+1"),
            RangeParseError::BadCount { line: 1 },
        ),
        (
            format!("{PASSWORD_SUFFIX}:1 "),
            RangeParseError::BadCount { line: 1 },
        ),
        (
            format!("{PASSWORD_SUFFIX}:1:2"),
            RangeParseError::BadCount { line: 1 },
        ),
        (
            format!("{PASSWORD_SUFFIX}:1.5"),
            RangeParseError::BadCount { line: 1 },
        ),
        (
            format!("{good}\r\n{PASSWORD_SUFFIX}:99999999999999999999999"),
            RangeParseError::CountOverflow { line: 2 },
        ),
        (
            format!("{PASSWORD_SUFFIX}:{}", MAX_COUNT + 1),
            RangeParseError::CountOverflow { line: 1 },
        ),
        (
            "{\"error\":\"not found\"}".to_owned(),
            RangeParseError::BadSuffix { line: 1 },
        ),
    ];
    for (body, expected) in cases {
        let got = RangeResponse::parse(&body);
        assert_eq!(got, Err(expected), "{body:?}");
        assert_eq!(got.unwrap_err().code(), BreachErrorCode::Malformed);
    }
}

#[test]
fn largest_exact_javascript_integer_is_accepted() {
    let body = format!("{PASSWORD_SUFFIX}:{MAX_COUNT}");
    assert_eq!(count_of(&body, PASSWORD_SUFFIX), Ok(MAX_COUNT));
    let body = format!("{PASSWORD_SUFFIX}:0000012");
    assert_eq!(count_of(&body, PASSWORD_SUFFIX), Ok(12));
}

#[test]
fn oversized_and_non_utf8_bodies_are_rejected() {
    let row = format!("{OTHER_SUFFIX}:1\r\n");
    let big = row.repeat(MAX_BODY_BYTES / row.len() + 1);
    assert_eq!(
        RangeResponse::parse(&big),
        Err(RangeParseError::TooLarge {
            size: big.len(),
            limit: MAX_BODY_BYTES
        })
    );
    assert!(matches!(
        RangeResponse::parse_bytes(big.as_bytes()),
        Err(RangeParseError::TooLarge { .. })
    ));
    let mut bytes = format!("{PASSWORD_SUFFIX}:1").into_bytes();
    bytes.push(0xFF);
    assert_eq!(
        RangeResponse::parse_bytes(&bytes),
        Err(RangeParseError::NotUtf8)
    );
    let ok = format!("{PASSWORD_SUFFIX}:3\r\n");
    assert_eq!(
        RangeResponse::parse_bytes(ok.as_bytes())
            .unwrap()
            .count(&suffix(PASSWORD_SUFFIX)),
        3
    );
}

#[test]
fn many_rows_are_all_findable() {
    let mut body = String::new();
    let mut expected = Vec::new();
    for i in 0..1000u64 {
        let s = format!("{:035X}", i * 7919 + 1);
        body.push_str(&format!("{s}:{}\r\n", i % 3));
        expected.push((s, i % 3));
    }
    let response = RangeResponse::parse(&body).unwrap();
    for (s, count) in expected {
        assert_eq!(response.count(&suffix(&s)), count, "{s}");
    }
    assert_eq!(
        format!("{response:?}"),
        format!("RangeResponse {{ suffixes: {} }}", response.len())
    );
}

/// A tiny deterministic generator (xorshift), so the test needs no extra crate.
struct Xorshift(u64);

impl Xorshift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> usize {
        (self.next() % n) as usize
    }
}

/// An independent statement of what a valid body is, to compare the parser against.
fn reference_valid(body: &str) -> bool {
    if body.bytes().all(|b| b == b'\r' || b == b'\n') {
        return false;
    }
    let body = body
        .strip_suffix("\r\n")
        .or_else(|| body.strip_suffix('\n'))
        .unwrap_or(body);
    body.split('\n').all(|raw| {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        let Some((s, c)) = line.split_once(':') else {
            return false;
        };
        s.len() == 35
            && s.bytes().all(|b| b.is_ascii_hexdigit())
            && !c.is_empty()
            && c.bytes().all(|b| b.is_ascii_digit())
            && c.parse::<u64>().is_ok_and(|n| n <= MAX_COUNT)
    })
}

#[test]
fn arbitrary_bodies_never_panic_and_parse_only_when_every_row_is_valid() {
    let mut rng = Xorshift(0x9E37_79B9_7F4A_7C15);
    let pieces = [
        "\r\n", "\n", "\r", ":", "0", "7", "a", "F", "g", " ", "é", "\u{0}",
    ];
    let mut accepted = 0;
    for _ in 0..20_000 {
        let mut body = String::new();
        for _ in 0..rng.below(4) {
            match rng.below(3) {
                0 => body.push_str(&format!("{:035X}:{}", rng.next(), rng.below(5))),
                1 => body.push_str(&format!("{:035x}:{}\r\n", rng.next(), rng.next())),
                _ => {
                    for _ in 0..rng.below(40) {
                        body.push_str(pieces[rng.below(pieces.len() as u64)]);
                    }
                }
            }
            if rng.below(2) == 0 {
                body.push_str(["\r\n", "\n"][rng.below(2)]);
            }
        }
        let parsed = RangeResponse::parse(&body);
        assert_eq!(parsed.is_ok(), reference_valid(&body), "{body:?}");
        assert_eq!(RangeResponse::parse_bytes(body.as_bytes()), parsed);
        accepted += usize::from(parsed.is_ok());
    }
    assert!(
        accepted > 1_000,
        "the generator must also produce valid bodies ({accepted})"
    );
}
