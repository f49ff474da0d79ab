// The minified single-file entry (www/lib/signup-guard.min.js, `signup-guard/min`): the same
// exports as www/signup-guard.js, and it finds the wasm and the worker on its own, under the
// demo's strict CSP.
//
// Engines: chromium, firefox, webkit

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo } from './support.mjs';

let demo;
before(async () => {
  demo = await startDemo();
});
after(() => demo?.close());

test('the bundle exports what the module entry exports', async () => {
  const page = await demo.newPage('www/blank.html');
  const names = await page.evaluate(async () => {
    const bundle = await import('/www/lib/signup-guard.min.js');
    const modules = await import('/www/signup-guard.js');
    return { bundle: Object.keys(bundle).sort(), modules: Object.keys(modules).sort() };
  });
  assert.ok(names.modules.length > 10);
  assert.deepEqual(names.bundle, names.modules);
  await page.close();
});

test('the bundle loads the wasm, warms up, rates, drives a meter and starts the worker', async () => {
  const page = await demo.newPage('www/blank.html');
  const result = await page.evaluate(async () => {
    const sg = await import('/www/lib/signup-guard.min.js');
    await sg.warmUp({ mainThread: true });
    const $input = document.createElement('input');
    document.body.append($input);
    const meter = new sg.PasswordMeter($input).init();
    $input.value = 'correct horse battery staple';
    $input.dispatchEvent(new Event('input'));
    const async = await sg.checkPasswordAsync('password');
    return {
      ready: sg.isReady(), score: sg.checkPassword('password').score, meter: meter.$root.dataset.score,
      asyncScore: async.score, usesWorker: sg.usesWorker(),
    };
  });
  assert.deepEqual(result, { ready: true, score: 0, meter: '4', asyncScore: 0, usesWorker: true });
  assert.deepEqual(page.errors, []);
  await page.close();
});
