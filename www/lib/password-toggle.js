// PasswordToggle: a "Show"/"Hide" button after a password field, modelled on GOV.UK Frontend's
// password input. It announces the new state, and re-hides the password when the form is
// submitted so it is never left visible (or saved by the browser as plain text).

import { messageText } from './messages.js';
import { checkSchema, func, requireOptions, string } from './arguments.js';
import { requireDom } from './dom.js';

/** PasswordToggle's options. */
const TOGGLE_OPTIONS = { lang: string, text: func, announce: func };

/**
 *   const toggle = new PasswordToggle($input, { lang: 'fr' })
 *   toggle.init()
 *   toggle.destroy()   // removes the button and status, and hides the password again
 */
export class PasswordToggle {
  /**
   * @param {HTMLInputElement} $input a password field
   * @param {{ lang?: string, text?: (key: string) => string, announce?: (text: string) => void }} [options]
   *   `text` looks up button and status text (default: the catalogs in `lang`); `announce`
   *   speaks the new state through a live region the page already has (default: its own).
   */
  constructor($input, options = {}) {
    requireDom('new PasswordToggle()');
    if (!($input instanceof HTMLInputElement)) {
      throw new TypeError('PasswordToggle($input) must be an <input> element');
    }
    checkSchema(requireOptions(options, 'PasswordToggle($input, options)'), TOGGLE_OPTIONS, 'PasswordToggle($input, options)');
    options ??= {};
    this.$input = $input;
    const lang = options.lang ?? 'en';
    this.text = options.text ?? ((key) => messageText(key, lang));
    this.announce = options.announce ?? null;
    this.$button = null;
    this.$status = null;
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
    this.$input.after($button);
    if (!this.announce) {
      const $status = document.createElement('span');
      $status.className = 'sg-visually-hidden';
      $status.setAttribute('aria-live', 'polite');
      $button.after($status);
      this.$status = $status;
      this.announce = (text) => {
        $status.textContent = text;
      };
    }
    this.$button = $button;
    this.$form = this.$input.form;
    $button.addEventListener('click', this.handleClick);
    this.$form?.addEventListener('submit', this.handleSubmit, true);
    // The field is the truth: a framework re-rendering it (React sets `type` again on every
    // update) or the page's own code may hide the password, and the button, its label and
    // aria-pressed must then say so rather than keep claiming it is shown.
    this.observer = new MutationObserver(() => {
      if (this.$button && this.rendered !== this.visible) this.render(this.visible);
    });
    this.observer.observe(this.$input, { attributes: true, attributeFilter: ['type'] });
    this.render(this.visible);
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
    this.announce(this.text(visible ? 'toggle.status.shown' : 'toggle.status.hidden'));
  }

  /** Updates the button's text, label and pressed state. */
  render(visible) {
    this.rendered = visible;
    this.$button.textContent = this.text(visible ? 'toggle.hide' : 'toggle.show');
    this.$button.setAttribute('aria-label', this.text(visible ? 'toggle.hide-label' : 'toggle.show-label'));
    this.$button.setAttribute('aria-pressed', String(visible));
  }

  /** Removes the button and status and leaves the field hidden, as it was. */
  destroy() {
    if (!this.$button) return;
    this.observer.disconnect();
    this.hide();
    this.$button.removeEventListener('click', this.handleClick);
    this.$form?.removeEventListener('submit', this.handleSubmit, true);
    this.$button.remove();
    this.$status?.remove();
    this.$button = null;
    this.$status = null;
  }
}
