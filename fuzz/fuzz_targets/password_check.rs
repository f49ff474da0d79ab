//! `check_password` with arbitrary passwords, context words, confirmations and policies: never
//! panics, and every password gets a report unless the custom policy contradicts itself.
#![no_main]

use libfuzzer_sys::arbitrary::{self, Arbitrary};
use libfuzzer_sys::fuzz_target;
use signup_guard::password::{check_password, CustomPolicy, PasswordOptions, PolicyOption, PresetName};

#[derive(Debug, Arbitrary)]
struct Input<'a> {
    password: &'a str,
    user_inputs: Vec<&'a str>,
    confirmation: Option<&'a str>,
    mfa: bool,
    preset: u8,
    custom: Option<Custom>,
    lang: u8,
}

#[derive(Debug, Arbitrary)]
struct Custom {
    min_length: Option<u16>,
    max_length: Option<u16>,
    mfa: Option<bool>,
    min_score: Option<u8>,
    flags: u8,
}

fuzz_target!(|input: Input<'_>| {
    let preset = match input.preset % 5 {
        0 => PresetName::Nist,
        1 => PresetName::AsvsL1,
        2 => PresetName::AsvsL2,
        3 => PresetName::PciDss4,
        _ => PresetName::Composition,
    };
    let policy = match input.custom {
        None => PolicyOption::Preset(preset),
        Some(c) => {
            let flag = |bit: u8| if c.flags & (1 << bit) != 0 { Some(true) } else { None };
            PolicyOption::Custom(CustomPolicy {
                preset: Some(preset),
                min_length: c.min_length.map(usize::from),
                max_length: c.max_length.map(usize::from),
                mfa: c.mfa,
                min_score: c.min_score,
                require_upper: flag(0),
                require_lower: flag(1),
                require_digit: flag(2),
                require_special: flag(3),
                require_letter: flag(4),
                reject_common: flag(5),
                reject_personal_info: flag(6),
            })
        }
    };
    let options = PasswordOptions {
        policy,
        mfa: input.mfa,
        user_inputs: input.user_inputs.iter().take(16).map(|s| (*s).to_owned()).collect(),
        confirmation: input.confirmation.map(str::to_owned),
        lang: ["en", "de", "fr", "es", "", "zz-ZZ"][usize::from(input.lang % 6)].to_owned(),
        ..PasswordOptions::default()
    };
    if let Ok(report) = check_password(input.password, &options, &options.messages()) {
        assert!(report.score <= 4 && report.zxcvbn_score <= 4);
        assert!(report.score <= report.zxcvbn_score);
        assert!(report.guesses_log10.is_finite() && report.guesses_log10 >= 0.0);
    }
});
