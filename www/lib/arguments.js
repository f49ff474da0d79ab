// Argument checks shared by every public function: wrong arguments fail loudly and early,
// with an error that names the argument.

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
  return typeof value === 'object' ? 'an object' : typeof value;
}

/**
 * Calls into the core and turns its errors (plain `Error`s from Rust) into `TypeError`s
 * prefixed with the function's name, so callers see which call was wrong.
 */
export function callCore(name, fn) {
  try {
    return fn();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new TypeError(`${name}: ${message}`);
  }
}
