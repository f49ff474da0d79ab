// FieldPart: what every guarded field has: its message underneath, its custom validity and
// aria-invalid, set from the field's part of the core's verdict. One subclass per field role.

import { FieldMessage } from '../field-message.js';
import { anchorFor } from '../dom.js';

export class FieldPart {
  /**
   * @param {HTMLInputElement} $input
   * @param {{ ledger: import('./ledger.js').AttributeLedger }} context
   */
  constructor($input, context) {
    this.$input = $input;
    this.context = context;
    this.ledger = context.ledger;
    this.$anchor = anchorFor($input);
    this.message = new FieldMessage($input, this.$anchor, this.ledger).init();
    /** Why the field blocks now ('' when it does not), as set as the input's custom validity. */
    this.validity = '';
  }

  /** The field's role in the form. */
  get role() {
    return 'field';
  }

  /**
   * Why the field blocks ('' when it does not): its custom validity, so the browser's own
   * validation stops the submission, and aria-invalid once the person has left the field.
   * @param {string} text
   * @param {boolean} touched
   */
  applyValidity(text, touched) {
    // Only a validity this part set is cleared: the page may set its own.
    if (text || this.validity) this.$input.setCustomValidity(text);
    this.validity = text;
    if (text && touched) this.ledger.set(this.$input, 'aria-invalid', 'true');
    else this.ledger.restoreAttribute(this.$input, 'aria-invalid');
  }

  /**
   * Draws the field from its verdict.
   * @param {{ field: { errors: { message: string }[], notice: object|null } | null, available: boolean,
   *   touched: boolean, state: object }} view
   */
  render({ field, available, touched }) {
    const validity = available ? field?.errors?.[0]?.message ?? '' : '';
    this.applyValidity(validity, touched);
    this.message.show(this.messageFor({ field, validity, touched }) ?? {});
  }

  /** The message under the field: its error once left, else its notice. Subclasses refine it. */
  messageFor({ field, validity, touched }) {
    if (validity && touched) return { tone: 'error', text: validity };
    return noticeMessage(field?.notice, touched);
  }

  destroy() {
    this.message.destroy();
    if (this.validity) this.$input.setCustomValidity('');
    this.validity = '';
  }
}

/**
 * A core notice as a FieldMessage message, or null when it is not to be shown yet (advice for
 * once the person has left the field).
 * @param {{ tone: string, title: string|null, text: string, onLeave: boolean }|null|undefined} notice
 * @param {boolean} touched
 */
export function noticeMessage(notice, touched) {
  if (!notice || (notice.onLeave && !touched)) return null;
  return { tone: notice.tone, title: notice.title ?? '', text: notice.text };
}
