//! The checklist model: which items appear, their states, levels, texts, summary and blocking.

use signup_guard::checklist::{
    build_checklist, connection_verdict, BreachFact, ChecklistFacts, ConfirmationFact,
    ConnectionFacts, ConnectionVerdict, CustomItem, EmailFact, ItemState, Level, OriginFact,
    PasswordFact, TwoStepFact,
};
use signup_guard::messages::{Lang, Messages};
use std::collections::HashMap;

fn secure() -> ConnectionFacts {
    ConnectionFacts {
        secure_context: true,
        page_origin: "https://example.com".into(),
        action_origin: "https://example.com".into(),
        allowed_origins: vec![],
    }
}

fn full(facts: ChecklistFacts) -> ChecklistFacts {
    ChecklistFacts {
        connection: Some(secure()),
        ..facts
    }
}

fn en(facts: &ChecklistFacts) -> signup_guard::checklist::Checklist {
    build_checklist(facts, &Messages::new(Lang::En))
}

fn item<'a>(
    list: &'a signup_guard::checklist::Checklist,
    id: &str,
) -> &'a signup_guard::checklist::ChecklistItem {
    list.items
        .iter()
        .find(|i| i.id == id)
        .unwrap_or_else(|| panic!("no item {id}"))
}

#[test]
fn absent_fields_have_no_items_and_tips_are_info() {
    let list = en(&full(ChecklistFacts {
        two_step: TwoStepFact::NotOffered,
        ..Default::default()
    }));
    let ids: Vec<&str> = list.items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "secure-connection",
            "tip-never-ask",
            "tip-address-bar",
            "tip-password-manager"
        ]
    );
    assert!(list.items[1..].iter().all(|i| i.state == ItemState::Info));
    assert_eq!(list.summary.text, "All 1 done");
    assert!(list.complete);
}

#[test]
fn a_fresh_form_is_pending_and_counts_in_the_summary() {
    let facts = full(ChecklistFacts {
        password: PasswordFact::Empty,
        breach: BreachFact::Empty,
        confirmation: ConfirmationFact::Empty,
        email: EmailFact::Empty,
        origin: OriginFact::Official,
        official_domain: Some("example.com".into()),
        ..Default::default()
    });
    let list = en(&facts);
    assert_eq!(item(&list, "strong-password").state, ItemState::Pending);
    assert_eq!(item(&list, "email").message, "Enter your email address");
    assert_eq!((list.summary.done, list.summary.total), (2, 6));
    assert_eq!(list.summary.text, "2 of 6 done");
    assert!(list.blocking.is_empty());
    assert!(!list.complete, "required items are still pending");
}

#[test]
fn required_failures_block_in_display_order() {
    let facts = full(ChecklistFacts {
        password: PasswordFact::Weak,
        breach: BreachFact::Found,
        breach_count: 12345,
        confirmation: ConfirmationFact::Mismatch,
        email: EmailFact::Invalid,
        ..Default::default()
    });
    let list = en(&facts);
    assert_eq!(
        list.blocking,
        [
            "strong-password",
            "not-breached",
            "passwords-match",
            "email"
        ]
    );
    assert_eq!(
        item(&list, "not-breached").message,
        "Seen 12345 times in data breaches — choose another password"
    );
    assert_eq!(
        item(&list, "passwords-match").state_label,
        "Needs attention"
    );
    assert!(!list.complete);
}

#[test]
fn breach_errors_fail_open_unless_fail_closed() {
    let open = en(&full(ChecklistFacts {
        password: PasswordFact::Strong,
        breach: BreachFact::Failed,
        ..Default::default()
    }));
    let item_open = item(&open, "not-breached");
    assert_eq!(
        (item_open.state, item_open.level),
        (ItemState::Info, Level::Recommended)
    );
    assert!(open.blocking.is_empty());
    assert_eq!(
        item_open.message,
        "Couldn't check known data breaches right now"
    );
    assert_eq!(item_open.state_label, "Not checked");

    let closed = en(&full(ChecklistFacts {
        password: PasswordFact::Strong,
        breach: BreachFact::Failed,
        fail_closed: true,
        ..Default::default()
    }));
    assert_eq!(closed.blocking, ["not-breached"]);
}

#[test]
fn email_typos_and_throwaways_warn_without_blocking() {
    for fact in [
        EmailFact::Mistyped,
        EmailFact::Disposable,
        EmailFact::Lookalike,
    ] {
        let list = en(&full(ChecklistFacts {
            email: fact,
            email_suggestion: Some("ann@gmail.com".into()),
            ..Default::default()
        }));
        let email = item(&list, "email");
        assert_eq!(
            (email.state, email.level),
            (ItemState::Fail, Level::Recommended),
            "{fact:?}"
        );
        assert_eq!(email.state_label, "Check this");
        assert!(list.blocking.is_empty());
    }
    let list = en(&full(ChecklistFacts {
        email: EmailFact::Mistyped,
        email_suggestion: Some("ann@gmail.com".into()),
        ..Default::default()
    }));
    assert_eq!(
        item(&list, "email").message,
        "Check your email address: did you mean ann@gmail.com?"
    );
}

#[test]
fn connection_verdicts() {
    let base = secure();
    assert_eq!(connection_verdict(&base), ConnectionVerdict::Secure);
    let insecure_page = ConnectionFacts {
        secure_context: false,
        ..base.clone()
    };
    assert_eq!(
        connection_verdict(&insecure_page),
        ConnectionVerdict::InsecurePage
    );
    let http_action = ConnectionFacts {
        action_origin: "http://example.com".into(),
        ..base.clone()
    };
    assert_eq!(
        connection_verdict(&http_action),
        ConnectionVerdict::InsecureAction
    );
    let opaque = ConnectionFacts {
        action_origin: "null".into(),
        ..base.clone()
    };
    assert_eq!(
        connection_verdict(&opaque),
        ConnectionVerdict::InsecureAction
    );
    let foreign = ConnectionFacts {
        action_origin: "https://collector.example.net".into(),
        ..base.clone()
    };
    assert_eq!(
        connection_verdict(&foreign),
        ConnectionVerdict::ForeignAction
    );
    let allowed = ConnectionFacts {
        allowed_origins: vec!["https://Collector.example.net/".into()],
        ..foreign
    };
    assert_eq!(connection_verdict(&allowed), ConnectionVerdict::Secure);
    let local = ConnectionFacts {
        secure_context: true,
        page_origin: "http://127.0.0.1:8787".into(),
        action_origin: "http://127.0.0.1:8787".into(),
        allowed_origins: vec![],
    };
    assert_eq!(connection_verdict(&local), ConnectionVerdict::Development);
    let empty_action = ConnectionFacts {
        action_origin: String::new(),
        ..local.clone()
    };
    assert_eq!(
        connection_verdict(&empty_action),
        ConnectionVerdict::Development
    );
    let local_to_other_port = ConnectionFacts {
        action_origin: "http://127.0.0.1:9999".into(),
        ..local
    };
    assert_eq!(
        connection_verdict(&local_to_other_port),
        ConnectionVerdict::ForeignAction
    );
}

#[test]
fn an_insecure_connection_blocks() {
    let list = en(&ChecklistFacts::default());
    assert_eq!(list.blocking, ["secure-connection"]);
    assert_eq!(
        item(&list, "secure-connection").message,
        "This page isn't using a secure connection — don't enter a password here"
    );
}

#[test]
fn page_origin_warns_but_never_blocks() {
    for (fact, state) in [
        (OriginFact::Official, ItemState::Pass),
        (OriginFact::Development, ItemState::Info),
        (OriginFact::NotOfficial, ItemState::Fail),
        (OriginFact::Lookalike, ItemState::Fail),
        (OriginFact::Unavailable, ItemState::Info),
    ] {
        let list = en(&full(ChecklistFacts {
            origin: fact,
            official_domain: Some("example.com".into()),
            ..Default::default()
        }));
        let origin = item(&list, "official-site");
        assert_eq!(origin.state, state, "{fact:?}");
        assert_eq!(origin.level, Level::Recommended);
        assert!(list.blocking.is_empty());
    }
    let list = en(&full(ChecklistFacts {
        origin: OriginFact::Lookalike,
        official_domain: Some("example.com".into()),
        ..Default::default()
    }));
    assert_eq!(
        item(&list, "official-site").message,
        "This site imitates example.com — don't enter your details"
    );
}

#[test]
fn two_step_wording_follows_passkey_support_and_overrides() {
    let passkey = en(&full(ChecklistFacts {
        two_step: TwoStepFact::Passkey,
        ..Default::default()
    }));
    assert!(item(&passkey, "two-step").message.contains("passkey"));
    let mut overrides = HashMap::new();
    overrides.insert(
        "checklist.item.two-step.offered".to_owned(),
        "Set up our authenticator app".to_owned(),
    );
    let custom = build_checklist(
        &full(ChecklistFacts::default()),
        &Messages::with_overrides(Lang::En, overrides),
    );
    assert_eq!(
        item(&custom, "two-step").message,
        "Set up our authenticator app"
    );
}

#[test]
fn custom_items_count_and_can_block() {
    let facts = full(ChecklistFacts {
        custom: vec![
            CustomItem {
                id: "terms".into(),
                text: "Accept the terms".into(),
                state: ItemState::Fail,
                required: true,
            },
            CustomItem {
                id: "news".into(),
                text: "Newsletter".into(),
                state: ItemState::Pass,
                required: false,
            },
        ],
        tips: false,
        two_step: TwoStepFact::NotOffered,
        ..Default::default()
    });
    let list = en(&facts);
    let ids: Vec<&str> = list.items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, ["secure-connection", "custom:terms", "custom:news"]);
    assert_eq!(list.blocking, ["custom:terms"]);
    assert_eq!(list.summary.text, "2 of 3 done");
}

#[test]
fn every_language_has_its_own_words() {
    let facts = full(ChecklistFacts {
        password: PasswordFact::Strong,
        ..Default::default()
    });
    let texts: Vec<String> = Lang::ALL
        .iter()
        .map(|&lang| build_checklist(&facts, &Messages::new(lang)).summary.text)
        .collect();
    assert_eq!(
        texts,
        [
            "All 2 done",
            "Alle 2 erledigt",
            "Les 2 étapes sont faites",
            "Los 2 hechos"
        ]
    );
    for lang in Lang::ALL {
        let list = build_checklist(&facts, &Messages::new(lang));
        for item in &list.items {
            assert!(
                !item.message.starts_with("checklist."),
                "{lang:?} lacks text for {}",
                item.id
            );
        }
    }
}

#[test]
fn facts_deserialize_from_camel_case_and_reject_unknown_names() {
    let json = r#"{"password":"strong","breach":"found","breachCount":3,"connection":{"secureContext":true,"pageOrigin":"https://a.example","actionOrigin":""},"custom":[{"id":"x","text":"X"}]}"#;
    let facts: ChecklistFacts = serde_json::from_str(json).expect("valid facts");
    assert_eq!(facts.breach_count, 3);
    assert_eq!(facts.custom[0].state, ItemState::Info);
    assert!(facts.tips, "tips default to shown");
    assert!(serde_json::from_str::<ChecklistFacts>(r#"{"pasword":"strong"}"#).is_err());
}

#[test]
fn serializes_camel_case_with_kebab_codes() {
    let list = en(&full(ChecklistFacts {
        password: PasswordFact::Weak,
        ..Default::default()
    }));
    let json = serde_json::to_value(&list).expect("serializes");
    assert_eq!(json["items"][0]["id"], "strong-password");
    assert_eq!(json["items"][0]["kind"], "strong-password");
    assert_eq!(json["items"][0]["field"], "password");
    assert_eq!(json["items"][0]["stateLabel"], "Needs attention");
    assert_eq!(json["blocking"][0], "strong-password");
}

#[test]
fn empty_required_fields_fail_once_the_person_tried_to_submit() {
    let facts = full(ChecklistFacts {
        password: PasswordFact::Missing,
        confirmation: ConfirmationFact::Missing,
        email: EmailFact::Missing,
        ..Default::default()
    });
    let list = en(&facts);
    assert_eq!(
        list.blocking,
        ["strong-password", "passwords-match", "email"]
    );
    assert_eq!(item(&list, "strong-password").message, "Enter a password");
    assert_eq!(item(&list, "email").state, ItemState::Fail);
}

#[test]
fn a_formatted_breach_count_is_used_when_given() {
    let list = en(&full(ChecklistFacts {
        password: PasswordFact::Strong,
        breach: BreachFact::Found,
        breach_count: 1_234_567,
        breach_count_text: Some("1,234,567".into()),
        ..Default::default()
    }));
    assert_eq!(
        item(&list, "not-breached").message,
        "Seen 1,234,567 times in data breaches — choose another password"
    );
}
