// PasswordMeter: a five-step strength bar with a text label, updated as the person types.
// DOM only: the rating comes from checkPassword, the words from the message catalogs.

import { checkPassword } from './password.js';
import { messageText } from './messages.js';
import { PASSWORD_OPTIONS, boolean, checkSchema, nested, requireOptions, string } from './arguments.js';

/** PasswordMeter's options. */
const METER_OPTIONS = {
  lang: string,
  passwordOptions: nested(PASSWORD_OPTIONS),
  listen: boolean,
  live: boolean,
  $after: (value, name) => {
    if (!(value instanceof Element)) throw new TypeError(`${name} must be an element`);
  },
};

const STEPS = 5;

/**
 * Shows the strength of the password typed into `$input` in a meter inserted after it.
 *
 *   const meter = new PasswordMeter($input, { lang: 'de' })
 *   meter.init()
 *   meter.destroy()   // removes the meter and its listeners
 *
 * The form guard drives it instead (`listen: false`, then `render(report)`), so the password
 * is rated once per keystroke for the meter, the requirements and the checklist together.
 */
export class PasswordMeter {
  /**
   * @param {HTMLInputElement} $input the new-password field
   * @param {{ lang?: string, passwordOptions?: object, listen?: boolean, live?: boolean, $after?: Element }} [options]
   *   `listen: false`: don't rate on input, wait for `render()`; `live: false`: the label is not
   *   a live region (the guard has one per form); `$after`: insert after this node, not the input.
   */
  constructor($input, options = {}) {
    if (!($input instanceof HTMLInputElement)) {
      throw new TypeError('PasswordMeter($input) must be an <input> element');
    }
    checkSchema(requireOptions(options, 'PasswordMeter($input, options)'), METER_OPTIONS, 'PasswordMeter($input, options)');
    options ??= {};
    this.$input = $input;
    this.options = options;
    this.$root = null;
    this.handleInput = this.update.bind(this);
  }

  /** Builds the meter after the input and starts listening. Idempotent. */
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
    if (this.options.listen !== false) {
      this.$input.addEventListener('input', this.handleInput);
      this.update();
    }
    return this;
  }

  /** Re-rates the current value and redraws. */
  update() {
    if (!this.$root) return;
    const value = this.$input.value;
    let report = null;
    try {
      report = value === '' ? null : checkPassword(value, this.options.passwordOptions);
    } catch (error) {
      // The core failed (or the options are wrong): an empty meter, never a broken page.
      console.warn('[signup-guard] password meter unavailable:', error?.message ?? error);
    }
    this.render(report);
  }

  /** Draws a report from checkPassword, or an empty meter for null. */
  render(report) {
    if (!this.$root) return;
    if (!report || typeof report.score !== 'number') {
      this.$root.removeAttribute('data-score');
      this.$label.textContent = '';
      return;
    }
    this.$root.dataset.score = String(report.score);
    let label = '';
    try {
      label = messageText(`meter.score.${report.score}`, this.options.lang);
    } catch (error) {
      console.warn('[signup-guard] password meter label unavailable:', error?.message ?? error);
    }
    this.$label.textContent = label;
  }

  /** Removes the meter and its listener, leaving the input as it was. */
  destroy() {
    if (!this.$root) return;
    this.$input.removeEventListener('input', this.handleInput);
    this.$root.remove();
    this.$root = null;
  }
}
