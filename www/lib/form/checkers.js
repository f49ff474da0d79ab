// The checkers a page may replace through `options.checkers`: the password's rating and the
// breach check (a custom breach backend, tests). Everything else the guard asks the core's
// verdict. Imported from their own modules, not from the package entry (no import cycle).

import { breachCount } from '../breach.js';

/** The checkers `options.checkers` may replace. */
export const CHECKERS = ['checkPassword', 'breachCount'];

/**
 * The breach checker: the caller's replacement, else the package's.
 * @param {{ breachCount?: Function }} [replacements]
 */
export function breachChecker(replacements) {
  return typeof replacements?.breachCount === 'function' ? replacements.breachCount : breachCount;
}
