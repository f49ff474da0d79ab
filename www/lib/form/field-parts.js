// FieldParts: the guard's parts for the fields it found, one per input (password, confirmation,
// email, web addresses), and drawing each from its share of the verdict.

import { PasswordField } from './password-field.js';
import { ConfirmationField } from './confirmation-field.js';
import { EmailField } from './email-field.js';
import { UrlField } from './url-field.js';

export class FieldParts {
  /**
   * @param {{ ledger: import('./ledger.js').AttributeLedger, text: object, live: object, lang: string, meter?: boolean }} context
   *   what every part draws with
   */
  constructor(context) {
    this.context = context;
    /** @type {Map<HTMLInputElement, import('./field-part.js').FieldPart>} */
    this.parts = new Map();
    this.fields = null;
  }

  /** Adds the parts for `fields` (as found by detectFields). */
  wire(fields) {
    this.fields = fields;
    const { password, confirmation, email, urls } = fields;
    if (password) this.parts.set(password, new PasswordField(password, this.context));
    if (confirmation) {
      const part = new ConfirmationField(confirmation, this.context);
      part.$password = password;
      this.parts.set(confirmation, part);
    }
    if (email) this.parts.set(email, new EmailField(email, this.context));
    for (const $url of urls) this.parts.set($url, new UrlField($url, this.context));
  }

  /** Removes every part and restores the fields' attributes and validity. */
  unwire() {
    for (const [$input, part] of this.parts) {
      part.destroy();
      this.context.ledger.restore($input);
    }
    this.parts.clear();
  }

  /** The part drawing `$input`, or null. */
  get($input) {
    return this.parts.get($input) ?? null;
  }

  /** The guarded inputs. */
  inputs() {
    return this.parts.keys();
  }

  /** Whether every part's message is still in the document (a framework may drop them). */
  intact() {
    return [...this.parts.values()].every((part) => part.message.$root?.isConnected !== false);
  }

  /** The show/hide buttons of the password fields. */
  addToggles() {
    for (const part of this.parts.values()) part.addToggle?.();
  }

  /** Hides every password a toggle had shown. */
  hidePasswords() {
    for (const part of this.parts.values()) part.toggle?.hide();
  }

  /**
   * Draws each field from its share of the verdict.
   * @param {object|null} verdict the core's FormVerdict
   * @param {object} state the guard's state
   * @param {(input: HTMLInputElement) => boolean} touched
   */
  render(verdict, state, touched) {
    const fields = verdict?.fields;
    for (const [$input, part] of this.parts) {
      const field = part.role === 'url' ? fields?.urls?.[this.fields.urls.indexOf($input)] : fields?.[part.role];
      part.render({ field: field ?? null, available: state.available, touched: touched($input), state });
    }
  }
}
