// CoreSession: the guard's copy of the core: when it loads (idle, first focus, or anyone's
// ready()), the password check's warm-up, whether a worker rates the password, and what happens
// when the core fails (the checks become unavailable; nothing ever blocks because of it).

import { coreFailure, coreLoading, onCoreFailure, onLoadStart, ready } from '../loader.js';
import { configurePasswordWorker, warmUp } from '../password-async.js';
import { whenIdle } from '../dom.js';

/** The longest the core waits for the page to go idle before it loads anyway. */
const IDLE_LOAD_TIMEOUT_MS = 2000;

export class CoreSession {
  /**
   * @param {{ options: object, hasPassword: () => boolean, onReady: () => void, onChange: () => void }} config
   *   `onReady` runs once the core has loaded; `onChange` whenever the availability changed
   */
  constructor({ options, hasPassword, onReady, onChange }) {
    this.options = options;
    this.hasPassword = hasPassword;
    this.onReady = onReady;
    this.onChange = onChange;
    /** 'loading', 'ready' or 'failed'. */
    this.status = 'loading';
    this.loading = false;
    this.destroyed = false;
    this.useWorker = workerWanted(options);
  }

  /** Whether the checks can run now. */
  get available() {
    return this.status === 'ready';
  }

  /** Watches for failures and starts loading when it is time. */
  start() {
    // A trap inside the core (a Rust panic) at any later time.
    this.stopFailureWatch = onCoreFailure((error) => this.fail(error));
    if (this.useWorker && this.hasPassword() && this.options.wasm !== undefined) {
      configurePasswordWorker({ wasm: this.options.wasm });
    }
    // The wasm is the heavy part: it loads when the page is idle or the person first focuses a
    // field, whichever comes first, or at once when the page itself calls ready().
    this.stopLoadWatch = onLoadStart(() => this.load());
    if (coreLoading()) this.load();
    else whenIdle(IDLE_LOAD_TIMEOUT_MS).then(() => this.load());
  }

  /** Starts loading the core and the password check's warm-up, once. */
  load() {
    if (this.destroyed || this.loading) return;
    this.loading = true;
    this.stopLoadWatch?.();
    // The page's own copy first, so that the worker is handed this compiled module instead of
    // fetching the wasm again. In worker mode it never builds zxcvbn's dictionaries.
    ready(this.options.wasm).then(
      () => {
        if (this.destroyed) return;
        if (coreFailure()) {
          this.fail(coreFailure());
          return;
        }
        this.status = 'ready';
        this.onReady();
        this.onChange();
      },
      (error) => {
        if (this.destroyed) return;
        this.status = 'failed';
        console.warn('[signup-guard] checks unavailable:', error?.message ?? error);
        this.onChange();
      },
    );
    // The first password check's one-time work, so the first keystroke is answered at once;
    // none for a replacement checker (which also rules out the worker).
    if (this.hasPassword() && typeof this.options.checkers?.checkPassword !== 'function') {
      warmUp({ mainThread: !this.useWorker }).catch(() => {});
    }
  }

  /** The core trapped or failed: from now on the checks are unavailable. */
  fail(error) {
    if (this.destroyed || this.status === 'failed') return;
    this.status = 'failed';
    console.warn('[signup-guard] checks unavailable:', error?.message ?? error);
    this.onChange();
  }

  destroy() {
    this.destroyed = true;
    this.stopFailureWatch?.();
    this.stopLoadWatch?.();
  }
}

/**
 * The password is rated on the main thread (within the input event) unless `worker: true`,
 * and then not with a replacement checker or a wasm source only the main thread can load
 * (bytes, a module, a Response).
 */
export function workerWanted({ worker, wasm, checkers }) {
  if (worker !== true || typeof checkers?.checkPassword === 'function') return false;
  return wasm === undefined || typeof wasm === 'string' || wasm instanceof URL;
}
