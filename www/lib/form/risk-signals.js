// RiskSignals: advisory client-side signals for the server, written as JSON into a hidden input.
// They are hints (a script can fake every one): the server decides what, if anything, they mean.

import { element } from '../dom.js';

export class RiskSignals {
  /**
   * @param {HTMLFormElement} $form
   * @param {{ name?: string }} options
   * @param {import('./ledger.js').AttributeLedger} ledger
   */
  constructor($form, { name = 'signup_risk' } = {}, ledger) {
    this.$form = $form;
    this.name = String(name);
    this.ledger = ledger;
    this.$input = null;
    this.created = false;
    this.startedAt = 0;
    this.pastedPassword = false;
    this.autofill = false;
    this.keyed = new WeakSet();
    this.pasted = new WeakSet();
    this.email = { disposable: false, mistyped: false, lookalike: false };
  }

  init() {
    if (this.$input) return this;
    const existing = [...this.$form.elements].find(($el) => $el instanceof HTMLInputElement && $el.type === 'hidden' && $el.name === this.name);
    if (existing) {
      this.$input = existing;
      this.ledger.remember(existing, 'value');
    } else {
      this.$input = element('input');
      this.$input.type = 'hidden';
      this.$input.name = this.name;
      this.$form.append(this.$input);
      this.created = true;
    }
    return this;
  }

  /** Called for the form's keydown/paste/input/animationstart/focusin events. */
  observe(event, isPassword) {
    const $target = event.target;
    if (!this.startedAt && (event.type === 'focusin' || event.type === 'keydown' || event.type === 'input')) {
      this.startedAt = performance.now();
    }
    if (event.type === 'keydown') this.keyed.add($target);
    else if (event.type === 'paste') {
      this.pasted.add($target);
      if (isPassword) this.pastedPassword = true;
    } else if (event.type === 'animationstart' && event.animationName === 'sg-autofill-start') {
      this.autofill = true;
    } else if (event.type === 'input' && $target instanceof HTMLInputElement) {
      const typed = this.keyed.has($target) || this.pasted.has($target);
      if (!typed && $target.value !== '' && event.isTrusted) this.autofill = true;
      if (event.inputType === 'insertReplacementText' && !this.pasted.has($target)) this.autofill = true;
    }
  }

  /** The signals as a plain object. */
  get value() {
    return {
      version: 1,
      timeToFillMs: this.startedAt ? Math.round(performance.now() - this.startedAt) : 0,
      pastedPassword: this.pastedPassword,
      autofill: this.autofill,
      webdriver: navigator.webdriver === true,
      emailDisposable: this.email.disposable,
      emailMistyped: this.email.mistyped,
      emailLookalike: this.email.lookalike,
    };
  }

  /** Writes the current signals into the hidden input; returns them. */
  write() {
    const value = this.value;
    if (this.$input) this.$input.value = JSON.stringify(value);
    return value;
  }

  destroy() {
    if (this.created) this.$input?.remove();
    this.$input = null;
  }
}
