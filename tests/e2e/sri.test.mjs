// Subresource Integrity for the wasm, as the README's threat model shows: ready() accepts the
// promise of a Response fetched with `integrity`; the right hash loads, a wrong one is refused.
//
// Engines: chromium, firefox, webkit

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { startDemo } from './support.mjs';

const WASM = readFileSync(new URL('../../pkg/signup_guard_bg.wasm', import.meta.url));
const INTEGRITY = `sha384-${createHash('sha384').update(WASM).digest('base64')}`;

let demo;
before(async () => {
  demo = await startDemo();
});
after(() => demo?.close());

async function loadWith(integrity) {
  const page = await demo.newPage('www/blank.html');
  const result = await page.evaluate(async (hash) => {
    const sg = await import('/www/signup-guard.js');
    try {
      await sg.ready(fetch('/pkg/signup_guard_bg.wasm', { integrity: hash }));
      return { score: sg.checkPassword('correct horse battery staple').score };
    } catch (error) {
      return { error: `${error.name}: ${error.message}`, ready: sg.isReady() };
    }
  }, integrity);
  await page.close();
  return result;
}

test('ready(fetch(wasm, { integrity })) loads when the hash matches', async () => {
  assert.deepEqual(await loadWith(INTEGRITY), { score: 4 });
});

test('a wrong integrity hash is refused and nothing is loaded', async () => {
  const wrong = `sha384-${createHash('sha384').update('something else').digest('base64')}`;
  const result = await loadWith(wrong);
  assert.equal(result.ready, false);
  assert.match(result.error, /TypeError/);
});
