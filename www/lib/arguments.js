// Argument checks shared by every public function: wrong arguments fail loudly and early,
// with an error that names the argument (`checkUrl(input, options.protectedDomains)`), before
// anything reaches the core. The core checks option names and values again; these checks exist
// so that the message names the option, whatever its nesting.

import { CoreFailedError, markCoreFailed } from './loader.js';

/**
 * @param {unknown} value
 * @param {string} name argument name used in the message, e.g. "checkPassword(password)"
 * @returns {string}
 */
export function requireString(value, name) {
  if (typeof value !== 'string') {
    throw new TypeError(`${name} must be a string, got ${describe(value)}`);
  }
  return value;
}

/**
 * Options are undefined or a plain object.
 * @param {unknown} value
 * @param {string} name
 * @returns {object|undefined}
 */
export function requireOptions(value, name) {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`${name} must be an options object, got ${describe(value)}`);
  }
  return value;
}

/** A short description of a value's type for error messages. */
export function describe(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return typeof value === 'object' ? 'an object' : typeof value;
}

// ── option schemas ─────────────────────────────────────────────────────────────────────────
// A schema maps each option name to a check `(value, name) => void` that throws a TypeError or
// RangeError naming `name`. `undefined` always passes (the option is left out).

/** A string. */
export const string = (value, name) => {
  requireString(value, name);
};

/** A string that is one of `choices`. */
export const oneOf = (choices) => (value, name) => {
  requireString(value, name);
  if (!choices.includes(value)) {
    throw new RangeError(`${name} must be one of ${choices.map((c) => `"${c}"`).join(', ')}, got "${clip(value)}"`);
  }
};

/** true or false. */
export const boolean = (value, name) => {
  if (typeof value !== 'boolean') throw new TypeError(`${name} must be true or false, got ${describe(value)}`);
};

/** A whole number in [min, max]. */
export const integer = (min, max) => (value, name) => {
  if (typeof value !== 'number') throw new TypeError(`${name} must be a number, got ${describe(value)}`);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be a whole number from ${min} to ${max}, got ${value}`);
  }
};

/** An array of strings. */
export const strings = (value, name) => {
  if (!Array.isArray(value)) throw new TypeError(`${name} must be an array of strings, got ${describe(value)}`);
  value.forEach((item, index) => requireString(item, `${name}[${index}]`));
};

/** An object whose values are strings (message overrides by key). */
export const stringMap = (value, name) => {
  requireOptions(value, name);
  if (value === null) throw new TypeError(`${name} must be an object, got null`);
  for (const [key, text] of Object.entries(value)) requireString(text, `${name}["${clip(key)}"]`);
};

/** An element, or a selector string. */
export const elementOrSelector = (value, name) => {
  if (typeof value === 'string' || (typeof Element !== 'undefined' && value instanceof Element)) return;
  throw new TypeError(`${name} must be an element or a selector string, got ${describe(value)}`);
};

/** A function. */
export const func = (value, name) => {
  if (typeof value !== 'function') throw new TypeError(`${name} must be a function, got ${describe(value)}`);
};

/**
 * Any of the given checks passes. Otherwise the error of a nested part (`options.policy.minLength`)
 * or of a value out of range, else one TypeError listing what would have been accepted.
 */
export const either = (...checks) => (value, name) => {
  const errors = [];
  for (const check of checks) {
    try {
      check(value, name);
      return;
    } catch (error) {
      errors.push(error);
    }
  }
  const prefix = `${name} must be `;
  const deeper = errors.find((e) => !e.message.startsWith(prefix)) ?? errors.find((e) => e instanceof RangeError);
  if (deeper) throw deeper;
  const accepted = errors.map((e) => e.message.slice(prefix.length).replace(/, got .*$/s, ''));
  throw new TypeError(`${prefix}${accepted.join(' or ')}, got ${describe(value)}`);
};

/** A literal value, e.g. `literal(false)`. */
export const literal = (expected) => (value, name) => {
  if (value !== expected) throw new TypeError(`${name} must be ${JSON.stringify(expected)}, got ${describe(value)}`);
};

/** A nested options object checked against `schema`. */
export const nested = (schema) => (value, name) => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`${name} must be an object, got ${describe(value)}`);
  }
  checkSchema(value, schema, name);
};

/**
 * Checks every key of `options` against `schema`: unknown names are a TypeError that names the
 * option and lists the known ones; each known value goes through its check.
 * @param {object|undefined} options
 * @param {Record<string, (value: unknown, name: string) => void>} schema
 * @param {string} name e.g. "attach(form, options)"; option names are appended as `name.key`
 */
export function checkSchema(options, schema, name) {
  if (options === undefined || options === null) return;
  const base = name.replace(/\)$/, '');
  const closing = base === name ? '' : ')';
  for (const key of Object.keys(options)) {
    if (!Object.hasOwn(schema, key)) {
      const known = Object.keys(schema).map((k) => `\`${k}\``).join(', ');
      throw new TypeError(`${base}.${clip(key)}${closing}: unknown option \`${clip(key)}\`; expected one of ${known}`);
    }
    const value = options[key];
    if (value !== undefined) schema[key](value, `${base}.${key}${closing}`);
  }
}

/**
 * The entries of `options` that `schema` knows, without the undefined ones: e.g. the attach()
 * options that are also checkPassword options.
 * @param {object|undefined} options
 * @param {Record<string, unknown>} schema
 * @returns {Record<string, unknown>}
 */
export function pick(options, schema) {
  return Object.fromEntries(Object.entries(options ?? {}).filter(([key, value]) => value !== undefined && Object.hasOwn(schema, key)));
}

/** Long strings are cut in messages (a 1 MB argument must not become a 1 MB message). */
function clip(text) {
  const s = String(text);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

// ── schemas shared by the checkers ─────────────────────────────────────────────────────────
// One per Rust option type; their names are those of the TypeScript declarations generated
// from the Rust types (www/types/api.d.ts), which tests/types/ checks at compile time.

/** The password policy presets (`PresetName` in src/password/policy.rs). */
export const PRESETS = ['nist', 'asvs-l1', 'asvs-l2', 'pci-dss-4', 'composition'];

/** `CustomPolicy` in src/password/options.rs. */
export const CUSTOM_POLICY = {
  preset: oneOf(PRESETS),
  minLength: integer(0, 2 ** 32 - 1),
  maxLength: integer(0, 2 ** 32 - 1),
  mfa: boolean,
  minScore: integer(0, 4),
  requireUpper: boolean,
  requireLower: boolean,
  requireDigit: boolean,
  requireSpecial: boolean,
  requireLetter: boolean,
  rejectCommon: boolean,
  rejectPersonalInfo: boolean,
};

/** A preset name or a custom policy object. */
export const policy = either(oneOf(PRESETS), nested(CUSTOM_POLICY));

/** Options every text-producing checker takes. */
export const MESSAGE_OPTIONS = { lang: string, messages: stringMap };

/** checkPassword's options (`PasswordOptions`). */
export const PASSWORD_OPTIONS = {
  userInputs: strings, policy, mfa: boolean, confirmation: string, ...MESSAGE_OPTIONS,
};

/** checkUrl's and checkEmail's options (`LookalikeOptions`). */
export const LOOKALIKE_OPTIONS = {
  protectedDomains: strings, allowDomains: strings, denyDomains: strings, ...MESSAGE_OPTIONS,
};

/** checkPageOrigin's options (`PageOriginOptions`). */
export const PAGE_ORIGIN_OPTIONS = { officialDomains: strings, host: string, ...MESSAGE_OPTIONS };

/** buildChecklist's options (`ChecklistOptions`). */
export const CHECKLIST_OPTIONS = { ...MESSAGE_OPTIONS };

/** A site's own checklist item (`CustomItem`). */
export const CUSTOM_ITEM = {
  id: string, text: string, state: oneOf(['pass', 'fail', 'pending', 'info']), required: boolean,
};

/** The connection the form is sent over (`ConnectionFacts`). */
export const CONNECTION_FACTS = { secureContext: boolean, pageOrigin: string, actionOrigin: string, allowedOrigins: strings };

/** An array whose every item passes `check`. */
export const arrayOf = (check) => (value, name) => {
  if (!Array.isArray(value)) throw new TypeError(`${name} must be an array, got ${describe(value)}`);
  value.forEach((item, index) => check(item, `${name}[${index}]`));
};

/** buildChecklist's facts (`ChecklistFacts` in src/checklist/facts.rs). */
export const CHECKLIST_FACTS = {
  password: oneOf(['absent', 'empty', 'missing', 'weak', 'strong', 'unavailable']),
  breach: oneOf(['absent', 'empty', 'checking', 'not-found', 'found', 'failed', 'unavailable']),
  breachCount: integer(0, Number.MAX_SAFE_INTEGER),
  breachCountText: either(literal(null), string),
  failClosed: boolean,
  confirmation: oneOf(['absent', 'empty', 'missing', 'match', 'mismatch']),
  email: oneOf(['absent', 'empty', 'missing', 'valid', 'invalid', 'mistyped', 'lookalike', 'disposable', 'unavailable']),
  emailSuggestion: either(literal(null), string),
  connection: either(literal(null), nested(CONNECTION_FACTS)),
  origin: oneOf(['not-configured', 'official', 'development', 'not-official', 'lookalike', 'unavailable']),
  officialDomain: either(literal(null), string),
  twoStep: oneOf(['not-offered', 'offered', 'passkey']),
  tips: boolean,
  custom: arrayOf(nested(CUSTOM_ITEM)),
};

/** One text field of evaluateForm's input (`FieldInput` in src/form/input.rs). */
export const FIELD_INPUT = { value: string, required: boolean };

/** evaluateForm's input (`FormInput` in src/form/input.rs). */
export const FORM_INPUT = {
  password: either(literal(null), nested(FIELD_INPUT)),
  confirmation: either(literal(null), nested(FIELD_INPUT)),
  email: either(literal(null), nested(FIELD_INPUT)),
  urls: arrayOf(nested({ name: string, value: string })),
  personal: strings,
  breach: nested({
    status: oneOf(['off', 'not-checked', 'checking', 'found', 'not-found', 'failed', 'unavailable']),
    count: integer(0, Number.MAX_SAFE_INTEGER),
    countText: either(literal(null), string),
  }),
  attempted: boolean,
  host: either(literal(null), string),
  connection: either(literal(null), nested(CONNECTION_FACTS)),
  passkey: boolean,
  custom: arrayOf(nested(CUSTOM_ITEM)),
  // A report from checkPassword (the core reads it strictly).
  passwordReport: either(literal(null), nested(Object.fromEntries(
    ['score', 'zxcvbnScore', 'guessesLog10', 'estimatedChars', 'crackTimes', 'feedback', 'policy'].map((key) => [key, () => {}]),
  ))),
};

/** evaluateForm's options (`FormOptions` in src/form/options.rs). */
export const FORM_OPTIONS = {
  policy,
  mfa: boolean,
  userInputs: strings,
  protectedDomains: strings,
  officialDomains: strings,
  allowDomains: strings,
  denyDomains: strings,
  failClosed: boolean,
  twoStep: boolean,
  tips: boolean,
  ...MESSAGE_OPTIONS,
};

/** breachCount's options (`BreachCountOptions` in signup-guard.d.ts: JavaScript only). */
export const BREACH_OPTIONS = {
  endpoint: string,
  timeoutMs: integer(1, 2 ** 31 - 1),
  signal: (value, name) => {
    if (typeof AbortSignal === 'undefined' || !(value instanceof AbortSignal)) {
      throw new TypeError(`${name} must be an AbortSignal, got ${describe(value)}`);
    }
  },
};

/**
 * Calls into the core and turns its errors (plain `Error`s from Rust) into `TypeError`s
 * prefixed with the function's name, so callers see which call was wrong. A WebAssembly trap
 * (`RuntimeError`, e.g. "unreachable" after a panic) is not the caller's fault: it marks the
 * core failed, so every later call throws a `CoreFailedError` instead of running a broken
 * instance, and the form guard switches to "checks are unavailable".
 */
export function callCore(name, fn) {
  try {
    return fn();
  } catch (error) {
    if (error instanceof WebAssembly.RuntimeError) {
      markCoreFailed(error);
      throw new CoreFailedError(name, error);
    }
    const message = error instanceof Error ? error.message : String(error);
    throw new TypeError(`${name}: ${message.replace(/(^|: )Error: /g, '$1')}`);
  }
}
