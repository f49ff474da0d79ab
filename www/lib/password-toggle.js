// PasswordToggle: a "Show"/"Hide" button after a password field, modelled on GOV.UK Frontend's
// password input. It announces the new state, and re-hides the password when the form is
// submitted so it is never left visible (or saved by the browser as plain text).

import { messageText } from './messages.js';

/**
 *   const toggle = new PasswordToggle($input, { lang: 'fr' })
 *   toggle.init()
 *   toggle.destroy()   // removes the button and status, and hides the password again
 */
export class PasswordToggle {
  /**
   * @param {HTMLInputElement} $input a password field
   * @param {{ lang?: string }} [options]
   */
  constructor($input, options = {}) {
    if (!($input instanceof HTMLInputElement)) {
      throw new TypeError('PasswordToggle($input) must be an <input> element');
    }
    this.$input = $input;
    this.lang = options.lang ?? 'en';
    this.$button = null;
    this.handleClick = this.toggle.bind(this);
    this.handleSubmit = this.hide.bind(this);
  }

  /** Adds the button and its status after the input. Idempotent. */
  init() {
    if (this.$button) return this;
    const $button = document.createElement('button');
    $button.type = 'button';
    $button.className = 'sg-password-toggle';
    $button.setAttribute('aria-controls', this.$input.id);
    const $status = document.createElement('span');
    $status.className = 'sg-visually-hidden';
    $status.setAttribute('aria-live', 'polite');
    this.$input.after($button, $status);
    this.$button = $button;
    this.$status = $status;
    this.$form = this.$input.form;
    $button.addEventListener('click', this.handleClick);
    this.$form?.addEventListener('submit', this.handleSubmit, true);
    this.render(false);
    return this;
  }

  /** True while the password is shown as plain text. */
  get visible() {
    return this.$input.type === 'text';
  }

  /** Shows the password if hidden, hides it if shown. */
  toggle() {
    this.setVisible(!this.visible);
  }

  /** Hides the password (on submit, and on destroy). */
  hide() {
    if (this.visible) this.setVisible(false);
  }

  /** @param {boolean} visible */
  setVisible(visible) {
    this.$input.type = visible ? 'text' : 'password';
    this.render(visible);
    this.$status.textContent = messageText(visible ? 'toggle.status.shown' : 'toggle.status.hidden', this.lang);
  }

  /** Updates the button's text, label and pressed state. */
  render(visible) {
    this.$button.textContent = messageText(visible ? 'toggle.hide' : 'toggle.show', this.lang);
    this.$button.setAttribute('aria-label', messageText(visible ? 'toggle.hide-label' : 'toggle.show-label', this.lang));
    this.$button.setAttribute('aria-pressed', String(visible));
  }

  /** Removes the button and status and leaves the field hidden, as it was. */
  destroy() {
    if (!this.$button) return;
    this.hide();
    this.$button.removeEventListener('click', this.handleClick);
    this.$form?.removeEventListener('submit', this.handleSubmit, true);
    this.$button.remove();
    this.$status.remove();
    this.$button = null;
  }
}
