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
  constructor(input: HTMLInputElement, options?: { lang?: string; passwordOptions?: object });
  init(): this;
  update(): void;
  destroy(): void;
}
