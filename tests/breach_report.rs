//! Breach outcomes, their codes and their messages in every language.

use signup_guard::breach::{format_count, BreachErrorCode, BreachReport, BreachStatus};
use signup_guard::messages::{raw_text, Lang, Messages};

#[test]
fn error_codes_serialize_kebab_case_and_have_messages_in_every_language() {
    let serialized: Vec<String> = BreachErrorCode::ALL
        .iter()
        .map(|c| serde_json::to_string(c).unwrap())
        .collect();
    assert_eq!(
        serialized,
        [
            "\"network\"",
            "\"timeout\"",
            "\"http-status\"",
            "\"malformed\"",
            "\"aborted\""
        ]
    );
    for code in BreachErrorCode::ALL {
        assert_eq!(format!("\"{code}\""), serde_json::to_string(&code).unwrap());
        for lang in Lang::ALL {
            assert!(
                raw_text(lang, code.message_key()).is_some(),
                "{lang:?} {code}"
            );
        }
    }
}

#[test]
fn breached_count_gives_policy_failure_text() {
    let en = Messages::new(Lang::En);
    let report = BreachReport::from_count(3_730_471, &en);
    assert!(report.is_breached());
    assert_eq!(report.key, "breach.found");
    assert_eq!(
        report.message,
        "Seen 3,730,471 times in data breaches — choose another password."
    );
    let de = BreachReport::from_count(3_730_471, &Messages::new(Lang::De));
    assert_eq!(
        de.message,
        "Schon 3.730.471-mal in Datenlecks aufgetaucht – bitte wählen Sie ein anderes Passwort."
    );
    let once = BreachReport::from_count(1, &en);
    assert_eq!(
        (once.status, once.key),
        (BreachStatus::Breached, "breach.found-once")
    );
    assert!(!once.message.contains("{count}"));
}

#[test]
fn zero_count_is_not_found_and_errors_are_unchecked() {
    let en = Messages::new(Lang::En);
    let clean = BreachReport::from_count(0, &en);
    assert_eq!(
        (clean.status, clean.is_breached()),
        (BreachStatus::NotFound, false)
    );
    let failed = BreachReport::from_error(BreachErrorCode::Timeout, &Messages::new(Lang::Fr));
    assert_eq!(failed.status, BreachStatus::Unchecked);
    assert_eq!(failed.error, Some(BreachErrorCode::Timeout));
    assert!(
        failed.message.starts_with("Impossible de vérifier"),
        "{}",
        failed.message
    );
    assert!(!failed.is_breached());
}

#[test]
fn reports_serialize_camel_case_with_kebab_codes() {
    let en = Messages::new(Lang::En);
    let json =
        serde_json::to_value(BreachReport::from_error(BreachErrorCode::HttpStatus, &en)).unwrap();
    assert_eq!(json["status"], "unchecked");
    assert_eq!(json["error"], "http-status");
    assert_eq!(json["key"], "breach.error.http-status");
    let json = serde_json::to_value(BreachReport::from_count(5, &en)).unwrap();
    assert_eq!(json["status"], "breached");
    assert_eq!(json["count"], 5);
    assert!(json.get("error").is_none());
}

#[test]
fn counts_are_grouped_per_language() {
    assert_eq!(format_count(0, Lang::En), "0");
    assert_eq!(format_count(999, Lang::De), "999");
    assert_eq!(format_count(1000, Lang::En), "1,000");
    assert_eq!(format_count(123_456, Lang::En), "123,456");
    assert_eq!(format_count(1_234_567, Lang::De), "1.234.567");
    assert_eq!(format_count(1_234_567, Lang::Fr), "1\u{202F}234\u{202F}567");
    assert_eq!(format_count(9_999, Lang::Es), "9999");
    assert_eq!(format_count(12_345, Lang::Es), "12.345");
    assert_eq!(
        format_count(u64::MAX, Lang::En),
        "18,446,744,073,709,551,615"
    );
}
