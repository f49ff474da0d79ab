//! The policy presets, context words, confirmation and normalization, end to end.

use signup_guard::messages::{Lang, Messages};
use signup_guard::password::{
    check_password, CustomPolicy, FailureCode, PasswordOptions, PasswordReport, PolicyOption,
    PresetName, RequirementCode,
};

fn check(password: &str, options: &PasswordOptions) -> PasswordReport {
    match check_password(password, options, &options.messages()) {
        Ok(report) => report,
        Err(e) => panic!("{e}"),
    }
}

fn failures(report: &PasswordReport) -> Vec<FailureCode> {
    report.policy.failures.iter().map(|f| f.code).collect()
}

fn preset(name: PresetName) -> PasswordOptions {
    PasswordOptions {
        policy: PolicyOption::Preset(name),
        user_inputs: SAMPLE_USER_INPUTS.iter().map(|s| s.to_string()).collect(),
        ..PasswordOptions::default()
    }
}

/// The context words every sample password is checked with.
const SAMPLE_USER_INPUTS: [&str; 2] = ["alice.smith@example.com", "Alice Smith"];

/// Ten passwords that tell the presets apart.
const SAMPLE: [&str; 10] = [
    "password",
    "Password1!",
    "P@ssw0rd2024",
    "Tr0ub4dor&3",
    "qwertyuiopasdfgh",
    "AliceSmith1987!",
    "gT5#kq9!Lm2@z",
    "n7#Kp2$vQz!mW4xR",
    "purple otter dances at noon",
    "correct horse battery staple",
];

/// The markdown table of every preset on the sample, as in docs/password-policy.md.
fn sample_table() -> String {
    let mut out = String::from("| password | zxcvbn | score |");
    for name in PresetName::ALL {
        out.push_str(&format!(" {} |", name.name()));
    }
    out.push_str("\n|---|---|---|");
    for _ in PresetName::ALL {
        out.push_str("---|");
    }
    out.push('\n');
    for password in SAMPLE {
        let first = check(password, &preset(PresetName::Nist));
        out.push_str(&format!(
            "| `{password}` | {} | {} |",
            first.zxcvbn_score, first.score
        ));
        for name in PresetName::ALL {
            let report = check(password, &preset(name));
            let cell = if report.policy.ok {
                "pass".to_string()
            } else {
                failures(&report)
                    .iter()
                    .map(|f| f.code())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            out.push_str(&format!(" {cell} |"));
        }
        out.push('\n');
    }
    out
}

const DOC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/password-policy.md");
const BEGIN: &str = "<!-- sample-table:begin -->\n";
const END: &str = "<!-- sample-table:end -->";

/// The table in the docs is this test's output; `UPDATE_DOCS=1 cargo test` rewrites it.
#[test]
fn docs_table_matches_every_preset_on_the_sample() {
    let table = sample_table();
    let doc = std::fs::read_to_string(DOC).unwrap_or_default();
    let (Some(start), Some(end)) = (doc.find(BEGIN), doc.find(END)) else {
        panic!("{DOC} lacks the sample-table markers");
    };
    let current = &doc[start + BEGIN.len()..end];
    if std::env::var_os("UPDATE_DOCS").is_some() && current != table {
        let updated = format!("{}{}{}", &doc[..start + BEGIN.len()], table, &doc[end..]);
        std::fs::write(DOC, updated).unwrap_or_else(|e| panic!("{e}"));
        return;
    }
    assert_eq!(
        current, table,
        "run UPDATE_DOCS=1 cargo test to refresh the docs table"
    );
}

#[test]
fn presets_disagree_where_the_standards_do() {
    use FailureCode::*;
    let f = |pw: &str, name| failures(&check(pw, &preset(name)));
    // Composition rules accept a top password in disguise; NIST and ASVS reject it.
    assert_eq!(f("Password1!", PresetName::Composition), []);
    assert!(f("Password1!", PresetName::Nist).contains(&TooShort));
    assert!(f("P@ssw0rd", PresetName::AsvsL1).contains(&Common));
    // A long passphrase without digits passes NIST, fails the composition presets.
    assert_eq!(f("correct horse battery staple", PresetName::Nist), []);
    assert_eq!(
        f("correct horse battery staple", PresetName::PciDss4),
        [NeedsDigit]
    );
    assert_eq!(
        f("correct horse battery staple", PresetName::Composition),
        [NeedsUpper, NeedsDigit]
    );
    // 13 random characters: enough for everyone but NIST without MFA.
    assert_eq!(f("gT5#kq9!Lm2@z", PresetName::Nist), [TooShort]);
    let mfa = PasswordOptions {
        mfa: true,
        ..preset(PresetName::Nist)
    };
    assert_eq!(failures(&check("gT5#kq9!Lm2@z", &mfa)), []);
    // Personal information: ASVS L2 and NIST reject it, L1 does not look.
    assert!(f("AliceSmith1987!", PresetName::AsvsL2).contains(&ContainsPersonalInfo));
    assert!(!f("AliceSmith1987!", PresetName::AsvsL1).contains(&ContainsPersonalInfo));
}

#[test]
fn first_and_last_name_fail_although_zxcvbn_says_three() {
    let options = PasswordOptions {
        user_inputs: vec![
            "Clementine Okonkwo".into(),
            "clementine.okonkwo@example.org".into(),
        ],
        ..PasswordOptions::default()
    };
    let password = "Clementine-Okonkwo";
    assert!(check(password, &PasswordOptions::default()).policy.ok);
    let report = check(password, &options);
    assert!(
        report.zxcvbn_score >= 3,
        "zxcvbn alone: {}",
        report.zxcvbn_score
    );
    assert_eq!(report.score, 2);
    assert_eq!(failures(&report), [FailureCode::ContainsPersonalInfo]);
    // Substitutions do not hide it either.
    let leet = check("C13m3n71n3-0k0nkw0!", &options);
    assert!(failures(&leet).contains(&FailureCode::ContainsPersonalInfo));
    // The e-mail domain label counts too; two-letter inputs are ignored.
    let site = PasswordOptions {
        user_inputs: vec!["x@acmewidgets.com".into(), "ab".into()],
        ..PasswordOptions::default()
    };
    assert!(failures(&check("my acmewidgets login 2024", &site))
        .contains(&FailureCode::ContainsPersonalInfo));
    assert!(!failures(&check("crab apple tabletop lantern", &site))
        .contains(&FailureCode::ContainsPersonalInfo));
}

#[test]
fn confirmation_mismatch_until_equal_after_nfc() {
    let with = |confirmation: &str| PasswordOptions {
        confirmation: Some(confirmation.into()),
        ..PasswordOptions::default()
    };
    let password = "caf\u{e9} au lait with three sugars";
    let report = check(password, &with("caf\u{e9} au lait with three sugar"));
    assert_eq!(failures(&report), [FailureCode::Mismatch]);
    let requirement = report.policy.requirements.last().map(|r| (r.code, r.met));
    assert_eq!(requirement, Some((RequirementCode::Matches, false)));
    let decomposed = "cafe\u{301} au lait with three sugars";
    let report = check(password, &with(decomposed));
    assert!(report.policy.ok);
    // No confirmation given: no requirement listed.
    let report = check(password, &PasswordOptions::default());
    assert!(report
        .policy
        .requirements
        .iter()
        .all(|r| r.code != RequirementCode::Matches));
}

#[test]
fn length_counts_code_points_after_nfc() {
    let only_length = PasswordOptions {
        policy: PolicyOption::Custom(CustomPolicy {
            min_length: Some(5),
            max_length: Some(5),
            min_score: Some(0),
            reject_common: Some(false),
            ..CustomPolicy::default()
        }),
        ..PasswordOptions::default()
    };
    // "ééééé" decomposed is 10 code points, composed 5: both are 5 after NFC.
    let decomposed = "e\u{301}".repeat(5);
    assert_eq!(decomposed.chars().count(), 10);
    assert!(check(&decomposed, &only_length).policy.ok);
    assert!(check(&"\u{e9}".repeat(5), &only_length).policy.ok);
    assert_eq!(
        failures(&check(&"\u{e9}".repeat(6), &only_length)),
        [FailureCode::TooLong]
    );
    // An emoji is one code point even though it is four UTF-8 bytes.
    assert!(check("🔑🔑🔑🔑🔑", &only_length).policy.ok);
}

#[test]
fn long_passwords_are_checked_whole_and_never_truncated() {
    let tail_with_name = format!("{}alice", "quiet harbor lanterns ".repeat(20));
    let options = preset(PresetName::Nist);
    let report = check(&tail_with_name, &options);
    assert!(failures(&report).contains(&FailureCode::TooLong));
    assert!(failures(&report).contains(&FailureCode::ContainsPersonalInfo));
    let requirement = &report.policy.requirements[1];
    assert_eq!(
        (requirement.code, requirement.met),
        (RequirementCode::MaxLength, false)
    );
}

#[test]
fn requirements_list_only_what_the_policy_asks_and_agree_with_failures() {
    for name in PresetName::ALL {
        for password in SAMPLE {
            let report = check(password, &preset(name));
            let unmet: Vec<FailureCode> = report
                .policy
                .requirements
                .iter()
                .filter(|r| !r.met)
                .map(|r| r.code.failure())
                .collect();
            assert_eq!(unmet, failures(&report), "{name:?} {password}");
            assert_eq!(report.policy.ok, report.policy.failures.is_empty());
        }
    }
    let codes: Vec<RequirementCode> = check("x", &preset(PresetName::Composition))
        .policy
        .requirements
        .iter()
        .map(|r| r.code)
        .collect();
    use RequirementCode::*;
    assert_eq!(codes, [MinLength, MaxLength, Upper, Lower, Digit, Special]);
}

#[test]
fn messages_follow_lang_and_overrides() {
    let options = PasswordOptions {
        lang: "de-AT".into(),
        messages: [("policy.common".to_string(), "Zu bekannt!".to_string())].into(),
        ..PasswordOptions::default()
    };
    let report = check("password", &options);
    let texts: Vec<&str> = report
        .policy
        .failures
        .iter()
        .map(|f| f.message.as_str())
        .collect();
    assert_eq!(texts[0], "Verwenden Sie mindestens 15 Zeichen.");
    assert!(texts.contains(&"Zu bekannt!"));
    assert_eq!(
        report
            .crack_times
            .offline_fast_hashing_1e10_per_second
            .display,
        "weniger als eine Sekunde"
    );
    let fr = check(
        "password",
        &PasswordOptions {
            lang: "fr".into(),
            ..PasswordOptions::default()
        },
    );
    assert_eq!(
        fr.feedback.warning.map(|w| w.message),
        Some(Messages::new(Lang::Fr).text("password.warning.top-10-common", &[]))
    );
}

#[test]
fn crack_times_are_zxcvbns() {
    let report = check("password123", &PasswordOptions::default());
    let t = &report.crack_times;
    assert_eq!(t.online_throttling_100_per_hour.display, "5 hours");
    assert_eq!(t.online_no_throttling_10_per_second.display, "59 seconds");
    assert_eq!(
        t.offline_slow_hashing_1e4_per_second.display,
        "less than a second"
    );
    assert!((t.online_throttling_100_per_hour.seconds - 596.0 * 36.0).abs() < 1e-9);
}

#[test]
fn maximum_length_counts_nfc_and_megabyte_inputs_are_read_with_bounded_work() {
    let only_length = |max: usize| PasswordOptions {
        policy: PolicyOption::Custom(CustomPolicy {
            min_length: Some(1),
            max_length: Some(max),
            min_score: Some(0),
            reject_common: Some(false),
            ..CustomPolicy::default()
        }),
        ..PasswordOptions::default()
    };
    // 256 decomposed "é" are 512 code points raw but 256 after NFC: exactly the maximum.
    assert!(check(&"e\u{301}".repeat(256), &only_length(256)).policy.ok);
    assert_eq!(
        failures(&check(&"e\u{301}".repeat(257), &only_length(256))),
        [FailureCode::TooLong]
    );
    // A megabyte: too long, its confirmation compared exactly, the other rules still applied
    // (weak: its estimated window is "alice" and 61 repeated "x").
    let huge = format!("alice{}", "x".repeat(1 << 20));
    let options = PasswordOptions {
        confirmation: Some(huge.clone()),
        ..preset(PresetName::Nist)
    };
    let report = check(&huge, &options);
    assert_eq!(
        failures(&report),
        [
            FailureCode::TooLong,
            FailureCode::Weak,
            FailureCode::ContainsPersonalInfo
        ]
    );
    let mismatched = PasswordOptions {
        confirmation: Some(format!("{huge}y")),
        ..options
    };
    assert!(failures(&check(&huge, &mismatched)).contains(&FailureCode::Mismatch));
}

#[test]
fn odd_inputs_get_a_report_without_panicking() {
    let long_input = "ß".repeat(100_000);
    let options = PasswordOptions {
        user_inputs: vec![
            String::new(),
            "@".into(),
            "@@@".into(),
            "a@".into(),
            "@b.c".into(),
            "\u{301}\u{301}\u{301}".into(),
            long_input,
        ],
        confirmation: Some("\u{0}".into()),
        ..PasswordOptions::default()
    };
    for password in [
        "",
        "\u{0}",
        "\u{301}",
        "\u{301}".repeat(5000).as_str(),
        "\u{1F82}\u{FB2C}\u{0344}",
        "İstanbul İİİ",
        "\u{202E}drowssap",
        "\u{10FFFF}\u{FFFD}\u{D7FF}",
        "ǅǈǋ ᾯ",
    ] {
        let report = check(password, &options);
        assert!(report.score <= 4 && report.zxcvbn_score <= 4);
        assert!(report.guesses_log10.is_finite());
        assert!(!report.policy.requirements.is_empty());
    }
}
