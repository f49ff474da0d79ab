// Firefox (Debian's firefox-esr) driven by puppeteer-core over WebDriver BiDi, behind the
// generic page API (./page.mjs).

import puppeteer from 'puppeteer-core';
import { GenericPage } from './page.mjs';

/** Where Debian installs Firefox ESR. */
export const FIREFOX = '/usr/bin/firefox-esr';

/** The backend primitives of ./page.mjs over one puppeteer page. */
class FirefoxBackend {
  constructor(page) {
    this.page = page;
  }

  /** Hands console errors and uncaught exceptions to `report` as they happen. */
  onError(report) {
    this.page.on('console', (message) => {
      if (message.type() === 'error') report(message.text());
    });
    this.page.on('pageerror', (error) => report(error.message ?? String(error)));
  }

  async run(expression) {
    try {
      return { value: await this.page.evaluate(expression) };
    } catch (error) {
      return { thrown: error.message };
    }
  }

  async navigate(url) {
    await this.page.goto(url, { waitUntil: 'load' });
  }

  /** Key input goes to the focused element (the locator focused it). */
  async type(_target, text) {
    await this.page.keyboard.type(text);
  }

  async press(_target, key) {
    const keys = key.split('+');
    const main = keys.pop();
    for (const modifier of keys) await this.page.keyboard.down(modifier);
    await this.page.keyboard.press(main);
    for (const modifier of keys.reverse()) await this.page.keyboard.up(modifier);
  }

  async click(target) {
    const handles = await this.page.$$(target.selector);
    const handle = handles.at(target.index);
    if (!handle) throw new Error(`no element "${target.selector}" to click`);
    await handle.click();
  }

  async close() {
    await this.page.close();
  }
}

/**
 * Launches headless Firefox with its profile and every folder it writes in `sandbox.root`.
 * @param {{ root: string, env: object }} sandbox
 */
export async function launchFirefox(sandbox) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    env: sandbox.env,
    userDataDir: `${sandbox.root}/profile`,
    protocolTimeout: 60_000,
  });
  return {
    engine: 'firefox',
    version: await browser.version(),
    async newPage() {
      return new GenericPage(new FirefoxBackend(await browser.newPage()), 'firefox');
    },
    close: () => browser.close(),
  };
}
