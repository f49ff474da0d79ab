// Type declarations for signup-guard (browser and Node entries share them).

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

/** Thrown by a checker called before `ready()` resolved. */
export class NotReadyError extends Error {
  readonly name: 'NotReadyError';
  readonly code: 'not-ready';
}

/**
 * Thrown by every checker after the WebAssembly core trapped (a panic, which is a bug): the
 * instance is not used again until the page reloads; the form guard shows "checks unavailable".
 */
export class CoreFailedError extends Error {
  readonly name: 'CoreFailedError';
  readonly code: 'core-failed';
  readonly cause: unknown;
}

/**
 * Thrown by the DOM functions (`attach`, `initAll`, `guardFor`, the widgets) when called where
 * there is no DOM, e.g. during server-side rendering. Importing them there is safe.
 */
export class NoDomError extends Error {
  readonly name: 'NoDomError';
  readonly code: 'no-dom';
}

/** The catalog text for a message key, in `lang` (falls back to English, then to the key). */
export function messageText(key: string, lang?: string): string;

/** What the strength estimate says about a password. */
export interface PasswordReport {
  /** zxcvbn's score: 0 (too guessable) … 4 (very unguessable). */
  score: 0 | 1 | 2 | 3 | 4;
  /** Base-10 logarithm of the estimated guesses. */
  guessesLog10: number;
}

/** Rates a password. Throws NotReadyError before `ready()`, TypeError for wrong arguments. */
export function checkPassword(password: string, options?: object): PasswordReport;

/** The five-step strength meter shown under a new-password field. */
export class PasswordMeter {
  constructor(input: HTMLInputElement, options?: PasswordMeterOptions);
  init(): this;
  update(): void;
  /** Draws a report from checkPassword, or an empty meter for null; `label` overrides the score's text. */
  render(report: PasswordReport | null, label?: string): void;
  destroy(): void;
}

// ── The form widget ──────────────────────────────────────────────────────────────────────────

/** State of one checklist item. Each has its own icon and words, never colour alone. */
export type ChecklistItemState = 'pass' | 'fail' | 'pending' | 'info';

/** One line of the security checklist. */
export interface ChecklistItem {
  /** `strong-password`, `not-breached`, `passwords-match`, `email`, `secure-connection`,
   *  `official-site`, `two-step`, `tip-never-ask`, `tip-address-bar`, `tip-password-manager`,
   *  or `custom:<id>` for the site's own items. */
  id: string;
  kind: string;
  state: ChecklistItemState;
  /** Required failures block submission; recommended ones only warn. */
  level: 'required' | 'recommended';
  message: string;
  /** The state in words (e.g. "Done"), for people who do not see the icon. */
  stateLabel: string;
  field: 'password' | 'confirmation' | 'email' | null;
}

/** The checklist as the core builds it. */
export interface Checklist {
  title: string;
  items: ChecklistItem[];
  summary: { done: number; total: number; text: string };
  /** Ids of required items that fail, first one first. */
  blocking: string[];
  /** No required item fails or is pending. */
  complete: boolean;
}

/** The facts the checklist is built from (see the Rust `ChecklistFacts`). */
export interface ChecklistFacts {
  password?: 'absent' | 'empty' | 'missing' | 'weak' | 'strong' | 'unavailable';
  breach?: 'absent' | 'empty' | 'checking' | 'not-found' | 'found' | 'failed' | 'unavailable';
  breachCount?: number;
  /** breachCount in the reader's number format. */
  breachCountText?: string;
  failClosed?: boolean;
  confirmation?: 'absent' | 'empty' | 'missing' | 'match' | 'mismatch';
  email?: 'absent' | 'empty' | 'missing' | 'valid' | 'invalid' | 'mistyped' | 'lookalike' | 'disposable' | 'unavailable';
  emailSuggestion?: string | null;
  connection?: { secureContext?: boolean; pageOrigin?: string; actionOrigin?: string; allowedOrigins?: string[] };
  origin?: 'not-configured' | 'official' | 'development' | 'not-official' | 'lookalike' | 'unavailable';
  officialDomain?: string | null;
  twoStep?: 'not-offered' | 'offered' | 'passkey';
  tips?: boolean;
  custom?: CustomChecklistItem[];
}

/** An item the site adds; its text is the site's own. */
export interface CustomChecklistItem {
  id: string;
  text: string;
  state?: ChecklistItemState;
  required?: boolean;
}

/** Builds the checklist for `facts`. Throws NotReadyError before `ready()`, TypeError on a misspelt fact. */
export function buildChecklist(facts: ChecklistFacts, options?: { lang?: string; messages?: Record<string, string> }): Checklist;

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
  policy?: string | object;
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
  items?: Array<CustomChecklistItem | ((form: HTMLFormElement) => CustomChecklistItem)>;
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
  /** Replacements for the checkers (a custom breach backend, tests). */
  checkers?: Partial<Record<'checkPassword' | 'breachCount' | 'checkEmail' | 'checkUrl' | 'checkPageOrigin' | 'buildChecklist', Function>>;
}

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
  password: (PasswordReport & Record<string, unknown>) | null;
  breach: { status: 'idle' | 'scheduled' | 'checking' | 'found' | 'not-found' | 'error' | 'unavailable'; count: number; error: string | null };
  confirmation: { match: boolean | null };
  email: Record<string, unknown> | null;
  urls: Array<{ field: string; value: string; verdict: string; reasons: Array<{ code: string; message: string }> } & Record<string, unknown>>;
  origin: (Record<string, unknown> & { status: string }) | null;
  checklist: Checklist | null;
  blocking: string[];
  riskSignals: RiskSignals | null;
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
  passwordOptions?: object;
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
export function checkPasswordAsync(password: string, options?: object): Promise<PasswordReport>;

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
