// LiveRegion: the one polite live region of a form, for news the person did not ask for
// (a breach found after a pause, why a submission was stopped).

import { element } from './dom.js';

export class LiveRegion {
  /** @param {Element} $container where the (visually hidden) region is appended */
  constructor($container) {
    this.$container = $container;
    this.$root = null;
    this.timer = 0;
  }

  init() {
    if (this.$root) return this;
    this.$root = element('div', 'sg-visually-hidden sg-live');
    this.$root.setAttribute('aria-live', 'polite');
    this.$root.setAttribute('aria-atomic', 'true');
    this.$container.append(this.$root);
    return this;
  }

  /** Announces `text` (re-announces the same text by clearing first). */
  announce(text) {
    if (!this.$root) return;
    this.$root.textContent = '';
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.$root) this.$root.textContent = text;
    }, 50);
  }

  /** The last announcement (for tests and state). */
  get text() {
    return this.$root?.textContent ?? '';
  }

  destroy() {
    clearTimeout(this.timer);
    this.$root?.remove();
    this.$root = null;
  }
}
