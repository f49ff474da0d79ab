//! Runs the parity corpus through the native Rust core and prints the results as JSON, for
//! `tests/e2e/parity.test.mjs`, which compares them with the browser's and Node's (wasm).
//!
//! ```sh
//! cargo run --quiet --example parity -- tests/data/parity_corpus.json > native.json
//! ```
//!
//! Each case gets `{"ok": result}` or `{"error": true}` (the JavaScript API throws for the same
//! inputs). Options are read into the same types the wasm boundary reads (`signup_guard::api`,
//! `PasswordOptions`, `FormInput` and `FormOptions`): the same option names, unknown names
//! rejected, the same defaults.

use serde::Deserialize;
use serde_json::{json, Value};
use signup_guard::api::{LookalikeOptions, PageOriginOptions};
use signup_guard::form::{evaluate_form, FormInput, FormOptions};
use signup_guard::lookalike::{
    check_email, check_page_origin, check_url, CheckOptions, ProtectedDomains, SiteDomains,
};
use signup_guard::password::{check_password, PasswordOptions};
use std::process::ExitCode;

/// The corpus file's shape (see tests/data/make_parity_corpus.mjs).
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Corpus {
    passwords: Vec<PasswordCase>,
    urls: Vec<InputCase>,
    emails: Vec<InputCase>,
    page_origins: Vec<PageOriginCase>,
    forms: Vec<FormCase>,
}

#[derive(Deserialize)]
struct PasswordCase {
    password: String,
    #[serde(default)]
    options: Value,
}

#[derive(Deserialize)]
struct InputCase {
    input: String,
    #[serde(default)]
    options: Value,
}

#[derive(Deserialize)]
struct PageOriginCase {
    options: Value,
}

#[derive(Deserialize)]
struct FormCase {
    input: Value,
    #[serde(default)]
    options: Value,
}

/// Reads options like the wasm boundary: absent or `null` gives the defaults.
fn options<T: for<'de> Deserialize<'de> + Default>(value: Value) -> Option<T> {
    if value.is_null() {
        return Some(T::default());
    }
    serde_json::from_value(value).ok()
}

/// `{"ok": value}`, or `{"error": true}` when the options were rejected.
fn outcome<T: serde::Serialize>(result: Option<T>) -> Value {
    match result.and_then(|value| serde_json::to_value(value).ok()) {
        Some(value) => json!({ "ok": value }),
        None => json!({ "error": true }),
    }
}

fn password_result(case: PasswordCase) -> Value {
    outcome(
        options::<PasswordOptions>(case.options)
            .and_then(|options| check_password(&case.password, &options, &options.messages()).ok()),
    )
}

fn url_or_email_result(case: InputCase, email: bool) -> Value {
    outcome(options::<LookalikeOptions>(case.options).map(|options| {
        let set = ProtectedDomains::new(&options.protected_domains);
        let messages = options.messages();
        let check = CheckOptions::with_protected(&set);
        if email {
            // As `checkEmail` in src/wasm/lookalike.rs: with the site's own domain lists.
            let site = SiteDomains::new(&options.allow_domains, &options.deny_domains);
            let check = CheckOptions {
                site_domains: Some(&site),
                ..check
            };
            serde_json::to_value(check_email(&case.input, &check, &messages))
        } else {
            serde_json::to_value(check_url(&case.input, &check, &messages))
        }
        .unwrap_or(Value::Null)
    }))
}

fn page_origin_result(case: PageOriginCase) -> Value {
    outcome(options::<PageOriginOptions>(case.options).map(|options| {
        let set = ProtectedDomains::new(&options.official_domains);
        check_page_origin(&options.host, &set, &options.messages())
    }))
}

/// As `evaluateForm`: the input and the options read strictly, a contradictory policy refused.
fn form_result(case: FormCase) -> Value {
    outcome(options::<FormInput>(case.input).and_then(|input| {
        let options = options::<FormOptions>(case.options)?;
        evaluate_form(&input, &options, &options.messages()).ok()
    }))
}

fn main() -> ExitCode {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "tests/data/parity_corpus.json".to_owned());
    let corpus: Corpus = match std::fs::read_to_string(&path)
        .map_err(|e| e.to_string())
        .and_then(|text| serde_json::from_str(&text).map_err(|e| e.to_string()))
    {
        Ok(corpus) => corpus,
        Err(error) => {
            eprintln!("parity: cannot read {path}: {error}");
            return ExitCode::FAILURE;
        }
    };
    let results = json!({
        "passwords": corpus.passwords.into_iter().map(password_result).collect::<Vec<_>>(),
        "urls": corpus.urls.into_iter().map(|c| url_or_email_result(c, false)).collect::<Vec<_>>(),
        "emails": corpus.emails.into_iter().map(|c| url_or_email_result(c, true)).collect::<Vec<_>>(),
        "pageOrigins": corpus.page_origins.into_iter().map(page_origin_result).collect::<Vec<_>>(),
        "forms": corpus.forms.into_iter().map(form_result).collect::<Vec<_>>(),
    });
    println!("{results}");
    ExitCode::SUCCESS
}
