// Bad input through the Node entry: every checker rejects wrong arguments with a TypeError or
// RangeError whose message names the argument (or option), odd but legal strings (lone
// surrogates, NUL, 1 MB) get a result quickly, and nothing hangs.

import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as guard from '../../node/index.js';

before(() => guard.ready());

const NOT_STRINGS = [['null', null], ['undefined', undefined], ['a number', 42], ['an object', {}], ['an array', ['x']], ['a boolean', true]];
const NOT_OBJECTS = [['a string', 'nist'], ['a number', 1], ['an array', []], ['a boolean', true]];

/** [entry point, call with the bad value, the name the message must contain, error type] */
const CASES = [];
for (const [what, value] of NOT_STRINGS) {
  CASES.push([`checkPassword(${what})`, () => guard.checkPassword(value), 'checkPassword(password)', TypeError]);
  CASES.push([`checkUrl(${what})`, () => guard.checkUrl(value), 'checkUrl(input)', TypeError]);
  CASES.push([`checkEmail(${what})`, () => guard.checkEmail(value), 'checkEmail(email)', TypeError]);
  CASES.push([`breachCount(${what})`, () => guard.breachCount(value), 'breachCount(password)', TypeError]);
  if (value !== undefined) CASES.push([`messageText(${what})`, () => guard.messageText(value), 'messageText(key)', TypeError]);
  if (value !== undefined) CASES.push([`messageText(key, ${what})`, () => guard.messageText('meter.score.1', value), 'messageText(key, lang)', TypeError]);
  if (value !== undefined && value !== null) {
    CASES.push([`checkPageOrigin host ${what}`, () => guard.checkPageOrigin({ officialDomains: ['example.com'], host: value }), 'checkPageOrigin(options.host)', TypeError]);
  }
}
for (const [what, value] of NOT_OBJECTS) {
  CASES.push([`checkPassword options ${what}`, () => guard.checkPassword('x', value), 'checkPassword(password, options)', TypeError]);
  CASES.push([`checkUrl options ${what}`, () => guard.checkUrl('x', value), 'checkUrl(input, options)', TypeError]);
  CASES.push([`checkEmail options ${what}`, () => guard.checkEmail('x', value), 'checkEmail(email, options)', TypeError]);
  CASES.push([`checkPageOrigin options ${what}`, () => guard.checkPageOrigin(value), 'checkPageOrigin(options)', TypeError]);
  CASES.push([`breachCount options ${what}`, () => guard.breachCount('x', value), 'breachCount(password, options)', TypeError]);
}
CASES.push(
  ['checkPageOrigin()', () => guard.checkPageOrigin(), 'checkPageOrigin(options)', TypeError],
  ['checkPageOrigin without officialDomains', () => guard.checkPageOrigin({ host: 'example.com' }), 'checkPageOrigin(options.officialDomains)', TypeError],
  // Unknown option names, at the top level and nested.
  ['checkPassword unknown option', () => guard.checkPassword('x', { polcy: 'nist' }), 'options.polcy', TypeError],
  ['checkPassword unknown custom-policy field', () => guard.checkPassword('x', { policy: { minLenght: 12 } }), 'options.policy.minLenght', TypeError],
  ['checkUrl unknown option', () => guard.checkUrl('x', { protected: ['a.com'] }), 'options.protected', TypeError],
  ['checkEmail unknown option', () => guard.checkEmail('x', { langauge: 'de' }), 'options.langauge', TypeError],
  ['checkPageOrigin unknown option', () => guard.checkPageOrigin({ officialDomains: ['a.com'], host: 'a.com', offical: 1 }), 'options.offical', TypeError],
  ['breachCount unknown option', () => guard.breachCount('x', { timeout: 5 }), 'options.timeout', TypeError],
  // Wrong option values.
  ['checkPassword unknown preset', () => guard.checkPassword('x', { policy: 'nist-2' }), 'options.policy', RangeError],
  ['checkPassword policy a number', () => guard.checkPassword('x', { policy: 3 }), 'options.policy', TypeError],
  ['checkPassword custom preset unknown', () => guard.checkPassword('x', { policy: { preset: 'pci' } }), 'options.policy.preset', RangeError],
  ['checkPassword negative minLength', () => guard.checkPassword('x', { policy: { minLength: -1 } }), 'options.policy.minLength', RangeError],
  ['checkPassword minScore 5', () => guard.checkPassword('x', { policy: { minScore: 5 } }), 'options.policy.minScore', RangeError],
  ['checkPassword requireDigit "yes"', () => guard.checkPassword('x', { policy: { requireDigit: 'yes' } }), 'options.policy.requireDigit', TypeError],
  ['checkPassword mfa 1', () => guard.checkPassword('x', { mfa: 1 }), 'options.mfa', TypeError],
  ['checkPassword userInputs a string', () => guard.checkPassword('x', { userInputs: 'ann' }), 'options.userInputs', TypeError],
  ['checkPassword userInputs [1]', () => guard.checkPassword('x', { userInputs: [1] }), 'options.userInputs)[0]', TypeError],
  ['checkPassword confirmation null', () => guard.checkPassword('x', { confirmation: null }), 'options.confirmation', TypeError],
  ['checkPassword lang 5', () => guard.checkPassword('x', { lang: 5 }), 'options.lang', TypeError],
  ['checkPassword messages a string', () => guard.checkPassword('x', { messages: 'x' }), 'options.messages', TypeError],
  ['checkPassword messages value 1', () => guard.checkPassword('x', { messages: { 'meter.score.1': 1 } }), 'options.messages)["meter.score.1"]', TypeError],
  ['checkUrl protectedDomains a string', () => guard.checkUrl('x', { protectedDomains: 'a.com' }), 'options.protectedDomains', TypeError],
  ['checkEmail protectedDomains [null]', () => guard.checkEmail('x', { protectedDomains: [null] }), 'options.protectedDomains)[0]', TypeError],
  ['checkPageOrigin officialDomains a string', () => guard.checkPageOrigin({ officialDomains: 'a.com', host: 'a.com' }), 'options.officialDomains', TypeError],
  ['breachCount endpoint 5', () => guard.breachCount('x', { endpoint: 5 }), 'options.endpoint', TypeError],
  ['breachCount endpoint ftp', () => guard.breachCount('x', { endpoint: 'ftp://example.com' }), 'endpoint', TypeError],
  ['breachCount timeoutMs 0', () => guard.breachCount('x', { timeoutMs: 0 }), 'options.timeoutMs', RangeError],
  ['breachCount timeoutMs Infinity', () => guard.breachCount('x', { timeoutMs: Infinity }), 'options.timeoutMs', RangeError],
  ['breachCount timeoutMs "5"', () => guard.breachCount('x', { timeoutMs: '5' }), 'options.timeoutMs', TypeError],
  ['breachCount signal {}', () => guard.breachCount('x', { signal: {} }), 'options.signal', TypeError],
);

for (const [label, call, name, type] of CASES) {
  test(`${label} → ${type.name} naming ${name}`, async () => {
    const started = Date.now();
    await assert.rejects(async () => call(), (error) => {
      assert.equal(error.constructor, type, `${error.name}: ${error.message}`);
      assert.ok(error.message.includes(name), `message "${error.message}" names ${name}`);
      assert.ok(error.message.length < 400, 'the message stays short');
      return true;
    });
    assert.ok(Date.now() - started < 2_000, 'rejected at once');
  });
}

const LONE_HIGH = 'pass\uD800word';
const LONE_LOW = '\uDC00evil.example';
const MEGABYTE = 'a'.repeat(1 << 20);

test('lone surrogates are strings: every checker gives a result (wasm-bindgen passes U+FFFD)', async () => {
  assert.equal(typeof guard.checkPassword(LONE_HIGH).score, 'number');
  assert.equal(guard.checkPassword(LONE_HIGH, { confirmation: LONE_HIGH }).policy.failures.some((f) => f.code === 'mismatch'), false);
  assert.equal(guard.checkUrl(LONE_LOW).verdict, 'invalid');
  assert.equal(typeof guard.checkUrl(`https://${LONE_LOW}/`).verdict, 'string');
  assert.equal(guard.checkEmail(`ann${LONE_HIGH}@example.com`).valid, false);
  assert.equal(typeof guard.checkPageOrigin({ officialDomains: [LONE_LOW], host: LONE_LOW }).official, 'boolean');
  assert.equal(guard.messageText(LONE_HIGH), 'pass\uFFFDword', 'an unknown key comes back as itself, the surrogate replaced');
  assert.equal(typeof guard.checkPassword('x', { userInputs: [LONE_HIGH], messages: { [LONE_HIGH]: LONE_LOW } }).score, 'number');
});

test('1 MB strings get a result within a few seconds each', () => {
  const timings = {};
  const time = (name, fn) => {
    const started = Date.now();
    const result = fn();
    timings[name] = Date.now() - started;
    return result;
  };
  assert.equal(time('checkPassword', () => guard.checkPassword(MEGABYTE)).policy.ok, false);
  assert.equal(time('checkPassword confirmation', () => guard.checkPassword('x', { confirmation: MEGABYTE, userInputs: [MEGABYTE] })).policy.ok, false);
  assert.equal(time('checkUrl', () => guard.checkUrl(MEGABYTE)).verdict === 'dangerous', false);
  assert.equal(time('checkUrl protectedDomains', () => guard.checkUrl('example.com', { protectedDomains: [MEGABYTE] })).verdict, 'safe');
  assert.equal(typeof time('checkEmail', () => guard.checkEmail(`${MEGABYTE}@example.com`)).valid, 'boolean');
  assert.equal(typeof time('checkPageOrigin', () => guard.checkPageOrigin({ officialDomains: ['example.com'], host: MEGABYTE })).official, 'boolean');
  assert.equal(time('messageText', () => guard.messageText(MEGABYTE)).length, MEGABYTE.length);
  console.log(`bad-input: 1 MB timings (ms): ${JSON.stringify(timings)}`);
  for (const [name, ms] of Object.entries(timings)) assert.ok(ms < 5_000, `${name} took ${ms} ms`);
});

test('a wrong argument does not poison the core: the next good call works', () => {
  assert.throws(() => guard.checkPassword('x', { policy: { minLength: 30, maxLength: 3 } }), (error) => error instanceof TypeError && /policy/.test(error.message));
  assert.equal(guard.checkPassword('correct horse battery staple').score, 4);
});
