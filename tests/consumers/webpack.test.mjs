// webpack 5 production build of a plain form with the packed package, driven in a browser.
//
// Engines: chromium, firefox, webkit

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { installConsumer, launchBrowser, newPage, npmRun, packPackage, serveStatic } from './support.mjs';
import { checkFormBasics } from './form-checks.mjs';

let app;
let server;
let browser;
before(async () => {
  app = await installConsumer('webpack', await packPackage());
  await npmRun(app.dir, 'build');
  server = await serveStatic(join(app.dir, 'dist'));
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
  app?.remove();
});

test('webpack build: keystrokes kept, weak blocked, strong sent, one-click suggestion, toggle in sync', async () => {
  const page = await newPage(browser);
  await page.goto(server.url);
  await checkFormBasics(page, assert);
  assert.deepEqual(page.errors, []);
  await page.close();
});
