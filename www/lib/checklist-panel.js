// ChecklistPanel: the live security checklist. The items come from the core (buildChecklist);
// this only draws them: an icon and a state word per item, never colour alone.

import { element, uniqueId } from './dom.js';

export class ChecklistPanel {
  /**
   * @param {{ $container?: Element|null, $before?: Element|null, $form: HTMLFormElement, headingLevel?: number }} where
   *   inside `$container` (appended), or before `$before`, or at the end of `$form`
   */
  constructor({ $container = null, $before = null, $form, headingLevel = 2 }) {
    this.$container = $container;
    this.$before = $before;
    this.$form = $form;
    this.headingLevel = Math.min(6, Math.max(2, Number(headingLevel) || 2));
    this.$root = null;
  }

  init() {
    if (this.$root) return this;
    const $root = element('section', 'sg-checklist');
    const $title = element(`h${this.headingLevel}`, 'sg-checklist__title');
    $title.id = uniqueId('sg-checklist-title');
    $title.tabIndex = -1;
    $root.setAttribute('aria-labelledby', $title.id);
    this.$summary = element('p', 'sg-checklist__summary');
    this.$notice = element('p', 'sg-checklist__notice');
    this.$notice.hidden = true;
    this.$list = element('ul', 'sg-checklist__items');
    $root.append($title, this.$summary, this.$notice, this.$list);
    if (this.$container) this.$container.append($root);
    else if (this.$before) this.$before.before($root);
    else this.$form.append($root);
    this.$root = $root;
    this.$title = $title;
    return this;
  }

  /** Draws a checklist as returned by buildChecklist, or only a notice when `checklist` is null. */
  render(checklist, notice = '') {
    if (!this.$root) return;
    this.$notice.textContent = notice;
    this.$notice.hidden = !notice;
    if (!checklist) {
      this.$root.dataset.available = 'false';
      this.$title.textContent = notice;
      this.$title.hidden = true;
      this.$summary.textContent = '';
      this.$list.replaceChildren();
      return;
    }
    this.$root.dataset.available = 'true';
    this.$title.hidden = false;
    this.$title.textContent = checklist.title;
    this.$summary.textContent = checklist.summary.text;
    this.$list.replaceChildren(...checklist.items.map((item) => {
      const $item = element('li', 'sg-checklist__item');
      $item.dataset.id = item.id;
      $item.dataset.state = item.state;
      $item.dataset.level = item.level;
      const $icon = element('span', 'sg-icon');
      $icon.setAttribute('aria-hidden', 'true');
      const $state = element('span', 'sg-checklist__state', item.stateLabel);
      $item.append($icon, element('span', 'sg-checklist__text', item.message), $state);
      return $item;
    }));
  }

  /** Moves focus to the panel's heading (for failures that belong to no field). */
  focus() {
    this.$title?.focus();
  }

  destroy() {
    this.$root?.remove();
    this.$root = null;
  }
}
