// WebKit (Debian's WebKitGTK MiniBrowser) driven over classic WebDriver (WebKitWebDriver, plain
// HTTP), behind the generic page API (./page.mjs).
//
// WebKitWebDriver needs a display: without one, creating a session hangs instead of failing, so
// the driver always runs under Xvfb (xvfb-run) and every driver call has a timeout. One session
// serves all pages of a launched browser, one window each; commands are serialized and switch to
// their page's window first, since a WebDriver session has a single current window.

import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { GenericPage } from './page.mjs';

/** Where Debian installs MiniBrowser, the WebKitGTK browser WebKitWebDriver drives. */
export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const CALL_TIMEOUT_MS = 60_000;
const SESSION_TIMEOUT_MS = 30_000;

/** A WebDriver command that failed: carries the driver's error code and message. */
export class WebDriverError extends Error {
  constructor(command, error, message) {
    super(`WebDriver ${command}: ${error}: ${message}`);
    this.name = 'WebDriverError';
    this.error = error;
  }
}

/** WebDriver's code points for the named keys the tests press (Playwright's names). */
const KEYS = {
  Backspace: '\uE003', Tab: '\uE004', Enter: '\uE007', Shift: '\uE008', Control: '\uE009', Alt: '\uE00A',
  Escape: '\uE00C', Space: ' ', End: '\uE010', Home: '\uE011', ArrowLeft: '\uE012', ArrowUp: '\uE013',
  ArrowRight: '\uE014', ArrowDown: '\uE015', Delete: '\uE017', Meta: '\uE03D',
};

/**
 * Installed in every document before the first script runs there: records console errors,
 * uncaught exceptions and unhandled rejections for the test (WebDriver classic has no log events).
 */
const ERROR_LOG = `if (!window.__sgErrorLog) {
  const log = window.__sgErrorLog = [];
  addEventListener('error', (event) => log.push(event.message || String(event.error)));
  addEventListener('unhandledrejection', (event) => log.push(String(event.reason?.message ?? event.reason)));
  const original = console.error;
  console.error = function (...args) {
    log.push(args.map((arg) => (arg instanceof Error ? arg.message : String(arg))).join(' '));
    return original.apply(this, args);
  };
}`;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** One WebDriver session and its command queue. */
class Session {
  constructor(base) {
    this.base = base;
    this.id = null;
    this.current = null;
    this.queue = Promise.resolve();
  }

  /** Sends one command (with a timeout) and returns its `value`. */
  async command(method, path, body, timeout = CALL_TIMEOUT_MS) {
    const url = `${this.base}${this.id ? `/session/${this.id}` : ''}${path}`;
    const response = await fetch(url, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeout),
    });
    const { value } = await response.json();
    if (!response.ok || value?.error) throw new WebDriverError(`${method} ${path}`, value?.error ?? response.status, value?.message ?? '');
    return value;
  }

  /** Runs `work` after every command queued before it, in `handle`'s window. */
  inWindow(handle, work) {
    const next = this.queue.then(async () => {
      if (this.current !== handle) {
        await this.command('POST', '/window', { handle });
        this.current = handle;
      }
      return work();
    });
    this.queue = next.catch(() => {});
    return next;
  }
}

/** The backend primitives of ./page.mjs over one window of the session. */
class WebKitBackend {
  constructor(session, handle) {
    this.session = session;
    this.handle = handle;
  }

  #do(work) {
    return this.session.inWindow(this.handle, work);
  }

  run(expression) {
    const script = `const done = arguments[arguments.length - 1];
${ERROR_LOG}
const take = () => window.__sgErrorLog.splice(0);
Promise.resolve().then(() => (${expression})).then(
  (value) => done({ value: value === undefined ? null : value, errors: take() }),
  (error) => done({ thrown: String(error && error.message ? error.message : error), errors: take() }));`;
    return this.#do(() => this.session.command('POST', '/execute/async', { script, args: [] }));
  }

  navigate(url) {
    return this.#do(async () => {
      await this.session.command('POST', '/url', { url });
      await this.session.command('POST', '/execute/sync', { script: ERROR_LOG, args: [] });
    });
  }

  /** Key input to the focused element, one key down/up per character. */
  type(_target, text) {
    return this.#do(() => this.#keys([...text].flatMap((key) => [{ type: 'keyDown', value: key }, { type: 'keyUp', value: key }])));
  }

  press(_target, key) {
    const keys = key.split('+').map((name) => KEYS[name] ?? name);
    const main = keys.pop();
    return this.#do(() => this.#keys([
      ...keys.map((value) => ({ type: 'keyDown', value })),
      { type: 'keyDown', value: main }, { type: 'keyUp', value: main },
      ...keys.reverse().map((value) => ({ type: 'keyUp', value })),
    ]));
  }

  async #keys(actions) {
    await this.session.command('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
  }

  click(target) {
    return this.#do(async () => {
      const found = await this.session.command('POST', '/elements', { using: 'css selector', value: target.selector });
      const element = found.at(target.index);
      if (!element) throw new Error(`no element "${target.selector}" to click`);
      await this.session.command('POST', `/element/${Object.values(element)[0]}/click`, {});
    });
  }

  close() {
    return this.#do(async () => {
      await this.session.command('DELETE', '/window');
      // A session without a current window cannot open the next one: back to the anchor.
      await this.session.command('POST', '/window', { handle: this.session.anchor });
      this.session.current = this.session.anchor;
    });
  }
}

/**
 * Starts WebKitWebDriver under Xvfb and a MiniBrowser session, with every folder they write in
 * `sandbox.root`.
 * @param {{ root: string, env: object }} sandbox
 */
export async function launchWebKit(sandbox) {
  const port = await freePort();
  const driver = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], {
    env: sandbox.env, stdio: ['ignore', 'ignore', 'pipe'], detached: true,
  });
  let driverLog = '';
  driver.stderr.on('data', (chunk) => { driverLog = (driverLog + chunk).slice(-4000); });
  const stopDriver = () => {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const session = new Session(`http://127.0.0.1:${port}`);
  try {
    const deadline = Date.now() + SESSION_TIMEOUT_MS;
    for (;;) {
      try {
        await session.command('GET', '/status', undefined, 2000);
        break;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not start: ${error.message}\n${driverLog}`);
        await sleep(100);
      }
    }
    const created = await session.command('POST', '/session', {
      capabilities: { alwaysMatch: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      } },
    }, SESSION_TIMEOUT_MS);
    session.id = created.sessionId;
    session.version = `WebKitGTK ${created.capabilities?.browserVersion ?? '(unknown version)'}`;
    await session.command('POST', '/timeouts', { script: CALL_TIMEOUT_MS - 5000, pageLoad: 30_000 });
    // The first window stays open (blank) for the session's life; pages get windows of their own.
    session.anchor = await session.command('GET', '/window');
    session.current = session.anchor;
  } catch (error) {
    stopDriver();
    throw error;
  }
  return {
    engine: 'webkit',
    version: session.version,
    async newPage() {
      const { handle } = await session.inWindow(session.anchor, () => session.command('POST', '/window/new', { type: 'tab' }));
      return new GenericPage(new WebKitBackend(session, handle), 'webkit');
    },
    async close() {
      await session.queue;
      await session.command('DELETE', '', undefined, 10_000).catch(() => {});
      stopDriver();
    },
  };
}
