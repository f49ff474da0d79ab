// Memory over a long session: 100,000 simulated keystrokes on the demo's password field (input
// events with changing values, as typing and deleting produce; no real typing, no timing).
// Every keystroke runs the whole guard: checkPassword, the checklist, the redraw, the change
// event. The wasm linear memory must stop growing after warm-up and the JS heap must stay bounded.
// Figures are printed; thresholds are generous (the point is "bounded", not a benchmark).

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { CHROMIUM_ARGS } from './support.mjs';

const KEYSTROKES = Number(process.env.SIGNUP_GUARD_KEYSTROKES ?? 100_000);
const CHUNK = 10_000;
const MiB = 1024 * 1024;

let server;
let browser;
before(async () => {
  server = await startServer({ port: 0 });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test(`${KEYSTROKES.toLocaleString('en')} keystrokes: wasm memory stops growing, JS heap stays bounded`, { timeout: 1_800_000 }, async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(new URL('www/?breach=off', server.url).href);
  await page.waitForSelector('html[data-signup-guard="ready"]');
  await page.evaluate(async () => {
    const { coreMemoryBytes } = await import('/www/lib/loader.js');
    const $input = document.getElementById('password');
    const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-!é😀 ';
    let typed = '';
    let n = 0;
    /** One keystroke: usually a character more, sometimes a deletion, a new password at 32. */
    window.keystroke = () => {
      n += 1;
      const r = (n * 2654435761) % 4294967296;
      if (typed.length >= 32) typed = '';
      else if (r % 7 === 0 && typed.length > 0) typed = [...typed].slice(0, -1).join('');
      else typed += [...alphabet][r % [...alphabet].length];
      $input.value = typed;
      $input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
    };
    window.measure = () => {
      globalThis.gc?.();
      return { wasm: coreMemoryBytes(), heap: performance.memory.usedJSHeapSize };
    };
  });

  const samples = [{ keystrokes: 0, ...(await page.evaluate(() => window.measure())) }];
  const started = Date.now();
  for (let done = 0; done < KEYSTROKES; done += CHUNK) {
    const count = Math.min(CHUNK, KEYSTROKES - done);
    await page.evaluate(async (n) => {
      for (let i = 0; i < n; i += 1) {
        window.keystroke();
        if (i % 500 === 499) await new Promise((resolve) => setTimeout(resolve, 0)); // let timers and GC run
      }
    }, count);
    samples.push({ keystrokes: done + count, ...(await page.evaluate(() => window.measure())) });
  }
  const seconds = (Date.now() - started) / 1000;
  const state = await page.evaluate(() => document.getElementById('password').value.length > 0);
  await page.close();

  const mib = (bytes) => (bytes / MiB).toFixed(2);
  console.log(`memory: ${KEYSTROKES} keystrokes in ${seconds.toFixed(0)} s (${(seconds * 1000 / KEYSTROKES).toFixed(2)} ms each)`);
  for (const s of samples) console.log(`memory: after ${String(s.keystrokes).padStart(6)} keystrokes: wasm ${mib(s.wasm)} MiB, JS heap ${mib(s.heap)} MiB`);

  assert.deepEqual(errors, []);
  assert.ok(state);
  const [start, warm] = samples;
  const warmed = samples.find((s) => s.keystrokes >= Math.min(CHUNK, KEYSTROKES)) ?? warm;
  const end = samples.at(-1);
  assert.ok(start.wasm > 0 && start.heap > 0, 'both figures are measured');
  assert.ok(end.wasm - warmed.wasm <= 2 * MiB, `wasm memory grew ${mib(end.wasm - warmed.wasm)} MiB after warm-up`);
  assert.ok(end.wasm <= 64 * MiB, `wasm memory ${mib(end.wasm)} MiB`);
  assert.ok(end.heap - warmed.heap <= 16 * MiB, `JS heap grew ${mib(end.heap - warmed.heap)} MiB after warm-up`);
});
