// The checkers the guard uses, looked up when needed so a checker that is missing from this
// build (or throws) degrades to "unavailable" instead of breaking the form.

import * as api from '../../signup-guard.js';

/** Every checker the guard may call. */
export const CHECKERS = ['checkPassword', 'breachCount', 'checkEmail', 'checkUrl', 'checkPageOrigin', 'buildChecklist'];

/**
 * A lookup function: `checker('checkUrl')` is the caller's replacement from `options.checkers`,
 * else the package's export, else null.
 * @param {Record<string, Function>} [replacements]
 */
export function checkerLookup(replacements = {}) {
  return (name) => {
    const replacement = replacements?.[name];
    if (typeof replacement === 'function') return replacement;
    const exported = api[name];
    return typeof exported === 'function' ? exported : null;
  };
}

/** Calls `fn(...args)`; `{ ok: true, value }` or `{ ok: false, error }`, never throws. */
export function attempt(fn, ...args) {
  if (!fn) return { ok: false, error: new Error('unavailable') };
  try {
    return { ok: true, value: fn(...args) };
  } catch (error) {
    return { ok: false, error };
  }
}
