//! Generates `www/types/api.d.ts`, the TypeScript declarations of the options and results the
//! checkers exchange with JavaScript, from the Rust types themselves (with `ts-rs`, a
//! test-only dependency: the wasm build carries none of it).
//!
//! `cargo test --lib api::typescript` fails when the committed file differs from what the types
//! say; `SIGNUP_GUARD_WRITE_TYPES=1 cargo test --lib api::typescript` rewrites it.

use std::collections::BTreeMap;
use std::path::Path;
use ts_rs::{Config, TypeVisitor, TS};

/// Where the declarations go, from the crate root.
const OUTPUT: &str = "www/types/api.d.ts";

/// Collects the declaration of every named type reachable from the roots, by name.
struct Declarations<'a> {
    config: &'a Config,
    found: BTreeMap<String, String>,
}

impl Declarations<'_> {
    /// Declares `T` and every named type it refers to.
    fn add<T: TS + 'static + ?Sized>(&mut self) {
        // Built-in types (strings, arrays, maps) have no file of their own and no declaration.
        if T::output_path().is_none() {
            T::visit_generics(self);
            return;
        }
        let name = T::ident(self.config);
        if self.found.contains_key(&name) {
            return;
        }
        let docs = js_doc(&T::docs().unwrap_or_default());
        let decl = format!("{docs}export {}", js_doc(&T::decl(self.config)));
        self.found.insert(name, decl);
        T::visit_dependencies(self);
        T::visit_generics(self);
    }
}

impl TypeVisitor for Declarations<'_> {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        self.add::<T>();
    }
}

/// Rust documentation made fit for JSDoc: code examples (Rust doc tests) are left out, and
/// intra-doc links (``[`Name`]``) become plain code spans.
fn js_doc(docs: &str) -> String {
    let mut out = Vec::new();
    let mut in_example = false;
    for line in docs.lines() {
        let text = line.trim_start().trim_start_matches('*').trim();
        if text.starts_with("```") {
            in_example = !in_example;
            continue;
        }
        if in_example {
            continue;
        }
        // No empty line before the end of the comment.
        if text == "/" && out.last().is_some_and(|l: &String| l.trim() == "*") {
            out.pop();
        }
        let mut line = line.replace("[`", "`");
        while let Some(at) = line.find("`]") {
            if line[at + 2..].starts_with('(') {
                break;
            }
            line.replace_range(at..at + 2, "`");
        }
        out.push(line);
    }
    out.iter().map(|l| format!("{l}\n")).collect()
}

/// The whole file: the public API's option and result types and everything they refer to.
fn generate() -> String {
    // Counts and lengths are JavaScript numbers at the boundary, never BigInts.
    let config = Config::default().with_large_int("number");
    let mut types = Declarations {
        config: &config,
        found: BTreeMap::new(),
    };
    // checkPassword / checkPasswordAsync
    types.add::<crate::password::PasswordOptions>();
    types.add::<crate::password::PasswordReport>();
    // checkUrl / checkEmail / checkPageOrigin
    types.add::<super::LookalikeOptions>();
    types.add::<super::PageOriginOptions>();
    types.add::<crate::lookalike::UrlCheck>();
    types.add::<crate::lookalike::EmailCheck>();
    types.add::<crate::lookalike::PageOriginCheck>();
    // buildChecklist
    types.add::<crate::checklist::ChecklistFacts>();
    types.add::<super::ChecklistOptions>();
    types.add::<crate::checklist::Checklist>();
    // evaluateForm
    types.add::<crate::form::FormInput>();
    types.add::<crate::form::FormOptions>();
    types.add::<crate::form::FormVerdict>();
    // breachCount's rejection (its options hold an AbortSignal: declared by hand)
    types.add::<crate::breach::BreachErrorCode>();

    let mut out = String::from(
        "// Generated from the Rust types by src/api/typescript.rs: do not edit.\n\
         // Regenerate with `SIGNUP_GUARD_WRITE_TYPES=1 cargo test --lib api::typescript`.\n",
    );
    for decl in types.found.values() {
        out.push('\n');
        // ts-rs leaves a space at the end of some lines.
        for line in decl.lines() {
            out.push_str(line.trim_end());
            out.push('\n');
        }
    }
    out
}

#[test]
fn committed_declarations_match_the_rust_types() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(OUTPUT);
    let expected = generate();
    if std::env::var_os("SIGNUP_GUARD_WRITE_TYPES").is_some() {
        std::fs::create_dir_all(path.parent().expect("the output has a folder"))
            .expect("create www/types");
        std::fs::write(&path, &expected).expect("write www/types/api.d.ts");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == expected,
        "{OUTPUT} is stale: regenerate it with `SIGNUP_GUARD_WRITE_TYPES=1 cargo test --lib api::typescript`"
    );
}
