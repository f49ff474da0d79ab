// Parity: one corpus (tests/data/parity_corpus.json) through the three ways the package runs —
// the wasm in Chromium, the wasm in Node (node/index.js) and the native Rust core
// (examples/parity.rs) — must give identical results, field by field: each checker's, and whole
// signup verdicts (`evaluateForm`: reports, checklist, blocking decision, each field's errors).
//
// Floating-point numbers (guessesLog10, crack-time seconds) are compared after rounding to 9
// significant digits: wasm and native code use different `log10`/`pow` implementations (the
// wasm build's libm versus the platform's), which may differ in the last bits. Everything else,
// including every message text and every crack-time display string, must match exactly.
//
// Engines: chromium, firefox, webkit

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import * as node from '../../node/index.js';
import { startDemo } from './support.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS_PATH = fileURLToPath(new URL('../data/parity_corpus.json', import.meta.url));
const corpus = JSON.parse(readFileSync(CORPUS_PATH, 'utf8'));
const KINDS = ['passwords', 'urls', 'emails', 'pageOrigins', 'forms'];

/** Significant digits kept when comparing floating-point numbers. */
const SIGNIFICANT_DIGITS = 9;

/**
 * Runs every case and returns `{ kind: [{ ok: result } | { error: true }] }`. `api` is the
 * package's exports; without it (inside the browser page, where Playwright runs this function's
 * source outside the page's CSP) the function imports the browser build itself.
 */
async function runCorpus(cases, api) {
  if (api === undefined) {
    api = await import('/www/signup-guard.js');
    await api.ready();
  }
  const attempt = (fn) => {
    try {
      return { ok: fn() };
    } catch (error) {
      if (error instanceof TypeError) return { error: true };
      throw error;
    }
  };
  return {
    passwords: cases.passwords.map((c) => attempt(() => api.checkPassword(c.password, c.options))),
    urls: cases.urls.map((c) => attempt(() => api.checkUrl(c.input, c.options))),
    emails: cases.emails.map((c) => attempt(() => api.checkEmail(c.input, c.options))),
    pageOrigins: cases.pageOrigins.map((c) => attempt(() => api.checkPageOrigin(c.options))),
    forms: cases.forms.map((c) => attempt(() => api.evaluateForm(c.input, c.options))),
  };
}

/** A deep copy with every non-integer (or unsafe) number rounded to SIGNIFICANT_DIGITS. */
function rounded(value) {
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) ? value : Number(value.toPrecision(SIGNIFICANT_DIGITS));
  }
  if (Array.isArray(value)) return value.map(rounded);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, rounded(item)]));
  }
  return value;
}

/** One line naming a case, for failure messages (long inputs shortened). */
function describeCase(kind, index) {
  const item = corpus[kind][index];
  const text = JSON.stringify(item);
  return `${kind}[${index}] ${text.length > 160 ? `${text.slice(0, 160)}…` : text}`;
}

let demo;
let results;
before(async () => {
  const native = promisify(execFile)('cargo', ['run', '--quiet', '--example', 'parity', '--', CORPUS_PATH], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
    timeout: 15 * 60 * 1000,
  });
  demo = await startDemo({ signup: false });
  const page = await demo.newPage('www/blank.html');
  const browser = await page.evaluate(runCorpus, corpus);
  assert.deepEqual(page.errors, []);
  await page.close();
  await node.ready();
  results = {
    browser,
    node: await runCorpus(corpus, node),
    native: JSON.parse((await native).stdout),
  };
});
after(() => demo?.close());

test('the corpus is large and varied enough', () => {
  assert.ok(corpus.passwords.length >= 100);
  assert.ok(corpus.urls.length >= 100);
  assert.ok(corpus.emails.length >= 100);
  assert.ok(corpus.pageOrigins.length >= 20);
  assert.ok(corpus.forms.length >= 30);
  const options = corpus.passwords.map((c) => c.options ?? {});
  for (const name of ['userInputs', 'policy', 'confirmation', 'lang', 'mfa', 'messages']) {
    assert.ok(options.some((o) => name in o), `some password case sets ${name}`);
  }
  assert.ok(corpus.passwords.some((c) => c.password === ''));
  assert.ok(corpus.passwords.some((c) => c.password.length > 1024));
  assert.ok(corpus.passwords.some((c) => /[^\u0000-\u00ff]/u.test(c.password)));
  // Whole forms: a server's input and a page's, every breach answer, several languages, and
  // options the core refuses.
  const forms = corpus.forms.filter((c) => !c.invalid);
  assert.ok(forms.some((c) => c.input.attempted && c.input.connection === undefined && c.input.host === undefined));
  assert.ok(forms.some((c) => c.input.connection && c.input.host));
  for (const status of ['found', 'not-found', 'failed', 'checking', 'not-checked', 'off', 'unavailable']) {
    assert.ok(forms.some((c) => c.input.breach?.status === status), `some form case has breach ${status}`);
  }
  for (const name of ['failClosed', 'officialDomains', 'protectedDomains', 'allowDomains', 'denyDomains', 'userInputs', 'policy', 'mfa', 'lang', 'messages', 'twoStep', 'tips']) {
    assert.ok(forms.some((c) => name in (c.options ?? {})), `some form case sets ${name}`);
  }
  assert.ok(new Set(forms.map((c) => c.options?.lang?.slice(0, 2) ?? 'en')).size >= 4, 'forms in several languages');
  assert.ok(corpus.forms.filter((c) => c.invalid).length >= 2);
});

test('browser, Node and native Rust give identical results for every case', () => {
  const differences = [];
  let cases = 0;
  let bitIdentical = 0;
  for (const kind of KINDS) {
    for (const [name, result] of Object.entries(results)) {
      assert.equal(result[kind].length, corpus[kind].length, `${name} answered every ${kind} case`);
    }
    corpus[kind].forEach((_, index) => {
      cases += 1;
      const [browser, node, native] = [results.browser, results.node, results.native].map((r) => r[kind][index]);
      if (JSON.stringify(browser) === JSON.stringify(node)
        && assertDeepEqual(browser, native)) bitIdentical += 1;
      for (const [name, other] of [['node', node], ['native', native]]) {
        try {
          assert.deepStrictEqual(rounded(other), rounded(browser));
        } catch (error) {
          differences.push(`${describeCase(kind, index)}: ${name} differs from browser\n${error.message.slice(0, 1200)}`);
        }
      }
      // Every case is a valid call but those marked invalid, which every build must refuse.
      const invalid = corpus[kind][index].invalid === true;
      assert.equal('error' in browser, invalid, `${describeCase(kind, index)} is ${invalid ? 'refused' : 'a valid call'}`);
    });
  }
  assert.equal(differences.length, 0, `${differences.length} differences:\n${differences.slice(0, 5).join('\n\n')}`);
  console.log(`parity: ${cases} cases identical across browser, Node and native `
    + `(${bitIdentical} bit for bit; floats compared to ${SIGNIFICANT_DIGITS} significant digits)`);
});

/** Deep equality without rounding, as a boolean. */
function assertDeepEqual(a, b) {
  try {
    assert.deepStrictEqual(a, b);
    return true;
  } catch {
    return false;
  }
}
