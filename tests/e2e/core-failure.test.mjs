// A trap inside the wasm core must not kill the page. The demo page is served the real package
// with one change to the real wasm: the body of its `checkUrl` export is replaced by the single
// instruction `unreachable`, which is exactly what a Rust panic becomes (panic = "abort").
// The page's own call to checkUrl (the guard itself asks evaluateForm) then traps in the real
// wasm-bindgen glue; the wrapper marks the core failed, every checker throws a clear
// CoreFailedError, the guard sharing that core says checks are unavailable, and the form still
// submits.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startDemo } from './support.mjs';

const WASM = readFileSync(new URL('../../pkg/signup_guard_bg.wasm', import.meta.url));

/** Reads an unsigned LEB128 at `offset`: `[value, next offset]`. */
function leb(bytes, offset) {
  let value = 0;
  let shift = 0;
  let at = offset;
  for (;;) {
    const byte = bytes[at];
    at += 1;
    value += (byte & 0x7f) * 2 ** shift;
    if ((byte & 0x80) === 0) return [value, at];
    shift += 7;
  }
}

function encodeLeb(value) {
  const out = [];
  let rest = value;
  do {
    let byte = rest % 128;
    rest = Math.floor(rest / 128);
    if (rest > 0) byte |= 0x80;
    out.push(byte);
  } while (rest > 0);
  return Buffer.from(out);
}

function readName(bytes, offset) {
  const [length, start] = leb(bytes, offset);
  return [bytes.subarray(start, start + length).toString('utf8'), start + length];
}

/** Skips a table or memory `limits` (flags, min, optional max). */
function skipLimits(bytes, offset) {
  const flags = bytes[offset];
  let [, at] = leb(bytes, offset + 1);
  if (flags & 1) [, at] = leb(bytes, at);
  return at;
}

/** A copy of `wasm` whose exported function `name` has the body `unreachable`. */
function withTrappingExport(wasm, name) {
  const sections = [];
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, start] = leb(wasm, at + 1);
    sections.push({ id, start, end: start + size, headerStart: at });
    at = start + size;
  }
  let importedFunctions = 0;
  const imports = sections.find((s) => s.id === 2);
  if (imports) {
    let [count, p] = leb(wasm, imports.start);
    for (let i = 0; i < count; i += 1) {
      [, p] = readName(wasm, p);
      [, p] = readName(wasm, p);
      const kind = wasm[p];
      p += 1;
      if (kind === 0) {
        importedFunctions += 1;
        [, p] = leb(wasm, p);
      } else if (kind === 1) p = skipLimits(wasm, p + 1);
      else if (kind === 2) p = skipLimits(wasm, p);
      else if (kind === 3) p += 2;
      else if (kind === 4) [, p] = leb(wasm, p + 1);
      else throw new Error(`unknown import kind ${kind}`);
    }
  }
  const exportSection = sections.find((s) => s.id === 7);
  let functionIndex = -1;
  let [exportCount, p] = leb(wasm, exportSection.start);
  for (let i = 0; i < exportCount; i += 1) {
    let exportName;
    [exportName, p] = readName(wasm, p);
    const kind = wasm[p];
    let index;
    [index, p] = leb(wasm, p + 1);
    if (kind === 0 && exportName === name) functionIndex = index;
  }
  assert.ok(functionIndex >= importedFunctions, `export ${name} found`);
  const code = sections.find((s) => s.id === 10);
  let [bodies, q] = leb(wasm, code.start);
  const parts = [encodeLeb(bodies)];
  for (let i = 0; i < bodies; i += 1) {
    const [size, bodyStart] = leb(wasm, q);
    if (i === functionIndex - importedFunctions) {
      parts.push(Buffer.from([3, 0x00, 0x00, 0x0b])); // size 3: no locals, unreachable, end
    } else {
      parts.push(wasm.subarray(q, bodyStart + size));
    }
    q = bodyStart + size;
  }
  const newCode = Buffer.concat(parts);
  return Buffer.concat([
    wasm.subarray(0, code.headerStart),
    Buffer.from([10]), encodeLeb(newCode.length), newCode,
    wasm.subarray(code.end),
  ]);
}

let demo;
before(async () => {
  demo = await startDemo();
});
after(() => demo?.close());

/** The demo page served with a wasm whose export `name` traps. */
async function trappingDemoPage(name = 'checkUrl', query = '') {
  const trapping = withTrappingExport(WASM, name);
  const page = await demo.browser.newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') page.errors.push(message.text());
  });
  await page.route('**/pkg/signup_guard_bg.wasm', (route) => route.fulfill({ body: trapping, contentType: 'application/wasm' }));
  await page.goto(new URL(`www/${query}`, demo.server.url).href);
  // "ready", or "unavailable" when the trap comes with the guard's first call.
  await page.waitForSelector('html[data-signup-guard]');
  return page;
}

test('a trap in the core marks it failed: clear errors, "checks unavailable", the form still submits', async () => {
  const page = await trappingDemoPage();
  // Until something traps, the checks work.
  await page.fill('#password', 'correct horse battery staple');
  const before = await page.evaluate(async () => {
    const form = document.getElementById('signup');
    await (await import('/www/signup-guard.js')).guardFor(form).settled();
    return { meter: form.querySelector('.sg-meter')?.dataset.score ?? null };
  });
  assert.equal(before.meter, '4');

  await page.fill('#given-name', 'Ada');
  await page.fill('#family-name', 'Lovelace');
  await page.fill('#email', 'ada@example.org');
  await page.fill('#username', 'ada');
  await page.fill('#password-confirm', 'correct horse battery staple');
  await page.check('#terms');
  await page.fill('#website', 'https://paypa1.com');
  // The page checks the address itself too: checkUrl traps here, in the core the guard shares.
  await page.evaluate(async () => {
    const sg = await import('/www/signup-guard.js');
    try {
      sg.checkUrl(document.getElementById('website').value);
    } catch (error) {
      if (error.name !== 'CoreFailedError') throw error;
    }
  });

  const after = await page.evaluate(async () => {
    const sg = await import('/www/signup-guard.js');
    const { coreFailure } = await import('/www/lib/loader.js');
    let thrown = null;
    try {
      sg.checkPassword('anything');
    } catch (error) {
      thrown = { name: error.name, code: error.code, message: error.message };
    }
    const form = document.getElementById('signup');
    return {
      failure: coreFailure()?.message ?? null,
      thrown,
      checklist: document.querySelector('.sg-checklist')?.textContent ?? '',
      invalid: [...form.elements].filter((el) => el.validationMessage).map((el) => el.id),
    };
  });
  assert.equal(after.failure, 'unreachable');
  assert.equal(after.thrown.name, 'CoreFailedError');
  assert.equal(after.thrown.code, 'core-failed');
  assert.match(after.thrown.message, /checkPassword\(\) is unavailable: the WebAssembly core failed/);
  assert.match(after.checklist, /checks are unavailable/i);
  assert.deepEqual(after.invalid, [], 'no field is held back by a check');
  assert.ok(page.errors.some((e) => e.includes('the WebAssembly core failed')), 'the failure is logged once');
  assert.ok(!page.errors.some((e) => e.startsWith('pageerror')), `no uncaught exception: ${page.errors}`);

  // Typing on still works (no exception per keystroke), and the form submits to the server.
  await page.fill('#password', 'another password entirely');
  await page.fill('#password-confirm', 'another password entirely');
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === '/signup', { timeout: 10_000 }),
    page.click('button[type="submit"]'),
  ]);
  assert.ok(request, 'submitted');
  assert.ok(!page.errors.some((e) => e.startsWith('pageerror')), `no uncaught exception: ${page.errors}`);
  await page.close();
});

test('the patched wasm is the real one but for that function (the test is honest)', () => {
  const trapping = withTrappingExport(WASM, 'checkUrl');
  assert.ok(WebAssembly.validate(trapping));
  assert.ok(Math.abs(trapping.length - WASM.length) < WASM.length / 10);
});

/** Fills the demo form with valid values, then reports the failure as the page sees it. */
async function fillAndReadFailure(page) {
  await page.fill('#given-name', 'Ada');
  await page.fill('#family-name', 'Lovelace');
  await page.fill('#email', 'ada@example.org');
  await page.fill('#username', 'ada');
  await page.fill('#password', 'correct horse battery staple');
  await page.fill('#password-confirm', 'correct horse battery staple');
  await page.check('#terms');
  return page.evaluate(async () => {
    const sg = await import('/www/signup-guard.js');
    const { coreFailure } = await import('/www/lib/loader.js');
    const form = document.getElementById('signup');
    await sg.guardFor(form).settled();
    return {
      usesWorker: sg.usesWorker(),
      failure: coreFailure() ? { message: coreFailure().message, code: coreFailure().code ?? null } : null,
      available: sg.guardFor(form).state.available,
      checklist: document.querySelector('.sg-checklist')?.textContent ?? '',
    };
  });
}

/** Asserts no uncaught exception, and that submitting posts the form to the server. */
async function assertStillSubmits(page) {
  assert.ok(!page.errors.some((e) => e.startsWith('pageerror')), `no uncaught exception: ${page.errors}`);
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === '/signup', { timeout: 10_000 }),
    page.click('button[type="submit"]'),
  ]);
  assert.ok(request, 'submitted');
}

test('a trap in the password worker makes the checks unavailable on the page too; the form still submits', async () => {
  // checkPassword only ever runs in the worker in worker mode: the trap happens there, and the
  // page learns of it from the worker's answer (a CoreFailedError).
  const page = await trappingDemoPage('checkPassword', '?worker=on');
  const after = await fillAndReadFailure(page);
  assert.equal(after.usesWorker, true, 'the password was rated in the worker');
  assert.equal(after.failure?.code, 'core-failed');
  assert.equal(after.available, false);
  assert.match(after.checklist, /checks are unavailable/i);
  await assertStillSubmits(page);
  await page.close();
});

test('a trap in checkPassword on the main thread (the default) makes the checks unavailable; the form still submits', async () => {
  // The warm-up's last step is a whole checkPassword: the trap happens there, before any typing
  // (the failure is the trap itself, a RuntimeError "unreachable").
  const page = await trappingDemoPage('checkPassword');
  await page.waitForFunction(() => /checks are unavailable/i.test(document.querySelector('.sg-checklist')?.textContent ?? ''), null, { timeout: 10_000 });
  const after = await fillAndReadFailure(page);
  assert.equal(after.usesWorker, false);
  assert.equal(after.failure?.message, 'unreachable');
  assert.equal(after.available, false);
  await assertStillSubmits(page);
  await page.close();
});

test('a trap in evaluateForm, the guard\'s one call per change, makes the checks unavailable; the form still submits', async () => {
  // The guard asks for its first verdict as soon as the core has loaded: the trap happens there.
  const page = await trappingDemoPage('evaluateForm');
  await page.waitForFunction(() => /checks are unavailable/i.test(document.querySelector('.sg-checklist')?.textContent ?? ''), null, { timeout: 10_000 });
  const after = await fillAndReadFailure(page);
  assert.equal(after.failure?.message, 'unreachable');
  assert.equal(after.available, false);
  await assertStillSubmits(page);
  await page.close();
});
