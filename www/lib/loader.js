// Loads the WebAssembly core exactly once and guards every checker until it is loaded.

import init, * as core from '../../pkg/signup_guard.js';

let loading = null;
let loaded = false;

/**
 * Thrown when a checker is called before `ready()` has resolved.
 */
export class NotReadyError extends Error {
  constructor(functionName) {
    super(`signup-guard: ${functionName}() was called before ready() resolved. Call "await ready()" first.`);
    this.name = 'NotReadyError';
    this.code = 'not-ready';
  }
}

/**
 * Loads the wasm module. Idempotent: every call returns the same promise once loading started,
 * and a failed load may be retried.
 *
 * @param {URL|string|Request|Response|BufferSource|WebAssembly.Module|Promise<any>} [input]
 *   Where the wasm is: a URL (CDN), its bytes, a fetch `Response`, or a compiled module
 *   (bundlers). Default: `signup_guard_bg.wasm` next to the package's `pkg/` JavaScript.
 * @returns {Promise<void>}
 */
export function ready(input) {
  if (!loading) {
    const source = input ?? new URL('../../pkg/signup_guard_bg.wasm', import.meta.url);
    loading = init({ module_or_path: source }).then(() => {
      loaded = true;
    });
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}

/** True once `ready()` has resolved. */
export function isReady() {
  return loaded;
}

/**
 * The wasm exports, for the checkers; throws NotReadyError before `ready()` resolved.
 * @param {string} functionName the public function asking, named in the error
 */
export function coreFor(functionName) {
  if (!loaded) throw new NotReadyError(functionName);
  return core;
}
