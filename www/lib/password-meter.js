// PasswordMeter: a five-step strength bar with a text label, updated as the person types.
// DOM only: the rating comes from checkPasswordAsync (a module worker; by default) or
// checkPassword (main thread, `worker: false`), the words from the message catalogs. The form
// guard drives it itself (`listen: false`) and hands it each report through `render()`.

import { checkPassword } from './password.js';
import { coreFailure, isReady, ready } from './loader.js';
import { checkPasswordAsync, messageTextsAsync, warmUp } from './password-async.js';
import { messageText } from './messages.js';
import { PASSWORD_OPTIONS, boolean, checkSchema, nested, requireOptions, string } from './arguments.js';
import { requireDom } from './dom.js';

/** PasswordMeter's options. */
const METER_OPTIONS = {
  lang: string,
  passwordOptions: nested(PASSWORD_OPTIONS),
  listen: boolean,
  live: boolean,
  worker: boolean,
  warmUp: (value, name) => {
    if (!['idle', 'focus', 'none'].includes(value)) throw new RangeError(`${name} must be "idle", "focus" or "none", got ${JSON.stringify(String(value)).slice(0, 40)}`);
  },
  $after: (value, name) => {
    if (!(value instanceof Element)) throw new TypeError(`${name} must be an element`);
  },
};

const STEPS = 5;
const LABEL_KEYS = Array.from({ length: STEPS }, (_, score) => `meter.score.${score}`);

/**
 * Shows the strength of the password typed into `$input` in a meter inserted after it.
 *
 *   const meter = new PasswordMeter($input, { lang: 'de' })
 *   meter.init()
 *   meter.destroy()   // removes the meter and its listeners
 */
export class PasswordMeter {
  /**
   * @param {HTMLInputElement} $input the new-password field
   * @param {{ lang?: string, passwordOptions?: object, worker?: boolean, warmUp?: 'idle'|'focus'|'none',
   *           listen?: boolean, live?: boolean, $after?: Element }} [options]
   *   `worker` (default false): `false` rates synchronously on the main thread, answering within
   *   the input event (the meter loads the wasm itself if the page has not called `ready()`);
   *   `true` rates in a module worker (answers arrive a task later; see the README's benchmark).
   *   `warmUp` (default 'idle'): when the first check's one-time work (loading the wasm,
   *   building zxcvbn's dictionaries; on the main thread in short steps, see warmUp()) starts:
   *   when the page is idle, on the first focus of a field of the input's form, or on first input.
   *   `listen: false`: don't rate on input, wait for `render()` (the form guard rates itself);
   *   `live: false`: the label is not a live region (the guard has one per form);
   *   `$after`: insert after this node rather than the input.
   */
  constructor($input, options = {}) {
    requireDom('new PasswordMeter()');
    if (!($input instanceof HTMLInputElement)) {
      throw new TypeError('PasswordMeter($input) must be an <input> element');
    }
    checkSchema(requireOptions(options, 'PasswordMeter($input, options)'), METER_OPTIONS, 'PasswordMeter($input, options)');
    options ??= {};
    this.$input = $input;
    this.options = options;
    this.$root = null;
    this.listening = options.listen !== false;
    this.useWorker = this.listening && options.worker === true;
    this.sequence = 0;
    this.handleInput = this.update.bind(this);
    this.handleFocus = () => warmUp({ mainThread: !this.useWorker }).catch(() => {});
  }

  /** Builds the meter after the input (or `$after`) and starts listening. Idempotent. */
  init() {
    if (this.$root) return this;
    const $root = document.createElement('div');
    $root.className = 'sg-meter';
    $root.id = `${this.$input.id || 'sg-password'}-meter`;
    const $bar = document.createElement('div');
    $bar.className = 'sg-meter__bar';
    $bar.setAttribute('aria-hidden', 'true');
    for (let step = 0; step < STEPS; step += 1) {
      const $step = document.createElement('span');
      $step.className = 'sg-meter__step';
      $bar.append($step);
    }
    const $label = document.createElement('p');
    $label.className = 'sg-meter__label';
    if (this.options.live !== false) $label.setAttribute('aria-live', 'polite');
    $root.append($bar, $label);
    (this.options.$after ?? this.$input).after($root);
    this.$root = $root;
    this.$label = $label;
    if (this.listening) {
      this.$input.addEventListener('input', this.handleInput);
      this.scheduleWarmUp(this.options.warmUp ?? 'idle');
      this.update();
    }
    return this;
  }

  /** Starts the first check's one-time work (where the meter rates) ahead of the first keystroke. */
  scheduleWarmUp(when) {
    if (when === 'idle') {
      warmUp({ when: 'idle', mainThread: !this.useWorker }).catch(() => {});
    } else if (when === 'focus') {
      this.$focusTarget = this.$input.form ?? this.$input;
      this.$focusTarget.addEventListener('focusin', this.handleFocus, { once: true });
    }
  }

  /** Re-rates the current value and redraws. */
  update() {
    if (!this.$root) return;
    const value = this.$input.value;
    const sequence = ++this.sequence;
    if (value === '') {
      this.render(null);
      return;
    }
    if (!this.useWorker) {
      if (!isReady()) {
        // Not loaded yet: an empty meter now, the rating as soon as the wasm is there.
        this.render(null);
        if (!coreFailure() && !this.loadFailed) {
          ready().then(() => this.update(), (error) => {
            // Tried once: the meter stays empty rather than refetching on every keystroke.
            this.loadFailed = true;
            console.warn('[signup-guard] password meter unavailable:', error?.message ?? error);
          });
        }
        return;
      }
      let report = null;
      try {
        report = checkPassword(value, this.options.passwordOptions);
      } catch (error) {
        // The core failed (or the options are wrong): an empty meter, never a broken page.
        console.warn('[signup-guard] password meter unavailable:', error?.message ?? error);
      }
      this.render(report);
      return;
    }
    if (!this.labels) {
      this.labels = messageTextsAsync(LABEL_KEYS, this.options.lang);
      this.labels.catch(() => {
        this.labels = null;
      });
    }
    Promise.all([checkPasswordAsync(value, this.options.passwordOptions), this.labels]).then(
      ([report, labels]) => {
        // Answers may arrive after newer input: only the latest one is shown.
        if (sequence === this.sequence && this.$root) this.render(report, labels[report.score]);
      },
      (error) => console.error('signup-guard: could not rate the password:', error),
    );
  }

  /**
   * Draws a report from checkPassword (at least `{ score }`), or an empty meter for null.
   * @param {{ score: number }|null} report
   * @param {string} [label] the score's text (default: looked up in the catalogs here)
   */
  render(report, label) {
    if (!this.$root) return;
    if (!report || typeof report.score !== 'number') {
      this.$root.removeAttribute('data-score');
      this.$label.textContent = '';
      return;
    }
    this.$root.dataset.score = String(report.score);
    if (label === undefined) {
      try {
        label = messageText(`meter.score.${report.score}`, this.options.lang);
      } catch (error) {
        label = '';
        console.warn('[signup-guard] password meter label unavailable:', error?.message ?? error);
      }
    }
    this.$label.textContent = label;
  }

  /** Removes the meter and its listeners, leaving the input as it was. */
  destroy() {
    if (!this.$root) return;
    this.$input.removeEventListener('input', this.handleInput);
    this.$focusTarget?.removeEventListener('focusin', this.handleFocus);
    this.sequence += 1;
    this.$root.remove();
    this.$root = null;
  }
}
