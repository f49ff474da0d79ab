//! Lookalike URL, domain and email analysis.
//!
//! Phishing at onboarding imitates the brand: `paypa1.com`, `аррӏе.com` in Cyrillic,
//! `paypal.com.account-verify.example`, `https://bank.com@evil.example`, a cloned signup page on
//! another host, or a mistyped mail domain. This module flags them with reasons a person
//! understands, without crying wolf on legitimate names:
//!
//! - [`check_url`]: a URL or bare host → verdict, display host (Unicode unless deceptive),
//!   ASCII host, registrable domain, the protected domain imitated, and reasons;
//! - [`check_email`]: syntax, "did you mean" for mistyped providers, disposable domains,
//!   lookalikes of protected domains;
//! - [`check_page_origin`]: is the signup page itself on an official host?
//!
//! Protected domains (the caller's plus a built-in list of commonly imitated brands and mail
//! providers) are compiled once into a [`ProtectedDomains`] index.
//!
//! ```
//! use signup_guard::lookalike::{check_url, CheckOptions, ProtectedDomains, Verdict};
//! use signup_guard::messages::{Lang, Messages};
//! let mine = ProtectedDomains::new(["example-shop.com"]);
//! let result = check_url("https://examp1e-shop.com/login", &CheckOptions::with_protected(&mine),
//!     &Messages::new(Lang::En));
//! assert_eq!(result.verdict, Verdict::Dangerous);
//! assert_eq!(result.lookalike_of.as_deref(), Some("example-shop.com"));
//! ```

mod chars;
mod display;
mod disposable;
mod email;
mod email_syntax;
mod families;
mod lures;
mod mail_suggest;
mod page_origin;
mod protected;
mod reason;
mod skeleton;
mod suffix;
mod target;
mod url_check;

pub use display::{analyze_host, label_problems, HostDisplay, InvalidHost, LabelProblem};
pub use disposable::{is_disposable, SiteDomains};
pub use email::{check_email, EmailCheck};
pub use email_syntax::{parse_email, EmailParts, EmailSyntaxError};
pub use mail_suggest::{suggest_provider, MAIL_PROVIDERS};
pub use page_origin::{check_page_origin, PageOriginCheck};
pub use protected::{LookalikeMatch, MatchKind, ProtectedDomains};
pub use reason::{Reason, ReasonCode, Severity, Verdict};
pub use skeleton::{skeleton, strip_diacritics};
pub use suffix::{is_known_suffix, public_suffix, registrable_domain};
pub use target::{parse_target, Target, TargetError, TargetHost};
pub use url_check::{check_url, display_host, CheckOptions, UrlCheck};
