// Shared set-up for the end-to-end tests: a browser from the driver layer (tests/browsers/: the
// engine comes from SIGNUP_GUARD_BROWSER) and the project's own demo server on a free port.

import { CHROMIUM_ARGS, engineUnderTest, launchBrowser } from '../browsers/index.mjs';
import { startServer } from '../../scripts/serve.mjs';

export { CHROMIUM_ARGS, launchBrowser };

/** The engine this test process runs in: 'chromium', 'firefox' or 'webkit'. */
export const ENGINE = engineUnderTest();

/**
 * For `test(name, { skip: onlyIn('chromium', why) }, fn)`: false in the listed engines, else the
 * reason the test does not run here (shown in the report).
 * @param {string|string[]} engines
 * @param {string} why
 */
export function onlyIn(engines, why) {
  return [engines].flat().includes(ENGINE) ? false : `${ENGINE}: ${why}`;
}

/**
 * Starts the demo server and a browser; returns `{ server, browser, engine, requestLog, signups,
 * newPage(), close() }`. Every page records console errors and uncaught exceptions in
 * `page.errors`; `requestLog` holds every request the server received (`{ method, path,
 * headers, at }`) and `signups` every entry the server's signup endpoint logged (its verdict),
 * which is how tests see what a page sent, in every engine.
 */
export async function startDemo(serverOptions = {}) {
  const requestLog = [];
  const signups = [];
  const server = await startServer({
    port: 0,
    ...serverOptions,
    signup: serverOptions.signup === false ? false : { log: (entry) => signups.push(entry), ...serverOptions.signup },
    onRequest(request, url) {
      requestLog.push({ method: request.method, path: url.pathname + url.search, headers: { ...request.headers }, at: Date.now() });
      serverOptions.onRequest?.(request, url);
    },
  });
  const browser = await launchBrowser();
  return {
    server,
    browser,
    engine: ENGINE,
    requestLog,
    signups,
    async newPage(path = 'www/') {
      const page = await browser.newPage();
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
