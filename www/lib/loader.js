// Loads the WebAssembly core exactly once and guards every checker until it is loaded, and
// after it failed: a trap inside the core (a Rust panic) marks it failed for good.

import init, * as core from '../../pkg/signup_guard.js';
import { CoreFailedError, NotReadyError } from './errors.js';

let loading = null;
let loaded = false;
/** The compiled module, when this page compiled it (see compiledModule()). */
let compiled = null;
/** The trap that made the core unusable, or null. */
let failure = null;
/** The instance's exports (its `memory` is read by `coreMemoryBytes()`). */
let exports = null;
const failureListeners = new Set();
const loadStartListeners = new Set();

// The error classes live in errors.js (one base class for the package); re-exported here,
// where they were first defined, for the modules that import them from the loader.
export { NotReadyError, CoreFailedError };

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
    if (input !== undefined && input !== null && !isWasmInput(input)) {
      return Promise.reject(new TypeError(`ready(input) must be a URL, a string, a Request, a Response, the bytes or a WebAssembly.Module, got ${typeof input === 'object' ? 'an object' : typeof input}`));
    }
    const source = input ?? new URL('../../pkg/signup_guard_bg.wasm', import.meta.url);
    // A URL or a fetch Response is compiled here, so that the module can be handed to the
    // password worker (compiledModule()) instead of being fetched and compiled again there.
    const fetched = typeof source === 'string' || source instanceof URL || (typeof Request !== 'undefined' && source instanceof Request)
      ? fetch(source) : source;
    loading = Promise.resolve(fetched).then((resolved) => (typeof Response !== 'undefined' && resolved instanceof Response
      ? compileResponse(resolved) : resolved)).then((moduleOrSource) => {
      if (moduleOrSource instanceof WebAssembly.Module) compiled = moduleOrSource;
      return init({ module_or_path: moduleOrSource });
    }).then((instanceExports) => {
      exports = instanceExports;
      loaded = true;
    });
    loading.catch(() => {
      loading = null;
    });
    // Synchronously, before the caller gets the promise: a listener that chains onto it runs
    // before the caller's own continuation (the form guard's state is up to date after
    // `await ready()`).
    for (const listener of loadStartListeners) {
      try {
        listener(loading);
      } catch (listenerError) {
        console.error('[signup-guard] load listener threw:', listenerError);
      }
    }
  }
  return loading;
}

/**
 * Calls `listener(loading)` whenever `ready()` starts a load; returns a function that removes it.
 * @param {(loading: Promise<void>) => void} listener
 */
export function onLoadStart(listener) {
  loadStartListeners.add(listener);
  return () => loadStartListeners.delete(listener);
}

/**
 * Compiles the wasm a fetch answered with: streaming when the server sends application/wasm and
 * the engine accepts it, else from the bytes. Some WebKit embeddings reject streaming compilation
 * of a valid Response, and servers often send the wasm with another type; neither may stop the
 * core from loading, so any streaming failure falls back to compiling the bytes (a copy of the
 * response is kept for that, and released once streaming succeeded).
 * @param {Response} response
 * @returns {Promise<WebAssembly.Module>}
 */
async function compileResponse(response) {
  if (!response.ok) throw new TypeError(`ready(): could not load the wasm from ${response.url || 'the response'}: HTTP ${response.status}`);
  const type = response.headers.get('Content-Type') ?? '';
  if (typeof WebAssembly.compileStreaming === 'function' && type.split(';')[0].trim() === 'application/wasm') {
    const copy = response.clone();
    try {
      const module = await WebAssembly.compileStreaming(response);
      copy.body?.cancel().catch(() => {});
      return module;
    } catch (streamingError) {
      console.warn('[signup-guard] streaming compilation failed; compiling the downloaded bytes instead:', streamingError);
      return WebAssembly.compile(await copy.arrayBuffer());
    }
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

/**
 * The compiled module once `ready()` compiled it from a URL or Response (the default), else null; the
 * password worker instantiates it rather than fetching the wasm again.
 */
export function compiledModule() {
  return compiled;
}

/** The load in progress or done (null before `ready()` and after a failed load). */
export function coreLoading() {
  return loading;
}

/** What `ready()` can load from (a promise of any of them, too). */
function isWasmInput(input) {
  return typeof input === 'string'
    || input instanceof URL
    || (typeof Request !== 'undefined' && input instanceof Request)
    || (typeof Response !== 'undefined' && input instanceof Response)
    || input instanceof ArrayBuffer
    || ArrayBuffer.isView(input)
    || input instanceof WebAssembly.Module
    || typeof input?.then === 'function';
}

/** True once `ready()` has resolved (and stays true after a trap; see `coreFailure()`). */
export function isReady() {
  return loaded;
}

/**
 * The wasm exports, for the checkers; throws NotReadyError before `ready()` resolved and
 * CoreFailedError once the core has trapped.
 * @param {string} functionName the public function asking, named in the error
 */
export function coreFor(functionName) {
  if (!loaded) throw new NotReadyError(functionName);
  if (failure) throw new CoreFailedError(functionName, failure);
  return core;
}

/**
 * Marks the core failed after a trap (called by `callCore`); tells the listeners once.
 * @param {Error} error the `WebAssembly.RuntimeError`
 */
export function markCoreFailed(error) {
  if (failure) return;
  failure = error;
  console.error('[signup-guard] the WebAssembly core failed; checks are unavailable until the page reloads:', error);
  for (const listener of failureListeners) {
    try {
      listener(error);
    } catch (listenerError) {
      console.error('[signup-guard] core failure listener threw:', listenerError);
    }
  }
}

/** The trap that made the core unusable, or null. */
export function coreFailure() {
  return failure;
}

/**
 * Calls `listener(error)` when the core fails; returns a function that removes it.
 * @param {(error: Error) => void} listener
 */
export function onCoreFailure(listener) {
  failureListeners.add(listener);
  return () => failureListeners.delete(listener);
}

/**
 * For diagnostics and tests: the size in bytes of the core's linear memory (it only grows),
 * or 0 before `ready()`.
 */
export function coreMemoryBytes() {
  return exports?.memory?.buffer?.byteLength ?? 0;
}
