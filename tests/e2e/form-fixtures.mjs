// Shared fixtures of the form and checklist end-to-end tests: a same-origin stand-in for the
// breach range API (so the strict CSP allows it), the demo form mounted on a blank page of the
// demo origin, and contract-shaped stand-ins for checkers that this build may not export yet.

import { createHash } from 'node:crypto';
import { startDemo } from './support.mjs';

/** Passwords the range stand-in reports as breached, with their counts. */
export const BREACHED = { password: 9545824, 'P@ssw0rd': 76_012, 'Summer2024!': 1234, 'zebra-fish-lamp-74': 3 };

function sha1(text) {
  return createHash('sha1').update(text, 'utf8').digest('hex').toUpperCase();
}

/** Rows of one range answer: the breached passwords under the prefix plus filler rows. */
function rangeBody(prefix) {
  const rows = [];
  for (const [password, count] of Object.entries(BREACHED)) {
    const hash = sha1(password);
    if (hash.startsWith(prefix)) rows.push(`${hash.slice(5)}:${count}`);
  }
  for (let i = 0; i < 20; i += 1) rows.push(`${sha1(`filler-${prefix}-${i}`).slice(5)}:${i + 1}`);
  rows.sort();
  return rows.join('\r\n');
}

/**
 * Starts the demo with range routes: /hibp/range/{prefix} (normal), /hibp-down/... (503),
 * /hibp-slow/... (answers after 1.5 s). `requests` logs every range request path.
 */
export async function startFormDemo() {
  const requests = [];
  const route = async (request, response, url) => {
    const match = /^\/(hibp|hibp-down|hibp-slow)\/range\/([0-9A-F]{5})$/i.exec(url.pathname);
    if (!match) return false;
    requests.push(url.pathname);
    const [, kind, prefix] = match;
    if (kind === 'hibp-down') {
      response.writeHead(503, { 'Content-Type': 'text/plain' });
      response.end('unavailable');
      return true;
    }
    if (kind === 'hibp-slow') await new Promise((resolve) => setTimeout(resolve, 1500));
    response.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' });
    response.end(rangeBody(prefix.toUpperCase()));
    return true;
  };
  const demo = await startDemo({ routes: [route] });
  demo.requests = requests;
  return demo;
}

/**
 * In the page: installs `window.testCheckers`, stand-ins that follow the checker contracts, for
 * whichever checker this build does not export (the real export is used when it exists).
 * The breach stand-in is a real k-anonymity client: SHA-1 in the page, only the prefix is sent.
 */
export async function installCheckers(page) {
  await page.evaluate(async () => {
    const sg = await import('/www/signup-guard.js');
    const hex = async (text) => [...new Uint8Array(await crypto.subtle.digest('SHA-1', new TextEncoder().encode(text)))]
      .map((b) => b.toString(16).padStart(2, '0')).join('').toUpperCase();
    const coded = (code) => Object.assign(new Error(code), { code });
    const fakes = {
      async breachCount(password, { endpoint = '/hibp', signal } = {}) {
        const hash = await hex(password);
        let response;
        try {
          response = await fetch(`${endpoint.replace(/\/+$/, '')}/range/${hash.slice(0, 5)}`, { signal });
        } catch (error) {
          throw coded(signal?.aborted ? 'aborted' : 'network');
        }
        if (!response.ok) throw coded('http-status');
        const text = await response.text();
        for (const line of text.split(/\r?\n/)) {
          const [suffix, count] = line.split(':');
          if (suffix === hash.slice(5)) return Number(count);
        }
        return 0;
      },
      checkEmail(email) {
        const at = email.lastIndexOf('@');
        const domain = at > 0 ? email.slice(at + 1).toLowerCase() : '';
        const valid = at > 0 && /^[^\s@]+\.[a-z]{2,}$/i.test(domain);
        const typos = { 'gmial.com': 'gmail.com', 'gmail.con': 'gmail.com', 'hotmial.com': 'hotmail.com' };
        const suggestion = valid && typos[domain] ? `${email.slice(0, at)}@${typos[domain]}` : null;
        return { valid, normalized: email, domain, suggestion, disposable: domain === 'mailinator.com', lookalikeOf: null, reasons: [] };
      },
      checkUrl(input) {
        if (/^\s*javascript:/i.test(input)) {
          return { verdict: 'dangerous', displayHost: '', asciiHost: '', registrableDomain: null, lookalikeOf: null,
            reasons: [{ code: 'dangerous-scheme', message: 'This "javascript:" link runs code instead of opening a website.' }] };
        }
        let host = '';
        try { host = new URL(input).hostname; } catch { return { verdict: 'invalid', reasons: [] }; }
        if (host.replace(/^www\./, '') === 'paypa1.com') {
          return { verdict: 'suspicious', displayHost: host, asciiHost: host, registrableDomain: 'paypa1.com', lookalikeOf: 'paypal.com',
            reasons: [{ code: 'digit-lookalike', message: 'This name imitates paypal.com by using digits in place of letters. It is not paypal.com.' }] };
        }
        return { verdict: 'safe', displayHost: host, asciiHost: host, registrableDomain: host, lookalikeOf: null, reasons: [] };
      },
      checkPageOrigin({ officialDomains, host }) {
        if (host === 'localhost' || /^127\./.test(host)) {
          return { official: false, verdict: 'safe', officialDomain: officialDomains[0], lookalikeOf: null,
            reasons: [{ code: 'development', message: 'This page is running on a development address, not the live site.' }] };
        }
        const official = officialDomains.some((d) => host === d || host.endsWith(`.${d}`));
        return { official, verdict: official ? 'safe' : 'suspicious', officialDomain: officialDomains[0], lookalikeOf: null,
          reasons: official ? [] : [{ code: 'not-official', message: `This page is running on ${host}, which is not the official site.` }] };
      },
    };
    window.testCheckers = Object.fromEntries(Object.entries(fakes).filter(([name]) => typeof sg[name] !== 'function'));
    window.testCheckersFaked = Object.keys(window.testCheckers);
  });
}

/**
 * Opens a blank page of the demo origin, puts the demo page's body into it (without running
 * demo.js) and returns the page; the test attaches with its own options via `attachDemo`.
 */
export async function mountDemoMarkup(demo, path = 'www/blank.html') {
  const page = await demo.newPage(path);
  await page.evaluate(async () => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/www/signup-guard.css';
    const link2 = document.createElement('link');
    link2.rel = 'stylesheet';
    link2.href = '/www/demo.css';
    document.head.append(link, link2);
    const html = await (await fetch('/www/index.html')).text();
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
    document.title = parsed.title;
  });
  await installCheckers(page);
  return page;
}

/** Attaches to `#signup` with `options` (plus the stand-in checkers) and waits for the core. */
export async function attachDemo(page, options = {}) {
  await page.evaluate(async (opts) => {
    const sg = await import('/www/signup-guard.js');
    const form = document.getElementById('signup');
    const events = [];
    form.addEventListener('signup-guard:change', (event) => events.push(event.detail));
    window.changes = events;
    window.guard = sg.attach(form, { checkers: window.testCheckers, ...opts });
    await sg.ready();
  }, options);
  await page.waitForFunction(() => window.guard.state.ready);
}

/** The guard's state, once the checks in flight (the worker's rating) have answered. */
export function state(page) {
  return page.evaluate(async () => {
    await window.guard.settled();
    return window.guard.state;
  });
}

/**
 * Types like a person (keystrokes) into `selector`, replacing what was there, then waits until
 * the form's guard has the answers for it (the password is rated in a worker).
 */
export async function typeInto(page, selector, text) {
  const input = page.locator(selector);
  await input.fill('');
  await input.pressSequentially(text, { delay: 2 });
  await settled(page, selector);
}

/** Waits until the guard of the form holding `selector` has no check in flight. */
export function settled(page, selector) {
  return page.evaluate(async (sel) => {
    const sg = await import('/www/signup-guard.js');
    const form = document.querySelector(sel)?.form;
    await (form && sg.guardFor(form))?.settled();
  }, selector);
}

/** The checklist item `id` as `{ state, level, text }`. */
export function item(page, id) {
  return page.evaluate((itemId) => {
    const $item = document.querySelector(`.sg-checklist__item[data-id="${itemId}"]`);
    if (!$item) return null;
    return { state: $item.dataset.state, level: $item.dataset.level, text: $item.querySelector('.sg-checklist__text').textContent };
  }, id);
}
