// Finds the fields of a signup form: by autocomplete hints first, then by type, then by name.
// Every role can be pinned with a selector (or turned off with false) in `options.fields`.

/** The roles the guard knows; `urls` may match several fields. */
export const ROLES = ['password', 'confirmation', 'email', 'username', 'givenName', 'familyName', 'name', 'urls'];

const SKIPPED_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'checkbox', 'radio', 'file', 'image', 'range', 'color']);

function tokens($input) {
  return ($input.getAttribute('autocomplete') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

function hasToken($input, token) {
  return tokens($input).includes(token);
}

function nameLike($input, pattern) {
  return pattern.test(`${$input.name} ${$input.id}`);
}

/** Resolves a selector or element to inputs: inside the form first, then in its document. */
function resolve($form, selector, many) {
  if (selector instanceof HTMLInputElement) return [selector];
  if (typeof selector !== 'string') return [];
  let found = [...$form.querySelectorAll(selector)];
  if (found.length === 0) found = [...$form.ownerDocument.querySelectorAll(selector)];
  found = found.filter(($el) => $el instanceof HTMLInputElement);
  return many ? found : found.slice(0, 1);
}

/**
 * The form's fields by role: `{ password, confirmation, email, username, givenName, familyName,
 * name }` (an input or null) and `urls` (an array).
 * @param {HTMLFormElement} $form
 * @param {Record<string, string|HTMLInputElement|false>} [overrides]
 */
export function detectFields($form, overrides = {}) {
  const inputs = [...$form.elements].filter(($el) => $el instanceof HTMLInputElement && !SKIPPED_TYPES.has($el.type));
  const fields = {};
  // Fields pinned by selector are never picked for another role.
  const taken = new Set(ROLES.filter((role) => role !== 'urls' && overrides[role])
    .flatMap((role) => resolve($form, overrides[role], false)));
  const choose = (role, find) => {
    const override = overrides[role];
    let $found = null;
    if (override === false) $found = null;
    else if (override !== undefined) [$found = null] = resolve($form, override, false);
    else if (typeof find !== 'function') $found = null;
    else $found = find(inputs.filter(($el) => !taken.has($el))) ?? null;
    if ($found) taken.add($found);
    fields[role] = $found;
  };

  // A show/hide toggle turns a password field into type=text for a while: its autocomplete
  // hint still says what it is.
  const passwords = inputs.filter(($el) => $el.type === 'password' || hasToken($el, 'new-password'));
  const newPasswords = passwords.filter(($el) => hasToken($el, 'new-password'));
  const ordered = [...newPasswords, ...passwords.filter(($el) => !hasToken($el, 'current-password') && !newPasswords.includes($el))];
  choose('password', (free) => ordered.find(($el) => free.includes($el)));
  choose('confirmation', (free) => (fields.password ? ordered.find(($el) => free.includes($el)) : null));
  choose('email', (free) => free.find(($el) => $el.type === 'email')
    ?? free.find(($el) => hasToken($el, 'email'))
    ?? free.find(($el) => $el.type === 'text' && nameLike($el, /(^|[^a-z])(e-?)?mail|courriel|correo/i)));
  choose('username', (free) => free.find(($el) => hasToken($el, 'username'))
    ?? free.find(($el) => $el.type === 'text' && nameLike($el, /user|login|handle/i)));
  choose('givenName', (free) => free.find(($el) => hasToken($el, 'given-name'))
    ?? free.find(($el) => nameLike($el, /first.?name|given|vorname|prenom/i)));
  choose('familyName', (free) => free.find(($el) => hasToken($el, 'family-name'))
    ?? free.find(($el) => nameLike($el, /last.?name|family|surname|nachname/i)));
  choose('name', (free) => free.find(($el) => hasToken($el, 'name'))
    ?? free.find(($el) => $el.type === 'text' && nameLike($el, /(^|[^a-z])(full.?)?name([^a-z]|$)/i)));

  if (overrides.urls === false) fields.urls = [];
  else if (overrides.urls !== undefined) fields.urls = resolve($form, overrides.urls, true);
  else fields.urls = inputs.filter(($el) => !taken.has($el) && ($el.type === 'url' || hasToken($el, 'url')));
  return fields;
}

/** True when two detections found the same elements for every role. */
export function sameFields(a, b) {
  if (!a || !b) return false;
  return ROLES.every((role) => (role === 'urls'
    ? a.urls.length === b.urls.length && a.urls.every(($el, i) => $el === b.urls[i])
    : a[role] === b[role]));
}

/** A short name for a field in the state: its name, else its id, else its role. */
export function fieldName($input, role) {
  return $input?.name || $input?.id || role;
}
