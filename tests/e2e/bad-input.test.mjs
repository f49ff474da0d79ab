// Bad input in the browser: every entry point rejects wrong arguments with a TypeError or
// RangeError whose message names the argument (attach/initAll options included, nested ones
// too), odd strings get results, and a data-signup-guard-options typo is reported, not fatal.
//
// Engines: chromium, firefox, webkit

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo } from './support.mjs';

let demo;
let page;
before(async () => {
  demo = await startDemo();
  page = await demo.newPage('www/blank.html');
});
after(() => demo?.close());

test('ready() with something that is not a wasm source rejects with a TypeError naming ready(input)', async () => {
  const result = await page.evaluate(async () => {
    const sg = await import('/www/signup-guard.js');
    const out = [];
    for (const bad of [42, {}, true]) {
      try {
        await sg.ready(bad);
        out.push('resolved');
      } catch (error) {
        out.push(`${error.name}: ${error.message}`);
      }
    }
    await sg.ready(); // a failed call may be retried with a good input
    window.sg = sg;
    return { out, ready: sg.isReady() };
  });
  assert.equal(result.ready, true);
  for (const message of result.out) assert.match(message, /^TypeError: ready\(input\) must be/);
});

/**
 * [label, the call as source evaluated in the page (sg = the package, form = a fresh form with a
 * password field, input = that field), the name the message must contain, the error name].
 */
const CASES = [
  ['attach(null)', 'sg.attach(null)', 'attach(form)', 'TypeError'],
  ['attach(div)', "sg.attach(document.createElement('div'))", 'attach(form)', 'TypeError'],
  ['attach options a string', "sg.attach(form, 'nist')", 'attach(form, options)', 'TypeError'],
  ['attach options null', 'sg.attach(form, null)', 'attach(form, options)', 'TypeError'],
  ['attach unknown option', "sg.attach(form, { polcy: 'nist' })", 'attach(form, options.polcy)', 'TypeError'],
  ['attach unknown preset', "sg.attach(form, { policy: 'nist-2' })", 'attach(form, options.policy)', 'RangeError'],
  ['attach custom policy typo', 'sg.attach(form, { policy: { minLenght: 12 } })', 'attach(form, options.policy.minLenght)', 'TypeError'],
  ['attach breach typo', "sg.attach(form, { breach: { endpoints: '/pwned' } })", 'attach(form, options.breach.endpoints)', 'TypeError'],
  ['attach breach delayMs -1', 'sg.attach(form, { breach: { delayMs: -1 } })', 'attach(form, options.breach.delayMs)', 'RangeError'],
  ['attach breach a string', "sg.attach(form, { breach: '/pwned' })", 'attach(form, options.breach)', 'TypeError'],
  ['attach riskSignals typo', "sg.attach(form, { riskSignals: { field: 'x' } })", 'attach(form, options.riskSignals.field)', 'TypeError'],
  ['attach fields typo', "sg.attach(form, { fields: { pasword: '#pw' } })", 'attach(form, options.fields.pasword)', 'TypeError'],
  ['attach fields.password a number', 'sg.attach(form, { fields: { password: 1 } })', 'attach(form, options.fields.password)', 'TypeError'],
  ['attach officialDomains a string', "sg.attach(form, { officialDomains: 'example.com' })", 'attach(form, options.officialDomains)', 'TypeError'],
  ['attach protectedDomains [1]', 'sg.attach(form, { protectedDomains: [1] })', 'attach(form, options.protectedDomains)[0]', 'TypeError'],
  ['attach headingLevel 9', 'sg.attach(form, { headingLevel: 9 })', 'attach(form, options.headingLevel)', 'RangeError'],
  ['attach onChange a string', "sg.attach(form, { onChange: 'alert(1)' })", 'attach(form, options.onChange)', 'TypeError'],
  ['attach checkers typo', 'sg.attach(form, { checkers: { checkPasword: () => ({}) } })', 'attach(form, options.checkers.checkPasword)', 'TypeError'],
  ['attach items not an array', "sg.attach(form, { items: { id: 'x' } })", 'attach(form, options.items)', 'TypeError'],
  ['attach items[0] typo', "sg.attach(form, { items: [{ id: 'x', txt: 'y' }] })", 'attach(form, options.items)[0].txt', 'TypeError'],
  ['attach lang 5', 'sg.attach(form, { lang: 5 })', 'attach(form, options.lang)', 'TypeError'],
  ['attach messages value 1', "sg.attach(form, { messages: { 'checklist.title': 1 } })", 'attach(form, options.messages)["checklist.title"]', 'TypeError'],
  ['initAll(42)', 'sg.initAll(42)', 'initAll(root)', 'TypeError'],
  ['initAll(root, "x")', "sg.initAll(document.createElement('div'), 'x')", 'initAll(root, defaults)', 'TypeError'],
  ['initAll unknown default', "sg.initAll(document.createElement('div'), { wach: true })", 'initAll(root, defaults.wach)', 'TypeError'],
  ['PasswordMeter(null)', 'new sg.PasswordMeter(null)', 'PasswordMeter($input)', 'TypeError'],
  ['PasswordMeter unknown option', "new sg.PasswordMeter(input, { language: 'de' })", 'PasswordMeter($input, options.language)', 'TypeError'],
  ['PasswordMeter passwordOptions typo', "new sg.PasswordMeter(input, { passwordOptions: { polciy: 'nist' } })", 'PasswordMeter($input, options.passwordOptions.polciy)', 'TypeError'],
  ['PasswordMeter $after a string', "new sg.PasswordMeter(input, { $after: '#x' })", 'PasswordMeter($input, options.$after)', 'TypeError'],
  ['PasswordToggle("x")', "new sg.PasswordToggle('#pw')", 'PasswordToggle($input)', 'TypeError'],
  ['PasswordToggle text a string', "new sg.PasswordToggle(input, { text: 'Show' })", 'PasswordToggle($input, options.text)', 'TypeError'],
  ['PasswordToggle unknown option', "new sg.PasswordToggle(input, { label: 'Show' })", 'PasswordToggle($input, options.label)', 'TypeError'],
  ['buildChecklist("x")', "sg.buildChecklist('x')", 'buildChecklist(facts)', 'TypeError'],
  ['buildChecklist unknown fact', "sg.buildChecklist({ pasword: 'strong' })", 'pasword', 'TypeError'],
  ['buildChecklist unknown option', "sg.buildChecklist({}, { language: 'de' })", 'language', 'TypeError'],
  ['messageText(null)', 'sg.messageText(null)', 'messageText(key)', 'TypeError'],
  ['messageText(key, 5)', "sg.messageText('meter.score.1', 5)", 'messageText(key, lang)', 'TypeError'],
  ['checkPassword({})', 'sg.checkPassword({})', 'checkPassword(password)', 'TypeError'],
  ['checkPassword policy typo', "sg.checkPassword('x', { policy: { requireDigits: true } })", 'checkPassword(password, options.policy.requireDigits)', 'TypeError'],
  ['checkUrl(undefined)', 'sg.checkUrl(undefined)', 'checkUrl(input)', 'TypeError'],
  ['checkUrl unknown option', "sg.checkUrl('x', { protectedDomain: [] })", 'checkUrl(input, options.protectedDomain)', 'TypeError'],
  ['checkEmail(5)', 'sg.checkEmail(5)', 'checkEmail(email)', 'TypeError'],
  ['checkPageOrigin(null)', 'sg.checkPageOrigin(null)', 'checkPageOrigin(options)', 'TypeError'],
  ['checkPageOrigin officialDomains [null]', 'sg.checkPageOrigin({ officialDomains: [null] })', 'checkPageOrigin(options.officialDomains)[0]', 'TypeError'],
  ['breachCount(null)', 'sg.breachCount(null)', 'breachCount(password)', 'TypeError'],
  ['breachCount timeoutMs -5', "sg.breachCount('x', { timeoutMs: -5 })", 'breachCount(password, options.timeoutMs)', 'RangeError'],
  ['breachCount signal a string', "sg.breachCount('x', { signal: 'abort' })", 'breachCount(password, options.signal)', 'TypeError'],
];

test('a table of wrong arguments × entry points: each a TypeError/RangeError naming the argument', async () => {
  // Each case's source becomes a function in the page's script itself (compiling it in the page
  // with `new Function` would need 'unsafe-eval', which the strict CSP rightly refuses).
  const calls = CASES.map(([label, source]) => `[${JSON.stringify(label)}, (sg, form, input) => (${source})]`);
  const results = await page.evaluate(`(async () => {
    const cases = [${calls.join(',\n')}];
    const out = [];
    for (const [label, call] of cases) {
      const form = document.createElement('form');
      form.innerHTML = '<input id="pw" type="password" autocomplete="new-password">';
      document.body.append(form);
      const input = form.querySelector('input');
      const started = performance.now();
      try {
        const value = await call(window.sg, form, input);
        out.push({ label, outcome: 'returned', value: String(value) });
      } catch (error) {
        out.push({ label, outcome: 'threw', name: error.name, ctor: error.constructor.name, message: error.message, ms: performance.now() - started });
      }
      // A guard must not have been attached by a call that threw.
      out.at(-1).attached = window.sg.guardFor(form) !== null;
      form.remove();
    }
    return out;
  })()`);
  for (const [index, [label, , name, type]] of CASES.entries()) {
    const result = results[index];
    assert.equal(result.outcome, 'threw', `${label}: ${JSON.stringify(result)}`);
    assert.equal(result.ctor, type, `${label}: ${result.name}: ${result.message}`);
    assert.ok(result.message.includes(name), `${label}: "${result.message}" names ${name}`);
    assert.ok(result.ms < 1_000, `${label} answered at once`);
    assert.equal(result.attached, false, `${label} left no guard behind`);
  }
  assert.deepEqual(page.errors, []);
});

test('odd strings are strings: lone surrogates, NUL and 1 MB values get results without hanging', async () => {
  const result = await page.evaluate(() => {
    const sg = window.sg;
    const mb = 'x'.repeat(1 << 20);
    const started = performance.now();
    const out = {
      password: sg.checkPassword('pa\uD800ss\u0000word').score,
      url: sg.checkUrl('https://\uDC00\uD800.example/').verdict,
      email: sg.checkEmail('\uD83Dann@example.com').valid,
      origin: sg.checkPageOrigin({ officialDomains: ['example.com'], host: '\uDFFF' }).official,
      bigPassword: sg.checkPassword(mb).policy.ok,
      bigUrl: sg.checkUrl(`https://${mb}.com/`).verdict,
      text: sg.messageText('\uD800').length,
    };
    out.ms = Math.round(performance.now() - started);
    return out;
  });
  console.log(`bad-input (browser): odd strings answered in ${result.ms} ms`);
  assert.equal(typeof result.password, 'number');
  assert.ok(['invalid', 'safe', 'suspicious', 'dangerous'].includes(result.url));
  assert.equal(result.email, false);
  assert.equal(result.origin, false);
  assert.equal(result.bigPassword, false);
  assert.equal(result.bigUrl, 'invalid');
  assert.equal(result.text, 1);
  assert.ok(result.ms < 10_000);
});

test('a typo in data-signup-guard-options is reported naming the option, and the form is guarded with defaults', async () => {
  const p = await demo.newPage('www/blank.html');
  const result = await p.evaluate(async () => {
    document.body.innerHTML = `<form data-signup-guard data-signup-guard-options='{"polcy":"nist","breach":false}'>
      <input type="password" autocomplete="new-password"><button>Go</button></form>`;
    const sg = await import('/www/signup-guard.js');
    const [guard] = sg.initAll();
    await sg.ready();
    return { attached: Boolean(guard), options: guard.options };
  });
  assert.equal(result.attached, true);
  assert.deepEqual(result.options, {});
  assert.equal(p.errors.length, 1);
  assert.match(p.errors[0], /data-signup-guard-options\.polcy: unknown option `polcy`/);
  await p.close();
});

test('a custom checklist item that throws is left out; the other checks keep running', async () => {
  const p = await demo.newPage('www/blank.html');
  const result = await p.evaluate(async () => {
    document.body.innerHTML = `<form><input type="password" autocomplete="new-password"><button>Go</button></form>`;
    const sg = await import('/www/signup-guard.js');
    const form = document.querySelector('form');
    const guard = sg.attach(form, { breach: false, items: [() => { throw new Error('site bug'); }, { id: 'terms', text: 'Terms', state: 'pass' }] });
    await sg.ready();
    const input = form.querySelector('input');
    input.value = 'correct horse battery staple';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await guard.settled(); // the rating comes from the worker
    return { score: guard.state.password?.score, items: guard.state.checklist.items.map((i) => i.id) };
  });
  assert.equal(result.score, 4);
  assert.ok(result.items.some((id) => id.includes('terms')), result.items.join());
  assert.ok(p.errors.some((e) => e.includes('a custom checklist item threw')));
  assert.ok(!p.errors.some((e) => /Uncaught/.test(e)));
  await p.close();
});
