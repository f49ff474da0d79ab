// checkUrl, checkEmail and checkPageOrigin: lookalike domains, mistyped email providers and
// cloned signup pages.

import { coreFor } from './loader.js';
import { LOOKALIKE_OPTIONS, PAGE_ORIGIN_OPTIONS, callCore, checkSchema, requireOptions, requireString } from './arguments.js';

/**
 * Analyses a URL or bare host for homographs, typosquats and other tricks.
 * @param {string} input
 * @param {{ protectedDomains?: string[], lang?: string, messages?: object }} [options]
 */
export function checkUrl(input, options) {
  const core = coreFor('checkUrl');
  requireString(input, 'checkUrl(input)');
  checkSchema(requireOptions(options, 'checkUrl(input, options)'), LOOKALIKE_OPTIONS, 'checkUrl(input, options)');
  return callCore('checkUrl', () => core.checkUrl(input, options));
}

/**
 * Checks an email address: syntax, "did you mean", disposable domains, lookalikes.
 * @param {string} email
 * @param {{ protectedDomains?: string[], lang?: string, messages?: object }} [options]
 */
export function checkEmail(email, options) {
  const core = coreFor('checkEmail');
  requireString(email, 'checkEmail(email)');
  checkSchema(requireOptions(options, 'checkEmail(email, options)'), LOOKALIKE_OPTIONS, 'checkEmail(email, options)');
  return callCore('checkEmail', () => core.checkEmail(email, options));
}

/**
 * Warns when this page runs on a host that is not one of the official domains.
 * In the browser `host` defaults to `location.hostname`; on a server pass it.
 * @param {{ officialDomains: string[], host?: string, lang?: string, messages?: object }} options
 */
export function checkPageOrigin(options) {
  const core = coreFor('checkPageOrigin');
  if (requireOptions(options, 'checkPageOrigin(options)') === undefined) {
    throw new TypeError('checkPageOrigin(options) needs an options object with officialDomains');
  }
  checkSchema(options, PAGE_ORIGIN_OPTIONS, 'checkPageOrigin(options)');
  if (options.officialDomains === undefined) {
    throw new TypeError('checkPageOrigin(options.officialDomains) is required: an array of the site\'s domains');
  }
  const host = options.host ?? globalThis.location?.hostname;
  requireString(host, 'checkPageOrigin(options.host)');
  return callCore('checkPageOrigin', () => core.checkPageOrigin({ ...options, host }));
}
