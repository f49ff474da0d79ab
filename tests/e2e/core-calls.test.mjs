// One crossing of the wasm boundary per keystroke: the form guard collects the fields, asks the
// core for the whole verdict (evaluateForm) once, and renders it. The wasm-bindgen glue is served
// with a counter around each of its exported functions (a rewrite of the served file, in this
// test only), and the test types into the demo form, field by field.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo } from './support.mjs';

let demo;
before(async () => {
  demo = await startDemo();
});
after(async () => {
  await demo?.close();
});

/** The glue with every `export function f(` wrapped in a counter of calls, by name. */
function countingGlue(source) {
  const names = [];
  const renamed = source.replace(/^export function (\w+)\(/gm, (_, name) => {
    names.push(name);
    return `function __counted_${name}(`;
  });
  const wrappers = names.map((name) => `export function ${name}(...args) {
  const calls = (globalThis.__coreCalls ??= {});
  calls.${name} = (calls.${name} ?? 0) + 1;
  return __counted_${name}(...args);
}`).join('\n');
  return `${renamed}\n${wrappers}\n`;
}

/** Types `text` into `selector` one key at a time; returns the core calls of each keystroke. */
async function callsPerKey(page, selector, text) {
  const perKey = [];
  await page.focus(selector);
  for (const key of text) {
    await page.evaluate(() => {
      globalThis.__coreCalls = {};
    });
    await page.keyboard.type(key);
    // The change event runs in a task after the input event; let it and any render finish.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 20)));
    perKey.push(await page.evaluate(() => ({ ...globalThis.__coreCalls })));
  }
  return perKey;
}

// Chromium only: page.route (Playwright) rewrites the served glue.
test('each keystroke in the form crosses into the core once: evaluateForm, nothing else (labels are read once)', async () => {
  const page = await demo.browser.newPage();
  await page.route('**/pkg/signup_guard.js', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: countingGlue(await response.text()) });
  });
  await page.goto(new URL('www/', demo.server.url).href);
  await page.evaluate(async () => {
    const sg = await import('/www/signup-guard.js');
    await sg.ready();
    await sg.warmUp({ mainThread: true });
  });
  await page.fill('#given-name', 'Ada');
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
  const fields = { '#email': 'ada@example.org', '#password': 'Lantern-quietly-92', '#password-confirm': 'Lantern-quietly-92' };
  const report = {};
  for (const [selector, text] of Object.entries(fields)) {
    // The breach check of the password runs after a pause in typing: let it finish before the
    // next field is counted (its answer redraws, which is not a keystroke's cost).
    await page.evaluate(async () => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      const sg = await import('/www/signup-guard.js');
      await sg.guardFor(document.getElementById('signup'))?.settled();
    });
    report[selector] = await callsPerKey(page, selector, text);
  }
  console.log(`core calls per keystroke: ${JSON.stringify(Object.fromEntries(Object.entries(report).map(([k, v]) => [k, v.slice(-1)[0]])))}`);
  // A keystroke may draw a label not drawn before (the requirements list, a new meter score):
  // each is read from the catalogs once and kept, so all of them together stay few.
  let labels = 0;
  for (const [selector, perKey] of Object.entries(report)) {
    perKey.forEach((calls, index) => {
      const where = `${selector}, keystroke ${index + 1}: ${JSON.stringify(calls)}`;
      const { evaluateForm, messageText = 0, ...others } = calls;
      assert.equal(evaluateForm, 1, where);
      assert.deepEqual(others, {}, where);
      labels += messageText;
    });
  }
  const keystrokes = Object.values(report).reduce((sum, perKey) => sum + perKey.length, 0);
  assert.ok(labels <= 10, `${labels} catalog reads over ${keystrokes} keystrokes`);
  await page.close();
});
