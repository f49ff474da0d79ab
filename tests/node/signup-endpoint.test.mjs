// POST /signup (scripts/signup-endpoint.mjs) mounted in the demo server: it enforces the page's
// rules, re-checks the breach count, validates the risk signals without trusting them, and never
// echoes or logs the password.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { startServer } from '../../scripts/serve.mjs';
import { escapeHtml, validateRiskSignals, wantsHtml } from '../../scripts/signup-endpoint.mjs';

/** Passes NIST (15+ characters, score ≥ 3), not common, not in the demo range data. */
const GOOD_PASSWORD = 'violet-kettle-Harbour-9-lantern';
/** Passes the NIST policy but the demo range API lists it (added through rangeOptions). */
const BREACHED_STRONG = 'plum-Gravel-7-orchid-tundra';

const GOOD_RISK = JSON.stringify({
  version: 1, timeToFillMs: 48_213, pastedPassword: false, autofill: true, webdriver: false,
  emailDisposable: false, emailMistyped: false, emailLookalike: false,
});

let server;
const logs = [];
before(async () => {
  server = await startServer({
    port: 0,
    rangeOptions: { passwords: [[BREACHED_STRONG, 4242]] },
    signup: { log: (entry) => logs.push(JSON.stringify(entry)) },
  });
});
after(() => server?.close());

/** One request to the demo server; resolves to `{ status, headers, text, json }`. */
function send(path, { method = 'POST', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const request = httpRequest(new URL(path, server.url), { method, headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: response.statusCode, headers: response.headers, text, json });
      });
    });
    request.on('error', reject);
    if (body !== undefined) request.write(body);
    request.end();
  });
}

const postForm = (fields, headers = {}) => send('/signup', {
  headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
  body: new URLSearchParams(fields).toString(),
});
const postJson = (fields, headers = {}) => send('/signup', {
  headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
  body: JSON.stringify(fields),
});

const codes = (answer, field) => (answer.json.errors[field] ?? []).map((error) => error.code);

describe('POST /signup', () => {
  test('a valid signup is accepted, with the breach re-checked on the demo range API', async () => {
    const before = server.rangeApi.requests.length;
    const answer = await postForm({
      email: 'ada@example.org', username: 'ada', given_name: 'Ada', family_name: 'Lovelace',
      password: GOOD_PASSWORD, password_confirm: GOOD_PASSWORD, signup_risk: GOOD_RISK,
    });
    assert.equal(answer.status, 200, answer.text);
    assert.equal(answer.headers['content-type'], 'application/json; charset=utf-8');
    assert.deepEqual(answer.json.errors, {});
    assert.equal(answer.json.ok, true);
    assert.equal(answer.json.breachChecked, true);
    assert.equal(answer.json.riskSignals.valid, true);
    assert.equal(answer.json.riskSignals.signals.timeToFillMs, 48_213);
    const rangeRequests = server.rangeApi.requests.slice(before);
    assert.equal(rangeRequests.length, 1, 'one range request per signup');
    assert.match(rangeRequests[0].path, /^\/range\/[0-9A-F]{5}$/);
  });

  test('JSON bodies are accepted too', async () => {
    const answer = await postJson({ email: 'ada@example.org', password: GOOD_PASSWORD });
    assert.equal(answer.status, 200, answer.text);
    assert.equal(answer.json.ok, true);
  });

  test('a short password is refused with the policy codes the page shows', async () => {
    const answer = await postForm({ email: 'ada@example.org', password: 'Kettle9!' });
    assert.equal(answer.status, 422);
    assert.equal(answer.json.ok, false);
    assert.ok(codes(answer, 'password').includes('too-short'), answer.text);
    const shortError = answer.json.errors.password.find((e) => e.code === 'too-short');
    assert.match(shortError.message, /15/);
  });

  test('a common password is refused as common and breached', async () => {
    const answer = await postForm({ email: 'ada@example.org', password: 'password' });
    assert.equal(answer.status, 422);
    const found = codes(answer, 'password');
    for (const code of ['too-short', 'common', 'breached']) assert.ok(found.includes(code), `${code} in ${found}`);
  });

  test('a password that meets the policy but appears in breaches is refused as breached only', async () => {
    const answer = await postForm({ email: 'ada@example.org', password: BREACHED_STRONG });
    assert.equal(answer.status, 422);
    assert.deepEqual(codes(answer, 'password'), ['breached']);
    assert.match(answer.json.errors.password[0].message, /4,242 times/);
    assert.equal(answer.json.breachChecked, true);
  });

  test('breach messages follow the language of the form', async () => {
    const answer = await postForm({ email: 'ada@example.org', password: BREACHED_STRONG, lang: 'de' });
    assert.match(answer.json.errors.password[0].message, /4\.242/);
    const viaHeader = await postForm({ email: 'x', password: 'kurz' }, { 'Accept-Language': 'fr-CH,fr;q=0.9' });
    assert.notEqual(viaHeader.json.errors.email[0].message, answer.json.errors.email?.[0]?.message);
    assert.match(viaHeader.json.errors.email[0].message, /adresse/i);
  });

  test('personal information in the password is refused, from the name and username fields', async () => {
    const answer = await postForm({ email: 'ada@example.org', username: 'lovelace1815', password: 'lovelace1815-violet-kettle' });
    assert.ok(codes(answer, 'password').includes('contains-personal-info'), answer.text);
  });

  test('a confirmation that differs is an error on the confirmation field', async () => {
    const answer = await postForm({ email: 'ada@example.org', password: GOOD_PASSWORD, password_confirm: `${GOOD_PASSWORD}x` });
    assert.equal(answer.status, 422);
    assert.deepEqual(codes(answer, 'password_confirm'), ['mismatch']);
    assert.deepEqual(codes(answer, 'password'), []);
  });

  test('the confirmation is compared after NFC, as the confirmation option of checkPassword does', async () => {
    const composed = 'Café-violet-kettle-Harbour-9';
    const decomposed = composed.normalize('NFD');
    assert.notEqual(composed, decomposed);
    const answer = await postForm({ email: 'ada@example.org', password: composed, password_confirm: decomposed });
    assert.equal(answer.status, 200, answer.text);
  });

  test('missing and invalid emails are refused', async () => {
    const missing = await postForm({ password: GOOD_PASSWORD });
    assert.deepEqual(codes(missing, 'email'), ['required']);
    const invalid = await postForm({ email: 'ada@@example', password: GOOD_PASSWORD });
    assert.equal(invalid.status, 422);
    assert.deepEqual(codes(invalid, 'email'), ['invalid-email']);
    assert.ok(invalid.json.errors.email[0].message.length > 10);
  });

  test('a missing password is "required"', async () => {
    const answer = await postForm({ email: 'ada@example.org' });
    assert.deepEqual(codes(answer, 'password'), ['required']);
    assert.equal(answer.json.breachChecked, false);
  });

  test('a failing breach service lets the signup through and says it was not checked', async () => {
    const failing = await startServer({ port: 0, rangeOptions: { failStatus: 503 }, signup: { log: () => {} } });
    try {
      const answer = await new Promise((resolve, reject) => {
        const body = new URLSearchParams({ email: 'ada@example.org', password: 'quartz-Lagoon-4-meadow-ember' }).toString();
        const request = httpRequest(new URL('/signup', failing.url), {
          method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        }, (response) => {
          let text = '';
          response.on('data', (chunk) => { text += chunk; });
          response.on('end', () => resolve({ status: response.statusCode, json: JSON.parse(text) }));
        });
        request.on('error', reject);
        request.end(body);
      });
      assert.equal(answer.status, 200);
      assert.equal(answer.json.ok, true);
      assert.equal(answer.json.breachChecked, false);
    } finally {
      await failing.close();
    }
  });

  test('bodies over 64 KB are refused with 413, declared or streamed', async () => {
    const big = `email=a%40b.org&password=${'x'.repeat(70 * 1024)}`;
    const declared = await send('/signup', {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': Buffer.byteLength(big) },
      body: big,
    });
    assert.equal(declared.status, 413);
    assert.deepEqual(declared.json.errors.form.map((e) => e.code), ['too-large']);
    const chunked = await send('/signup', {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Transfer-Encoding': 'chunked' },
      body: big,
    });
    assert.equal(chunked.status, 413);
  });

  test('other content types are refused with 415, other methods with 405', async () => {
    for (const type of ['text/plain', 'multipart/form-data; boundary=x', 'application/json; charset=latin1']) {
      const answer = await send('/signup', { headers: { 'Content-Type': type }, body: 'email=a' });
      assert.equal(answer.status, 415, type);
    }
    const missing = await send('/signup', { body: 'email=a' });
    assert.equal(missing.status, 415);
    const get = await send('/signup', { method: 'GET' });
    assert.equal(get.status, 405);
    assert.equal(get.headers.allow, 'POST');
  });

  test('malformed bodies are refused with 400', async () => {
    const bodies = [
      ['application/json', '{"email": "a@b.org", "password": '],
      ['application/json', '["a@b.org"]'],
      ['application/json', '{"email": "a@b.org", "password": 12345678}'],
      ['application/x-www-form-urlencoded', 'password=one&password=two&email=a%40b.org'],
      ['application/x-www-form-urlencoded', Buffer.from([0x65, 0x6d, 0x61, 0x69, 0x6c, 0x3d, 0xff, 0xfe])],
    ];
    for (const [type, body] of bodies) {
      const answer = await send('/signup', { headers: { 'Content-Type': type }, body });
      assert.equal(answer.status, 400, `${type} ${body}`);
      assert.deepEqual(answer.json.errors.form.map((e) => e.code), ['malformed-body']);
    }
  });

  test('hostile risk JSON is reported, never trusted, and does not change the verdict', async () => {
    const hostile = [
      '{"__proto__": {"admin": true}, "version": 1, "constructor": {"prototype": {"polluted": 1}}}',
      '{"version": 2, "timeToFillMs": -5, "pastedPassword": "yes", "webdriver": null}',
      '{"version": 1, "timeToFillMs": 1e308}',
      '[1, 2, 3]',
      'not json <script>alert(1)</script>',
      `{"version": 1, "padding": "${'x'.repeat(3000)}"}`,
    ];
    for (const risk of hostile) {
      const answer = await postForm({ email: 'ada@example.org', password: GOOD_PASSWORD, signup_risk: risk });
      assert.equal(answer.status, 200, risk);
      assert.equal(answer.json.ok, true);
      assert.equal(answer.json.riskSignals.valid, false, risk);
      assert.ok(answer.json.riskSignals.problems.length > 0);
      assert.ok(!answer.text.includes('<script>'), 'risk input is not echoed raw');
    }
    assert.equal({}.admin, undefined);
    assert.equal({}.polluted, undefined);
    const detail = validateRiskSignals('{"__proto__": {"admin": true}, "version": 2, "timeToFillMs": 1.5, "autofill": true}');
    assert.deepEqual(detail.signals, { autofill: true });
    assert.ok(detail.problems.includes('1 unknown key ignored'), detail.problems.join('; '));
    assert.ok(detail.problems.includes('version: out of range (1 to 1)'));
    assert.ok(detail.problems.includes('timeToFillMs: expected an integer'));
    assert.ok(detail.problems.includes('webdriver: missing'));
    assert.deepEqual(validateRiskSignals(undefined), { present: false, valid: false, problems: ['missing'], signals: {} });
  });

  test('a plain form post (Accept: text/html) gets an HTML page with escaped errors and a link back', async () => {
    const answer = await postForm(
      { email: '<img src=x onerror=alert(1)>@gmial.com', password: 'short' },
      { Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
    );
    assert.equal(answer.status, 422);
    assert.match(answer.headers['content-type'], /^text\/html/);
    assert.match(answer.headers['content-security-policy'], /default-src 'none'/);
    assert.match(answer.text, /<a href="\/www\/">/);
    assert.match(answer.text, /<li><strong>password<\/strong>/);
    assert.ok(!answer.text.includes('<img'), 'markup from the form is never rendered');
    const ok = await postForm({ email: 'ada@example.org', password: GOOD_PASSWORD }, { Accept: 'text/html' });
    assert.equal(ok.status, 200);
    assert.match(ok.text, /<h1>Account created<\/h1>/);
    assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    assert.equal(wantsHtml('*/*'), false);
    assert.equal(wantsHtml('application/json, text/html;q=0.5'), false);
  });

  test('the password never appears in any answer or log line', async () => {
    const secret = 'Zebra-Quokka-7731-unique-secret';
    const answers = [
      await postForm({ email: 'ada@example.org', password: secret, password_confirm: secret }),
      await postForm({ email: 'ada@example.org', password: secret, password_confirm: 'other' }),
      await postForm({ email: 'ada@example.org', password: secret }, { Accept: 'text/html' }),
      await postJson({ email: 'not an email', password: secret, signup_risk: `{"${secret}": 1}` }),
      await postJson({ email: 'ada@example.org', password: secret.slice(0, 6) }),
    ];
    for (const answer of answers) {
      assert.ok(!answer.text.includes(secret), answer.text);
      assert.ok(!answer.text.includes(encodeURIComponent(secret)));
    }
    assert.ok(logs.length >= answers.length);
    for (const line of logs) {
      assert.ok(!line.includes(secret), line);
      assert.ok(!line.includes(secret.slice(0, 6)), line);
      assert.ok(!line.includes('ada@example.org'), 'only the email domain is logged');
    }
  });
});
