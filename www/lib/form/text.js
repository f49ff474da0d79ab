// Text for the widget: the caller's overrides first, then the catalogs compiled into the core.
// Holds no words of its own except one English fallback for when the core could not load at all
// (then there is no catalog to read from).

import { isReady } from '../loader.js';
import { messageText } from '../messages.js';

/** Shown when the core (and so every catalog) failed to load. */
export const UNAVAILABLE_FALLBACK = 'Some security checks are unavailable right now. You can still create your account.';

/** Replaces `{name}` placeholders from `args`; unknown names stay as written. */
export function fill(template, args = {}) {
  return template.replace(/\{([a-z0-9_-]+)\}/gi, (whole, name) => (name in args ? String(args[name]) : whole));
}

/**
 * Looks up texts for one guard.
 *   const text = new Text('de', { 'checklist.title': 'Sicherheit' })
 *   text.get('checklist.summary', { done: 2, total: 5 })
 */
export class Text {
  /**
   * @param {string} lang BCP 47 tag
   * @param {Record<string, string>} [overrides] key → text, with `{name}` placeholders
   */
  constructor(lang, overrides = {}) {
    this.lang = lang;
    this.overrides = overrides && typeof overrides === 'object' ? overrides : {};
    /** Catalog templates already read: the catalogs never change, so each key crosses into the core once. */
    this.templates = new Map();
  }

  /** The text for `key` with placeholders filled; the key itself when nothing is known. */
  get(key, args) {
    let template = Object.hasOwn(this.overrides, key) ? String(this.overrides[key]) : this.templates.get(key) ?? null;
    if (template === null && isReady()) {
      try {
        template = messageText(key, this.lang);
        this.templates.set(key, template);
      } catch {
        template = null;
      }
    }
    if (template === null) template = key === 'checklist.form.unavailable' ? UNAVAILABLE_FALLBACK : key;
    return fill(template, args);
  }

  /**
   * The template for `key` split around one placeholder, for text with an element in the middle:
   * `split('checklist.email.did-you-mean', 'suggestion')` → `['Did you mean ', '?']`.
   */
  split(key, name) {
    const marker = `\u0000${name}\u0000`;
    const whole = this.get(key, { [name]: marker });
    const at = whole.indexOf(marker);
    return at < 0 ? [whole, ''] : [whole.slice(0, at), whole.slice(at + marker.length)];
  }
}
