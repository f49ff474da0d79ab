// evaluateForm: the whole signup verdict (may it be sent, what each field says) from the core,
// the same function a server calls on the posted form.

import { coreFor } from './loader.js';
import { FORM_INPUT, FORM_OPTIONS, callCore, checkSchema, describe, requireOptions } from './arguments.js';

/**
 * @param {object} input see `FormInput` (generated from the Rust type)
 * @param {object} [options] see `FormOptions`
 */
export function evaluateForm(input, options) {
  const core = coreFor('evaluateForm');
  if (requireOptions(input, 'evaluateForm(input)') === undefined) {
    throw new TypeError(`evaluateForm(input) must be an object, got ${describe(input)}`);
  }
  checkSchema(input, FORM_INPUT, 'evaluateForm: input');
  checkSchema(requireOptions(options, 'evaluateForm(input, options)'), FORM_OPTIONS, 'evaluateForm: options');
  if (typeof core.evaluateForm !== 'function') {
    throw new TypeError('evaluateForm: this build of the core has no form verdict');
  }
  return callCore('evaluateForm', () => core.evaluateForm(input, options));
}

/**
 * The context words the verdict rates the password with (the email address, the other personal
 * fields, the site's words), for a password rated elsewhere: the form guard's replacement
 * `checkPassword`. Not exported from the package.
 * @param {object} input see `FormInput`
 * @param {object} [options] see `FormOptions`
 * @returns {string[]}
 */
export function formContextWords(input, options) {
  const core = coreFor('evaluateForm');
  return callCore('evaluateForm', () => core.formContextWords(input, options));
}
