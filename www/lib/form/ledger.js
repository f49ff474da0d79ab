// AttributeLedger: changes the guard makes to elements it does not own (the page's inputs and
// form), recorded so destroy() can put every attribute back exactly as it was.

export class AttributeLedger {
  constructor() {
    /** @type {Map<Element, Map<string, string|null>>} element → attribute → original value */
    this.originals = new Map();
  }

  /** Remembers the original value of `name` on `$el` the first time it is touched. */
  remember($el, name) {
    let attributes = this.originals.get($el);
    if (!attributes) {
      attributes = new Map();
      this.originals.set($el, attributes);
    }
    if (!attributes.has(name)) attributes.set(name, $el.getAttribute(name));
  }

  /** Sets an attribute, remembering the original. */
  set($el, name, value) {
    this.remember($el, name);
    if ($el.getAttribute(name) !== value) $el.setAttribute(name, value);
  }

  /** Removes an attribute, remembering the original. */
  remove($el, name) {
    this.remember($el, name);
    $el.removeAttribute(name);
  }

  /** Adds `id` to a space-separated list attribute such as aria-describedby (once). */
  addToken($el, name, id) {
    this.remember($el, name);
    const tokens = ($el.getAttribute(name) ?? '').split(/\s+/).filter(Boolean);
    if (!tokens.includes(id)) $el.setAttribute(name, [...tokens, id].join(' '));
  }

  /** Puts one attribute of `$el` back to its original value, if it was changed. */
  restoreAttribute($el, name) {
    const attributes = this.originals.get($el);
    if (!attributes?.has(name)) return;
    const value = attributes.get(name);
    if (value === null) $el.removeAttribute(name);
    else if ($el.getAttribute(name) !== value) $el.setAttribute(name, value);
  }

  /** Restores every attribute of `$el` (or of every element) and forgets it. */
  restore($el) {
    const targets = $el ? [$el] : [...this.originals.keys()];
    for (const $target of targets) {
      const attributes = this.originals.get($target);
      if (!attributes) continue;
      for (const [name, value] of attributes) {
        if (value === null) $target.removeAttribute(name);
        else if ($target.getAttribute(name) !== value) $target.setAttribute(name, value);
      }
      this.originals.delete($target);
    }
  }
}
