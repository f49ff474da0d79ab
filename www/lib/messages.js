// Text from the message catalogs compiled into the core.

import { coreFor } from './loader.js';
import { callCore, requireString } from './arguments.js';

/**
 * The catalog text for a message key in `lang` (falls back to English, then to the key).
 * @param {string} key e.g. "meter.score.3"
 * @param {string} [lang] a BCP 47 tag such as "de" or "fr-CA"
 * @returns {string}
 */
export function messageText(key, lang = 'en') {
  const core = coreFor('messageText');
  requireString(key, 'messageText(key)');
  requireString(lang, 'messageText(key, lang)');
  return callCore('messageText', () => core.messageText(key, lang));
}
