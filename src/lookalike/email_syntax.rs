//! The practical email syntax of the HTML standard's `type=email` input, without a regex:
//!
//! `^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$`
//!
//! Internationalized domains are accepted by converting them to ASCII (UTS 46) first.

use idna::uts46::{AsciiDenyList, DnsLength, Hyphens, Uts46};

/// An address split into its parts, domain in lowercase ASCII.
///
/// ```
/// use signup_guard::lookalike::parse_email;
/// let parts = parse_email("  ada@Bücher.DE ")?;
/// assert_eq!(parts.local, "ada");
/// assert_eq!(parts.domain, "xn--bcher-kva.de");
/// # Ok::<(), signup_guard::lookalike::EmailSyntaxError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailParts {
    /// The part before `@`, as typed.
    pub local: String,
    /// The domain in lowercase ASCII (punycode for internationalized names).
    pub domain: String,
}

/// Why an address is not valid.
///
/// ```
/// use signup_guard::lookalike::{parse_email, EmailSyntaxError};
/// assert_eq!(parse_email("ada.example.org"), Err(EmailSyntaxError::At));
/// assert_eq!(parse_email("@example.org"), Err(EmailSyntaxError::Local));
/// assert_eq!(parse_email("ada@exa mple.org"), Err(EmailSyntaxError::Domain));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum EmailSyntaxError {
    /// There is no `@`, or more than one.
    #[error("an address needs exactly one @")]
    At,
    /// The part before `@` is empty or has a character the standard does not allow.
    #[error("invalid local part")]
    Local,
    /// The domain is empty, has an empty or over-long label, or a disallowed character.
    #[error("invalid domain")]
    Domain,
}

fn is_local_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b".!#$%&'*+/=?^_`{|}~-".contains(&b)
}

fn is_valid_label(label: &str) -> bool {
    let bytes = label.as_bytes();
    let (Some(first), Some(last)) = (bytes.first(), bytes.last()) else {
        return false;
    };
    bytes.len() <= 63
        && first.is_ascii_alphanumeric()
        && last.is_ascii_alphanumeric()
        && bytes
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || *b == b'-')
}

/// Parses `email` (surrounding white space ignored) by the HTML standard's rule.
///
/// ```
/// use signup_guard::lookalike::parse_email;
/// assert_eq!(parse_email("ada+signup@example.org")?.domain, "example.org");
/// assert!(parse_email("ada@@example.org").is_err());
/// # Ok::<(), signup_guard::lookalike::EmailSyntaxError>(())
/// ```
pub fn parse_email(email: &str) -> Result<EmailParts, EmailSyntaxError> {
    let email = email.trim();
    let (local, domain) = email.split_once('@').ok_or(EmailSyntaxError::At)?;
    if domain.contains('@') {
        return Err(EmailSyntaxError::At);
    }
    if local.is_empty() || !local.bytes().all(is_local_char) {
        return Err(EmailSyntaxError::Local);
    }
    let ascii = if domain.is_ascii() {
        domain.to_ascii_lowercase()
    } else {
        Uts46::new()
            .to_ascii(
                domain.as_bytes(),
                AsciiDenyList::STD3,
                Hyphens::Check,
                DnsLength::Verify,
            )
            .map_err(|_| EmailSyntaxError::Domain)?
            .into_owned()
    };
    if !ascii.split('.').all(is_valid_label) {
        return Err(EmailSyntaxError::Domain);
    }
    Ok(EmailParts {
        local: local.to_owned(),
        domain: ascii,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_standard_examples() {
        assert!(parse_email("a@b").is_ok());
        assert!(parse_email("first.last+tag@example.co.uk").is_ok());
        assert!(parse_email("o'brien@example.com").is_ok());
        assert!(parse_email("x@a-b.example").is_ok());
        assert_eq!(parse_email("no-at.example"), Err(EmailSyntaxError::At));
        assert_eq!(parse_email("a@b@c"), Err(EmailSyntaxError::At));
        assert_eq!(parse_email("@example.com"), Err(EmailSyntaxError::Local));
        assert_eq!(parse_email("a b@example.com"), Err(EmailSyntaxError::Local));
        assert_eq!(parse_email("a@-example.com"), Err(EmailSyntaxError::Domain));
        assert_eq!(parse_email("a@example..com"), Err(EmailSyntaxError::Domain));
        assert_eq!(parse_email("a@example.com."), Err(EmailSyntaxError::Domain));
        assert_eq!(parse_email("a@exa_mple.com"), Err(EmailSyntaxError::Domain));
        assert_eq!(
            parse_email(&format!("a@{}.com", "x".repeat(64))),
            Err(EmailSyntaxError::Domain)
        );
    }

    #[test]
    fn idn_domains_become_ascii_and_case_is_folded() {
        let parts = parse_email("Jo@Bücher.DE").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(parts.domain, "xn--bcher-kva.de");
        assert_eq!(parts.local, "Jo");
        assert_eq!(parse_email("a@bü cher.de"), Err(EmailSyntaxError::Domain));
    }
}
