// The page API the browser tests are written against, for the engines Playwright cannot drive
// here (Firefox over WebDriver BiDi, WebKit over classic WebDriver). It is the subset of
// Playwright's `Page` and `Locator` the cross-engine tests use, with the same names and the same
// meaning, built on four primitives each backend provides:
//
//   backend.run(expression)         evaluates a JavaScript expression in the page, awaits it, and
//                                   returns `{ value, errors, thrown }` (`errors`: what the page
//                                   reported since the last call; `thrown`: the message of an
//                                   exception). Scripts are composed here as text, since the
//                                   pages' CSP forbids `eval` inside them.
//   backend.navigate(url)           loads a URL and waits for the load event
//   backend.type(target, text)      real key input into an element (`target`: { selector, index })
//   backend.press(target, key)      one named key (Playwright's names: 'Enter', 'Tab', 'Backspace'…)
//   backend.click(target)           a real pointer click on an element
//   backend.close()
//
// Input goes through the engine's own input pipeline (key and pointer events are trusted), so
// what the widget sees is what a person's typing produces.

import { setTimeout as sleep } from 'node:timers/promises';

/** How long actions wait for their element, and waits for their condition, unless told. */
export const DEFAULT_TIMEOUT_MS = 15_000;
const POLL_MS = 25;

/** Raised when a wait runs out; says what was awaited. */
export class BrowserTimeoutError extends Error {
  constructor(what, timeout) {
    super(`timed out after ${timeout} ms waiting for ${what}`);
    this.name = 'BrowserTimeoutError';
  }
}

/** Raised when a script in the page threw; carries the page's message. */
export class PageScriptError extends Error {
  constructor(message) {
    super(message);
    this.name = 'PageScriptError';
  }
}

/**
 * In the page: the element a locator stands for, or null. Kept as a string so it can be spliced
 * into every script (it runs in the page, not in Node).
 */
const RESOLVE = `(target) => {
  const all = document.querySelectorAll(target.selector);
  return all[target.index < 0 ? all.length + target.index : target.index] ?? null;
}`;

/** In the page: Playwright's visibility (a non-empty box and not `visibility: hidden`). */
const VISIBLE = `(element) => {
  if (!element || !element.isConnected) return false;
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
}`;

/** A Playwright-shaped page over a backend. */
export class GenericPage {
  /**
   * @param {object} backend see the module comment
   * @param {string} engine 'firefox' | 'webkit'
   */
  constructor(backend, engine) {
    this.backend = backend;
    this.engine = engine;
    /** Console errors and uncaught exceptions reported by the page, in order. */
    this.errors = [];
    this.closed = false;
    /** The URL the page reported last. */
    this.lastUrl = null;
    backend.onError?.((message) => this.errors.push(message));
  }

  /**
   * Evaluates `fn(arg)` in the page and returns its (awaited, JSON-shaped) result; a string is
   * an expression, evaluated as it is (as Playwright does).
   */
  evaluate(fn, arg) {
    return typeof fn === 'string' ? this.call(`() => (${fn})`) : this.call(String(fn), arg);
  }

  /**
   * Calls the function whose source is `source` with `args` (JSON data) in the page. The result
   * travels as JSON text, so every engine returns the same shape (protocols differ in how deep
   * and how faithfully they serialize objects); `undefined` stays `undefined`.
   */
  async call(source, ...args) {
    const expression = `Promise.resolve((${source})(${args.map(literal).join(', ')}))
      .then((value) => JSON.stringify({ href: location.href, value }))`;
    const { value, errors, thrown } = await this.backend.run(expression);
    if (errors?.length) this.errors.push(...errors);
    if (thrown !== undefined) throw new PageScriptError(thrown);
    const answer = JSON.parse(value);
    this.lastUrl = answer.href;
    return answer.value;
  }

  /** Navigates and waits for the load event. */
  async goto(url) {
    await this.backend.navigate(url);
    await this.call('() => null'); // the URL after redirects

  }

  /** The page's URL, as of the last navigation or script (synchronous, as in Playwright). */
  url() {
    return this.lastUrl ?? 'about:blank';
  }

  /** A locator for the elements matching a CSS selector. */
  locator(selector) {
    return new Locator(this, selector, 0);
  }

  /** Waits `ms` milliseconds. */
  waitForTimeout(ms) {
    return sleep(ms);
  }

  /**
   * Polls `fn(arg)` in the page until it returns a truthy value, and returns that value. A poll
   * that fails while the page navigates is retried; the last failure is reported on time-out.
   */
  async waitForFunction(fn, arg, { timeout = DEFAULT_TIMEOUT_MS, polling = POLL_MS } = {}) {
    const deadline = Date.now() + timeout;
    let failure = null;
    for (;;) {
      try {
        const value = await this.evaluate(fn, arg);
        if (value) return value;
        failure = null;
      } catch (error) {
        failure = error;
      }
      if (Date.now() > deadline) {
        throw new BrowserTimeoutError(`function ${String(fn).slice(0, 80)}${failure ? ` (last poll failed: ${failure.message})` : ''}`, timeout);
      }
      await sleep(typeof polling === 'number' ? polling : POLL_MS);
    }
  }

  /** Waits until an element matching `selector` is in the wanted state (default 'visible'). */
  async waitForSelector(selector, { state = 'visible', timeout = DEFAULT_TIMEOUT_MS } = {}) {
    await this.locator(selector).waitFor({ state, timeout });
  }

  /** Replaces an input's value as a paste would (one input event); '' deletes the value. */
  fill(selector, value) {
    return this.locator(selector).fill(value);
  }

  /** A real click on the first element matching `selector`. */
  click(selector) {
    return this.locator(selector).click();
  }

  /** Focuses the first element matching `selector`. */
  focus(selector) {
    return this.locator(selector).focus();
  }

  /** Checks a checkbox (by clicking it when unchecked). */
  check(selector) {
    return this.locator(selector).check();
  }

  /** The value of the first input matching `selector`. */
  inputValue(selector) {
    return this.locator(selector).inputValue();
  }

  /** Keyboard input without a target: into whatever has focus. */
  get keyboard() {
    return {
      type: (text) => this.backend.type(null, text),
      press: (key) => this.backend.press(null, key),
    };
  }

  /** Closes the page. */
  async close() {
    if (this.closed) return;
    this.closed = true;
    await this.backend.close();
  }

  /** For the locator: runs `fn(element, arg)` once the element exists. */
  async withElement(target, fn, arg, timeout = DEFAULT_TIMEOUT_MS) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const result = await this.call(
        `(target, arg) => { const element = (${RESOLVE})(target);
           return element ? Promise.resolve((${fn})(element, arg)).then((value) => ({ found: true, value })) : { found: false }; }`,
        target,
        arg,
      );
      if (result.found) return result.value;
      if (Date.now() > deadline) throw new BrowserTimeoutError(`element ${describe(target)}`, timeout);
      await sleep(POLL_MS);
    }
  }

  /** For the locator: runs `fn(elements, arg)` on every match. */
  withAll(target, fn, arg) {
    return this.call(`(target, arg) => (${fn})([...document.querySelectorAll(target.selector)], arg)`, target, arg);
  }

  /** For the locator: `{ attached, visible }` of the element now. */
  presence(target) {
    return this.call(`(target) => { const element = (${RESOLVE})(target); return { attached: Boolean(element), visible: (${VISIBLE})(element) }; }`, target);
  }
}

/** A JavaScript literal for JSON data (and `undefined`). */
function literal(value) {
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

function describe(target) {
  return `"${target.selector}"${target.index ? ` (#${target.index})` : ''}`;
}

/** Playwright's `Locator`, for CSS selectors. */
export class Locator {
  constructor(page, selector, index) {
    this.page = page;
    this.target = { selector, index };
  }

  /** The first match. */
  first() {
    return new Locator(this.page, this.target.selector, 0);
  }

  /** The last match. */
  last() {
    return new Locator(this.page, this.target.selector, -1);
  }

  /** The n-th match (0-based). */
  nth(index) {
    return new Locator(this.page, this.target.selector, index);
  }

  /** How many elements match now. */
  count() {
    return this.page.withAll(this.target, (elements) => elements.length);
  }

  textContent() {
    return this.page.withElement(this.target, (element) => element.textContent);
  }

  innerText() {
    return this.page.withElement(this.target, (element) => element.innerText);
  }

  getAttribute(name) {
    return this.page.withElement(this.target, (element, attribute) => element.getAttribute(attribute), name);
  }

  inputValue() {
    return this.page.withElement(this.target, (element) => element.value);
  }

  isChecked() {
    return this.page.withElement(this.target, (element) => element.checked);
  }

  async isVisible() {
    return (await this.page.presence(this.target)).visible;
  }

  async isHidden() {
    return !(await this.isVisible());
  }

  evaluate(fn, arg) {
    return this.page.withElement(this.target, fn, arg);
  }

  evaluateAll(fn, arg) {
    return this.page.withAll(this.target, fn, arg);
  }

  focus() {
    return this.page.withElement(this.target, (element) => { element.focus(); });
  }

  blur() {
    return this.page.withElement(this.target, (element) => { element.blur(); });
  }

  dispatchEvent(type, init = {}) {
    return this.page.withElement(this.target, (element, [eventType, eventInit]) => {
      element.dispatchEvent(new Event(eventType, { bubbles: true, cancelable: true, composed: true, ...eventInit }));
    }, [type, init]);
  }

  /** Waits for 'attached' | 'detached' | 'visible' | 'hidden'. */
  async waitFor({ state = 'visible', timeout = DEFAULT_TIMEOUT_MS } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const now = await this.page.presence(this.target);
      const reached = { attached: now.attached, detached: !now.attached, visible: now.visible, hidden: !now.visible }[state];
      if (reached) return;
      if (Date.now() > deadline) throw new BrowserTimeoutError(`${describe(this.target)} to be ${state}`, timeout);
      await sleep(POLL_MS);
    }
  }

  /** A real click, once the element is visible. */
  async click() {
    await this.waitFor({ state: 'visible' });
    await this.page.backend.click(this.target);
  }

  async check() {
    if (!(await this.isChecked())) await this.click();
  }

  async uncheck() {
    if (await this.isChecked()) await this.click();
  }

  /**
   * Replaces the value as Playwright's `fill` does: focus, select all, then one `insertText`
   * (or `delete` for '') through the editing pipeline, so the page gets a trusted input event.
   */
  async fill(value) {
    await this.waitFor({ state: 'visible' });
    await this.page.withElement(this.target, (element, text) => {
      element.focus();
      if (typeof element.select === 'function') element.select();
      if (text === '') document.execCommand('delete');
      else document.execCommand('insertText', false, text);
      if (element.value !== text) {
        // An engine whose editing commands do not reach this control: set it and say so.
        element.value = text;
        element.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
      }
    }, value);
  }

  /** Real keystrokes, one character at a time, `delay` ms apart (focuses the element first). */
  async pressSequentially(text, { delay = 0 } = {}) {
    await this.focus();
    for (const character of text) {
      await this.page.backend.type(this.target, character);
      if (delay) await sleep(delay);
    }
  }

  /** Real keystrokes for the whole text at once. */
  async type(text, options) {
    await this.pressSequentially(text, options);
  }

  /** One named key, with the element focused. */
  async press(key) {
    await this.focus();
    await this.page.backend.press(this.target, key);
  }
}
