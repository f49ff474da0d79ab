// What the guard asks the core: the FormInput for what the form holds now and the FormOptions
// from attach()'s options. Pure functions of their arguments: they gather, the core decides.

/** BreachCheck's statuses → the core's `BreachStatus`. */
export const BREACH_STATUS = Object.freeze({
  idle: 'not-checked',
  scheduled: 'checking',
  checking: 'checking',
  found: 'found',
  'not-found': 'not-found',
  error: 'failed',
  unavailable: 'unavailable',
});

/** A text field as the core reads it, or null for a field the form does not have. */
function fieldInput($input) {
  return $input ? { value: $input.value, required: $input.required === true } : null;
}

/**
 * The core's `FormInput`.
 * @param {{
 *   fields: Record<string, any>,
 *   urlName: (field: any) => string,
 *   breach: { status: string, count: number } | null,
 *   countText?: string,
 *   attempted?: boolean,
 *   host?: string | null,
 *   connection?: object | null,
 *   passkey?: boolean,
 *   custom?: object[],
 *   passwordReport?: object | null,
 * }} facts `fields` as found by detectFields (inputs with `value` and `required`); `breach`
 *   null when the form has no breach check
 */
export function formInput({
  fields, urlName, breach, countText, attempted = false, host = null, connection = null, passkey = false, custom = [], passwordReport = null,
}) {
  const input = {
    password: fieldInput(fields.password),
    confirmation: fieldInput(fields.confirmation),
    email: fieldInput(fields.email),
    urls: (fields.urls ?? []).map(($url) => ({ name: urlName($url), value: $url.value })),
    personal: [fields.username, fields.givenName, fields.familyName, fields.name]
      .filter(Boolean)
      .map(($input) => $input.value),
    breach: breach
      ? { status: BREACH_STATUS[breach.status] ?? 'unavailable', count: breach.count ?? 0, countText: countText ?? null }
      : { status: 'off', count: 0, countText: null },
    attempted,
    host,
    connection,
    passkey,
    custom,
  };
  if (passwordReport) input.passwordReport = passwordReport;
  return input;
}

/** attach() options that are also the core's `FormOptions`, under the same names. */
const SHARED_OPTIONS = ['policy', 'mfa', 'userInputs', 'protectedDomains', 'officialDomains', 'allowDomains', 'denyDomains', 'failClosed', 'twoStep', 'tips'];

/**
 * The core's `FormOptions` for attach()'s `options`, in `lang`.
 * @param {Record<string, unknown>} options
 * @param {string} lang
 */
export function formOptions(options, lang) {
  const out = { lang };
  for (const name of SHARED_OPTIONS) {
    if (options[name] !== undefined) out[name] = options[name];
  }
  for (const name of ['userInputs', 'protectedDomains', 'officialDomains', 'allowDomains', 'denyDomains']) {
    if (Array.isArray(out[name])) out[name] = out[name].map(String);
  }
  if (options.messages && typeof options.messages === 'object') out.messages = options.messages;
  return out;
}
