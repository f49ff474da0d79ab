// PolicyList: the password policy's requirements, each ticking as soon as it is met.

import { element, uniqueId } from './dom.js';

export class PolicyList {
  /**
   * @param {Element} $after the node the list is inserted after
   * @param {{ get(key: string, args?: object): string }} text
   */
  constructor($after, text) {
    this.$after = $after;
    this.text = text;
    this.$root = null;
  }

  init() {
    if (this.$root) return this;
    this.$root = element('div', 'sg-policy');
    this.$root.id = uniqueId('sg-policy');
    this.$root.hidden = true;
    this.$title = element('p', 'sg-policy__title');
    this.$list = element('ul', 'sg-policy__list');
    this.$root.append(this.$title, this.$list);
    this.$after.after(this.$root);
    return this;
  }

  /** @param {Array<{code: string, message: string, met: boolean}>} requirements */
  render(requirements = []) {
    if (!this.$root) return;
    this.$root.hidden = requirements.length === 0;
    if (requirements.length === 0) return;
    // Drawn here, not in init(): the catalogs may still be loading when the list is built.
    this.$title.textContent = this.text.get('checklist.policy.title');
    const met = this.text.get('checklist.policy.met');
    const unmet = this.text.get('checklist.policy.unmet');
    this.$list.replaceChildren(...requirements.map((requirement) => {
      const $item = element('li', 'sg-policy__item');
      $item.dataset.met = String(Boolean(requirement.met));
      $item.dataset.code = String(requirement.code);
      const $icon = element('span', 'sg-icon');
      $icon.setAttribute('aria-hidden', 'true');
      $item.append($icon, element('span', 'sg-policy__text', String(requirement.message)),
        element('span', 'sg-visually-hidden', ` (${requirement.met ? met : unmet})`));
      return $item;
    }));
  }

  destroy() {
    this.$root?.remove();
    this.$root = null;
  }
}
