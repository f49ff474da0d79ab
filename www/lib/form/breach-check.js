// BreachCheck: asks the breach checker about the new password once typing pauses (and at once
// on blur and submit), aborting stale requests so only the latest password's answer counts.

/** Statuses: idle (nothing typed), scheduled, checking, found, not-found, error, unavailable. */
export class BreachCheck {
  /**
   * @param {{ breachCount: Function|null, delayMs?: number, endpoint?: string, timeoutMs?: number,
   *           onChange: () => void }} options
   */
  constructor({ breachCount, delayMs = 600, endpoint, timeoutMs, onChange }) {
    this.breachCount = breachCount;
    this.delayMs = Math.max(500, Number(delayMs) || 600);
    this.requestOptions = {};
    if (endpoint) this.requestOptions.endpoint = endpoint;
    if (timeoutMs) this.requestOptions.timeoutMs = timeoutMs;
    this.onChange = onChange;
    this.password = '';
    this.status = breachCount ? 'idle' : 'unavailable';
    this.count = 0;
    this.error = null;
    this.timer = 0;
    this.controller = null;
    this.pending = null;
    this.requests = 0;
  }

  /** The state for the guard's `state.breach`. */
  get snapshot() {
    return { status: this.status, count: this.count, error: this.error };
  }

  /** True when the answer for `password` is known (or cannot be had). */
  settledFor(password) {
    return password === this.password && ['found', 'not-found', 'error', 'unavailable', 'idle'].includes(this.status);
  }

  /** The password changed: forget the old answer and check again after a pause. */
  schedule(password) {
    if (!this.breachCount) return;
    if (password === this.password && this.status !== 'idle') return;
    this.cancel();
    this.password = password;
    this.count = 0;
    this.error = null;
    if (password === '') {
      this.status = 'idle';
      return;
    }
    this.status = 'scheduled';
    this.timer = setTimeout(() => this.now(password), this.delayMs);
  }

  /** Checks `password` now (blur, submit); resolves when its answer is known. */
  now(password) {
    if (!this.breachCount || password === '') return Promise.resolve();
    if (password === this.password && this.pending) return this.pending;
    if (this.settledFor(password)) return Promise.resolve();
    this.cancel();
    this.password = password;
    this.status = 'checking';
    this.error = null;
    const controller = new AbortController();
    this.controller = controller;
    this.requests += 1;
    this.onChange();
    let request;
    try {
      request = Promise.resolve(this.breachCount(password, { ...this.requestOptions, signal: controller.signal }));
    } catch (error) {
      request = Promise.reject(error);
    }
    const pending = request.then(
      (count) => {
        if (controller.signal.aborted || this.controller !== controller) return;
        this.count = Number(count) || 0;
        this.status = this.count > 0 ? 'found' : 'not-found';
      },
      (error) => {
        if (controller.signal.aborted || this.controller !== controller) return;
        this.status = 'error';
        this.error = typeof error?.code === 'string' ? error.code : 'network';
      },
    ).finally(() => {
      if (this.controller !== controller) return;
      this.controller = null;
      this.pending = null;
      this.onChange();
    });
    this.pending = pending;
    return pending;
  }

  /** Stops the timer and aborts the request in flight. */
  cancel() {
    clearTimeout(this.timer);
    this.timer = 0;
    if (this.controller) {
      this.controller.abort();
      this.controller = null;
    }
    this.pending = null;
  }

  destroy() {
    this.cancel();
  }
}
