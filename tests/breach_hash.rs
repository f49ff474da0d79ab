//! SHA-1 and the k-anonymity split of a password's hash.

use signup_guard::breach::{sha1_hex, HashPartError, HashPrefix, HashSuffix, RangeQuery};

#[test]
fn sha1_of_known_vectors_is_uppercase_hex() {
    assert_eq!(
        sha1_hex("password"),
        "5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8"
    );
    assert_eq!(sha1_hex(""), "DA39A3EE5E6B4B0D3255BFEF95601890AFD80709");
    assert_eq!(sha1_hex("abc"), "A9993E364706816ABA3E25717850C26C9CD0D89D");
    // Non-ASCII passwords are hashed as their UTF-8 bytes, as the range API expects.
    assert_eq!(
        sha1_hex("\u{e9}"),
        "BF15BE717AC1B080B4F1C456692825891FF5073D"
    );
}

#[test]
fn password_splits_into_five_char_prefix_and_35_char_suffix() {
    let query = RangeQuery::for_password("password");
    assert_eq!(query.prefix().as_str(), "5BAA6");
    assert_eq!(
        query.suffix().as_str(),
        "1E4C9B93F3F0682250B6CF8331B7EE68FD8"
    );

    let query = RangeQuery::for_password("P@ssw0rd");
    let full = sha1_hex("P@ssw0rd");
    assert_eq!(
        format!("{}{}", query.prefix().as_str(), query.suffix().as_str()),
        full
    );
}

#[test]
fn split_from_precomputed_hash_accepts_any_case_and_matches() {
    let lower = RangeQuery::from_sha1_hex("5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8").unwrap();
    assert_eq!(lower, RangeQuery::for_password("password"));
    assert_eq!(
        RangeQuery::from_sha1_hex("5BAA6"),
        Err(HashPartError::WrongLength {
            expected: 40,
            found: 5
        })
    );
    assert_eq!(
        RangeQuery::from_sha1_hex("ZBAA61E4C9B93F3F0682250B6CF8331B7EE68FD8"),
        Err(HashPartError::NotHex)
    );
}

#[test]
fn debug_and_display_never_reveal_suffix_or_password() {
    let query = RangeQuery::for_password("password");
    let suffix = query.suffix().as_str().to_owned();
    for shown in [
        format!("{query:?}"),
        format!("{query:#?}"),
        format!("{query}"),
        format!("{:?}", query.suffix()),
        format!("{:?}", query.prefix()),
    ] {
        assert!(!shown.contains(&suffix), "{shown}");
        assert!(!shown.contains("1E4C9B"), "{shown}");
        assert!(!shown.contains("password"), "{shown}");
    }
    assert_eq!(format!("{query}"), "5BAA6");
    assert_eq!(
        format!("{query:?}"),
        "RangeQuery { prefix: \"5BAA6\", suffix: HashSuffix(<redacted>) }"
    );
}

#[test]
fn prefix_and_suffix_parsing_validates_length_and_hex() {
    assert_eq!(HashPrefix::parse("5baa6").unwrap().as_str(), "5BAA6");
    assert!(matches!(
        HashPrefix::parse("5BAA"),
        Err(HashPartError::WrongLength { .. })
    ));
    assert!(matches!(
        HashPrefix::parse("5BAA61"),
        Err(HashPartError::WrongLength { .. })
    ));
    assert_eq!(HashPrefix::parse("5BAG6"), Err(HashPartError::NotHex));
    // Five bytes but not five ASCII characters.
    assert!(HashPrefix::parse("ééA").is_err());
    assert!(HashSuffix::parse("1E4C9B93F3F0682250B6CF8331B7EE68FD").is_err());
    assert_eq!(
        HashSuffix::parse("1e4c9b93f3f0682250b6cf8331b7ee68fd8").unwrap(),
        *RangeQuery::for_password("password").suffix()
    );
}
