// The browser-test driver layer: one Playwright-shaped page API, three engines behind it.
//
//   chromium  Debian's Chromium, driven by playwright-core (the page is Playwright's own)
//   firefox   Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi (./firefox.mjs)
//   webkit    Debian's WebKitGTK MiniBrowser over classic WebDriver, under Xvfb (./webkit.mjs)
//
// Tests pick the engine from SIGNUP_GUARD_BROWSER (default chromium); `npm test` runs the
// cross-engine test files once per engine (see scripts/test.mjs). Each browser gets a temporary
// HOME, TMPDIR and XDG folders, removed when it closes, so a run leaves nothing behind.

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** Every engine the tests run in. */
export const ENGINES = ['chromium', 'firefox', 'webkit'];

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

/** Raised for an engine name the layer does not know. */
export class UnknownEngineError extends Error {
  constructor(name) {
    super(`SIGNUP_GUARD_BROWSER must be one of ${ENGINES.join(', ')}, got "${name}"`);
    this.name = 'UnknownEngineError';
  }
}

/** The engine this test process runs in. */
export function engineUnderTest() {
  const name = process.env.SIGNUP_GUARD_BROWSER ?? 'chromium';
  if (!ENGINES.includes(name)) throw new UnknownEngineError(name);
  return name;
}

/** A temporary folder for one browser and the environment that points every home folder there. */
function sandbox(engine) {
  const root = mkdtempSync(join(tmpdir(), `signup-guard-${engine}-`));
  const folders = {
    XDG_CONFIG_HOME: 'config', XDG_CACHE_HOME: 'cache', XDG_DATA_HOME: 'data', XDG_STATE_HOME: 'state', XDG_RUNTIME_DIR: 'runtime',
  };
  const env = { ...process.env, HOME: root, TMPDIR: root };
  for (const [variable, folder] of Object.entries(folders)) {
    env[variable] = join(root, folder);
    mkdirSync(env[variable], { mode: 0o700 });
  }
  return { root, env };
}

/** Gives a Playwright page the `errors` record the other engines' pages keep themselves. */
function recordErrors(page) {
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') page.errors.push(message.text());
  });
  return page;
}

async function launchChromium(box) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    env: box.env,
  });
  browser.engine = 'chromium';
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (options) => recordErrors(await newPage(options));
  return browser;
}

const LAUNCHERS = {
  chromium: launchChromium,
  firefox: async (box) => (await import('./firefox.mjs')).launchFirefox(box),
  webkit: async (box) => (await import('./webkit.mjs')).launchWebKit(box),
};

/**
 * Launches a headless browser of `engine` (default: the engine under test). The result has
 * `engine`, `engineVersion`, `newPage()` and `close()`; for Chromium it is Playwright's Browser
 * itself. Every page from `newPage()` records console errors and uncaught exceptions in
 * `page.errors`.
 */
export async function launchBrowser(engine = engineUnderTest()) {
  if (!LAUNCHERS[engine]) throw new UnknownEngineError(engine);
  const box = sandbox(engine);
  let browser;
  try {
    browser = await LAUNCHERS[engine](box);
  } catch (error) {
    rmSync(box.root, { recursive: true, force: true });
    throw error;
  }
  /** The browser's name and version, the same way for every engine (for reports). */
  browser.engineVersion = `${engine} ${typeof browser.version === 'function' ? browser.version() : browser.version}`;
  const close = browser.close.bind(browser);
  browser.close = async () => {
    try {
      await close();
    } finally {
      rmSync(box.root, { recursive: true, force: true, maxRetries: 3 });
    }
  };
  return browser;
}
