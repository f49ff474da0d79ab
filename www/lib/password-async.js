// checkPasswordAsync and warmUp: the password check off the main thread, in a module worker
// running the same wasm. Falls back to the main thread where workers are unavailable or
// fail to start (then `ready()` loads the wasm here), so callers never need to care.

import { compiledModule, coreLoading, markCoreFailed, ready } from './loader.js';
import { checkPassword, warmUpInSteps } from './password.js';
import { messageText } from './messages.js';
import { evaluateForm } from './form-verdict.js';
import { whenIdle } from './dom.js';
import { PASSWORD_OPTIONS, checkSchema, requireOptions, requireString } from './arguments.js';

const settings = { worker: true, wasm: undefined };
let worker = null;
let workerFailed = false;
let nextId = 1;
let warming = null;
/** The main thread's warm-up (warmUpInSteps) once started. */
let warmingHere = null;
/** Requests sent to the worker and not answered yet, by id. */
const pending = new Map();

/**
 * Chooses where checkPasswordAsync runs. Call before the first check.
 * @param {{ worker?: boolean, wasm?: string|URL }} options
 *   `worker: false` rates on the main thread; `wasm` is the wasm URL the worker loads
 *   (default: next to the package's pkg/ JavaScript).
 */
export function configurePasswordWorker(options = {}) {
  if (options.worker !== undefined) settings.worker = Boolean(options.worker);
  if (options.wasm !== undefined) settings.wasm = String(options.wasm);
}

/** True when checks run in the worker (it started and has not failed). */
export function usesWorker() {
  return worker !== null && !workerFailed;
}

function startWorker() {
  if (worker || workerFailed || !settings.worker || typeof Worker !== 'function') return worker;
  try {
    worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'signup-guard' });
  } catch {
    workerFailed = true;
    return null;
  }
  worker.addEventListener('message', ({ data }) => {
    const request = pending.get(data?.id);
    if (!request) return;
    pending.delete(data.id);
    if (data.error) {
      const error = revive(data.error);
      // The worker's instance trapped: the same core, so every check is unavailable now.
      if (error.code === 'core-failed') markCoreFailed(error);
      request.reject(error);
    }
    else request.resolve(data.result);
  });
  worker.addEventListener('error', (event) => {
    // The worker could not start (e.g. a CSP without worker-src/script-src 'self'): rate here.
    event.preventDefault();
    workerFailed = true;
    worker.terminate();
    worker = null;
    const stranded = [...pending.values()];
    pending.clear();
    for (const request of stranded) request.fallback();
  });
  return worker;
}

/** An Error like the one the worker threw, with the same name and code. */
function revive({ name, message, code }) {
  const ErrorType = name === 'TypeError' ? TypeError : name === 'RangeError' ? RangeError : Error;
  const error = new ErrorType(message);
  if (name !== error.name) error.name = name;
  if (code !== undefined) error.code = code;
  return error;
}

/**
 * What the worker loads: the configured URL, else the module this page already compiled (one
 * download and one compile for both), else nothing (the worker fetches the default URL).
 */
async function wasmForWorker() {
  if (settings.wasm !== undefined) return settings.wasm;
  const loading = coreLoading();
  if (loading) await loading.catch(() => {});
  return compiledModule() ?? undefined;
}

/** Sends one request to the worker, or runs `onMainThread` when there is no worker. */
function request(message, onMainThread) {
  const target = startWorker();
  if (!target) return onMainThread();
  return wasmForWorker().then((wasm) => {
    // The worker failed while we waited for the module: rate here.
    if (worker !== target) return onMainThread();
    return new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject, fallback: () => onMainThread().then(resolve, reject) });
      target.postMessage({ ...message, id, wasm });
    });
  });
}

/**
 * Rates a password like checkPassword, off the main thread. No `ready()` needed: the worker
 * loads the wasm on first use (or on `warmUp()`).
 * @param {string} password
 * @param {object} [options] the options of checkPassword (must be structured-cloneable)
 * @returns {Promise<object>} the same report as checkPassword
 */
export function checkPasswordAsync(password, options) {
  try {
    requireString(password, 'checkPasswordAsync(password)');
    checkSchema(requireOptions(options, 'checkPasswordAsync(password, options)'), PASSWORD_OPTIONS, 'checkPasswordAsync(password, options)');
  } catch (error) {
    return Promise.reject(error);
  }
  return request({ type: 'check', password, options }, async () => {
    await ready(settings.wasm);
    return checkPassword(password, options);
  });
}

/**
 * The form verdict computed in the worker (for the form guard's password rating off the main
 * thread); on the main thread where there is no worker.
 * @param {object} input see `FormInput`
 * @param {object} [options] see `FormOptions`
 * @returns {Promise<object>} the `FormVerdict`
 */
export function evaluateFormAsync(input, options) {
  return request({ type: 'form', input, options }, async () => {
    await ready(settings.wasm);
    return evaluateForm(input, options);
  });
}

/**
 * Catalog texts for `keys` in `lang`, looked up where the checks run (for the meter, so the
 * main thread never needs the wasm in worker mode).
 * @param {string[]} keys
 * @param {string} [lang]
 * @returns {Promise<string[]>}
 */
export function messageTextsAsync(keys, lang = 'en') {
  return request({ type: 'texts', keys, lang }, async () => {
    await ready(settings.wasm);
    return keys.map((key) => messageText(key, lang));
  });
}

/**
 * Does the first password check's one-time work ahead of the first keystroke: loads the wasm,
 * builds zxcvbn's dictionaries and runs the estimator once. Idempotent.
 * By default it prepares the worker that checkPasswordAsync uses (or this page's core where
 * there is no worker); `mainThread: true` prepares this page's core, for checkPassword and
 * the meter and form guard with `worker: false`, in steps of one short task each.
 * `when: 'idle'` waits for requestIdleCallback (at most `timeout` ms); `'now'` starts at once.
 * @param {{ when?: 'idle'|'now', timeout?: number, mainThread?: boolean }} [options]
 * @returns {Promise<void>}
 */
export function warmUp({ when = 'now', timeout = 2000, mainThread = false } = {}) {
  if (mainThread) return warmUpHere(when, timeout);
  warming ??= retryable(() => afterWait(when, timeout)
    .then(() => request({ type: 'warm-up' }, () => warmUpHere('now')))
    .then(() => undefined), () => {
    warming = null;
  });
  return warming;
}

/** Loads this page's core and warms it up in steps, once. */
function warmUpHere(when, timeout) {
  warmingHere ??= retryable(() => afterWait(when, timeout)
    .then(() => ready(settings.wasm))
    .then(() => warmUpInSteps()), () => {
    warmingHere = null;
  });
  return warmingHere;
}

/** Resolves when the page is idle (`when: 'idle'`, at most `timeout` ms), else at once. */
function afterWait(when, timeout) {
  return when === 'idle' ? whenIdle(timeout) : Promise.resolve();
}

/** `start()`'s promise; `forget` runs if it fails, so that a later call can try again. */
function retryable(start, forget) {
  const promise = start();
  promise.catch(forget);
  return promise;
}
