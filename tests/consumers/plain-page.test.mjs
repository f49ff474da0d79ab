// A plain page (no bundler) with `signup-guard/min` and initAll() under the strict CSP.
//
// Engines: chromium, firefox, webkit

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { installConsumer, launchBrowser, newPage, packPackage, serveStatic } from './support.mjs';
import { checkFormBasics } from './form-checks.mjs';

let app;
let server;
let browser;
before(async () => {
  app = await installConsumer('plain-page', await packPackage());
  server = await serveStatic(app.dir);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
  app?.remove();
});

test('plain page: keystrokes kept, weak blocked, strong sent, one-click suggestion, toggle in sync', async () => {
  const page = await newPage(browser);
  await page.goto(server.url);
  await checkFormBasics(page, assert);
  assert.deepEqual(page.errors, []);
  await page.close();
});
