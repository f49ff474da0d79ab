//! The email, web-address and page-origin parts of the verdict (the `lookalike` feature).

use super::fields::notice;
use super::input::{FieldInput, UrlInput};
use super::verdict::{FieldVerdict, Notice, OriginVerdict, Tone, UrlVerdict};
use crate::checklist::{EmailFact, OriginFact};
use crate::lookalike::{
    check_email, check_page_origin, check_url, CheckOptions, EmailCheck, ProtectedDomains,
    ReasonCode, SiteDomains, Verdict,
};
use crate::messages::Messages;

/// The site's domain lists, compiled once for many verdicts.
pub(super) struct SiteLists {
    /// Protected, then official domains: what emails and addresses must not imitate.
    targets: ProtectedDomains,
    /// The official domains alone, for the page's own address.
    official: ProtectedDomains,
    official_names: Vec<String>,
    site: SiteDomains,
}

impl SiteLists {
    pub(super) fn new(
        targets: &[String],
        official: &[String],
        allow: &[String],
        deny: &[String],
    ) -> Self {
        SiteLists {
            targets: ProtectedDomains::new(targets),
            official: ProtectedDomains::new(official),
            official_names: official.to_vec(),
            site: SiteDomains::new(allow, deny),
        }
    }

    fn check_options(&self) -> CheckOptions<'_> {
        CheckOptions {
            site_domains: Some(&self.site),
            ..CheckOptions::with_protected(&self.targets)
        }
    }

    /// The email check, its checklist fact, the suggestion, and its notice.
    pub(super) fn email(
        &self,
        field: &FieldInput,
        messages: &Messages,
    ) -> (Option<EmailCheck>, EmailFact, Option<Notice>) {
        let value = field.value.trim();
        if value.is_empty() {
            return (None, EmailFact::Empty, None);
        }
        let check = check_email(value, &self.check_options(), messages);
        let fact = if !check.valid {
            EmailFact::Invalid
        } else if check.suggestion.is_some() {
            EmailFact::Mistyped
        } else if check.lookalike_of.is_some() {
            EmailFact::Lookalike
        } else if check.disposable {
            EmailFact::Disposable
        } else {
            EmailFact::Valid
        };
        let first_reason = check
            .reasons
            .first()
            .map(|r| r.message.clone())
            .unwrap_or_default();
        let advice = match (&check.suggestion, fact) {
            (Some(suggestion), _) => Some(Notice {
                suggestion: Some(suggestion.clone()),
                ..notice(Tone::Warning, first_reason)
            }),
            (None, EmailFact::Lookalike | EmailFact::Disposable) => Some(Notice {
                on_leave: true,
                ..notice(Tone::Warning, first_reason)
            }),
            _ => None,
        };
        (Some(check), fact, advice)
    }

    /// Each non-empty web-address field's check, and every field's verdict.
    pub(super) fn urls(
        &self,
        inputs: &[UrlInput],
        messages: &Messages,
    ) -> (Vec<UrlVerdict>, Vec<FieldVerdict>) {
        let mut checks = Vec::new();
        let mut fields = Vec::new();
        for input in inputs {
            let value = input.value.trim();
            if value.is_empty() {
                fields.push(FieldVerdict::default());
                continue;
            }
            let check = check_url(value, &self.check_options(), messages);
            let tone = match check.verdict {
                Verdict::Dangerous => Some(Tone::Error),
                Verdict::Suspicious => Some(Tone::Warning),
                _ => None,
            };
            fields.push(FieldVerdict {
                errors: Vec::new(),
                notice: tone.map(|tone| Notice {
                    title: Some(messages.text("checklist.url.warning", &[])),
                    ..notice(
                        tone,
                        check
                            .reasons
                            .first()
                            .map(|r| r.message.clone())
                            .unwrap_or_default(),
                    )
                }),
            });
            checks.push(UrlVerdict {
                field: input.name.clone(),
                value: value.to_owned(),
                check,
            });
        }
        (checks, fields)
    }

    /// The page's own address: its verdict and banner, when the site named official domains.
    pub(super) fn origin(
        &self,
        host: Option<&str>,
        messages: &Messages,
    ) -> (Option<OriginVerdict>, Option<Notice>) {
        let Some(host) = host.filter(|_| !self.official_names.is_empty()) else {
            return (None, None);
        };
        let check = check_page_origin(host, &self.official, messages);
        let status = if check.official {
            OriginFact::Official
        } else if self.is_listed_development_host(&check.reasons, host) {
            OriginFact::Development
        } else if check.lookalike_of.is_some() {
            OriginFact::Lookalike
        } else {
            OriginFact::NotOfficial
        };
        let banner = match status {
            OriginFact::Official => None,
            OriginFact::Development => Some(Notice {
                title: Some(messages.text("checklist.banner.development", &[("host", host)])),
                ..notice(Tone::Info, String::new())
            }),
            _ => {
                let official = check
                    .official_domain
                    .clone()
                    .or_else(|| self.official_names.first().cloned())
                    .unwrap_or_default();
                let reasons: Vec<&str> = check
                    .reasons
                    .iter()
                    .filter(|r| r.code != ReasonCode::Development)
                    .map(|r| r.message.as_str())
                    .collect();
                let text = if reasons.is_empty() {
                    messages.text(
                        "checklist.item.official-site.not-official",
                        &[("official", &official)],
                    )
                } else {
                    reasons.join(" ")
                };
                Some(Notice {
                    title: Some(messages.text("checklist.banner.warning", &[])),
                    ..notice(Tone::Warning, text)
                })
            }
        };
        (Some(OriginVerdict { status, check }), banner)
    }

    /// A development host (localhost, loopback) counts as a development copy only when the
    /// site lists it among its official domains; otherwise the page is simply not official.
    fn is_listed_development_host(&self, reasons: &[crate::lookalike::Reason], host: &str) -> bool {
        if !reasons.iter().any(|r| r.code == ReasonCode::Development) {
            return false;
        }
        let bare = |h: &str| {
            h.trim_start_matches('[')
                .trim_end_matches(']')
                .to_lowercase()
        };
        let host = bare(host);
        self.official_names.iter().any(|d| bare(d) == host)
    }

    /// The official domain to name in the checklist.
    pub(super) fn official_domain(&self, origin: Option<&OriginVerdict>) -> Option<String> {
        origin
            .and_then(|o| o.check.official_domain.clone())
            .or_else(|| self.official_names.first().cloned())
    }
}
