// Figures for the React consumer (not a test, no assertions): the bytes its production build
// makes the page load (raw, gzip, brotli), and the time from the first keystroke in the password
// field to the first rating on the meter, before the wasm has loaded and after.
//
//   node tests/consumers/measure.mjs [runs]        (default 7 runs; prints medians)

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { installConsumer, launchBrowser, npmRun, packPackage, serveStatic } from './support.mjs';

const runs = Number(process.argv[2] ?? 7);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Starts timing at the next keydown in #password; resolves with `{ ms, coreReady }`: the time
 * until the meter has a score, and whether the core had loaded at the keystroke (the guard adds
 * the show/hide button once it has).
 */
function armTimer(page) {
  return page.evaluate(() => new Promise((resolve) => {
    const $input = document.getElementById('password');
    $input.addEventListener('keydown', () => {
      const start = performance.now();
      const coreReady = document.querySelector('.sg-password-toggle') !== null;
      const done = () => {
        const $meter = document.querySelector('.sg-meter');
        if ($meter?.dataset.score !== undefined && $meter.dataset.score !== '') {
          resolve({ ms: performance.now() - start, coreReady });
          return true;
        }
        return false;
      };
      if (done()) return;
      const observer = new MutationObserver(() => {
        if (done()) observer.disconnect();
      });
      observer.observe(document.body, { subtree: true, attributes: true, childList: true });
    }, { once: true, capture: true });
  }));
}

const app = await installConsumer('react-vite', await packPackage());
try {
  await npmRun(app.dir, 'build');
  const dist = join(app.dir, 'dist');
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const loaded = new Map();
    const cold = [];
    const warm = [];
    for (let run = 0; run < runs; run += 1) {
      const page = await browser.newPage();
      page.on('response', (response) => {
        const path = new URL(response.url()).pathname;
        if (response.ok() && !path.startsWith('/hibp')) loaded.set(path === '/' ? '/index.html' : path, true);
      });
      // Before the wasm: its response is held until the keystroke, so the figure is the time to
      // compile and start the core and rate the first password once the bytes are there (on
      // localhost the wasm would otherwise arrive before any person could type).
      let release;
      const keyPressed = new Promise((resolve) => { release = resolve; });
      await page.route('**/*.wasm', async (route) => {
        await keyPressed;
        await route.continue();
      });
      await page.goto(server.url, { waitUntil: 'domcontentloaded' });
      await page.waitForSelector('#password');
      const coldTimer = armTimer(page);
      await page.locator('#password').press('a');
      release();
      cold.push(await coldTimer);
      // After: a fresh field value once the core has loaded and warmed up.
      await page.waitForSelector('.sg-password-toggle');
      await page.waitForTimeout(1500);
      await page.locator('#password').fill('');
      await page.locator('#email').focus();
      await page.waitForTimeout(300);
      const warmTimer = armTimer(page);
      await page.locator('#password').press('b');
      warm.push(await warmTimer);
      await page.close();
    }
    let raw = 0;
    let gzip = 0;
    let brotli = 0;
    for (const path of loaded.keys()) {
      const bytes = readFileSync(join(dist, path));
      raw += bytes.length;
      gzip += gzipSync(bytes, { level: 9 }).length;
      brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    }
    console.log(`files the page loads: ${[...loaded.keys()].sort().join(', ')}`);
    console.log(`bytes: raw ${raw}, gzip ${gzip}, brotli ${brotli}`);
    const report = (label, values) => {
      const before = values.filter((v) => !v.coreReady).map((v) => v.ms);
      console.log(`first keystroke to first rating, ${label}: ${before.length} of ${values.length} runs with the core not yet loaded at the keystroke; `
        + `median ${median(values.map((v) => v.ms)).toFixed(1)} ms (${values.map((v) => `${v.ms.toFixed(1)}${v.coreReady ? '' : '*'}`).join(', ')}; * = core not loaded yet)`);
    };
    report('with the wasm arriving at the keystroke', cold);
    report('after the wasm has loaded and warmed up', warm);
    console.log(`files in the build: ${readdirSync(join(dist, 'assets')).join(', ')}`);
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  app.remove();
}
