// Small DOM helpers shared by the components: elements built from text only (never HTML),
// unique ids, and where to put a field's companions.

import { NoDomError } from './errors.js';

let counter = 0;

export { NoDomError };

/** Throws a NoDomError naming `functionName` unless this realm has a DOM. */
export function requireDom(functionName) {
  if (typeof document === 'undefined' || typeof HTMLElement === 'undefined') throw new NoDomError(functionName);
}

/** A document-unique id with a readable prefix. */
export function uniqueId(prefix) {
  let id;
  do {
    counter += 1;
    id = `${prefix}-${counter}`;
  } while (document.getElementById(id));
  return id;
}

/**
 * Creates an element with a class and optional text (set as textContent, never parsed).
 * @param {string} tag
 * @param {string} [className]
 * @param {string} [text]
 */
export function element(tag, className, text) {
  const $el = document.createElement(tag);
  if (className) $el.className = className;
  if (text !== undefined) $el.textContent = text;
  return $el;
}

/**
 * The node after which a field's companions (meter, messages) go: the input itself, or the
 * label wrapping it (a label may only hold phrasing content, so no blocks or buttons inside).
 */
export function anchorFor($input) {
  const $parent = $input.parentElement;
  return $parent && $parent.tagName === 'LABEL' ? $parent : $input;
}

/**
 * Resolves when the browser is idle (requestIdleCallback), or after `timeout` ms at the latest;
 * at once (next task) where there is no requestIdleCallback.
 * @param {number} timeout
 * @returns {Promise<void>}
 */
export function whenIdle(timeout) {
  return idlePeriod(timeout).then(() => undefined);
}

/**
 * The next idle period (requestIdleCallback's deadline), or after `timeout` ms at the latest; a
 * deadline with no time left where there is no requestIdleCallback (next task).
 * @param {number} timeout
 * @returns {Promise<{ timeRemaining(): number, didTimeout: boolean }>}
 */
export function idlePeriod(timeout) {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(resolve, { timeout });
    else setTimeout(() => resolve({ timeRemaining: () => 0, didTimeout: true }), 1);
  });
}
