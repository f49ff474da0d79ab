// PasswordRating: the password's report when it is rated outside the core's verdict call (in
// the worker, or by a replacement checker) and may answer later. Remembers the last request; a
// newer request supersedes an older one, whose answer is dropped.

/** The answer has not arrived yet. */
export const PENDING = Object.freeze({ pending: true });

export class PasswordRating {
  /**
   * @param {{ onAnswer: () => void, onCoreFailed: (error: Error) => void }} callbacks
   *   `onAnswer` runs when a late answer arrives (the guard redraws)
   */
  constructor({ onAnswer, onCoreFailed }) {
    this.onAnswer = onAnswer;
    this.onCoreFailed = onCoreFailed;
    this.last = null;
  }

  /**
   * The report for the request `key`: `rate()` is called when the key changed. Returns the
   * report, PENDING while it is on its way, or null when rating failed.
   * @param {string} key
   * @param {() => object|Promise<object>} rate
   */
  get(key, rate) {
    if (this.last?.key === key) return this.last.result;
    const entry = { key, result: null, promise: null };
    this.last = entry;
    let answer;
    try {
      answer = rate();
    } catch (error) {
      console.warn('[signup-guard] the password could not be rated:', error?.message ?? error);
      return null;
    }
    if (typeof answer?.then !== 'function') {
      entry.result = answer ?? null;
      return entry.result;
    }
    entry.result = PENDING;
    entry.promise = Promise.resolve(answer).then(
      (report) => ({ report }),
      (error) => ({ error }),
    ).then(({ report, error }) => {
      if (this.last !== entry) return;
      entry.result = report ?? null;
      entry.promise = null;
      if (error?.code === 'core-failed') this.onCoreFailed(error);
      else {
        if (error) console.warn('[signup-guard] the password could not be rated:', error?.message ?? error);
        this.onAnswer();
      }
    });
    return PENDING;
  }

  /** The answer on its way, or null. */
  get inFlight() {
    return this.last?.promise ?? null;
  }

  /** Forgets the last answer (the options changed). */
  reset() {
    this.last = null;
  }
}
