// OriginBanner: says when the signup page is not on the site's official domain (and, calmly,
// when it is a development copy). Nothing is shown on the official site.

import { element, uniqueId } from './dom.js';

export class OriginBanner {
  /**
   * @param {{ $container?: Element|null, $form: HTMLFormElement }} where inside `$container`
   *   (prepended), or just before the form
   */
  constructor({ $container = null, $form }) {
    this.$container = $container;
    this.$form = $form;
    this.$root = null;
  }

  init() {
    if (this.$root) return this;
    this.$root = element('div', 'sg-banner');
    this.$root.hidden = true;
    this.$title = element('p', 'sg-banner__title');
    this.$title.id = uniqueId('sg-banner-title');
    this.$text = element('p', 'sg-banner__text');
    this.$root.setAttribute('role', 'region');
    this.$root.setAttribute('aria-labelledby', this.$title.id);
    this.$root.append(this.$title, this.$text);
    if (this.$container) this.$container.prepend(this.$root);
    else this.$form.before(this.$root);
    return this;
  }

  /** @param {{ tone: 'warning'|'info', title: string, text: string }|null} message */
  render(message) {
    if (!this.$root) return;
    this.$root.hidden = !message;
    this.$root.dataset.tone = message?.tone ?? '';
    this.$title.textContent = message?.title ?? '';
    this.$text.textContent = message?.text ?? '';
  }

  destroy() {
    this.$root?.remove();
    this.$root = null;
  }
}
