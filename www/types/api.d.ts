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
 * The breached-password check's answer for the current password.
 */
export type BreachInput = {
/**
 * Where the check stands.
 */
status?: BreachStatus,
/**
 * How often the password was seen, when `BreachStatus::Found`.
 */
count?: number,
/**
 * The count as the reader's locale writes it (the page passes `Intl.NumberFormat`'s);
 * absent, `crate::messages::Lang::format_count` writes it.
 */
countText?: string | null, };

/**
 * Where the breached-password check of the current password stands.
 */
export type BreachStatus = "off" | "not-checked" | "checking" | "found" | "not-found" | "failed" | "unavailable";

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
 * The connection the form is sent over. Left out, it is judged from the defaults (not a
 * secure context: the item fails); `null` where nobody can judge it (a server, which sees
 * the request itself), and then the checklist has no connection item.
 */
connection?: ConnectionFacts | null,
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
export type FailureCode = "too-short" | "too-long" | "needs-upper" | "needs-lower" | "needs-letter" | "needs-digit" | "needs-special" | "common" | "weak" | "contains-personal-info" | "mismatch" | "breached";

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
 * One reason a field blocks.
 */
export type FieldError = {
/**
 * The stable code, for programs.
 */
code: FieldErrorCode,
/**
 * The text for people, in the requested language.
 */
message: string, };

/**
 * Why a field blocks: a password policy failure (`breached` included), or one of the form's.
 */
export type FieldErrorCode = FailureCode | FormErrorCode;

/**
 * One text field of the form.
 */
export type FieldInput = {
/**
 * What the field holds now, as typed (nothing is trimmed before the verdict).
 */
value?: string,
/**
 * Whether the page marks the field required: empty, it then blocks once the person has
 * tried to submit (`FormInput::attempted`).
 */
required?: boolean, };

/**
 * The form field an item is about, so the wrapper can focus it and describe it.
 */
export type FieldRole = "password" | "confirmation" | "email";

/**
 * One field's part of the verdict.
 */
export type FieldVerdict = {
/**
 * Why this field blocks the signup, most important first; empty when it does not. The
 * first is the field's message (its custom validity on the page).
 */
errors: Array<FieldError>,
/**
 * Advice that does not block (a likely typo, a breach check that could not run).
 */
notice: Notice | null, };

/**
 * What each field of the form says; a field the form does not have is absent.
 */
export type FieldVerdicts = {
/**
 * The new password.
 */
password: FieldVerdict | null,
/**
 * The confirmation.
 */
confirmation: FieldVerdict | null,
/**
 * The email address.
 */
email: FieldVerdict | null,
/**
 * The web-address fields, in the input's order.
 */
urls: Array<FieldVerdict>, };

/**
 * The form's own reasons for blocking a field.
 */
export type FormErrorCode = "required" | "invalid-email" | "breach-unchecked";

/**
 * Everything one verdict is decided from: the fields' values and what is known around them.
 * A field left out (`null`) is a field the form does not have.
 */
export type FormInput = {
/**
 * The new password.
 */
password?: FieldInput | null,
/**
 * The password typed a second time.
 */
confirmation?: FieldInput | null,
/**
 * The email address.
 */
email?: FieldInput | null,
/**
 * Web-address fields, in page order.
 */
urls?: Array<UrlInput>,
/**
 * The values of the form's other personal fields (username, given name, family name, full
 * name), in that order: with the email address, they are the password's context words.
 */
personal?: Array<string>,
/**
 * The breached-password check of the current password.
 */
breach?: BreachInput,
/**
 * Whether the person has tried to submit (a server: always).
 */
attempted?: boolean,
/**
 * The host the signup page runs on (`location.hostname`), checked against the official
 * domains; absent on a server, which then gives no page-origin item.
 */
host?: string | null,
/**
 * The connection the form is sent over; absent where nobody can judge it (a server), which
 * then gives no connection item.
 */
connection?: ConnectionFacts | null,
/**
 * Whether this device has a built-in passkey authenticator.
 */
passkey?: boolean,
/**
 * The site's own checklist items, already resolved.
 */
custom?: Array<CustomItem>,
/**
 * The password's report when it was computed elsewhere (a worker, a replacement checker);
 * absent, the password is rated here. It must be the report for this password.
 */
passwordReport?: PasswordReport | null, };

/**
 * The site's rules for its signup form. Every field may be left out; a misspelt one is an
 * error.
 */
export type FormOptions = {
/**
 * The password policy: a preset name, or a custom object (as for `checkPassword`).
 */
policy?: PolicyOption,
/**
 * Whether the password is one factor of several (NIST then allows 8 characters).
 */
mfa?: boolean,
/**
 * The site's own context words for the password (its name, its domain), after the form's.
 */
userInputs?: Array<string>,
/**
 * Domains that emails and web addresses must not imitate (before the built-in list).
 */
protectedDomains?: Array<string>,
/**
 * The site's official domains: the page warns when it runs anywhere else. Also protected.
 */
officialDomains?: Array<string>,
/**
 * Mail domains the site accepts even if the disposable list has them.
 */
allowDomains?: Array<string>,
/**
 * Mail domains the site treats as disposable.
 */
denyDomains?: Array<string>,
/**
 * Whether a breach check that failed blocks the signup (default: it does not).
 */
failClosed?: boolean,
/**
 * Whether the site offers two-step sign-in (the checklist mentions it; default true).
 */
twoStep?: boolean,
/**
 * Whether the checklist ends with the general safety tips (default true).
 */
tips?: boolean,
/**
 * BCP 47 language tag of the texts (default English).
 */
lang?: string | null,
/**
 * Text overrides by catalog key.
 */
messages?: { [key in string]: string }, };

/**
 * The decision and everything shown with it. Page and server get the same one for the same
 * input: the page renders it, the server enforces it.
 */
export type FormVerdict = {
/**
 * The form may be sent now: every required item passes (nothing missing, failing or still
 * being checked).
 */
valid: boolean,
/**
 * No required item is failing or still pending.
 */
complete: boolean,
/**
 * The ids of the required checklist items that fail: while any does, the signup is refused.
 */
blocking: Array<string>,
/**
 * The onboarding checklist.
 */
checklist: Checklist,
/**
 * What each field says.
 */
fields: FieldVerdicts,
/**
 * The warning about the page's own address, when it is not on an official domain.
 */
banner: Notice | null,
/**
 * The password's report, with a breach the check found among its policy failures
 * (`breached`); absent when the field is empty or missing.
 */
password: PasswordReport | null,
/**
 * The email check; absent when the field is empty or missing.
 */
email: EmailCheck | null,
/**
 * The check of each non-empty web-address field, in page order.
 */
urls: Array<UrlVerdict>,
/**
 * The check of the page's own address, when the site named official domains and the host
 * is known.
 */
origin: OriginVerdict | null, };

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
 * Advice shown under a field or at the top of the page; it never blocks by itself.
 */
export type Notice = {
/**
 * How it is shown.
 */
tone: Tone,
/**
 * A heading, when the notice has one.
 */
title: string | null,
/**
 * The text (may be empty when the title says it all).
 */
text: string,
/**
 * The value the person probably meant (an email address), offered as a one-click fix.
 */
suggestion: string | null,
/**
 * Shown only once the person has left the field (advice that would distract while typing).
 */
onLeave: boolean, };

/**
 * Where the signup page itself runs, as the page-origin checker judged it.
 */
export type OriginFact = "not-configured" | "official" | "development" | "not-official" | "lookalike" | "unavailable";

/**
 * The check of the page's own address.
 */
export type OriginVerdict = {
/**
 * How the checklist judges it (a development host counts only when listed as official).
 */
status: OriginFact,
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
 * How a notice is shown.
 */
export type Tone = "info" | "warning" | "error";

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
 * A field for a web address (a website, a profile link).
 */
export type UrlInput = {
/**
 * The field's name (its `name` or `id`), echoed in the verdict.
 */
name?: string,
/**
 * What the field holds now.
 */
value?: string, };

/**
 * The check of one web-address field.
 */
export type UrlVerdict = {
/**
 * The field's name, from the input.
 */
field: string,
/**
 * The value checked.
 */
value: string,
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
