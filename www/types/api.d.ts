// Generated from the Rust types by src/api/typescript.rs: do not edit.
// Regenerate with `SIGNUP_GUARD_WRITE_TYPES=1 cargo test --lib api::typescript`.

/**
 * Why a breach check could not be completed; in every case the answer is "couldn't check right
 * now", never "not breached". Serialized kebab-case, the same strings as the `code` property
 * of errors thrown by `breachCount` in JavaScript.
 */
export type BreachErrorCode = "network" | "timeout" | "http-status" | "malformed" | "aborted";

/**
 * The breached-password check of the new password.
 */
export type BreachFact = "absent" | "empty" | "checking" | "not-found" | "found" | "failed" | "unavailable";

/**
 * The whole checklist.
 */
export type Checklist = {
/**
 * The title of the panel.
 */
title: string,
/**
 * The items, in display order.
 */
items: Array<ChecklistItem>,
/**
 * How far along the person is.
 */
summary: Summary,
/**
 * Ids of required items that fail: these block submission, first one first.
 */
blocking: Array<string>,
/**
 * True when no required item fails or is still pending.
 */
complete: boolean, };

/**
 * Everything the checklist is built from.
 */
export type ChecklistFacts = {
/**
 * The new password.
 */
password?: PasswordFact,
/**
 * The breached-password check.
 */
breach?: BreachFact,
/**
 * How often the password was seen in breaches (when `BreachFact::Found`).
 */
breachCount?: number,
/**
 * `ChecklistFacts::breach_count` formatted for the reader's locale (e.g. `12,000,000`);
 * the plain number is used when absent.
 */
breachCountText?: string | null,
/**
 * Whether a failed breach check blocks submission (default: it does not).
 */
failClosed?: boolean,
/**
 * The confirmation field.
 */
confirmation?: ConfirmationFact,
/**
 * The email address.
 */
email?: EmailFact,
/**
 * The address the person probably meant (when `EmailFact::Mistyped`).
 */
emailSuggestion?: string | null,
/**
 * The connection the form is sent over.
 */
connection?: ConnectionFacts,
/**
 * Where the page runs.
 */
origin?: OriginFact,
/**
 * The official domain to name, if the site configured one.
 */
officialDomain?: string | null,
/**
 * Whether two-step sign-in is offered.
 */
twoStep?: TwoStepFact,
/**
 * Whether to show the general safety tips.
 */
tips?: boolean,
/**
 * The site's own items, shown after the built-in ones.
 */
custom?: Array<CustomItem>, };

/**
 * One line of the checklist.
 */
export type ChecklistItem = {
/**
 * Stable identifier: the item's kebab-case name, or `custom:<id>` for the site's items.
 */
id: string,
/**
 * Which built-in item this is.
 */
kind: ItemId,
/**
 * Pass, fail, pending or info.
 */
state: ItemState,
/**
 * Whether a failure blocks submission.
 */
level: Level,
/**
 * What the item says in its current state.
 */
message: string,
/**
 * The word for the state, for screen readers and for people who do not see the icon.
 */
stateLabel: string,
/**
 * The field the item is about, if any.
 */
field: FieldRole | null, };

/**
 * Options of `buildChecklist`.
 */
export type ChecklistOptions = {
/**
 * BCP 47 language tag of the texts (default English).
 */
lang?: string | null,
/**
 * Message overrides, catalog key → text.
 */
messages?: { [key in string]: string }, };

/**
 * One localized message with the code it came from.
 */
export type Coded<C> = {
/**
 * The stable code, for programs.
 */
code: C,
/**
 * The text for people, in the requested language.
 */
message: string, };

/**
 * The password confirmation field.
 */
export type ConfirmationFact = "absent" | "empty" | "missing" | "match" | "mismatch";

/**
 * The facts about the connection the form would be sent over.
 */
export type ConnectionFacts = {
/**
 * `window.isSecureContext` of the page.
 */
secureContext?: boolean,
/**
 * The page's origin, e.g. `https://example.com`.
 */
pageOrigin?: string,
/**
 * The origin the form submits to (its resolved `action`); `null` for opaque origins.
 */
actionOrigin?: string,
/**
 * Other origins the form may submit to (e.g. a separate sign-up API), besides its own.
 */
allowedOrigins?: Array<string>, };

/**
 * How long one attack scenario would take.
 */
export type CrackTime = {
/**
 * Estimated seconds to guess the password in this scenario.
 */
seconds: number,
/**
 * The same duration for people, e.g. "3 hours", in the requested language.
 */
display: string, };

/**
 * The four scenarios with localized display text.
 */
export type CrackTimesReport = {
/**
 * Online, throttled to 100 guesses per hour.
 */
onlineThrottling100PerHour: CrackTime,
/**
 * Online, unthrottled at 10 guesses per second.
 */
onlineNoThrottling10PerSecond: CrackTime,
/**
 * Offline, slow hash at 10⁴ guesses per second.
 */
offlineSlowHashing1e4PerSecond: CrackTime,
/**
 * Offline, fast hash at 10¹⁰ guesses per second.
 */
offlineFastHashing1e10PerSecond: CrackTime, };

/**
 * An item the site adds through the options; its text is the site's own.
 */
export type CustomItem = {
/**
 * The site's identifier for the item (shown as the item's `id` with a `custom:` prefix).
 */
id: string,
/**
 * The text to show.
 */
text: string,
/**
 * The item's state.
 */
state?: ItemState,
/**
 * Whether a failure blocks submission.
 */
required?: boolean, };

/**
 * Field-by-field overrides of a preset; fields left out keep the preset's value.
 */
export type CustomPolicy = {
/**
 * The preset to start from; NIST when left out.
 */
preset?: PresetName | null,
/**
 * Minimum length in code points after NFC.
 */
minLength?: number | null,
/**
 * Maximum length in code points after NFC.
 */
maxLength?: number | null,
/**
 * Overrides the top-level `mfa` option for this policy.
 */
mfa?: boolean | null,
/**
 * Minimum zxcvbn score, 0 (no requirement) to 4.
 */
minScore?: number | null,
/**
 * Require an uppercase letter.
 */
requireUpper?: boolean | null,
/**
 * Require a lowercase letter.
 */
requireLower?: boolean | null,
/**
 * Require a digit.
 */
requireDigit?: boolean | null,
/**
 * Require a character that is neither letter nor digit.
 */
requireSpecial?: boolean | null,
/**
 * Require a letter of either case.
 */
requireLetter?: boolean | null,
/**
 * Reject passwords that are, as a whole, a common password or dictionary word.
 */
rejectCommon?: boolean | null,
/**
 * Reject passwords containing a context word.
 */
rejectPersonalInfo?: boolean | null, };

/**
 * The result of `check_email`.
 */
export type EmailCheck = {
/**
 * Whether the address has a valid form (HTML standard rule, IDN domains allowed).
 */
valid: boolean,
/**
 * The address trimmed, with the domain in lowercase ASCII; absent (`null` in JavaScript) when invalid.
 */
normalized: string | null,
/**
 * The domain in lowercase ASCII; absent (`null` in JavaScript) when invalid.
 */
domain: string | null,
/**
 * The full corrected address when the domain looks like a mistyped mail provider.
 */
suggestion: string | null,
/**
 * Whether the domain belongs to a disposable mail service.
 */
disposable: boolean,
/**
 * The protected domain the mail domain imitates, in Unicode.
 */
lookalikeOf: string | null,
/**
 * Why, most serious first.
 */
reasons: Array<Reason>, };

/**
 * The email address, as the email checker judged it.
 */
export type EmailFact = "absent" | "empty" | "missing" | "valid" | "invalid" | "mistyped" | "lookalike" | "disposable" | "unavailable";

/**
 * A rule a password breaks.
 */
export type FailureCode = "too-short" | "too-long" | "needs-upper" | "needs-lower" | "needs-letter" | "needs-digit" | "needs-special" | "common" | "weak" | "contains-personal-info" | "mismatch";

/**
 * zxcvbn's feedback, localized: at most one warning and a list of suggestions.
 */
export type FeedbackReport = {
/**
 * What is wrong with the password, if zxcvbn names something; `null` otherwise.
 */
warning: Coded<WarningCode> | null,
/**
 * How to choose a stronger password; empty when zxcvbn has nothing to add.
 */
suggestions: Array<Coded<SuggestionCode>>, };

/**
 * The form field an item is about, so the wrapper can focus it and describe it.
 */
export type FieldRole = "password" | "confirmation" | "email";

/**
 * Which built-in item this is.
 */
export type ItemId = "strong-password" | "not-breached" | "passwords-match" | "email" | "secure-connection" | "official-site" | "two-step" | "tip-never-ask" | "tip-address-bar" | "tip-password-manager" | "custom";

/**
 * The state of one item. Every state has its own icon and words, never colour alone.
 */
export type ItemState = "pass" | "fail" | "pending" | "info";

/**
 * Whether an item's failure blocks submission.
 */
export type Level = "required" | "recommended";

/**
 * Options of `checkUrl` and `checkEmail`.
 */
export type LookalikeOptions = {
/**
 * The caller's protected domains (checked before the built-in list); an entry may list
 * its brand family after it, separated by spaces (`shop.com shop.de`).
 */
protectedDomains?: Array<string>,
/**
 * Mail domains the site accepts even if the disposable list has them (`checkEmail`).
 */
allowDomains?: Array<string>,
/**
 * Mail domains the site treats as disposable (`checkEmail`).
 */
denyDomains?: Array<string>,
/**
 * BCP 47 language tag of the messages (default English).
 */
lang?: string | null,
/**
 * Message overrides, catalog key → text.
 */
messages?: { [key in string]: string }, };

/**
 * Where the signup page itself runs, as the page-origin checker judged it.
 */
export type OriginFact = "not-configured" | "official" | "development" | "not-official" | "lookalike" | "unavailable";

/**
 * The result of `check_page_origin`.
 */
export type PageOriginCheck = {
/**
 * Whether the page runs on an official domain or one of its subdomains.
 */
official: boolean,
/**
 * The overall judgement (`safe` for official and development hosts).
 */
verdict: Verdict,
/**
 * The official domain to name to the person: the one imitated, or the first listed.
 */
officialDomain: string | null,
/**
 * The official domain this host imitates, if it imitates one.
 */
lookalikeOf: string | null,
/**
 * Why, most serious first.
 */
reasons: Array<Reason>, };

/**
 * Options of `checkPageOrigin`.
 */
export type PageOriginOptions = {
/**
 * The site's official domains.
 */
officialDomains?: Array<string>,
/**
 * The host the page runs on; the JavaScript wrapper fills it from `location.hostname`.
 */
host?: string,
/**
 * BCP 47 language tag of the messages (default English).
 */
lang?: string | null,
/**
 * Message overrides, catalog key → text.
 */
messages?: { [key in string]: string }, };

/**
 * The new password, as the password checker judged it.
 */
export type PasswordFact = "absent" | "empty" | "missing" | "weak" | "strong" | "unavailable";

/**
 * Options for one password check. Every field is optional; unknown fields are an error.
 *
 * Deserialized from a map, so that unknown fields are seen even by deserializers that look
 * up only a struct's declared fields, as serde-wasm-bindgen does for plain structs (it would
 * silently ignore `{ polcy: "nist" }`). The policy object is read the same way.
 */
export type PasswordOptions = {
/**
 * Context words: e-mail address, name parts, username, the site's own name.
 */
userInputs?: Array<string>,
/**
 * The policy: a preset name, or a custom object overriding a preset field by field.
 */
policy?: PolicyOption,
/**
 * Whether the password is one factor of several (NIST then allows 8 characters).
 */
mfa?: boolean,
/**
 * The second entry of the password, if the form asks for one.
 */
confirmation?: string | null,
/**
 * BCP 47 language tag for messages (`de`, `fr-CA`…); anything unsupported is English.
 */
lang?: string,
/**
 * Text overrides by catalog key, e.g. `{"policy.too-short": "…"}`.
 */
messages?: { [key in string]: string }, };

/**
 * Everything a signup form shows about one password.
 */
export type PasswordReport = {
/**
 * Strength from 0 (too guessable) to 4 (very unguessable): zxcvbn's score, capped at
 * `PERSONAL_INFO_SCORE_CAP` when the password contains a context word.
 */
score: 0 | 1 | 2 | 3 | 4,
/**
 * zxcvbn's own score, never capped.
 */
zxcvbnScore: 0 | 1 | 2 | 3 | 4,
/**
 * Base-10 logarithm of zxcvbn's estimated guesses; 0 for an empty password.
 */
guessesLog10: number,
/**
 * How many code points (of the NFC form) the estimator rated. Shorter than the password
 * when it is long or dense enough to need the bounded window; the rest is never penalized.
 */
estimatedChars: number,
/**
 * Time to guess it in zxcvbn's four attack scenarios.
 */
crackTimes: CrackTimesReport,
/**
 * zxcvbn's warning and suggestions, localized.
 */
feedback: FeedbackReport,
/**
 * The policy's verdict.
 */
policy: PolicyReport, };

/**
 * A policy as the caller names it.
 */
export type PolicyOption = PresetName | CustomPolicy;

/**
 * The policy's verdict.
 */
export type PolicyReport = {
/**
 * True when there are no failures.
 */
ok: boolean,
/**
 * The rules broken, in requirement order, each with its message.
 */
failures: Array<Coded<FailureCode>>,
/**
 * Every requirement the policy has (only those it has), each marked met or not.
 */
requirements: Array<Requirement>, };

/**
 * A named policy preset.
 */
export type PresetName = "nist" | "asvs-l1" | "asvs-l2" | "pci-dss-4" | "composition";

/**
 * One reason with its localized message.
 */
export type Reason = {
/**
 * The machine-readable code.
 */
code: ReasonCode,
/**
 * How serious it is.
 */
severity: Severity,
/**
 * The text for a person, in the requested language.
 */
message: string, };

/**
 * Why a URL, host or email address was flagged (serialized in kebab-case).
 */
export type ReasonCode = "invalid-input" | "dangerous-scheme" | "userinfo-trick" | "credentials-in-url" | "ip-address" | "obfuscated-ip-address" | "homograph" | "digit-lookalike" | "diacritic-lookalike" | "typosquat" | "tld-swap" | "embedded-domain" | "brand-with-lure" | "mixed-script" | "whole-script-confusable" | "digit-lookalike-characters" | "invisible-character" | "unusual-character" | "development" | "not-official" | "invalid-email" | "possible-typo" | "disposable";

/**
 * One requirement of the policy and whether the password meets it.
 */
export type Requirement = {
/**
 * Which requirement.
 */
code: RequirementCode,
/**
 * Its label, in the requested language.
 */
message: string,
/**
 * Whether the password meets it now.
 */
met: boolean, };

/**
 * A requirement as the form lists it, ticked off as the person types.
 */
export type RequirementCode = "min-length" | "max-length" | "upper" | "lower" | "letter" | "digit" | "special" | "not-common" | "strong-enough" | "not-personal" | "matches";

/**
 * How serious a reason is.
 */
export type Severity = "info" | "warning" | "danger";

/**
 * How zxcvbn suggests making a password harder to guess.
 */
export type SuggestionCode = "use-a-few-words" | "no-need-for-symbols" | "add-another-word" | "capitalization" | "all-uppercase" | "reversed-words" | "predictable-substitutions" | "longer-keyboard-pattern" | "avoid-repeats" | "avoid-sequences" | "avoid-recent-years" | "avoid-associated-years" | "avoid-associated-dates";

/**
 * "4 of 6 done".
 */
export type Summary = {
/**
 * Items that pass.
 */
done: number,
/**
 * Items that can pass (everything but advice).
 */
total: number,
/**
 * The sentence to show.
 */
text: string, };

/**
 * Whether the site offers a second sign-in step, and whether this device supports passkeys.
 */
export type TwoStepFact = "not-offered" | "offered" | "passkey";

/**
 * The result of `check_url`.
 */
export type UrlCheck = {
/**
 * The overall judgement.
 */
verdict: Verdict,
/**
 * The host as it should be shown: Unicode, or punycode where Unicode would deceive.
 */
displayHost: string,
/**
 * The host in ASCII (punycode); IP addresses in their normal form.
 */
asciiHost: string,
/**
 * The registrable domain (public suffix plus one label), in ASCII.
 */
registrableDomain: string | null,
/**
 * The protected domain this host imitates, in Unicode.
 */
lookalikeOf: string | null,
/**
 * Why, most serious first.
 */
reasons: Array<Reason>, };

/**
 * The overall judgement of a URL or host.
 */
export type Verdict = "safe" | "suspicious" | "dangerous" | "invalid";

/**
 * Why zxcvbn thinks a password is guessable.
 */
export type WarningCode = "straight-row" | "keyboard-pattern" | "repeated-character" | "repeated-pattern" | "top-10-common" | "top-100-common" | "common" | "similar-to-common" | "sequence" | "recent-year" | "single-word" | "date" | "name-by-itself" | "common-names";
