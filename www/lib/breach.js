// breachCount: how often a password appears in breach corpora, asked with k-anonymity
// (only the first five hex characters of its SHA-1 leave the page).

import { coreFor } from './loader.js';
import { BREACH_OPTIONS, callCore, checkSchema, requireOptions, requireString } from './arguments.js';

/**
 * @param {string} password
 * @param {{ endpoint?: string, timeoutMs?: number, signal?: AbortSignal }} [options]
 * @returns {Promise<number>} 0 when not found; rejects with an Error whose `code` is
 *   `network`, `timeout`, `http-status`, `malformed` or `aborted`
 */
export async function breachCount(password, options) {
  const core = coreFor('breachCount');
  requireString(password, 'breachCount(password)');
  checkSchema(requireOptions(options, 'breachCount(password, options)'), BREACH_OPTIONS, 'breachCount(password, options)');
  return callCore('breachCount', () => core.breachCount(password, options));
}
