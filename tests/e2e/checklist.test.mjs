// The checklist as people see it: items from the Rust model, summary from the catalogs, in four
// languages, custom items, the two-step wording with and without passkey support.
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

test('buildChecklist is exported and decides from facts', async () => {
  const page = await demo.newPage('www/blank.html');
  const list = await page.evaluate(async () => {
    const sg = await import('/www/signup-guard.js');
    await sg.ready();
    return sg.buildChecklist({ password: 'weak', confirmation: 'match', connection: { secureContext: true, pageOrigin: 'https://a.example', actionOrigin: 'https://a.example' }, tips: false, twoStep: 'not-offered' }, { lang: 'fr' });
  });
  assert.deepEqual(list.items.map((i) => [i.id, i.state, i.level]), [
    ['strong-password', 'fail', 'required'],
    ['passwords-match', 'pass', 'required'],
    ['secure-connection', 'pass', 'required'],
  ]);
  assert.equal(list.summary.text, '2 sur 3 fait');
  assert.deepEqual(list.blocking, ['strong-password']);
  const error = await page.evaluate(async () => {
    const sg = await import('/www/signup-guard.js');
    try {
      sg.buildChecklist({ pasword: 'weak' });
      return null;
    } catch (e) {
      return `${e.name}: ${e.message}`;
    }
  });
  assert.match(error, /^TypeError: buildChecklist: .*pasword/);
  await page.close();
});

test('the summary counts done items and reaches "All … done"', async () => {
  const page = await mountDemoMarkup(demo);
  await attachDemo(page, { breach: false, checklist: '#checklist-slot', tips: false, twoStep: false });
  const summary = () => page.locator('.sg-checklist__summary').textContent();
  assert.equal(await summary(), '1 of 4 done');
  await typeInto(page, '#password', 'correct horse battery staple');
  await typeInto(page, '#password-confirm', 'correct horse battery staple');
  await typeInto(page, '#email', 'ann.lee@example.org');
  assert.equal(await summary(), 'All 4 done');
  assert.equal((await state(page)).complete, true);
  await page.close();
});

for (const [lang, title, summary] of [
  ['de', 'So bleibt Ihr Konto sicher', /^\d+ von \d+ erledigt$/],
  ['fr', 'Pour protéger votre compte', /^\d+ sur \d+ fait$/],
  ['es', 'Cómo mantener tu cuenta segura', /^\d+ de \d+ hechos$/],
]) {
  test(`the demo in ${lang}: checklist, states and field messages from the ${lang} catalog`, async () => {
    const page = await demo.newPage(`www/?lang=${lang}`);
    await page.waitForSelector('.sg-checklist__item');
    assert.equal(await page.locator('.sg-checklist__title').textContent(), title);
    assert.match(await page.locator('.sg-checklist__summary').textContent(), summary);
    const tip = await item(page, 'tip-never-ask');
    assert.doesNotMatch(tip.text, /checklist\.|We will never/);
    await page.close();
  });
}

test('custom items from options count, render and can block', async () => {
  const page = await mountDemoMarkup(demo);
  await attachDemo(page, {
    breach: false,
    checklist: '#checklist-slot',
    items: [{ id: 'terms', text: 'Agree to the terms', state: 'fail', required: true }, { id: 'news', text: 'Newsletter', state: 'info' }],
  });
  const terms = await item(page, 'custom:terms');
  assert.deepEqual(terms, { state: 'fail', level: 'required', text: 'Agree to the terms' });
  assert.equal((await item(page, 'custom:news')).state, 'info');
  assert.ok((await state(page)).blocking.includes('custom:terms'));
  await page.close();
});

test('two-step sign-in: passkey wording when a platform authenticator is available, custom wording by option', async () => {
  const page = await mountDemoMarkup(demo);
  await page.evaluate(() => {
    window.PublicKeyCredential = class { static isUserVerifyingPlatformAuthenticatorAvailable() { return Promise.resolve(true); } };
  });
  await attachDemo(page, { breach: false, checklist: '#checklist-slot' });
  await page.waitForFunction(() => document.querySelector('[data-id="two-step"] .sg-checklist__text').textContent.includes('passkey'));
  await page.close();

  const plain = await mountDemoMarkup(demo);
  await plain.evaluate(() => { delete window.PublicKeyCredential; });
  await attachDemo(plain, { breach: false, checklist: '#checklist-slot', messages: { 'checklist.item.two-step.offered': 'Turn on sign-in codes in Settings after signup' } });
  assert.equal((await item(plain, 'two-step')).text, 'Turn on sign-in codes in Settings after signup');
  assert.equal((await item(plain, 'two-step')).state, 'info');
  await plain.close();
});

test('secure connection fails when the form posts to another origin not allowed', async () => {
  const page = await mountDemoMarkup(demo);
  await page.evaluate(() => { document.getElementById('signup').action = 'https://collector.example.net/steal'; });
  await attachDemo(page, { breach: false, checklist: '#checklist-slot' });
  const connection = await item(page, 'secure-connection');
  assert.equal(connection.state, 'fail');
  assert.match(connection.text, /another site/);
  await page.close();

  const allowed = await mountDemoMarkup(demo);
  await allowed.evaluate(() => { document.getElementById('signup').action = 'https://accounts.example.net/signup'; });
  await attachDemo(allowed, { breach: false, checklist: '#checklist-slot', allowedOrigins: ['https://accounts.example.net'] });
  // Page on http://127.0.0.1 posting to an allowed https origin: secure.
  assert.equal((await item(allowed, 'secure-connection')).state, 'pass');
  await allowed.close();
});
