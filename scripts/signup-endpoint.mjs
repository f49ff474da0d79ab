// POST /signup for the demo server: the server-side half of signup-guard. The page's checks only
// advise; this route refuses by the same decision, `evaluateForm` (the core's verdict on a whole
// signup, from the same wasm the page runs), so a person sees the same messages on both sides.
//
//   import { signupRoute } from './scripts/signup-endpoint.mjs';
//   await startServer({ routes: [signupRoute({ policy: 'nist' })] });
//
// What it does with one request:
//   - reads the body (application/x-www-form-urlencoded or application/json, UTF-8, at most
//     64 KB): 413 when larger, 415 for another content type, 400 when it cannot be read;
//   - asks the range API about the password again (by default the demo's own /pwned); when that
//     fails the verdict lets the signup through, like the page, and the answer says
//     `breachChecked: false`;
//   - calls `evaluateForm` once with the form as a server knows it (submission attempted, every
//     field required, the email, username and name fields as context words in the page's order,
//     no page address or connection) and the page's options (policy, language): `ok` is the
//     verdict's `valid`, each field's errors are its blocking reasons (advice does not block);
//   - validates the `signup_risk` JSON against a strict schema and only logs it: it is written
//     by the page's script, which anyone can fake, so it never decides anything here;
//   - answers JSON `{ ok, errors: { field: [{ code, message }] }, breachChecked, riskSignals }`
//     (200 when ok, 422 otherwise), or a small HTML page when the client asked for HTML.
// The password is never logged or echoed.

import { ready, evaluateForm, breachCount } from '../node/index.js';

/** Largest request body accepted, in bytes. */
export const MAX_BODY_BYTES = 64 * 1024;

/** Largest `signup_risk` value read, in characters; anything longer is reported, not parsed. */
export const MAX_RISK_CHARS = 2048;

/** The schema of the page's risk signals (www/lib/form/risk-signals.js): key → check. */
export const RISK_SCHEMA = Object.freeze({
  version: { type: 'integer', min: 1, max: 1 },
  timeToFillMs: { type: 'integer', min: 0, max: 24 * 60 * 60 * 1000 },
  pastedPassword: { type: 'boolean' },
  autofill: { type: 'boolean' },
  webdriver: { type: 'boolean' },
  emailDisposable: { type: 'boolean' },
  emailMistyped: { type: 'boolean' },
  emailLookalike: { type: 'boolean' },
});

/** Field names of the demo form; every one can be renamed with `options.fields`. */
export const DEFAULT_FIELDS = Object.freeze({
  email: 'email',
  password: 'password',
  confirmation: 'password_confirm',
  risk: 'signup_risk',
  lang: 'lang',
  /**
   * The other personal fields (username, given name, family name, full name, the page's order):
   * after the email address, their values are the password's context words (never in it).
   */
  personal: ['username', 'given_name', 'family_name', 'name'],
});

/** Why a request could not be read; `status` is the HTTP status to answer with. */
export class RequestError extends Error {
  constructor(status, code, message) {
    super(message);
    this.name = 'RequestError';
    this.status = status;
    this.code = code;
  }
}

/**
 * The route for `startServer({ routes })`: answers `POST {path}` (and any other method on that
 * path with 405) and returns false for every other path.
 *
 * @param {{
 *   path?: string,
 *   policy?: string|object,
 *   mfa?: boolean,
 *   breachEndpoint?: string,
 *   breachTimeoutMs?: number,
 *   fields?: Partial<typeof DEFAULT_FIELDS>,
 *   backUrl?: string,
 *   log?: (entry: object) => void,
 * }} [options]
 *   `policy` and `mfa` as for `evaluateForm` (default `nist`, as on the page);
 *   `breachEndpoint` defaults to the range API of the server that received the request
 *   (`http://<its address>:<its port>/pwned`); `backUrl` is the link in HTML answers;
 *   `log` receives one entry per signup (no password, no full email), default one JSON line on
 *   stdout.
 * @returns {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse, url: URL) => Promise<boolean>}
 */
export function signupRoute(options = {}) {
  const {
    path = '/signup',
    policy = 'nist',
    mfa,
    breachEndpoint,
    breachTimeoutMs = 3000,
    backUrl = '/www/',
    log = (entry) => console.log(`[signup-guard] ${JSON.stringify(entry)}`),
  } = options;
  const fields = { ...DEFAULT_FIELDS, ...options.fields };
  return async (request, response, url) => {
    if (url.pathname !== path) return false;
    const html = wantsHtml(request.headers.accept);
    if (request.method !== 'POST') {
      request.resume();
      const result = requestFailure('method-not-allowed', 'Use POST to sign up.');
      send(response, 405, result, { html, backUrl, lang: 'en', headers: { Allow: 'POST' } });
      return true;
    }
    let body;
    try {
      body = await readForm(request);
    } catch (error) {
      if (!(error instanceof RequestError)) throw error;
      send(response, error.status, requestFailure(error.code, error.message), {
        html, backUrl, lang: 'en', headers: { Connection: 'close' },
      });
      return true;
    }
    await ready();
    const lang = chooseLang(body.get(fields.lang), request.headers['accept-language']);
    const endpoint = breachEndpoint ?? ownRangeApi(request);
    const result = await checkSignup(body, { fields, policy, mfa, lang, endpoint, breachTimeoutMs });
    log({
      event: 'signup',
      ok: result.ok,
      errors: Object.fromEntries(Object.entries(result.errors).map(([field, list]) => [field, list.map((e) => e.code)])),
      emailDomain: result.emailDomain ?? null,
      breachChecked: result.breachChecked,
      riskSignals: result.riskSignals,
    });
    delete result.emailDomain;
    send(response, result.ok ? 200 : 422, result, { html, backUrl, lang });
    return true;
  };
}

/**
 * Decides one signup from a parsed body (a Map of field → string). Exported for tests and for
 * servers that parse bodies themselves; `ready()` must have resolved.
 * @returns {Promise<{ ok: boolean, errors: Record<string, {code: string, message: string}[]>, breachChecked: boolean, riskSignals: object, emailDomain?: string }>}
 */
export async function checkSignup(body, { fields = DEFAULT_FIELDS, policy = 'nist', mfa, lang = 'en', endpoint, breachTimeoutMs = 3000 } = {}) {
  const password = body.get(fields.password) ?? '';
  const confirmation = body.get(fields.confirmation);
  const field = (value) => ({ value, required: true });
  const input = {
    attempted: true,
    password: field(password),
    // A form without a confirmation field has no confirmation item.
    confirmation: confirmation === undefined ? null : field(confirmation),
    email: field(body.get(fields.email) ?? ''),
    personal: fields.personal.map((name) => body.get(name)).filter((value) => value !== undefined),
  };
  // Asked again here, whatever the page said; never asked for an empty password.
  if (password !== '') input.breach = await checkBreach(password, lang, { endpoint, timeoutMs: breachTimeoutMs });
  const options = { policy, lang };
  if (mfa !== undefined) options.mfa = mfa;

  const verdict = evaluateForm(input, options);
  const errors = {};
  for (const [role, name] of [['password', fields.password], ['confirmation', fields.confirmation], ['email', fields.email]]) {
    const list = verdict.fields[role]?.errors ?? [];
    if (list.length > 0) errors[name] = list.map(({ code, message }) => ({ code, message }));
  }
  return {
    ok: verdict.valid,
    errors,
    breachChecked: input.breach !== undefined && input.breach.status !== 'failed',
    riskSignals: validateRiskSignals(body.get(fields.risk)),
    emailDomain: verdict.email?.valid ? verdict.email.domain ?? undefined : undefined,
  };
}

/** The breach check's answer as `evaluateForm` reads it: a check that failed is `failed`. */
async function checkBreach(password, lang, { endpoint, timeoutMs }) {
  try {
    const count = await breachCount(password, { endpoint, timeoutMs });
    if (count === 0) return { status: 'not-found' };
    // The count in Intl's format for `lang`, as the page writes it.
    let countText = null;
    try {
      countText = new Intl.NumberFormat(lang).format(count);
    } catch { /* a tag Intl refuses: the core writes the count */ }
    return { status: 'found', count, countText };
  } catch (error) {
    if (error?.name !== 'BreachCheckError') throw error;
    return { status: 'failed' };
  }
}

/**
 * Checks the `signup_risk` field against RISK_SCHEMA without trusting it. Returns
 * `{ present, valid, problems, signals }`: `signals` holds only known keys with valid values;
 * `problems` lists every deviation (unknown keys are ignored and reported).
 * @param {string|undefined} raw
 */
export function validateRiskSignals(raw) {
  const problems = [];
  const signals = {};
  const result = (present) => ({ present, valid: problems.length === 0, problems, signals });
  if (raw === undefined || raw === '') {
    problems.push('missing');
    return result(false);
  }
  if (raw.length > MAX_RISK_CHARS) {
    problems.push(`too long (over ${MAX_RISK_CHARS} characters)`);
    return result(true);
  }
  let value;
  try {
    value = JSON.parse(raw);
  } catch {
    problems.push('not JSON');
    return result(true);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    problems.push('not a JSON object');
    return result(true);
  }
  // Unknown keys are counted, not named: their names are arbitrary text from the client.
  let unknown = 0;
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(RISK_SCHEMA, key)) {
      unknown += 1;
      continue;
    }
    const rule = RISK_SCHEMA[key];
    const field = value[key];
    if (rule.type === 'boolean') {
      if (typeof field !== 'boolean') problems.push(`${key}: expected a boolean`);
      else signals[key] = field;
    } else if (!Number.isInteger(field)) {
      problems.push(`${key}: expected an integer`);
    } else if (field < rule.min || field > rule.max) {
      problems.push(`${key}: out of range (${rule.min} to ${rule.max})`);
    } else {
      signals[key] = field;
    }
  }
  for (const key of Object.keys(RISK_SCHEMA)) {
    if (!Object.hasOwn(value, key)) problems.push(`${key}: missing`);
  }
  if (unknown > 0) problems.push(`${unknown} unknown key${unknown === 1 ? '' : 's'} ignored`);
  return result(true);
}

/**
 * Reads the request body into a Map of field → string, enforcing size, type and encoding.
 * Throws RequestError (413, 415 or 400).
 */
export async function readForm(request) {
  const type = mediaType(request.headers['content-type']);
  if (type.essence !== 'application/x-www-form-urlencoded' && type.essence !== 'application/json') {
    request.resume();
    throw new RequestError(415, 'unsupported-media-type', 'Send the form as application/x-www-form-urlencoded or application/json.');
  }
  if (type.charset !== undefined && type.charset !== 'utf-8') {
    request.resume();
    throw new RequestError(415, 'unsupported-charset', 'Send the form in UTF-8.');
  }
  const bytes = await readBody(request, MAX_BODY_BYTES);
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new RequestError(400, 'malformed-body', 'The form is not valid UTF-8.');
  }
  return type.essence === 'application/json' ? jsonFields(text) : formFields(text);
}

/** Collects at most `limit` bytes of the body; 413 as soon as it is larger. */
function readBody(request, limit) {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    request.resume();
    return Promise.reject(new RequestError(413, 'too-large', `The form is larger than ${limit / 1024} KB.`));
  }
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    let failed = false;
    request.on('data', (chunk) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        chunks.length = 0;
        reject(new RequestError(413, 'too-large', `The form is larger than ${limit / 1024} KB.`));
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks));
    });
    request.on('error', (error) => {
      if (!failed) reject(new RequestError(400, 'malformed-body', `The form could not be read (${error.code ?? 'error'}).`));
    });
  });
}

/** URL-encoded fields; a field sent twice is ambiguous and refused. */
function formFields(text) {
  const fields = new Map();
  for (const [name, value] of new URLSearchParams(text)) {
    if (fields.has(name)) throw new RequestError(400, 'malformed-body', `The field ${JSON.stringify(name.slice(0, 40))} was sent more than once.`);
    fields.set(name, value);
  }
  return fields;
}

/** JSON fields: an object whose values are strings (null counts as absent). */
function jsonFields(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    throw new RequestError(400, 'malformed-body', 'The form is not valid JSON.');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new RequestError(400, 'malformed-body', 'The form must be a JSON object.');
  }
  const fields = new Map();
  for (const [name, field] of Object.entries(value)) {
    if (field === null) continue;
    if (typeof field !== 'string') {
      throw new RequestError(400, 'malformed-body', `The field ${JSON.stringify(name.slice(0, 40))} must be a string.`);
    }
    fields.set(name, field);
  }
  return fields;
}

/** `type/subtype` in lowercase and the charset parameter, from a Content-Type header. */
function mediaType(header) {
  if (typeof header !== 'string') return { essence: '' };
  const [essence, ...parameters] = header.split(';');
  let charset;
  for (const parameter of parameters) {
    const [name, value = ''] = parameter.split('=');
    if (name.trim().toLowerCase() === 'charset') charset = value.trim().replace(/^"|"$/g, '').toLowerCase();
  }
  return { essence: essence.trim().toLowerCase(), charset };
}

/** Whether the client prefers HTML to JSON (a form posted without JavaScript). */
export function wantsHtml(accept) {
  if (typeof accept !== 'string') return false;
  const quality = (type) => {
    let best = -1;
    for (const range of accept.split(',')) {
      const [name, ...parameters] = range.split(';').map((part) => part.trim().toLowerCase());
      if (name !== type) continue;
      const q = parameters.find((p) => p.startsWith('q='));
      const value = q ? Number(q.slice(2)) : 1;
      if (Number.isFinite(value)) best = Math.max(best, value);
    }
    return best;
  };
  const html = quality('text/html');
  return html > 0 && html > quality('application/json');
}

/** The messages' language: the form's `lang` field, else Accept-Language's first tag, else en. */
function chooseLang(field, acceptLanguage) {
  const tag = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8}){0,4}$/;
  if (typeof field === 'string' && tag.test(field)) return field;
  const first = typeof acceptLanguage === 'string' ? acceptLanguage.split(',')[0].split(';')[0].trim() : '';
  return tag.test(first) ? first : 'en';
}

/** The range API of the server this request reached (the demo mounts it at /pwned). */
function ownRangeApi(request) {
  const { localAddress = '127.0.0.1', localPort } = request.socket;
  const address = localAddress.startsWith('::ffff:') ? localAddress.slice(7) : localAddress;
  const host = address.includes(':') ? `[${address}]` : address;
  return `http://${host}:${localPort}/pwned`;
}

/** A result for a request that could not be checked at all. */
function requestFailure(code, message) {
  return { ok: false, errors: { form: [{ code, message }] }, breachChecked: false, riskSignals: null };
}

/** Answers with JSON, or HTML when the client asked for it. */
function send(response, status, result, { html, backUrl, lang, headers = {} }) {
  const common = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...headers };
  if (html) {
    const body = htmlPage(result, backUrl, lang);
    response.writeHead(status, {
      ...common,
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      'Content-Security-Policy': "default-src 'none'; base-uri 'none'; form-action 'none'",
    });
    response.end(body);
  } else {
    const body = JSON.stringify(result);
    response.writeHead(status, { ...common, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
    response.end(body);
  }
}

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** The minimal page for clients without JavaScript: every error, escaped, and a link back. */
function htmlPage(result, backUrl, lang) {
  const title = result.ok ? 'Account created' : 'Please correct the form';
  const items = Object.entries(result.errors).flatMap(([field, list]) => list.map(
    (error) => `<li><strong>${escapeHtml(field)}</strong>: ${escapeHtml(error.message)} <code>${escapeHtml(error.code)}</code></li>`,
  ));
  const body = result.ok
    ? '<p>Your account would be created now (demo: nothing is stored).</p>'
    : `<ul>\n${items.join('\n')}\n</ul>`;
  return `<!doctype html>
<html lang="${escapeHtml(lang.split('-')[0])}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body>
<h1>${title}</h1>
${body}
<p><a href="${escapeHtml(backUrl)}">Back to the signup form</a></p>
</body>
</html>
`;
}
