// FieldMessage: the message under one field (an error, a warning, a note), linked to the field
// with aria-describedby. Icon and words, never colour alone.

import { element, uniqueId } from './dom.js';

export class FieldMessage {
  /**
   * @param {HTMLInputElement} $input the field the message describes
   * @param {Element} $after the node the message is inserted after
   * @param {import('./form/ledger.js').AttributeLedger} ledger records changes to the input
   */
  constructor($input, $after, ledger) {
    this.$input = $input;
    this.$after = $after;
    this.ledger = ledger;
    this.$root = null;
  }

  init() {
    if (this.$root) return this;
    this.$root = element('div', 'sg-field-message');
    this.$root.id = uniqueId(`${this.$input.id || 'sg-field'}-message`);
    this.$root.hidden = true;
    const $icon = element('span', 'sg-icon sg-field-message__icon');
    $icon.setAttribute('aria-hidden', 'true');
    const $body = element('div', 'sg-field-message__body');
    this.$title = element('p', 'sg-field-message__title');
    this.$text = element('p', 'sg-field-message__text');
    this.$extra = element('div', 'sg-field-message__extra');
    $body.append(this.$title, this.$text, this.$extra);
    this.$root.append($icon, $body);
    this.$after.after(this.$root);
    this.ledger.addToken(this.$input, 'aria-describedby', this.$root.id);
    return this;
  }

  /**
   * Shows a message, or hides it when `text` and `extra` are empty.
   * @param {{ tone?: 'error'|'warning'|'info', title?: string, text?: string, extra?: Node|null }} message
   */
  show({ tone = 'error', title = '', text = '', extra = null } = {}) {
    if (!this.$root) return;
    const empty = !title && !text && !extra;
    this.$root.hidden = empty;
    this.$root.dataset.tone = tone;
    this.$title.textContent = title;
    this.$title.hidden = !title;
    this.$text.textContent = text;
    this.$text.hidden = !text;
    // The same node stays where it is: taking it out and back in between a press and a release
    // of the mouse would lose the click on a button inside it (the email suggestion).
    if (extra && (this.$extra.childNodes.length !== 1 || this.$extra.firstChild !== extra)) this.$extra.replaceChildren(extra);
    else if (!extra && this.$extra.firstChild) this.$extra.replaceChildren();
  }

  /** The visible text (title and text). */
  get text() {
    return this.$root && !this.$root.hidden ? this.$root.textContent : '';
  }

  destroy() {
    this.$root?.remove();
    this.$root = null;
  }
}
