// signup-guard for Node, CommonJS: `require('signup-guard')` on Node 20+.
//
// The checkers live in the ES module entry (node/index.js), which loads the wasm from disk.
// `ready()` imports that entry once (dynamic import works from CommonJS) and every function
// here delegates to it, so CommonJS and ESM callers in one process share a single wasm instance
// and get identical results. Before `ready()` resolves, the checkers throw a NotReadyError just
// like the ESM entry's.
'use strict';

/**
 * Makes `error instanceof Class` true for this CommonJS class's own instances and for the
 * ESM entry's errors of the same name and code (the checkers run in the ESM entry, so what they
 * throw is an instance of its class, not of this one).
 */
function sameError(Class, name, code) {
  Object.defineProperty(Class, Symbol.hasInstance, {
    value: (value) => Function.prototype[Symbol.hasInstance].call(Class, value)
      || (value instanceof Error && value.name === name && value.code === code),
  });
  return Class;
}

/** Thrown when a checker is called before `ready()` has resolved. */
class NotReadyError extends Error {
  constructor(functionName) {
    super(`signup-guard: ${functionName}() was called before ready() resolved. Call "await ready()" first.`);
    this.name = 'NotReadyError';
    this.code = 'not-ready';
  }
}
sameError(NotReadyError, 'NotReadyError', 'not-ready');

/**
 * Thrown by every checker once the core has trapped (a Rust panic or another WebAssembly trap):
 * nothing runs in it again until the process restarts.
 */
class CoreFailedError extends Error {
  constructor(functionName, cause) {
    super(`signup-guard: ${functionName}() is unavailable: the WebAssembly core failed (${cause?.message ?? cause}); reload the page`, { cause });
    this.name = 'CoreFailedError';
    this.code = 'core-failed';
  }
}
sameError(CoreFailedError, 'CoreFailedError', 'core-failed');

/** Thrown by the DOM functions where there is no DOM (they are only in the ESM entries). */
class NoDomError extends Error {
  constructor(functionName) {
    super(`signup-guard: ${functionName} needs a browser DOM, and there is none here (server-side rendering?). Call it in the browser, e.g. in useEffect() or onMounted().`);
    this.name = 'NoDomError';
    this.code = 'no-dom';
  }
}
sameError(NoDomError, 'NoDomError', 'no-dom');

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
  /** @see node/index.js */
  messageText: (key, lang) => loaded('messageText').messageText(key, lang),
  /** Rejects (never throws) like the ESM `breachCount`, NotReadyError included. */
  breachCount: async (password, options) => loaded('breachCount').breachCount(password, options),
  checkPassword: (password, options) => loaded('checkPassword').checkPassword(password, options),
  checkEmail: (email, options) => loaded('checkEmail').checkEmail(email, options),
  checkUrl: (input, options) => loaded('checkUrl').checkUrl(input, options),
  checkPageOrigin: (options) => loaded('checkPageOrigin').checkPageOrigin(options),
};
