// checkPassword: strength and policy for one password.

import { coreFor } from './loader.js';
import { PASSWORD_OPTIONS, callCore, checkSchema, requireOptions, requireString } from './arguments.js';

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
