// Unit tests of the form guard's pure helpers (www/lib/form/), in Node without a browser: what
// the guard asks the core, how it reshapes the verdict into its state, the password rating's
// supersession, the change events' timing, the attribute ledger and the submit gate's limit.
// The DOM-free parts run on plain objects; EventTarget and CustomEvent are Node's own.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BREACH_STATUS, formInput, formOptions } from '../../www/lib/form/core-request.js';
import { emptyState, guardState } from '../../www/lib/form/guard-state.js';
import { PENDING, PasswordRating } from '../../www/lib/form/password-rating.js';
import { ChangeEvents } from '../../www/lib/form/change-events.js';
import { AttributeLedger } from '../../www/lib/form/ledger.js';
import { fill } from '../../www/lib/form/text.js';
import { customItems, formatCount } from '../../www/lib/form/page-facts.js';
import { noticeMessage } from '../../www/lib/form/field-part.js';
import { workerWanted } from '../../www/lib/form/core-session.js';
import * as node from '../../node/index.js';

/** An input-like object: what formInput reads of a field. */
const field = (value, required = false) => ({ value, required });

test('formInput gathers every field as the core reads it, and no more', () => {
  const fields = {
    password: field('Lantern-92', true),
    confirmation: field('Lantern-9'),
    email: field(' ada@example.org ', true),
    username: field('ada1815'),
    givenName: null,
    familyName: field('Lovelace'),
    name: null,
    urls: [field('https://paypa1.com'), field('')],
  };
  const input = formInput({
    fields,
    urlName: (f) => (f === fields.urls[0] ? 'website' : 'profile'),
    breach: { status: 'scheduled', count: 0 },
    countText: '0',
    attempted: true,
    host: 'example.com',
    connection: { secureContext: true, pageOrigin: 'https://example.com', actionOrigin: 'https://example.com', allowedOrigins: [] },
    passkey: true,
    custom: [{ id: 'terms', text: 'Terms', state: 'pass', required: true }],
  });
  assert.deepEqual(input.password, { value: 'Lantern-92', required: true });
  assert.deepEqual(input.confirmation, { value: 'Lantern-9', required: false });
  assert.equal(input.email.value, ' ada@example.org ', 'values go as typed: the core trims');
  assert.deepEqual(input.personal, ['ada1815', 'Lovelace'], 'username, given, family, full name, in that order');
  assert.deepEqual(input.urls, [{ name: 'website', value: 'https://paypa1.com' }, { name: 'profile', value: '' }]);
  assert.deepEqual(input.breach, { status: 'checking', count: 0, countText: '0' });
  assert.equal(input.attempted, true);
  assert.equal('passwordReport' in input, false);
  const off = formInput({ fields: { urls: [] }, urlName: () => '', breach: null });
  assert.deepEqual(off.breach, { status: 'off', count: 0, countText: null });
  assert.equal(off.password, null);
});

test('every BreachCheck status maps to a status the core accepts', async () => {
  await node.ready();
  for (const [status, core] of Object.entries(BREACH_STATUS)) {
    const verdict = node.evaluateForm({ password: field('x'), breach: { status: core, count: 1 } });
    assert.ok(verdict.checklist, `${status} → ${core}`);
  }
});

test('formOptions passes the shared options under the core names and leaves the DOM ones out', async () => {
  const options = formOptions({
    policy: 'asvs-l1', mfa: true, userInputs: ['Acme'], officialDomains: ['acme.example'], failClosed: true, twoStep: false, tips: false,
    messages: { 'checklist.title': 'Security' }, checklist: false, worker: true, onChange() {}, breach: false,
  }, 'de');
  assert.deepEqual(options, {
    lang: 'de', policy: 'asvs-l1', mfa: true, userInputs: ['Acme'], officialDomains: ['acme.example'], failClosed: true,
    twoStep: false, tips: false, messages: { 'checklist.title': 'Security' },
  });
  await node.ready();
  assert.ok(node.evaluateForm({}, options).checklist, 'the core accepts every option formOptions produces');
});

test('guardState reshapes the verdict without deciding anything', async () => {
  await node.ready();
  const verdict = node.evaluateForm({
    password: field('correct horse battery staple'), confirmation: field('correct horse battery stable'),
    breach: { status: 'found', count: 3 },
  });
  const state = guardState(verdict, { ready: true, available: true, fields: { password: 'password' }, breach: { status: 'found', count: 3, error: null }, confirmation: 'correct horse battery stable' });
  assert.equal(state.valid, verdict.valid);
  assert.deepEqual(state.blocking, verdict.blocking);
  assert.equal(state.password, verdict.password);
  assert.ok(state.password.policy.failures.some((f) => f.code === 'breached'));
  assert.equal(state.confirmation.match, false);
  assert.deepEqual(guardState(null, { ready: true, available: false, fields: {} }), { ...emptyState(), ready: true });
});

test('PasswordRating: a newer request supersedes an older one, whose late answer is dropped', async () => {
  let answers = 0;
  const rating = new PasswordRating({ onAnswer: () => { answers += 1; }, onCoreFailed: () => assert.fail('no core failure') });
  let resolveOld;
  assert.equal(rating.get('old', () => new Promise((resolve) => { resolveOld = resolve; })), PENDING);
  assert.equal(rating.get('new', () => Promise.resolve({ score: 4 })), PENDING);
  await rating.inFlight;
  resolveOld({ score: 0 });
  await new Promise((resolve) => setTimeout(resolve, 0));
  assert.deepEqual(rating.get('new', () => assert.fail('not asked again')), { score: 4 });
  assert.equal(answers, 1, 'only the newer answer redraws');
  assert.deepEqual(rating.get('sync', () => ({ score: 2 })), { score: 2 }, 'a synchronous answer is returned at once');
  assert.equal(rating.get('throws', () => { throw new TypeError('bad'); }), null, 'a rating that throws gives no report');
});

test('PasswordRating: a core failure in the answer is reported, not redrawn', async () => {
  let failed = null;
  const rating = new PasswordRating({ onAnswer: () => assert.fail('no redraw'), onCoreFailed: (error) => { failed = error; } });
  rating.get('x', () => Promise.reject(Object.assign(new Error('trap'), { code: 'core-failed' })));
  await rating.inFlight;
  assert.equal(failed?.code, 'core-failed');
});

test('ChangeEvents: listeners run in a task after the change, once per burst, only when the state changed', async () => {
  const $form = new EventTarget();
  const seen = [];
  let state = { n: 1 };
  const events = new ChangeEvents($form, { onChange: (s) => seen.push(['callback', s.n]), state: () => state, live: () => true });
  $form.addEventListener('signup-guard:change', (event) => seen.push(['event', event.detail.n]));
  events.emit();
  events.emit();
  assert.deepEqual(seen, [], 'never synchronously');
  await events.emitting;
  assert.deepEqual(seen, [['event', 1], ['callback', 1]]);
  events.emit();
  await events.emitting;
  assert.equal(seen.length, 2, 'an unchanged state is not reported again');
  state = { n: 2 };
  events.emit();
  await events.emitting;
  assert.deepEqual(seen.slice(2), [['event', 2], ['callback', 2]]);
});

test('AttributeLedger restores exactly what it changed', () => {
  const attributes = new Map([['aria-describedby', 'hint']]);
  const $el = {
    getAttribute: (name) => attributes.get(name) ?? null,
    setAttribute: (name, value) => attributes.set(name, String(value)),
    removeAttribute: (name) => attributes.delete(name),
  };
  const ledger = new AttributeLedger();
  ledger.addToken($el, 'aria-describedby', 'sg-1');
  ledger.set($el, 'aria-invalid', 'true');
  assert.equal(attributes.get('aria-describedby'), 'hint sg-1');
  ledger.restoreAttribute($el, 'aria-invalid');
  assert.equal(attributes.has('aria-invalid'), false);
  ledger.restore();
  assert.deepEqual([...attributes], [['aria-describedby', 'hint']]);
});

test('small helpers: placeholders, counts, custom items, notices, worker choice', () => {
  assert.equal(fill('Seen {count} times, {missing}', { count: '4,242' }), 'Seen 4,242 times, {missing}');
  assert.equal(formatCount(4242, 'de'), '4.242');
  assert.equal(formatCount(4242, 'not a tag!'), '4242');
  const items = customItems([{ id: 1, text: 'Terms', state: 'odd', required: 'yes' }, () => { throw new Error('x'); }, () => null], null);
  assert.deepEqual(items, [{ id: '1', text: 'Terms', state: 'info', required: false }]);
  assert.equal(noticeMessage({ tone: 'warning', title: null, text: 'Disposable', onLeave: true }, false), null);
  assert.deepEqual(noticeMessage({ tone: 'warning', title: null, text: 'Disposable', onLeave: true }, true), { tone: 'warning', title: '', text: 'Disposable' });
  assert.equal(workerWanted({ worker: true }), true);
  assert.equal(workerWanted({ worker: true, checkers: { checkPassword() {} } }), false);
  assert.equal(workerWanted({ worker: true, wasm: new Uint8Array(1) }), false);
});
