// Type declarations for signup-guard (the browser and Node entries share them).
//
// The checkers' options and results are generated from the Rust types (./types/api.d.ts, by
// src/api/typescript.rs) and re-exported here; this file declares by hand only what has no
// Rust counterpart: loading, the errors, the widgets, the form guard and its event.

import type {
  BreachErrorCode,
  Checklist,
  ChecklistFacts,
  ChecklistOptions,
  CustomItem,
  EmailCheck,
  FailureCode,
  FormInput,
  FormOptions,
  FormVerdict,
  LookalikeOptions,
  OriginFact,
  PageOriginCheck,
  PageOriginOptions,
  PasswordOptions,
  PasswordReport,
  PolicyOption,
  PolicyReport,
  UrlCheck,
} from './types/api.js';

export type * from './types/api.js';

/** Where the wasm comes from: a URL, its bytes, a fetch Response, or a compiled module. */
export type WasmInput =
  | string
  | URL
  | Request
  | Response
  | BufferSource
  | WebAssembly.Module
  | Promise<string | URL | Request | Response | BufferSource | WebAssembly.Module>;

/** Loads the wasm core once; every checker needs it. Idempotent; a failed load may be retried. */
export function ready(input?: WasmInput): Promise<void>;

/** True once `ready()` has resolved. */
export function isReady(): boolean;

/**
 * The base class of every error the package throws itself (`instanceof SignupGuardError`); each
 * has an explicit `name` and a stable `code`. Wrong arguments are `TypeError`/`RangeError`.
 */
export class SignupGuardError extends Error {
  readonly code: string;
}

/** Thrown by a checker called before `ready()` resolved. */
export class NotReadyError extends SignupGuardError {
  readonly name: 'NotReadyError';
  readonly code: 'not-ready';
}

/**
 * Thrown by every checker after the WebAssembly core trapped (a panic, which is a bug): the
 * instance is not used again until the page reloads; the form guard shows "checks unavailable".
 */
export class CoreFailedError extends SignupGuardError {
  readonly name: 'CoreFailedError';
  readonly code: 'core-failed';
  readonly cause: unknown;
}

/**
 * Thrown by the DOM functions (`attach`, `initAll`, `guardFor`, the widgets) when called where
 * there is no DOM, e.g. during server-side rendering. Importing them there is safe.
 */
export class NoDomError extends SignupGuardError {
  readonly name: 'NoDomError';
  readonly code: 'no-dom';
}

/** The catalog text for a message key, in `lang` (falls back to English, then to the key). */
export function messageText(key: string, lang?: string): string;

/** Rates a password. Throws NotReadyError before `ready()`, TypeError for wrong arguments or a misspelt option. */
export function checkPassword(password: string, options?: PasswordOptions | null): PasswordReport;

/** Analyses a URL or bare host for homographs, typosquats and other tricks. */
export function checkUrl(input: string, options?: LookalikeOptions | null): UrlCheck;

/** Checks an email address: syntax, "did you mean", disposable domains, lookalikes. */
export function checkEmail(email: string, options?: LookalikeOptions | null): EmailCheck;

/**
 * Warns when the page runs on a host that is not one of the official domains. `host` defaults
 * to `location.hostname` in a browser; on a server pass it.
 */
export function checkPageOrigin(options: PageOriginOptions & { officialDomains: string[] }): PageOriginCheck;

/** Options of `breachCount`; every field is optional. */
export interface BreachCountOptions {
  /** Base URL of a Pwned Passwords range API (default `https://api.pwnedpasswords.com`). */
  endpoint?: string;
  /** Time limit for the whole request in milliseconds (default 3000). */
  timeoutMs?: number;
  /** Cancels the check; the promise then rejects with `code: "aborted"`. */
  signal?: AbortSignal;
}

/** What `breachCount` rejects with when the check could not be completed ("couldn't check", never "not breached"). */
export class BreachCheckError extends SignupGuardError {
  constructor(code: BreachErrorCode, message: string, options?: { status?: number; cause?: unknown });
  readonly name: 'BreachCheckError';
  readonly code: BreachErrorCode;
  /** The HTTP status, present only when `code` is "http-status". */
  readonly status?: number;
}

/**
 * How often a password appears in breach corpora (0: not found), asked with k-anonymity: only
 * the first five hex characters of its SHA-1 leave the page. Rejects with a BreachCheckError.
 */
export function breachCount(password: string, options?: BreachCountOptions | null): Promise<number>;

/** The five-step strength meter shown under a new-password field. */
export class PasswordMeter {
  constructor(input: HTMLInputElement, options?: PasswordMeterOptions | null);
  init(): this;
  update(): void;
  /** Draws a report from checkPassword, or an empty meter for null; `label` overrides the score's text. */
  render(report: PasswordReport | null, label?: string): void;
  destroy(): void;
}

/** Options of `PasswordToggle`. */
export interface PasswordToggleOptions {
  /** Language of the button and status text (default English). */
  lang?: string;
  /** Looks up the button and status text by catalog key (default: the catalogs in `lang`). */
  text?: (key: string) => string;
  /** Speaks the new state through a live region the page already has (default: its own). */
  announce?: (text: string) => void;
}

/** A Show/Hide button after a password field; it re-hides the password when the form is submitted. */
export class PasswordToggle {
  constructor(input: HTMLInputElement, options?: PasswordToggleOptions | null);
  /** Whether the password is shown. */
  readonly visible: boolean;
  /** Adds the button and its status after the input. Idempotent. */
  init(): this;
  /** Shows a hidden password, hides a shown one. */
  toggle(): void;
  /** Hides the password. */
  hide(): void;
  setVisible(visible: boolean): void;
  /** Updates the button's text, label and pressed state. */
  render(visible: boolean): void;
  /** Removes the button and status and leaves the field hidden. */
  destroy(): void;
}

// ── The form widget ──────────────────────────────────────────────────────────────────────────

/** Builds the checklist for `facts`. Throws NotReadyError before `ready()`, TypeError on a misspelt fact. */
export function buildChecklist(facts?: ChecklistFacts | null, options?: ChecklistOptions | null): Checklist;

/**
 * The whole signup verdict for what the form holds (may it be sent, what each field says), the
 * same decision on the page and on a server. Throws NotReadyError before `ready()`, TypeError on
 * a misspelt input or option name or a custom policy that contradicts itself.
 */
export function evaluateForm(input: FormInput, options?: FormOptions | null): FormVerdict;

/** Roles the guard finds in a form; each can be pinned by selector or turned off with `false`. */
export interface FieldSelectors {
  password?: string | HTMLInputElement | false;
  confirmation?: string | HTMLInputElement | false;
  email?: string | HTMLInputElement | false;
  username?: string | HTMLInputElement | false;
  givenName?: string | HTMLInputElement | false;
  familyName?: string | HTMLInputElement | false;
  name?: string | HTMLInputElement | false;
  /** Every matching element is a URL field. */
  urls?: string | false;
}

/** Options of `attach()` (and, as JSON, of `data-signup-guard-options`). */
export interface AttachOptions {
  /** Language of every text (default: the form's `lang`, else English). */
  lang?: string;
  /** Text overrides by catalog key, e.g. `{ "checklist.title": "…" }`; shown as text, never HTML. */
  messages?: Record<string, string>;
  /** The password policy: a preset name (`"nist"`, …) or a custom policy object. */
  policy?: PolicyOption;
  /** The password is one factor of several. */
  mfa?: boolean;
  /** Extra context words for the password check (the site's name…). */
  userInputs?: string[];
  /** Field overrides by selector. */
  fields?: FieldSelectors;
  /** Breach check: `false` to turn it off, or where and how to ask (`delayMs` ≥ 500, default 600). */
  breach?: false | { endpoint?: string; timeoutMs?: number; delayMs?: number };
  /** A failed breach check blocks submission (default: it does not). */
  failClosed?: boolean;
  /** The site's official domains: enables the page-origin banner and checklist item. */
  officialDomains?: string[];
  /** Domains whose lookalikes are flagged in email and URL fields, besides the built-in list. */
  protectedDomains?: string[];
  /** Mail domains accepted even if the disposable list has them. */
  allowDomains?: string[];
  /** Mail domains treated as disposable. */
  denyDomains?: string[];
  /** Origins other than the page's that the form may post to. */
  allowedOrigins?: string[];
  /** Where the checklist goes (selector or element), `false` for none; default: before the submit button. */
  checklist?: string | Element | false;
  /** Heading level of the checklist title (2–6, default 2). */
  headingLevel?: number;
  /** Where the page-origin banner goes (selector or element); default: before the form. */
  banner?: string | Element;
  /** `false` when the site offers no two-step sign-in. */
  twoStep?: boolean;
  /** `false` to hide the general safety tips. */
  tips?: boolean;
  /** `false` to leave out the strength meter. */
  meter?: boolean;
  /** Adds a Show/Hide button to password fields (default true); it re-hides on submit. */
  passwordToggle?: boolean;
  /** The site's own checklist items, or functions of the form returning one (run on every change). */
  items?: Array<CustomItem | ((form: HTMLFormElement) => CustomItem)>;
  /** Advisory client signals written as JSON to a hidden input (default name `signup_risk`). */
  riskSignals?: boolean | { name?: string };
  /** Follow the document: attach forms added later, re-wire inputs a framework re-rendered. */
  watch?: boolean;
  /**
   * Called with the full state when it changed (also sent as a `signup-guard:change` event, just
   * before): in a task of its own after the event that changed it, never inside it, so it may
   * set a framework's state.
   */
  onChange?: (state: GuardState) => void;
  /** Where the wasm is, as for `ready()`. */
  wasm?: WasmInput;
  /**
   * Rate the password in a module worker (default false). By default it is rated on the main
   * thread, within the input event, after a warm-up in short idle steps. `true` rates in a
   * worker, which answers a task later (for a 1 MiB paste, only after the browser's own long
   * task). A `checkers.checkPassword` replacement, or a `wasm` that is not a URL, always rates
   * on the main thread.
   */
  worker?: boolean;
  /** Replacements for the password's rating and the breach check (a custom backend, tests). */
  checkers?: Checkers;
}

/**
 * What the guard lets a page replace: the password's rating and the breach check. Everything
 * else (the email, web addresses, the page's address, the checklist, what blocks) is the core's
 * verdict, the same `evaluateForm` a server calls.
 */
export interface Checkers {
  /** Rates the password; it is given the context words the verdict would use. */
  checkPassword?: (password: string, options: PasswordOptions) => PasswordReport | Promise<PasswordReport>;
  breachCount?: (password: string, options: BreachCountOptions) => number | Promise<number>;
}

/** A policy failure in the guard's state: the core's, or `breached` once the breach check found the password. */
export interface GuardPolicyFailure {
  code: FailureCode | 'breached';
  message: string;
}

/** checkPassword's report as the guard keeps it: a found breach is one more policy failure. */
export type GuardPasswordReport = Omit<PasswordReport, 'policy'> & {
  policy: Omit<PolicyReport, 'failures'> & { failures: GuardPolicyFailure[] };
};

/** Advisory client-side signals (a script can fake each one; the server decides). */
export interface RiskSignals {
  version: 1;
  timeToFillMs: number;
  pastedPassword: boolean;
  autofill: boolean;
  webdriver: boolean;
  emailDisposable: boolean;
  emailMistyped: boolean;
  emailLookalike: boolean;
}

/** Everything the guard knows; the `detail` of `signup-guard:change`. */
export interface GuardState {
  /** The core finished loading (or failed to). */
  ready: boolean;
  /** The checks run; false means "checks unavailable" and nothing is blocked. */
  available: boolean;
  /**
   * The form can be sent now: the checks are available and every required item passes. False
   * for an empty form, while loading, and while the checks are unavailable (which blocks nothing).
   */
  valid: boolean;
  /** No required item fails or is still to do (from the checklist). */
  complete: boolean;
  /** Role → field name (or id); `urls` is a list. */
  fields: Record<string, string | string[]>;
  /** checkPassword's report (with a `breached` policy failure once found), or null. */
  password: GuardPasswordReport | null;
  breach: { status: 'idle' | 'scheduled' | 'checking' | 'found' | 'not-found' | 'error' | 'unavailable'; count: number; error: string | null };
  confirmation: { match: boolean | null };
  /** checkEmail's result for the email field, or null. */
  email: EmailCheck | null;
  /** checkUrl's result for each filled URL field. */
  urls: Array<UrlCheck & { field: string; value: string }>;
  /** checkPageOrigin's result with the origin fact it gave, or null without official domains. */
  origin: (PageOriginCheck & { status: OriginFact }) | null;
  checklist: Checklist | null;
  blocking: string[];
  riskSignals: RiskSignals | null;
}

/** The event a guarded form dispatches (bubbling) when its state changed; `detail` is the state. */
export type SignupGuardChangeEvent = CustomEvent<GuardState>;

declare global {
  interface HTMLElementEventMap {
    'signup-guard:change': SignupGuardChangeEvent;
  }
}

/** One guarded form. */
export class SignupGuard {
  readonly state: GuardState;
  readonly options: AttachOptions;
  /** True while the password's rating is on its way from the worker (`state` is the last settled one). */
  readonly pending: boolean;
  /** Resolves once no check is waiting for an answer (the rating, the breach check; at most 10 s). */
  settled(): Promise<void>;
  /** Re-detects the fields (after a framework re-rendered them). */
  refresh(): void;
  /** Removes everything the guard added and restores the form exactly. */
  destroy(): void;
}

/**
 * Guards a signup form. Attaching the same form twice returns the same guard. Fetches no wasm
 * itself: the core loads when the page is idle, on the first focus inside the form, or when the
 * page calls `ready()`, whichever comes first (after `await ready()` the state is up to date).
 */
export function attach(form: HTMLFormElement, options?: AttachOptions): SignupGuard;

/** Attaches every `<form data-signup-guard>` under `root` (options from `data-signup-guard-options`). */
export function initAll(root?: ParentNode, defaults?: AttachOptions): SignupGuard[];

/** The guard attached to `form`, or null. */
export function guardFor(form: HTMLFormElement): SignupGuard | null;

/** PasswordMeter options added for the guard. */
export interface PasswordMeterOptions {
  lang?: string;
  /** Options of the password check, as for checkPassword. */
  passwordOptions?: PasswordOptions;
  /** `false`: don't listen to input; the owner calls `render(report)`. */
  listen?: boolean;
  /** `false`: the label is not a live region. */
  live?: boolean;
  /** Insert after this node instead of the input. */
  $after?: Element;
  /** Rate in a module worker (default false: on the main thread, within the input event). */
  worker?: boolean;
  /** When the first check's one-time work starts: when the page is idle (default), on first focus, or on first input. */
  warmUp?: 'idle' | 'focus' | 'none';
}

/** Rates a password like checkPassword, in a module worker (no `ready()` needed). */
export function checkPasswordAsync(password: string, options?: PasswordOptions | null): Promise<PasswordReport>;

/** Chooses where checkPasswordAsync runs; call before the first check. */
export function configurePasswordWorker(options: { worker?: boolean; wasm?: string | URL }): void;

/** True when checks run in the worker (it started and has not failed). */
export function usesWorker(): boolean;

/**
 * Does the first password check's one-time work (loads the wasm, builds zxcvbn's dictionaries)
 * ahead of the first keystroke: in the worker checkPasswordAsync uses, or with `mainThread: true`
 * on this page's core (for checkPassword), in steps of one short task each.
 */
export function warmUp(options?: { when?: 'idle' | 'now'; timeout?: number; mainThread?: boolean }): Promise<void>;
