// The form widget end to end: attach(), field wiring, gating, events, destroy(), watch mode,
// in real Chromium under the demo's strict CSP.
//
// Engines: chromium, firefox, webkit

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { attachDemo, item, mountDemoMarkup, startFormDemo, state, typeInto } from './form-fixtures.mjs';

let demo;
before(async () => {
  demo = await startFormDemo();
});
after(() => demo?.close());

const FULL = {
  policy: 'nist',
  riskSignals: { name: 'signup_risk' },
  checklist: '#checklist-slot',
  banner: '#banner-slot',
  officialDomains: ['example.com', '127.0.0.1', 'localhost'],
};

async function fullDemo(extra = {}) {
  const page = await mountDemoMarkup(demo);
  await attachDemo(page, { ...FULL, breach: { endpoint: `${demo.server.url}hibp` }, ...extra });
  return page;
}

test('fields are detected by autocomplete hints and the checklist shows pending items', async () => {
  const page = await fullDemo();
  const s = await state(page);
  assert.deepEqual(s.fields, {
    password: 'password', confirmation: 'password_confirm', email: 'email', username: 'username',
    givenName: 'given_name', familyName: 'family_name', urls: ['website'],
  });
  assert.equal(s.available, true);
  const ids = await page.locator('.sg-checklist__item').evaluateAll((items) => items.map((i) => i.dataset.id));
  assert.deepEqual(ids.slice(0, 6), ['strong-password', 'not-breached', 'passwords-match', 'email', 'secure-connection', 'official-site']);
  assert.ok(ids.includes('tip-never-ask') && ids.includes('tip-address-bar') && ids.includes('tip-password-manager'));
  assert.equal((await item(page, 'strong-password')).state, 'pending');
  assert.equal((await item(page, 'secure-connection')).state, 'pass');
  assert.match(await page.locator('.sg-checklist__summary').textContent(), /^\d+ of \d+ done$/);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the meter, the strength item and the summary follow typing', async () => {
  const page = await fullDemo({ breach: false });
  await typeInto(page, '#password', 'abc');
  assert.equal(await page.locator('.sg-meter').getAttribute('data-score'), '0');
  assert.equal((await item(page, 'strong-password')).state, 'fail');
  const before = await page.locator('.sg-checklist__summary').textContent();
  await typeInto(page, '#password', 'correct horse battery staple');
  assert.equal(await page.locator('.sg-meter').getAttribute('data-score'), '4');
  assert.equal((await item(page, 'strong-password')).state, 'pass');
  const afterText = await page.locator('.sg-checklist__summary').textContent();
  assert.notEqual(before, afterText);
  const s = await state(page);
  assert.equal(s.password.score, 4);
  await page.close();
});

test('policy requirements tick live when the checker reports them', async () => {
  const page = await fullDemo({ breach: false });
  const hasPolicy = await page.evaluate(async () => {
    const sg = await import('/www/signup-guard.js');
    return Boolean(sg.checkPassword('x', { lang: 'en' }).policy);
  });
  await typeInto(page, '#password', 'ab');
  if (!hasPolicy) {
    // This build's checkPassword has no policy yet: the list stays hidden rather than empty.
    assert.equal(await page.locator('.sg-policy').isHidden(), true);
  } else {
    const metBefore = await page.locator('.sg-policy__item[data-met="true"]').count();
    await typeInto(page, '#password', 'a much longer passphrase here');
    const metAfter = await page.locator('.sg-policy__item[data-met="true"]').count();
    assert.ok(metAfter > metBefore, `${metAfter} > ${metBefore}`);
    assert.ok(await page.locator('.sg-policy__item .sg-visually-hidden').first().textContent());
  }
  await page.close();
});

test('a mismatch blocks submission: custom validity, focus on the field, the reason announced', async () => {
  const page = await fullDemo({ breach: false });
  await page.fill('#given-name', 'Ann');
  await page.fill('#family-name', 'Lee');
  await page.fill('#email', 'ann.lee@example.org');
  await page.fill('#username', 'annlee');
  await typeInto(page, '#password', 'correct horse battery staple');
  await typeInto(page, '#password-confirm', 'correct horse battery stable');
  assert.equal((await item(page, 'passwords-match')).state, 'fail');
  await page.check('#terms');
  await page.click('.demo-submit');
  const focused = await page.evaluate(() => document.activeElement.id);
  assert.equal(focused, 'password-confirm');
  assert.equal(await page.locator('#password-confirm').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.evaluate(() => document.getElementById('password-confirm').validationMessage), 'The passwords do not match.');
  await page.waitForFunction(() => document.querySelector('.sg-live').textContent.includes('The passwords do not match'));
  assert.match(await page.locator('.sg-live').textContent(), /can't create your account yet/);
  const describedBy = await page.locator('#password-confirm').getAttribute('aria-describedby');
  const messageId = describedBy.split(' ').find((id) => id.includes('message'));
  assert.match(await page.locator(`#${messageId}`).textContent(), /do not match/);

  // Fixed: the submission goes through, and the server would get the risk signals.
  let submitted = false;
  await page.evaluate(() => document.getElementById('signup').addEventListener('submit', (e) => { e.preventDefault(); window.submitted = true; }));
  await typeInto(page, '#password-confirm', 'correct horse battery staple');
  assert.equal(await page.locator('#password-confirm').getAttribute('aria-invalid'), null);
  assert.equal(await page.evaluate(() => document.getElementById('password-confirm').validationMessage), '');
  await page.click('.demo-submit');
  submitted = await page.evaluate(() => window.submitted === true);
  assert.equal(submitted, true);
  await page.close();
});

test('signup-guard:change bubbles with the full state and onChange gets the same', async () => {
  const page = await mountDemoMarkup(demo);
  await page.evaluate(() => {
    window.bubbled = [];
    document.addEventListener('signup-guard:change', (e) => window.bubbled.push(e.detail));
  });
  await attachDemo(page, { breach: false, onChange: undefined });
  await page.evaluate(() => {
    window.fromOption = [];
  });
  await typeInto(page, '#email', 'ann@example.org');
  const { bubbled, last } = await page.evaluate(() => ({ bubbled: window.bubbled.length, last: window.bubbled.at(-1) }));
  assert.ok(bubbled > 1);
  for (const key of ['ready', 'available', 'valid', 'complete', 'fields', 'password', 'breach', 'confirmation', 'email', 'urls', 'origin', 'checklist', 'blocking', 'riskSignals']) {
    assert.ok(key in last, `state has ${key}`);
  }
  assert.equal(last.email.valid, true);
  assert.equal((await item(page, 'email')).state, 'pass');
  await page.close();

  const page2 = await mountDemoMarkup(demo);
  await page2.evaluate(async () => {
    const sg = await import('/www/signup-guard.js');
    window.fromOption = [];
    window.guard = sg.attach(document.getElementById('signup'), { checkers: window.testCheckers, breach: false, onChange: (s) => window.fromOption.push(s) });
    await sg.ready();
  });
  await page2.waitForFunction(() => window.fromOption.length > 0 && window.fromOption.at(-1).ready);
  const fromOption = await page2.evaluate(() => window.fromOption.at(-1));
  assert.deepEqual(fromOption, await page2.evaluate(() => JSON.parse(JSON.stringify(window.guard.state))));
  await page2.close();
});

test('email: "Did you mean …?" is a one-click fix that sets the value and dispatches input', async () => {
  const page = await fullDemo({ breach: false });
  await page.evaluate(() => {
    window.inputs = 0;
    document.getElementById('email').addEventListener('input', () => { window.inputs += 1; });
  });
  await typeInto(page, '#email', 'ann@gmial.com');
  const button = page.locator('.sg-suggestion__button');
  await button.waitFor();
  assert.equal(await button.textContent(), 'ann@gmail.com');
  assert.equal(await button.getAttribute('aria-label'), 'Use ann@gmail.com');
  assert.match(await page.locator('.sg-suggestion').textContent(), /^Did you mean ann@gmail\.com\?$/);
  assert.equal((await item(page, 'email')).state, 'fail');
  assert.equal((await item(page, 'email')).level, 'recommended');
  const before = await page.evaluate(() => window.inputs);
  // Keyboard: Tab from the email field reaches the button; Enter applies it.
  await page.focus('#email');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'sg-suggestion__button');
  await page.keyboard.press('Enter');
  assert.equal(await page.inputValue('#email'), 'ann@gmail.com');
  assert.ok((await page.evaluate(() => window.inputs)) > before, 'an input event was dispatched');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'email');
  assert.equal(await page.locator('.sg-suggestion__button').count(), 0);
  assert.equal((await item(page, 'email')).state, 'pass');
  await page.waitForFunction(() => document.querySelector('.sg-live').textContent === 'Email address changed to ann@gmail.com.');
  await page.close();
});

test('URL fields warn about lookalikes and dangerous schemes, without blocking', async () => {
  const page = await fullDemo({ breach: false });
  await typeInto(page, '#website', 'https://paypa1.com/login');
  const message = page.locator('#website ~ .sg-field-message');
  await message.waitFor();
  assert.match(await message.textContent(), /Check this web address/);
  assert.match(await message.textContent(), /paypal\.com/);
  const s = await state(page);
  assert.ok(['suspicious', 'dangerous'].includes(s.urls[0].verdict), s.urls[0].verdict);
  assert.equal(await message.getAttribute('data-tone'), s.urls[0].verdict === 'dangerous' ? 'error' : 'warning');
  assert.equal(s.urls[0].lookalikeOf, 'paypal.com');
  assert.deepEqual(s.blocking.filter((id) => id.includes('url')), []);
  await typeInto(page, '#website', 'javascript:alert(document.domain)');
  assert.equal(await message.getAttribute('data-tone'), 'error');
  assert.match(await message.textContent(), /javascript/i);
  await typeInto(page, '#website', 'https://www.wikipedia.org/');
  assert.equal(await message.isHidden(), true);
  assert.equal((await state(page)).checklist.items.some((i) => /url|website/.test(i.id)), false);
  await page.close();
});

test('page-origin banner: development on the demo host, a warning when the host is not listed', async () => {
  const page = await fullDemo({ breach: false });
  const banner = page.locator('.sg-banner');
  assert.equal(await banner.getAttribute('data-tone'), 'info');
  assert.match(await banner.textContent(), /development copy/);
  assert.equal((await item(page, 'official-site')).state, 'info');
  await page.close();

  const warned = await fullDemo({ breach: false, officialDomains: ['example.com'] });
  const warning = warned.locator('.sg-banner');
  assert.equal(await warning.getAttribute('data-tone'), 'warning');
  assert.match(await warning.textContent(), /may not be the real site/);
  assert.match(await warning.textContent(), /example\.com/);
  const official = await item(warned, 'official-site');
  assert.equal(official.state, 'fail');
  assert.equal(official.level, 'recommended');
  await warned.close();
});

test('the demo page itself wires everything from data-signup-guard-options', async () => {
  const page = await demo.newPage('www/');
  await page.waitForSelector('html[data-signup-guard]');
  await page.waitForSelector('.sg-checklist__item');
  assert.equal(await page.locator('#checklist-slot .sg-checklist').count(), 1);
  assert.equal(await page.locator('input[type="hidden"][name="signup_risk"]').count(), 1);
  assert.equal(await page.locator('.sg-meter').count(), 1);
  assert.equal(await page.locator('.sg-live').count(), 1, 'one live region per form');
  await typeInto(page, '#password', 'correct horse battery staple');
  assert.equal((await item(page, 'strong-password')).state, 'pass');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('?official=example.com on the demo shows the not-official warning when the checker is present', async () => {
  const page = await demo.newPage('www/?official=example.com');
  await page.waitForSelector('html[data-signup-guard]');
  const hasChecker = await page.evaluate(async () => typeof (await import('/www/signup-guard.js')).checkPageOrigin === 'function');
  const official = await item(page, 'official-site');
  if (hasChecker) {
    assert.equal(official.state, 'fail');
    assert.equal(await page.locator('.sg-banner').getAttribute('data-tone'), 'warning');
  } else {
    assert.equal(official.state, 'info', 'without the checker the item says it could not check');
    assert.match(official.text, /couldn't be checked/);
  }
  await page.close();
});

test('attach is idempotent, several forms per page, initAll reads the options attribute', async () => {
  const page = await demo.newPage('www/test-pages/plain.html');
  await page.waitForSelector('html[data-page="loaded"]');
  await installCheckersOn(page);
  const result = await page.evaluate(async () => {
    const sg = await import('/www/signup-guard.js');
    await sg.ready();
    const club = document.getElementById('club');
    const news = document.getElementById('news');
    const first = sg.attach(club);
    const again = sg.initAll();
    const newsGuard = sg.attach(news, { checkers: window.testCheckers, breach: false });
    const newsAgain = sg.attach(news, { lang: 'de' });
    return {
      sameAsAuto: first === window.signupGuardTest.guards[0],
      initAllSame: again[0] === first,
      newsSame: newsGuard === newsAgain,
      options: first.options,
      liveRegions: document.querySelectorAll('.sg-live').length,
      panels: document.querySelectorAll('.sg-checklist').length,
      fields: first.state.fields,
      newsFields: newsGuard.state.fields,
    };
  });
  assert.equal(result.sameAsAuto, true);
  assert.equal(result.initAllSame, true);
  assert.equal(result.newsSame, true);
  assert.deepEqual(result.options, { breach: false, tips: false, twoStep: false });
  assert.equal(result.liveRegions, 2);
  assert.equal(result.panels, 2);
  // Unusual order, no autocomplete hints, inputs inside labels.
  assert.deepEqual(result.fields, { password: 'pw', confirmation: 'pw2', email: 'mail', username: 'user_name', urls: ['homepage'] });
  assert.deepEqual(result.newsFields, { password: 'secret', email: 'email' });
  // Companions go after the label, never inside it.
  assert.equal(await page.locator('label .sg-meter, label .sg-field-message').count(), 0);
  await page.close();
});

test('the plain form without novalidate: the browser blocks, the field says why', async () => {
  const page = await demo.newPage('www/test-pages/plain.html');
  await page.waitForSelector('html[data-page="loaded"]');
  await page.waitForFunction(() => window.signupGuardTest.guards[0].state.ready);
  await typeInto(page, 'input[name="pw"]', 'correct horse battery staple');
  await typeInto(page, 'input[name="pw2"]', 'nope');
  await page.click('#club button:not(.sg-password-toggle)');
  assert.equal(await page.evaluate(() => location.pathname), '/www/test-pages/plain.html', 'not submitted');
  assert.equal(await page.locator('input[name="pw2"]').getAttribute('aria-invalid'), 'true');
  await page.waitForFunction(() => document.querySelector('#club .sg-live').textContent.includes('do not match'));
  await page.close();
});

test('fields overridden by selector, and a role turned off', async () => {
  const page = await demo.newPage('www/test-pages/plain.html');
  await page.waitForSelector('html[data-page="loaded"]');
  const fields = await page.evaluate(async () => {
    const sg = await import('/www/signup-guard.js');
    await sg.ready();
    const guard = sg.attach(document.getElementById('news'), { breach: false, fields: { email: '#n-pass', password: false } });
    return guard.state.fields;
  });
  assert.deepEqual(fields, { email: 'secret' });
  await page.close();
});

test('destroy() restores the form exactly: markup, listeners, validity, aria', async () => {
  for (const path of ['demo', 'plain']) {
    const page = path === 'demo' ? await mountDemoMarkup(demo) : await demo.newPage('www/test-pages/plain.html');
    if (path === 'plain') {
      await page.waitForSelector('html[data-page="loaded"]');
      await page.evaluate(() => window.signupGuardTest.guards.forEach((g) => g.destroy()));
      await installCheckersOn(page);
    }
    const before = await page.evaluate(() => document.body.innerHTML);
    const formId = path === 'demo' ? 'signup' : 'news';
    await page.evaluate(async ({ id, full }) => {
      const sg = await import('/www/signup-guard.js');
      window.guard = sg.attach(document.getElementById(id), { checkers: window.testCheckers, breach: false, watch: true, ...full });
      await sg.ready();
    }, { id: formId, full: path === 'demo' ? FULL : { riskSignals: true } });
    await page.waitForFunction(() => window.guard.state.ready);
    const password = path === 'demo' ? '#password' : '#n-pass';
    const email = path === 'demo' ? '#email' : '#n-mail';
    await typeInto(page, email, 'someone@gmial.com');
    await typeInto(page, password, 'abc');
    await page.locator(path === 'demo' ? '.demo-submit' : '#news button[type="submit"]').click();
    assert.ok(await page.evaluate(() => document.querySelectorAll('[aria-invalid="true"]').length) > 0);
    assert.notEqual(await page.evaluate(() => document.body.innerHTML), before);
    await page.evaluate(() => window.guard.destroy());
    const afterHtml = await page.evaluate(() => document.body.innerHTML);
    assert.equal(afterHtml, before, `${path}: markup restored`);
    const leftovers = await page.evaluate(({ pw, em }) => {
      const events = [];
      document.addEventListener('signup-guard:change', () => events.push(1));
      const $pw = document.querySelector(pw);
      $pw.value = 'correct horse battery staple';
      $pw.dispatchEvent(new Event('input', { bubbles: true }));
      return {
        validity: [$pw.validationMessage, document.querySelector(em).validationMessage],
        events: events.length,
        html: document.body.innerHTML.includes('sg-'),
      };
    }, { pw: password, em: email });
    assert.deepEqual(leftovers, { validity: ['', ''], events: 0, html: false }, path);
    await page.close();
  }
});

test('watch: forms added later are attached; inputs re-rendered by a framework are re-wired', async () => {
  const page = await demo.newPage('www/blank.html');
  await installCheckersOn(page);
  const result = await page.evaluate(async () => {
    const sg = await import('/www/signup-guard.js');
    await sg.ready();
    sg.initAll(document, { watch: true, checkers: window.testCheckers, breach: false });
    const form = document.createElement('form');
    form.setAttribute('data-signup-guard', '');
    form.action = '/x';
    const pw = document.createElement('input');
    pw.type = 'password';
    pw.autocomplete = 'new-password';
    pw.id = 'late';
    form.append(pw);
    document.body.append(form);
    await new Promise((r) => setTimeout(r, 50));
    const attached = Boolean(sg.guardFor(form));
    // A framework replaces the input with a fresh element built from its props (as React does
    // on a key change).
    const fresh = document.createElement('input');
    fresh.type = 'password';
    fresh.autocomplete = 'new-password';
    fresh.id = 'late2';
    pw.replaceWith(fresh);
    await new Promise((r) => setTimeout(r, 50));
    let $next = fresh.nextElementSibling;
    while ($next?.classList.contains('sg-password-toggle')) $next = $next.nextElementSibling;
    const meterFollows = $next?.classList.contains('sg-meter') ?? false;
    const describes = (fresh.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean).length;
    // The framework also wipes what it does not own around the input; the guard puts it back.
    form.querySelectorAll('.sg-field-message').forEach((el) => el.remove());
    await new Promise((r) => setTimeout(r, 50));
    const messageBack = form.querySelectorAll('.sg-field-message').length;
    fresh.value = 'password';
    fresh.dispatchEvent(new Event('input', { bubbles: true }));
    await sg.guardFor(form).settled(); // the rating comes from the worker
    const score = form.querySelector('.sg-meter').dataset.score;
    form.remove();
    await new Promise((r) => setTimeout(r, 50));
    return { attached, meterFollows, describes, messageBack, score, afterRemove: sg.guardFor(form) };
  });
  assert.deepEqual(result, { attached: true, meterFollows: true, describes: 3, messageBack: 1, score: '0', afterRemove: null });
  await page.close();
});

test('when the core cannot load the widget says so and never blocks', async () => {
  const page = await demo.newPage('www/blank.html');
  const result = await page.evaluate(async () => {
    const sg = await import('/www/signup-guard.js');
    const form = document.createElement('form');
    form.action = '/x';
    const pw = document.createElement('input');
    pw.type = 'password';
    pw.autocomplete = 'new-password';
    const submit = document.createElement('button');
    form.append(pw, submit);
    document.body.append(form);
    let submitted = false;
    form.addEventListener('submit', (e) => { e.preventDefault(); submitted = true; });
    const guard = sg.attach(form, { wasm: '/pkg/missing.wasm' });
    await new Promise((r) => setTimeout(r, 300));
    pw.value = 'a';
    pw.dispatchEvent(new Event('input', { bubbles: true }));
    submit.click();
    return { available: guard.state.available, ready: guard.state.ready, submitted, notice: form.querySelector('.sg-checklist__notice').textContent, validity: pw.validationMessage };
  });
  assert.deepEqual(result, {
    available: false, ready: true, submitted: true,
    notice: 'Some security checks are unavailable right now. You can still create your account.', validity: '',
  });
  await page.close();
});

async function installCheckersOn(page) {
  const { installCheckers } = await import('./form-fixtures.mjs');
  await installCheckers(page);
}

test('submitting with required fields empty fails them and focuses the first in page order', async () => {
  const page = await fullDemo({ breach: false });
  await typeInto(page, '#password', 'correct horse battery staple');
  await page.click('.demo-submit');
  // Email comes before the confirmation on the page, though the checklist lists it after.
  assert.equal(await page.evaluate(() => document.activeElement.id), 'email');
  const s = await state(page);
  assert.ok(s.blocking.includes('email') && s.blocking.includes('passwords-match'), s.blocking.join());
  assert.equal((await item(page, 'email')).text, 'Enter your email address');
  assert.equal(await page.evaluate(() => document.getElementById('email').validationMessage), 'Enter your email address');
  assert.equal(await page.locator('#email').getAttribute('aria-invalid'), 'true');
  await page.waitForFunction(() => document.querySelector('.sg-live').textContent.includes('Enter your email address'));
  await typeInto(page, '#email', 'ann.lee@example.org');
  assert.equal(await page.locator('#email').getAttribute('aria-invalid'), null);
  await page.close();
});

test('the demo posts a passing form to the server, which enforces the same checks', async () => {
  const page = await demo.newPage('www/');
  await page.waitForSelector('html[data-signup-guard="ready"]');
  await page.fill('#given-name', 'Ann');
  await page.fill('#family-name', 'Lee');
  await typeInto(page, '#email', 'ann.lee@example.org');
  await typeInto(page, '#username', 'annlee');
  await typeInto(page, '#password', 'violet tractor humming seventeen');
  await typeInto(page, '#password-confirm', 'violet tractor humming seventeen');
  await page.check('#terms');
  await page.waitForFunction(() => document.querySelector('[data-id="not-breached"]')?.dataset.state === 'pass', null, { timeout: 10_000 });
  demo.signups.length = 0;
  await page.click('.demo-submit');
  await page.waitForSelector('.demo-success', { state: 'attached' });
  // What the server's signup endpoint decided, from its log (one entry per POST).
  assert.equal(demo.signups.length, 1, JSON.stringify(demo.signups));
  const [signup] = demo.signups;
  assert.equal(signup.ok, true, JSON.stringify(signup.errors));
  assert.equal(signup.riskSignals.valid, true, JSON.stringify(signup.riskSignals));
  assert.equal(signup.riskSignals.signals.version, 1);
  assert.equal(typeof signup.riskSignals.signals.timeToFillMs, 'number');
  await page.close();
});
