// attach(form, options) and initAll(root): one line to guard a signup form, or none at all for
// forms marked up with data-signup-guard. Keeps one guard per form and, with `watch: true`,
// follows forms and inputs that appear later (client-side rendering, React, Vue).

import { SignupGuard } from './guard.js';
import { requireDom } from '../dom.js';
import { CHECKERS } from './checkers.js';
import {
  CUSTOM_ITEM, LOOKALIKE_OPTIONS, boolean, checkSchema, describe, either, elementOrSelector, func, integer, literal, nested,
  policy, string, stringMap, strings,
} from '../arguments.js';

/** A field pinned by selector or element, or turned off. */
const fieldSelector = either(literal(false), elementOrSelector);

/** `AttachOptions` in signup-guard.d.ts: every option attach() and initAll() know. */
export const ATTACH_OPTIONS = {
  lang: string,
  messages: stringMap,
  policy,
  mfa: boolean,
  userInputs: strings,
  fields: nested({
    password: fieldSelector,
    confirmation: fieldSelector,
    email: fieldSelector,
    username: fieldSelector,
    givenName: fieldSelector,
    familyName: fieldSelector,
    name: fieldSelector,
    urls: either(literal(false), string),
  }),
  breach: either(boolean, nested({ endpoint: string, timeoutMs: integer(1, 2 ** 31 - 1), delayMs: integer(0, 2 ** 31 - 1) })),
  failClosed: boolean,
  officialDomains: strings,
  protectedDomains: LOOKALIKE_OPTIONS.protectedDomains,
  allowDomains: LOOKALIKE_OPTIONS.allowDomains,
  denyDomains: LOOKALIKE_OPTIONS.denyDomains,
  allowedOrigins: strings,
  checklist: either(literal(false), elementOrSelector),
  headingLevel: integer(2, 6),
  banner: elementOrSelector,
  twoStep: boolean,
  tips: boolean,
  meter: boolean,
  passwordToggle: boolean,
  items: (value, name) => {
    if (!Array.isArray(value)) throw new TypeError(`${name} must be an array, got ${describe(value)}`);
    value.forEach((item, index) => {
      if (typeof item === 'function') return;
      // Any state string here: an unknown one makes the checklist unavailable, it does not stop attach().
      nested({ ...CUSTOM_ITEM, state: string })(item, `${name}[${index}]`);
    });
  },
  riskSignals: either(boolean, nested({ name: string })),
  watch: boolean,
  worker: boolean,
  onChange: func,
  wasm: () => {}, // checked by ready(), which reports a bad one as "checks unavailable"
  checkers: nested(Object.fromEntries(CHECKERS.map((name) => [name, func]))),
};

/** @type {WeakMap<HTMLFormElement, SignupGuard>} */
const guards = new WeakMap();
/** Guards that follow the document (watch: true). */
const watched = new Set();
/** Roots whose later data-signup-guard forms are attached automatically. */
const autoRoots = new Set();
let observer = null;
let scheduled = false;

/**
 * Attaches the checks to a signup form. Attaching the same form twice returns the same guard.
 * @param {HTMLFormElement} $form
 * @param {object} [options] see `AttachOptions` in signup-guard.d.ts
 * @returns {SignupGuard}
 */
export function attach($form, options = {}) {
  requireDom('attach()');
  if (!($form instanceof HTMLFormElement)) {
    throw new TypeError('attach(form) must be a <form> element');
  }
  if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
    throw new TypeError(`attach(form, options) must be an options object, got ${describe(options)}`);
  }
  checkSchema(options, ATTACH_OPTIONS, 'attach(form, options)');
  const existing = guards.get($form);
  if (existing && !existing.destroyed) return existing;
  const guard = new SignupGuard($form, options);
  guards.set($form, guard);
  const destroy = guard.destroy.bind(guard);
  guard.destroy = () => {
    destroy();
    if (guards.get($form) === guard) guards.delete($form);
    watched.delete(guard);
    stopObserverIfIdle();
  };
  guard.init();
  if (options.watch) {
    watched.add(guard);
    startObserver($form.ownerDocument);
  }
  return guard;
}

/** The guard attached to `$form`, if any. */
export function guardFor($form) {
  requireDom('guardFor()');
  const guard = guards.get($form);
  return guard && !guard.destroyed ? guard : null;
}

/** Options of a form from its `data-signup-guard-options` JSON (an error is reported, not thrown). */
function optionsOf($form) {
  const raw = $form.getAttribute('data-signup-guard-options');
  if (!raw) return {};
  try {
    const parsed = JSON.parse(raw);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new TypeError('not a JSON object');
    checkSchema(parsed, ATTACH_OPTIONS, 'data-signup-guard-options');
    return parsed;
  } catch (error) {
    console.error(`[signup-guard] data-signup-guard-options is not valid (${error.message}); using defaults`);
    return {};
  }
}

/**
 * Attaches every `<form data-signup-guard>` under `root` (options from the form's
 * `data-signup-guard-options` JSON, merged over `defaults`). With `watch: true` in either,
 * forms added later under `root` are attached too.
 * @param {ParentNode} [root]
 * @param {object} [defaults]
 * @returns {SignupGuard[]}
 */
export function initAll(root = globalThis.document, defaults = {}) {
  requireDom('initAll()');
  if (!root || typeof root.querySelectorAll !== 'function') {
    throw new TypeError(`initAll(root) must be a document or an element, got ${describe(root)}`);
  }
  if (defaults === null || typeof defaults !== 'object' || Array.isArray(defaults)) {
    throw new TypeError(`initAll(root, defaults) must be an options object, got ${describe(defaults)}`);
  }
  checkSchema(defaults, ATTACH_OPTIONS, 'initAll(root, defaults)');
  const forms = [];
  if (root instanceof HTMLFormElement && root.hasAttribute('data-signup-guard')) forms.push(root);
  forms.push(...root.querySelectorAll('form[data-signup-guard]'));
  const attached = forms.map(($form) => attach($form, { ...defaults, ...optionsOf($form) }));
  if (defaults.watch || attached.some((guard) => guard.options.watch)) {
    if (![...autoRoots].some((entry) => entry.root === root)) autoRoots.add({ root, defaults });
    startObserver(root.ownerDocument ?? root);
  }
  return attached;
}

function startObserver(doc) {
  if (observer) return;
  observer = new MutationObserver(() => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(sweep);
  });
  observer.observe(doc.documentElement ?? doc, { childList: true, subtree: true, attributes: true, attributeFilter: ['type', 'autocomplete', 'name', 'data-signup-guard'] });
}

function stopObserverIfIdle() {
  if (observer && watched.size === 0 && autoRoots.size === 0) {
    observer.disconnect();
    observer = null;
  }
}

/** After DOM changes: drop guards of removed forms, re-detect fields, attach new forms. */
function sweep() {
  scheduled = false;
  observer?.takeRecords();
  for (const guard of [...watched]) {
    if (!guard.$form.isConnected) guard.destroy();
    else guard.refresh();
  }
  for (const { root, defaults } of autoRoots) {
    const forms = [...root.querySelectorAll('form[data-signup-guard]')];
    for (const $form of forms) {
      if (!guardFor($form)) attach($form, { ...defaults, ...optionsOf($form), watch: true });
    }
  }
  // Our own changes (companions added by refresh/attach) must not trigger another sweep.
  observer?.takeRecords();
}

export { SignupGuard };
