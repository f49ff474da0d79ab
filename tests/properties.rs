//! Property tests: invariants over generated inputs. No analysis panics on any string; a host's
//! verdict does not depend on the ASCII case of its letters; characters beyond the estimator's
//! window never lower a password's score; the range parser never says "not found" for a suffix
//! its body lists with a count above zero.

#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use signup_guard::breach::{HashSuffix, RangeResponse};
use signup_guard::lookalike::{
    check_email, check_page_origin, check_url, CheckOptions, ProtectedDomains,
};
use signup_guard::messages::{Lang, Messages};
use signup_guard::password::window::prefix;
use signup_guard::password::{
    check_password, CustomPolicy, PasswordOptions, PolicyOption, PresetName,
};
use std::sync::OnceLock;

fn protected() -> &'static ProtectedDomains {
    static PROTECTED: OnceLock<ProtectedDomains> = OnceLock::new();
    PROTECTED.get_or_init(|| ProtectedDomains::new(["example-shop.com", "bank.example"]))
}

fn en() -> Messages {
    Messages::new(Lang::En)
}

/// Text that looks like what people paste into URL fields, with odd characters mixed in.
fn urlish() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "(https?://)?([a-zA-Z0-9\u{430}-\u{44f}\u{e0}-\u{ff}-]{0,12}\\.){0,4}[a-z]{0,6}(:[0-9]{0,6})?(/[!-~]{0,10})?",
        "[@:/.\\[\\]%a-f0-9x-]{0,40}",
        "(javascript|data|mailto|file|xn--)[:!-~]{0,20}",
    ]
}

fn preset() -> impl Strategy<Value = PresetName> {
    prop_oneof![
        Just(PresetName::Nist),
        Just(PresetName::AsvsL1),
        Just(PresetName::AsvsL2),
        Just(PresetName::PciDss4),
        Just(PresetName::Composition),
    ]
}

fn options() -> impl Strategy<Value = PasswordOptions> {
    let custom = (
        preset(),
        proptest::option::of(0usize..300),
        proptest::option::of(0usize..300),
        proptest::option::of(0u8..6),
        any::<[Option<bool>; 6]>(),
    )
        .prop_map(|(preset, min_length, max_length, min_score, flags)| {
            PolicyOption::Custom(CustomPolicy {
                preset: Some(preset),
                min_length,
                max_length,
                min_score,
                require_upper: flags[0],
                require_lower: flags[1],
                require_digit: flags[2],
                require_special: flags[3],
                reject_common: flags[4],
                reject_personal_info: flags[5],
                ..CustomPolicy::default()
            })
        });
    (
        prop_oneof![preset().prop_map(PolicyOption::Preset), custom],
        any::<bool>(),
        proptest::collection::vec(".{0,12}", 0..3),
        proptest::option::of(".{0,20}"),
        prop_oneof![Just("en"), Just("de"), Just("fr"), Just("es"), Just("zz")],
    )
        .prop_map(
            |(policy, mfa, user_inputs, confirmation, lang)| PasswordOptions {
                policy,
                mfa,
                user_inputs,
                confirmation,
                lang: lang.to_owned(),
                ..PasswordOptions::default()
            },
        )
}

/// A host of lowercase ASCII labels, and a mask saying which letters to uppercase.
fn host_and_case() -> impl Strategy<Value = (String, Vec<bool>)> {
    (
        proptest::collection::vec("[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?", 1..4),
        prop_oneof![
            Just("com"),
            Just("example"),
            Just("co.uk"),
            Just("net"),
            Just("io")
        ],
    )
        .prop_flat_map(|(labels, tld)| {
            let host = format!("{}.{tld}", labels.join("."));
            let len = host.len();
            (Just(host), proptest::collection::vec(any::<bool>(), len))
        })
}

fn with_case(host: &str, mask: &[bool]) -> String {
    host.chars()
        .zip(mask)
        .map(|(c, &up)| if up { c.to_ascii_uppercase() } else { c })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn lookalike_analysis_never_panics(input in urlish()) {
        let options = CheckOptions::with_protected(protected());
        let _ = check_url(&input, &options, &en());
        let _ = check_email(&input, &options, &en());
        let _ = check_email(&format!("ann@{input}"), &options, &en());
        let _ = check_page_origin(&input, protected(), &en());
        let custom = ProtectedDomains::new(input.split(',').take(4));
        let _ = check_url("https://example-shop.com", &CheckOptions::with_protected(&custom), &en());
    }

    #[test]
    fn url_verdicts_ignore_ascii_case_of_the_host((host, mask) in host_and_case(), scheme in prop_oneof![Just(""), Just("https://"), Just("HTTP://")]) {
        let options = CheckOptions::with_protected(protected());
        let lower = check_url(&format!("{scheme}{host}/Path"), &options, &en());
        let mixed = check_url(&format!("{scheme}{}/Path", with_case(&host, &mask)), &options, &en());
        prop_assert_eq!(lower.verdict, mixed.verdict);
        prop_assert_eq!(lower.lookalike_of, mixed.lookalike_of);
        prop_assert_eq!(lower.ascii_host, mixed.ascii_host);
        let page_lower = check_page_origin(&host, protected(), &en());
        let page_mixed = check_page_origin(&with_case(&host, &mask), protected(), &en());
        prop_assert_eq!(page_lower.official, page_mixed.official);
        prop_assert_eq!(page_lower.verdict, page_mixed.verdict);
        let email_lower = check_email(&format!("Ann@{host}"), &options, &en());
        let email_mixed = check_email(&format!("Ann@{}", with_case(&host, &mask)), &options, &en());
        prop_assert_eq!(email_lower.valid, email_mixed.valid);
        prop_assert_eq!(email_lower.disposable, email_mixed.disposable);
        prop_assert_eq!(email_lower.lookalike_of, email_mixed.lookalike_of);
    }

    #[test]
    fn password_check_never_panics(password in ".{0,40}", options in options()) {
        if let Ok(report) = check_password(&password, &options, &options.messages()) {
            prop_assert!(report.score <= report.zxcvbn_score && report.zxcvbn_score <= 4);
            prop_assert!(report.guesses_log10.is_finite());
        }
    }

    #[test]
    fn range_parser_never_panics(body in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = RangeResponse::parse_bytes(&body);
    }

    #[test]
    fn a_listed_suffix_is_never_reported_not_found(
        rows in proptest::collection::vec(("[0-9A-Fa-f]{35}", 0u64..1_000_000, any::<bool>()), 1..20),
        target in 0usize..20,
    ) {
        let body: String = rows
            .iter()
            .map(|(suffix, count, crlf)| format!("{suffix}:{count}{}", if *crlf { "\r\n" } else { "\n" }))
            .collect();
        let response = RangeResponse::parse(&body).map_err(|e| TestCaseError::fail(format!("{e}")))?;
        let (suffix, _, _) = &rows[target % rows.len()];
        let suffix = HashSuffix::parse(suffix).map_err(|e| TestCaseError::fail(format!("{e}")))?;
        let listed = rows
            .iter()
            .filter(|(s, _, _)| HashSuffix::parse(s).ok() == Some(suffix))
            .map(|(_, c, _)| *c)
            .max()
            .unwrap_or(0);
        prop_assert_eq!(response.count(&suffix), listed);
    }
}

proptest! {
    // zxcvbn on up to ~90 characters: fewer cases.
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn characters_beyond_the_window_never_lower_the_score(
        head in "[a-zA-Z0-9 !@#$%^&*()_+=-]{60,90}",
        tail in "[a-z0-9!]{1,60}",
    ) {
        let options = PasswordOptions::default();
        let messages = options.messages();
        let password = format!("{head}{tail}");
        let whole = check_password(&password, &options, &messages).map_err(|e| TestCaseError::fail(format!("{e}")))?;
        let window = prefix(&password, whole.estimated_chars);
        let part = check_password(window, &options, &messages).map_err(|e| TestCaseError::fail(format!("{e}")))?;
        prop_assert!(whole.score >= part.score, "{} < {} for {password:?}", whole.score, part.score);
        prop_assert!(whole.zxcvbn_score >= part.zxcvbn_score);
    }
}
