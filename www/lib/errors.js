// The package's error classes. Every error signup-guard throws on purpose (as opposed to the
// built-in TypeError and RangeError for a wrong argument) is a SignupGuardError, so callers can
// tell them apart with one `instanceof`, and each has a stable `code` to branch on. `name` is set
// explicitly in every constructor: minifiers rename classes, and `name` is part of the API.
//
// The CommonJS entry (node/index.cjs) has its own copies of these classes, whose `instanceof`
// also recognizes the instances of these ones.

/** The base class of every error the package throws on purpose; `code` says which one. */
export class SignupGuardError extends Error {
  /**
   * @param {string} message
   * @param {string} code a stable, kebab-case code such as `not-ready`
   * @param {{ cause?: unknown }} [options]
   */
  constructor(message, code, options) {
    super(message, options);
    this.name = 'SignupGuardError';
    this.code = code;
  }
}

/** Thrown when a checker is called before `ready()` has resolved. */
export class NotReadyError extends SignupGuardError {
  /** @param {string} functionName the function that was called too early */
  constructor(functionName) {
    super(`signup-guard: ${functionName}() was called before ready() resolved. Call "await ready()" first.`, 'not-ready');
    this.name = 'NotReadyError';
  }
}

/**
 * Thrown by every checker once the core has trapped (a Rust panic or another WebAssembly
 * trap): the instance may be corrupt, so nothing runs in it again until the page reloads.
 */
export class CoreFailedError extends SignupGuardError {
  /**
   * @param {string} functionName the function that cannot run
   * @param {unknown} cause the trap
   */
  constructor(functionName, cause) {
    super(`signup-guard: ${functionName}() is unavailable: the WebAssembly core failed (${cause?.message ?? cause}); reload the page`, 'core-failed', { cause });
    this.name = 'CoreFailedError';
  }
}

/**
 * Thrown by the DOM functions (attach, initAll, the widgets) when called where there is no
 * DOM, such as during server-side rendering: importing the package there is safe, calling them
 * is not. Call them in the browser (in React, inside `useEffect`).
 */
export class NoDomError extends SignupGuardError {
  /** @param {string} functionName the DOM function that was called */
  constructor(functionName) {
    super(`signup-guard: ${functionName} needs a browser DOM, and there is none here (server-side rendering?). Call it in the browser, e.g. in useEffect() or onMounted().`, 'no-dom');
    this.name = 'NoDomError';
  }
}

/** Every `code` a BreachCheckError can have. */
export const BREACH_ERROR_CODES = Object.freeze(['network', 'timeout', 'http-status', 'malformed', 'aborted']);

/**
 * Why `breachCount` could not give an answer: "couldn't check right now", never "not breached".
 * `code` is `network`, `timeout`, `http-status` (then `status` holds the HTTP status),
 * `malformed` or `aborted`; `cause` holds the underlying error, if any.
 */
export class BreachCheckError extends SignupGuardError {
  /**
   * @param {'network'|'timeout'|'http-status'|'malformed'|'aborted'} code
   * @param {string} message
   * @param {{ status?: number, cause?: unknown }} [options]
   */
  constructor(code, message, { status, cause } = {}) {
    if (!BREACH_ERROR_CODES.includes(code)) {
      throw new RangeError(`BreachCheckError: code must be one of ${BREACH_ERROR_CODES.join(', ')}, got ${String(code)}`);
    }
    super(message, code, cause === undefined ? undefined : { cause });
    this.name = 'BreachCheckError';
    if (code === 'http-status') this.status = status;
  }
}
