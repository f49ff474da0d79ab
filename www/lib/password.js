// checkPassword: strength and policy for one password; warmUpInSteps: its one-time set-up on
// this page's core, one short task at a time.

import { coreFor } from './loader.js';
import { idlePeriod } from './dom.js';
import { PASSWORD_OPTIONS, callCore, checkSchema, requireOptions, requireString } from './arguments.js';

/** The password the last warm-up step rates (with the default options). */
export const WARM_UP_PASSWORD = 'Warm-up passw0rd 2024!';

/** At most this long (ms) between two warm-up steps when the page never goes idle. */
const STEP_IDLE_TIMEOUT_MS = 250;

/**
 * Another warm-up step runs in the same idle period only while this much of it is left (ms; a
 * period is at most 50): so only after steps of a few ms. Steps take 0.1–15 ms in Chromium, and
 * the first dictionary up to 40 ms on a busy machine, so a task never holds two long ones.
 */
const STEP_BUDGET_MS = 45;

/**
 * Rates a password with zxcvbn and the configured policy.
 * @param {string} password
 * @param {object} [options]
 * @returns {{ score: number, guessesLog10: number }}
 */
export function checkPassword(password, options) {
  const core = coreFor('checkPassword');
  requireString(password, 'checkPassword(password)');
  checkSchema(requireOptions(options, 'checkPassword(password, options)'), PASSWORD_OPTIONS, 'checkPassword(password, options)');
  return callCore('checkPassword', () => core.checkPassword(password, options));
}

/**
 * Does the first checkPassword's one-time work on this page's core ahead of time (zxcvbn's
 * dictionaries and tables, then a first run of each part of the estimator), one step per idle
 * task, so that no step blocks the page for long and the first keystroke is answered at once.
 * Needs `ready()`. A check called meanwhile still works; it does what is left itself.
 * @returns {Promise<void>} resolves after the last step
 */
export async function warmUpInSteps() {
  const core = coreFor('warmUp');
  const steps = callCore('warmUp', () => core.warmUpSteps());
  // Step `steps` is one whole check: the conversion of the report to JavaScript runs once too.
  const run = (index) => {
    if (index === steps) return checkPassword(WARM_UP_PASSWORD);
    // NotReadyError / CoreFailedError from coreFor as they are; a trap inside the step via callCore.
    const current = coreFor('warmUp');
    return callCore('warmUp', () => current.warmUpStep(index));
  };
  let index = 0;
  while (index <= steps) {
    const deadline = await idlePeriod(STEP_IDLE_TIMEOUT_MS);
    // At least one step per idle period (or per timeout), then more while time is left.
    do {
      run(index);
      index += 1;
    } while (index <= steps && deadline.timeRemaining() >= STEP_BUDGET_MS);
  }
}
