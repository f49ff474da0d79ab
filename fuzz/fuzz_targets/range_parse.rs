//! The range-body parser: never panics on arbitrary bytes, and when it accepts a body, every
//! suffix listed with a count above zero is found with at least that count. Half the inputs are
//! raw bytes; the other half are built from rows of real 35-hex suffixes (which libFuzzer would
//! rarely guess) with arbitrary counts, case, line endings and garbage.
#![no_main]

use libfuzzer_sys::arbitrary::{self, Arbitrary, Unstructured};
use libfuzzer_sys::fuzz_target;
use signup_guard::breach::{HashSuffix, RangeResponse};

#[derive(Debug, Arbitrary)]
struct Row {
    suffix: [u8; 18],
    count: u64,
    lowercase: bool,
    crlf: bool,
    garbage: Option<u8>,
}

fn hex35(bytes: &[u8; 18], lowercase: bool) -> String {
    let mut text: String = bytes.iter().map(|b| format!("{b:02X}")).collect();
    text.truncate(35);
    if lowercase {
        text.make_ascii_lowercase();
    }
    text
}

fn check(body: &[u8]) {
    let parsed = RangeResponse::parse_bytes(body);
    let Ok(text) = std::str::from_utf8(body) else { return };
    let Ok(response) = parsed else { return };
    for line in text.lines() {
        let Some((suffix, count)) = line.split_once(':') else { continue };
        let (Ok(suffix), Ok(count)) = (HashSuffix::parse(suffix), count.parse::<u64>()) else { continue };
        if count > 0 {
            assert!(response.count(&suffix) >= count, "accepted body lists {line:?} but count is lower");
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return check(data) };
    if mode % 2 == 0 {
        return check(rest);
    }
    let mut u = Unstructured::new(rest);
    let Ok(rows) = Vec::<Row>::arbitrary(&mut u) else { return };
    let mut body = String::new();
    for row in &rows {
        body.push_str(&hex35(&row.suffix, row.lowercase));
        body.push(':');
        body.push_str(&(row.count % 20_000_000_000).to_string());
        if let Some(g) = row.garbage {
            body.push(char::from(g));
        }
        body.push_str(if row.crlf { "\r\n" } else { "\n" });
    }
    check(body.as_bytes());
});
