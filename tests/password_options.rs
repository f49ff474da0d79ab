//! Options as JavaScript sends them (checked here through JSON, which has the same shape).

use signup_guard::password::{
    check_password, CustomPolicy, PasswordOptions, PolicyOption, PresetName,
};

fn parse(json: &str) -> Result<PasswordOptions, String> {
    serde_json::from_str(json).map_err(|e| e.to_string())
}

#[test]
fn policy_is_a_preset_name_or_a_custom_object() {
    assert_eq!(
        parse("{}").map(|o| o.policy),
        Ok(PolicyOption::Preset(PresetName::Nist))
    );
    assert_eq!(
        parse(r#"{"policy": "pci-dss-4"}"#).map(|o| o.policy),
        Ok(PolicyOption::Preset(PresetName::PciDss4))
    );
    assert_eq!(
        parse(r#"{"policy": {"preset": "asvs-l2", "minLength": 12, "requireDigit": true}}"#)
            .map(|o| o.policy),
        Ok(PolicyOption::Custom(CustomPolicy {
            preset: Some(PresetName::AsvsL2),
            min_length: Some(12),
            require_digit: Some(true),
            ..CustomPolicy::default()
        }))
    );
    assert_eq!(
        parse(r#"{"policy": null}"#).map(|o| o.policy),
        Ok(PolicyOption::default())
    );
}

#[test]
fn misspelt_options_and_unknown_presets_are_errors_naming_them() {
    let err = parse(r#"{"userInput": ["x"]}"#).err().unwrap_or_default();
    assert!(err.contains("userInput"), "{err}");
    let err = parse(r#"{"policy": {"minLenght": 3}}"#)
        .err()
        .unwrap_or_default();
    assert!(err.contains("minLenght"), "{err}");
    let err = parse(r#"{"policy": "nist-2017"}"#)
        .err()
        .unwrap_or_default();
    assert!(err.contains("nist-2017"), "{err}");
}

#[test]
fn the_report_serializes_in_the_documented_shape() {
    let options = parse(
        r#"{"userInputs": ["alice@example.com"], "confirmation": "alice2024", "lang": "es",
            "policy": {"preset": "composition", "requireSpecial": false}}"#,
    )
    .unwrap_or_default();
    let report = check_password("alice2024", &options, &options.messages());
    let json = serde_json::to_value(report.ok()).unwrap_or_default();
    for key in [
        "score",
        "zxcvbnScore",
        "guessesLog10",
        "crackTimes",
        "feedback",
        "policy",
    ] {
        assert!(json.get(key).is_some(), "missing {key}: {json}");
    }
    let times = &json["crackTimes"];
    for key in [
        "onlineThrottling100PerHour",
        "onlineNoThrottling10PerSecond",
        "offlineSlowHashing1e4PerSecond",
        "offlineFastHashing1e10PerSecond",
    ] {
        assert!(times[key]["seconds"].is_number(), "{key}");
        assert!(times[key]["display"].is_string(), "{key}");
    }
    assert!(json["feedback"]["suggestions"].is_array());
    assert!(json["feedback"].get("warning").is_some());
    let policy = &json["policy"];
    assert_eq!(policy["ok"], false);
    let codes: Vec<&str> = policy["failures"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| f["code"].as_str())
        .collect();
    assert_eq!(codes, ["needs-upper"]);
    assert_eq!(
        policy["failures"][0]["message"],
        "Añade una letra mayúscula."
    );
    assert_eq!(policy["requirements"][0]["code"], "min-length");
    assert_eq!(policy["requirements"][0]["met"], true);
}

#[test]
fn contradictory_custom_policy_is_an_error() {
    let options = parse(r#"{"policy": {"minLength": 20, "maxLength": 10}}"#).unwrap_or_default();
    let result = check_password("whatever", &options, &options.messages());
    assert_eq!(
        result.err().map(|e| e.to_string()),
        Some("policy: minLength 20 is greater than maxLength 10".to_string())
    );
}
