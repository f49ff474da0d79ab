// signup-guard for Node, CommonJS: `require('signup-guard')` on Node 20+.
//
// The checkers live in the ES module entry (node/index.js), which loads the wasm from disk.
// `ready()` imports that entry once (dynamic import works from CommonJS) and every function
// here delegates to it, so CommonJS and ESM callers in one process share a single wasm instance
// and get identical results. Before `ready()` resolves, the checkers throw a NotReadyError just
// like the ESM entry's.
'use strict';

/**
 * Makes `error instanceof Class` true for this CommonJS class's own instances (its subclasses'
 * included) and for the ESM entry's errors whose name is a key of `codes` and whose code is one
 * of that key's (the checkers run in the ESM entry, so what they throw is an instance of its
 * classes, not of these).
 * @param {Function} Class
 * @param {Record<string, string[]>} codes
 */
function sameError(Class, codes) {
  Object.defineProperty(Class, Symbol.hasInstance, {
    value: (value) => Function.prototype[Symbol.hasInstance].call(Class, value)
      || (value instanceof Error && Object.hasOwn(codes, value.name) && codes[value.name].includes(value.code)),
  });
  return Class;
}

/** The base class of every error the package throws on purpose; `code` says which one. */
class SignupGuardError extends Error {
  constructor(message, code, options) {
    super(message, options);
    this.name = 'SignupGuardError';
    this.code = code;
  }
}

/** Thrown when a checker is called before `ready()` has resolved. */
class NotReadyError extends SignupGuardError {
  constructor(functionName) {
    super(`signup-guard: ${functionName}() was called before ready() resolved. Call "await ready()" first.`, 'not-ready');
    this.name = 'NotReadyError';
  }
}

/**
 * Thrown by every checker once the core has trapped (a Rust panic or another WebAssembly trap):
 * nothing runs in it again until the process restarts.
 */
class CoreFailedError extends SignupGuardError {
  constructor(functionName, cause) {
    super(`signup-guard: ${functionName}() is unavailable: the WebAssembly core failed (${cause?.message ?? cause}); reload the page`, 'core-failed', { cause });
    this.name = 'CoreFailedError';
  }
}

/** Thrown by the DOM functions where there is no DOM (they are only in the ESM entries). */
class NoDomError extends SignupGuardError {
  constructor(functionName) {
    super(`signup-guard: ${functionName} needs a browser DOM, and there is none here (server-side rendering?). Call it in the browser, e.g. in useEffect() or onMounted().`, 'no-dom');
    this.name = 'NoDomError';
  }
}

/** Every `code` a BreachCheckError can have. */
const BREACH_ERROR_CODES = ['network', 'timeout', 'http-status', 'malformed', 'aborted'];

/**
 * Why `breachCount` could not give an answer: `code` is `network`, `timeout`, `http-status`
 * (then `status` holds the HTTP status), `malformed` or `aborted`.
 */
class BreachCheckError extends SignupGuardError {
  constructor(code, message, { status, cause } = {}) {
    if (!BREACH_ERROR_CODES.includes(code)) {
      throw new RangeError(`BreachCheckError: code must be one of ${BREACH_ERROR_CODES.join(', ')}, got ${String(code)}`);
    }
    super(message, code, cause === undefined ? undefined : { cause });
    this.name = 'BreachCheckError';
    if (code === 'http-status') this.status = status;
  }
}

/** Each class's name → the codes its errors carry. */
const CODES = {
  NotReadyError: ['not-ready'],
  CoreFailedError: ['core-failed'],
  NoDomError: ['no-dom'],
  BreachCheckError: BREACH_ERROR_CODES,
};
sameError(NotReadyError, { NotReadyError: CODES.NotReadyError });
sameError(CoreFailedError, { CoreFailedError: CODES.CoreFailedError });
sameError(NoDomError, { NoDomError: CODES.NoDomError });
sameError(BreachCheckError, { BreachCheckError: CODES.BreachCheckError });
sameError(SignupGuardError, CODES);

/** The ESM entry once `ready()` resolved, else null. */
let entry = null;
/** The pending import of the ESM entry, shared by concurrent `ready()` calls. */
let importing = null;

/** The loaded ESM entry; throws NotReadyError (naming `functionName`) before `ready()`. */
function loaded(functionName) {
  if (entry === null || !entry.isReady()) throw new NotReadyError(functionName);
  return entry;
}

/**
 * Loads the wasm core; by default from the package's own file on disk. Idempotent; a failed
 * load may be retried.
 * @param {URL|string|BufferSource|WebAssembly.Module} [input]
 * @returns {Promise<void>}
 */
function ready(input) {
  if (importing === null) {
    importing = import('./index.js');
    importing.catch(() => {
      importing = null;
    });
  }
  return importing.then(async (module) => {
    await module.ready(input);
    entry = module;
  });
}

/** True once `ready()` has resolved. */
function isReady() {
  return entry !== null && entry.isReady();
}

module.exports = {
  ready,
  isReady,
  NotReadyError,
  CoreFailedError,
  NoDomError,
  BreachCheckError,
  SignupGuardError,
  /** @see node/index.js */
  messageText: (key, lang) => loaded('messageText').messageText(key, lang),
  /** Rejects (never throws) like the ESM `breachCount`, NotReadyError included. */
  breachCount: async (password, options) => loaded('breachCount').breachCount(password, options),
  checkPassword: (password, options) => loaded('checkPassword').checkPassword(password, options),
  checkEmail: (email, options) => loaded('checkEmail').checkEmail(email, options),
  checkUrl: (input, options) => loaded('checkUrl').checkUrl(input, options),
  checkPageOrigin: (options) => loaded('checkPageOrigin').checkPageOrigin(options),
  evaluateForm: (input, options) => loaded('evaluateForm').evaluateForm(input, options),
};
