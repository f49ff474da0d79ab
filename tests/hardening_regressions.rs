//! Inputs that once crashed or stalled the core (found by the bad-input tests and fuzzing);
//! each must now get a result, quickly.

use signup_guard::lookalike::{
    check_email, check_page_origin, check_url, CheckOptions, ProtectedDomains, Verdict,
};
use signup_guard::messages::{Lang, Messages};
use std::time::{Duration, Instant};

/// Generous: debug builds are slow, and the machine is shared.
const QUICK: Duration = Duration::from_secs(5);

#[test]
fn a_megabyte_host_is_invalid_at_once() {
    // Was: "safe" after work quadratic in the host's length (42 s for 100 kB natively; in the
    // browser a 1 MB host trapped the wasm after 97 s).
    let messages = Messages::new(Lang::En);
    let big = "x".repeat(1 << 20);
    for input in [
        format!("https://{big}.com/"),
        format!("{big}.com"),
        format!("https://a.{}.com/", "b".repeat(64)),
        format!("https://{}com/", "abcdefghi.".repeat(26)),
        format!("https://bank.com@{big}.example/"),
    ] {
        let started = Instant::now();
        let result = check_url(&input, &CheckOptions::default(), &messages);
        assert_eq!(result.verdict, Verdict::Invalid, "{}…", &input[..40]);
        assert!(started.elapsed() < QUICK, "{:?}", started.elapsed());
    }
}

#[test]
fn names_at_the_dns_limits_are_still_checked() {
    let messages = Messages::new(Lang::En);
    let label = "a".repeat(63);
    let longest = format!("{label}.{label}.{label}.{}.com", "b".repeat(57));
    assert_eq!(longest.len(), 253);
    for input in [
        format!("https://{label}.com/"),
        longest.clone(),
        format!("{longest}."),
    ] {
        let result = check_url(&input, &CheckOptions::default(), &messages);
        assert_ne!(result.verdict, Verdict::Invalid, "{input}");
    }
}

#[test]
fn megabyte_emails_and_page_hosts_answer_quickly() {
    let messages = Messages::new(Lang::En);
    let big = "x".repeat(1 << 20);
    let official = ProtectedDomains::new(["example.com"]);
    let started = Instant::now();
    assert!(
        !check_email(
            &format!("ann@{big}.com"),
            &CheckOptions::default(),
            &messages
        )
        .valid
    );
    let _ = check_email(
        &format!("{big}@example.com"),
        &CheckOptions::default(),
        &messages,
    );
    assert!(!check_page_origin(&big, &official, &messages).official);
    let _ = check_page_origin(&format!("{big}.example.com"), &official, &messages);
    assert!(started.elapsed() < QUICK * 3, "{:?}", started.elapsed());
}
