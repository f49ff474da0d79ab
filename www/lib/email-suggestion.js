// EmailSuggestion: "Did you mean ann@gmail.com?" with the address as a button that fixes the
// field in one click (the value is set through the native setter and an input event is
// dispatched, so frameworks such as React and Vue see the change).

import { element } from './dom.js';

/**
 * Sets an input's value the way typing would be seen by frameworks, and tells listeners. The
 * native setter is looked up on use, not at import, so that importing the package on a server
 * (no DOM) is safe.
 */
export function setInputValue($input, value) {
  const valueSetter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  valueSetter.call($input, value);
  $input.dispatchEvent(new Event('input', { bubbles: true }));
  $input.dispatchEvent(new Event('change', { bubbles: true }));
}

export class EmailSuggestion {
  /**
   * @param {HTMLInputElement} $input the email field
   * @param {{ get(key: string, args?: object): string, split(key: string, name: string): string[] }} text
   * @param {(suggestion: string) => void} onApplied called after the value was replaced
   */
  constructor($input, text, onApplied) {
    this.$input = $input;
    this.text = text;
    this.onApplied = onApplied;
    this.suggestion = '';
    this.$root = element('p', 'sg-suggestion');
    this.handleClick = this.apply.bind(this);
  }

  /** Nothing to build up front: the paragraph is drawn when there is a suggestion. */
  init() {
    return this;
  }

  /** The paragraph for `suggestion` (a fresh one each time the suggestion changes). */
  render(suggestion) {
    if (suggestion === this.suggestion) return this.$root;
    this.suggestion = suggestion;
    const [before, after] = this.text.split('checklist.email.did-you-mean', 'suggestion');
    const $button = element('button', 'sg-suggestion__button', suggestion);
    $button.type = 'button';
    $button.setAttribute('aria-label', this.text.get('checklist.email.use-suggestion', { suggestion }));
    $button.addEventListener('click', this.handleClick);
    this.$button?.removeEventListener('click', this.handleClick);
    this.$button = $button;
    this.$root.replaceChildren(document.createTextNode(before), $button, document.createTextNode(after));
    return this.$root;
  }

  apply() {
    const suggestion = this.suggestion;
    if (!suggestion) return;
    setInputValue(this.$input, suggestion);
    this.$input.focus();
    this.onApplied(suggestion);
  }

  destroy() {
    this.$button?.removeEventListener('click', this.handleClick);
    this.$root.remove();
  }
}
