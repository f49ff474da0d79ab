// Shared set-up for the end-to-end tests: Debian's Chromium driven by playwright-core, and the
// project's own demo server on a free port.

import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

/** Chromium flags for headless runs as root on a machine with no outside network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches headless Chromium. */
export function launchBrowser() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * Starts the demo server and a browser; returns `{ server, browser, newPage(), close() }`.
 * Every page records console errors and uncaught exceptions in `page.errors`.
 */
export async function startDemo(serverOptions = {}) {
  const server = await startServer({ port: 0, ...serverOptions });
  const browser = await launchBrowser();
  return {
    server,
    browser,
    async newPage(path = 'www/') {
      const page = await browser.newPage();
      page.errors = [];
      page.on('pageerror', (error) => page.errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') page.errors.push(message.text());
      });
      await page.goto(new URL(path, server.url).href);
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens the demo's blank page with the package imported as `window.sg` and `ready()` resolved,
 * for tests that call the checkers directly in the browser.
 */
export async function newPackagePage(demo) {
  const page = await demo.newPage('www/blank.html');
  await page.evaluate(async () => {
    window.sg = await import('/www/signup-guard.js');
    await window.sg.ready();
  });
  return page;
}
