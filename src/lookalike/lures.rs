//! Lure words: what phishing hosts put next to a brand (`paypal-login`, `secure-apple`,
//! `oneyoutubelogin`), in English and the languages of the bundled message catalogs.

/// Words phishing hosts combine with a brand (combo squatting).
pub(crate) const LURE_WORDS: &[&str] = &[
    // English
    "login",
    "logon",
    "signin",
    "sign",
    "secure",
    "security",
    "account",
    "accounts",
    "verify",
    "verification",
    "verified",
    "wallet",
    "support",
    "update",
    "billing",
    "payment",
    "payments",
    "confirm",
    "auth",
    "authenticate",
    "recovery",
    "recover",
    "unlock",
    "unlocked",
    "password",
    "reset",
    "service",
    "services",
    "help",
    "helpdesk",
    "customer",
    "alert",
    "alerts",
    "notice",
    "invoice",
    "refund",
    "bonus",
    "gift",
    "giveaway",
    "prize",
    "webscr",
    "banking",
    "access",
    "validate",
    "validation",
    "activation",
    "activate",
    "id",
    "2fa",
    "mfa",
    "sso",
    "portal",
    "credential",
    "credentials",
    "limited",
    "suspended",
    "locked",
    "claim",
    "airdrop",
    "auth0",
    "online",
    "safety",
    "safe",
    "team",
    "official",
    "center",
    "centre",
    "resolution",
    "dispute",
    "signon",
    "webmail",
    "connect",
    "session",
    // German
    "konto",
    "anmelden",
    "anmeldung",
    "sicher",
    "sicherheit",
    "bestaetigen",
    "zugang",
    "kunde",
    "kundenservice",
    "hilfe",
    "zahlung",
    "rechnung",
    // French
    "connexion",
    "compte",
    "securite",
    "verifier",
    "assistance",
    "paiement",
    "facture",
    "remboursement",
    "client",
    // Spanish, Portuguese, Italian
    "cuenta",
    "seguro",
    "seguridad",
    "acceso",
    "acceder",
    "verificar",
    "soporte",
    "ayuda",
    "pago",
    "conta",
    "entrar",
    "acesso",
    "verifica",
    "accedi",
    "accesso",
    "sicurezza",
    "assistenza",
];

/// Whether `token` is a lure word.
pub(crate) fn is_lure(token: &str) -> bool {
    LURE_WORDS.contains(&token)
}

/// The parts of `token` left when one lure word is cut out of it, for every lure word it
/// contains (`oneyoutubelogin` → `oneyoutube`, ``; `secureapple` → ``, `apple`). Lure words of
/// three letters or fewer (`id`, `sso`) count only at the start or end.
pub(crate) fn cut_lures(token: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    for lure in LURE_WORDS {
        if lure.len() <= 3 {
            if let Some(rest) = token.strip_suffix(lure) {
                out.push((rest, ""));
            }
            if let Some(rest) = token.strip_prefix(lure) {
                out.push(("", rest));
            }
            continue;
        }
        let mut from = 0;
        while let Some(found) = token.get(from..).and_then(|t| t.find(lure)) {
            let start = from + found;
            let end = start + lure.len();
            if let (Some(before), Some(after)) = (token.get(..start), token.get(end..)) {
                out.push((before, after));
            }
            from = start + 1;
            while !token.is_char_boundary(from) {
                from += 1;
            }
        }
    }
    out.retain(|(before, after)| !before.is_empty() || !after.is_empty());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lures_are_cut_anywhere() {
        assert!(cut_lures("oneyoutubelogin").contains(&("oneyoutube", "")));
        assert!(cut_lures("secureapple").contains(&("", "apple")));
        assert!(cut_lures("paypalkontosicher").contains(&("paypal", "sicher")));
        assert!(cut_lures("appleid").contains(&("apple", "")));
        assert!(
            !cut_lures("rapids").iter().any(|(b, _)| *b == "rap"),
            "short lures at the ends only"
        );
        assert!(cut_lures("login").is_empty());
        assert!(is_lure("connexion"));
    }
}
