// The package entry from CommonJS (`require('signup-guard')`) and from ESM (`import`), each in a
// fresh Node process started at the repository root, so resolution goes through the exports map
// exactly as it does for a user's server.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);

/** Runs `code` with `node` (plus `args`) at the repository root and parses its JSON output. */
async function nodeJson(args, code) {
  const { stdout } = await run(process.execPath, [...args, code], { cwd: ROOT, timeout: 60_000 });
  return JSON.parse(stdout);
}

/** The same probe for both module systems: before-ready error, then every checker. */
const PROBE = `
  const out = {};
  try { guard.checkPassword('x'); out.before = 'no error'; }
  catch (e) { out.before = { name: e.name, code: e.code, message: e.message }; }
  out.breachBefore = await guard.breachCount('x').then(() => 'resolved', (e) => e.name);
  out.readyBefore = guard.isReady();
  await Promise.all([guard.ready(), guard.ready()]);
  out.readyAfter = guard.isReady();
  const weak = guard.checkPassword('password', { confirmation: 'password' });
  out.password = { score: weak.score, ok: weak.policy.ok, codes: weak.policy.failures.map((f) => f.code) };
  out.strong = guard.checkPassword('correct horse battery staple').score;
  out.email = guard.checkEmail('someone@gmial.com').suggestion;
  out.url = guard.checkUrl('https://paypa1.com/login').verdict;
  out.origin = guard.checkPageOrigin({ officialDomains: ['example.com'], host: 'example.com.evil.test' }).official;
  out.text = guard.messageText('meter.score.4', 'de');
  out.typeError = (() => { try { guard.checkPassword(42); } catch (e) { return e.name; } })();
  console.log(JSON.stringify(out));
`;

const REQUIRE_CODE = `const guard = require('signup-guard'); (async () => { ${PROBE} })().catch((e) => { console.error(e); process.exit(1); });`;
const IMPORT_CODE = `const guard = await import('signup-guard'); ${PROBE}`;

test('require("signup-guard") works end to end and matches import("signup-guard")', async () => {
  const [viaRequire, viaImport] = await Promise.all([
    nodeJson(['-e'], REQUIRE_CODE),
    nodeJson(['--input-type=module', '-e'], IMPORT_CODE),
  ]);
  assert.equal(viaRequire.before.name, 'NotReadyError');
  assert.equal(viaRequire.before.code, 'not-ready');
  assert.match(viaRequire.before.message, /checkPassword\(\).*await ready\(\)/);
  assert.equal(viaRequire.breachBefore, 'NotReadyError');
  assert.equal(viaRequire.readyBefore, false);
  assert.equal(viaRequire.readyAfter, true);
  assert.equal(viaRequire.password.score, 0);
  assert.equal(viaRequire.password.ok, false);
  assert.ok(viaRequire.password.codes.length > 0);
  assert.equal(viaRequire.strong, 4);
  assert.equal(viaRequire.email, 'someone@gmail.com');
  assert.equal(viaRequire.url, 'dangerous');
  assert.equal(viaRequire.origin, false);
  assert.notEqual(viaRequire.text, 'meter.score.4', 'German catalog text, not the key');
  assert.equal(viaRequire.typeError, 'TypeError');
  assert.deepEqual(viaRequire, viaImport, 'CommonJS and ESM callers get the same answers');
});

test('CommonJS and ESM callers in one process share one loaded core', async () => {
  const require = createRequire(import.meta.url);
  const cjs = require('signup-guard');
  const esm = await import('signup-guard');
  assert.notEqual(cjs, esm);
  await cjs.ready();
  assert.equal(esm.isReady(), true, 'ready() through require loads the ESM entry too');
  assert.deepEqual(cjs.checkUrl('https://аррӏе.com'), esm.checkUrl('https://аррӏе.com'));
  assert.equal(typeof cjs.NotReadyError, 'function');
});

test('require("signup-guard") exports every error class, and instanceof matches what the checkers throw', async () => {
  const out = await nodeJson(['-e'], `
    const guard = require('signup-guard');
    (async () => {
      const esm = await import('signup-guard');
      await guard.ready();
      const names = ['NotReadyError', 'CoreFailedError', 'NoDomError'].filter((n) => typeof guard[n] === 'function');
      const fromEsm = new esm.CoreFailedError('checkPassword', new Error('trap'));
      console.log(JSON.stringify({
        names,
        esmCoreFailed: fromEsm instanceof guard.CoreFailedError,
        ownCoreFailed: new guard.CoreFailedError('x', 'y') instanceof guard.CoreFailedError,
        plainError: new Error('x') instanceof guard.CoreFailedError,
        typeError: (() => { try { guard.checkPassword(42); } catch (e) { return e instanceof guard.CoreFailedError || e instanceof guard.NotReadyError; } })(),
      }));
    })().catch((e) => { console.error(e); process.exit(1); });`);
  assert.deepEqual(out, { names: ['NotReadyError', 'CoreFailedError', 'NoDomError'], esmCoreFailed: true, ownCoreFailed: true, plainError: false, typeError: false });
});

test('every entry imports in Node without a DOM; DOM functions throw NoDomError when called', async () => {
  const out = await nodeJson(['--input-type=module', '-e'], `
    const main = await import('signup-guard');
    const min = await import('signup-guard/min');
    const browser = await import('./www/signup-guard.js');
    const bundle = await import('./www/lib/signup-guard.min.js'); // what an SSR bundler may inline
    const names = Object.keys(browser).filter((n) => !(n in main));
    const errorOf = (fn) => { try { fn(); return null; } catch (e) { return [e.name, e.code]; } };
    console.log(JSON.stringify({
      missingOnNode: names, min: typeof min.attach,
      attachError: errorOf(() => main.attach(null)),
      bundleErrors: [() => bundle.attach(null), () => bundle.initAll(), () => new bundle.PasswordToggle(null), () => new bundle.PasswordMeter(null)].map(errorOf),
    }));`);
  const noDom = ['NoDomError', 'no-dom'];
  assert.deepEqual(out, { missingOnNode: [], min: 'function', attachError: noDom, bundleErrors: [noDom, noDom, noDom, noDom] });
});
