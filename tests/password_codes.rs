//! Every code the password module can emit has text in the catalogs, and serializes as its
//! documented kebab-case code.

use signup_guard::messages::{raw_text, Lang};
use signup_guard::password::{
    FailureCode, PresetName, RequirementCode, SuggestionCode, TimeBucket, WarningCode,
};

fn all_keys() -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    keys.extend(WarningCode::ALL.iter().map(|c| c.key()));
    keys.extend(SuggestionCode::ALL.iter().map(|c| c.key()));
    keys.extend(FailureCode::ALL.iter().map(|c| c.key()));
    keys.extend(RequirementCode::ALL.iter().map(|c| c.key()));
    keys.extend(TimeBucket::KEYS.iter().map(|k| k.to_string()));
    keys
}

#[test]
fn every_emittable_key_has_english_text() {
    let keys = all_keys();
    assert_eq!(keys.len(), 14 + 13 + 12 + 11 + 14);
    for key in keys {
        assert!(
            raw_text(Lang::En, &key).is_some(),
            "no English text for {key}"
        );
    }
}

#[test]
fn every_time_bucket_key_is_listed() {
    let samples = [
        0.0, 1.0, 2.0, 60.0, 120.0, 3600.0, 7200.0, 86400.0, 172800.0,
    ];
    let more = [
        31.0 * 86400.0,
        62.0 * 86400.0,
        372.0 * 86400.0,
        744.0 * 86400.0,
        1e13,
    ];
    for seconds in samples.iter().chain(more.iter()) {
        let (key, _) = TimeBucket::of_seconds(*seconds).key_and_count();
        assert!(TimeBucket::KEYS.contains(&key), "{key}");
    }
}

#[test]
fn codes_serialize_as_their_documented_strings() {
    let json = |v: &dyn erased::Ser| v.json();
    for c in WarningCode::ALL {
        assert_eq!(json(&c), format!("\"{}\"", c.code()));
    }
    for c in SuggestionCode::ALL {
        assert_eq!(json(&c), format!("\"{}\"", c.code()));
    }
    for c in FailureCode::ALL {
        assert_eq!(json(&c), format!("\"{}\"", c.code()));
    }
    for c in RequirementCode::ALL {
        assert_eq!(json(&c), format!("\"{}\"", c.code()));
    }
    for p in PresetName::ALL {
        assert_eq!(json(&p), format!("\"{}\"", p.name()));
    }
    assert_eq!(
        WarningCode::Top10Common.key(),
        "password.warning.top-10-common"
    );
    assert_eq!(FailureCode::TooShort.key(), "policy.too-short");
}

mod erased {
    /// Serializes any of the code enums to JSON text.
    pub trait Ser {
        fn json(&self) -> String;
    }
    impl<T: serde::Serialize> Ser for T {
        fn json(&self) -> String {
            serde_json::to_string(self).unwrap_or_default()
        }
    }
}
