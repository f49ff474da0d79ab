// The benchmark corpus: ≥1,000 passwords, the same on every run (seeded PRNG), in categories
// that stress different parts of a zxcvbn-style estimator. Words come from zxcvbn.js's own
// frequency lists (devDependency), so nothing is downloaded.

import { createRequire } from 'node:module';

/** mulberry32: a tiny, well-distributed 32-bit PRNG; `seed` fixes the whole sequence. */
export function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** zxcvbn.js's frequency lists: `{ passwords, english_wikipedia, … }` as arrays of words. */
export function wordLists() {
  const require = createRequire(import.meta.url);
  const lists = require('zxcvbn/lib/frequency_lists.js');
  return Object.fromEntries(Object.entries(lists).map(([name, list]) => [name, Array.isArray(list) ? list : String(list).split(',')]));
}

const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
/** Every symbol zxcvbn's l33t table knows: the worst case for its substitution enumeration. */
export const L33T_SYMBOLS = '4@8({[<369!|170$5+%2';
const KIB = 1024;

/** Builds the corpus: `[{ category, password }]`, deterministic for a given seed. */
export function buildCorpus({ seed = 0x5eed, lists = wordLists() } = {}) {
  const random = prng(seed);
  const int = (n) => Math.floor(random() * n);
  const pick = (array) => array[int(array.length)];
  const top = (name, n) => lists[name].slice(0, n);
  const common = top('passwords', 10_000);
  const words = top('english_wikipedia', 5_000).filter((w) => w.length >= 3);
  const names = [...top('female_names', 1_000), ...top('male_names', 1_000)];
  const capitalize = (w) => w.charAt(0).toUpperCase() + w.slice(1);
  const randomString = (alphabet, length) => Array.from({ length }, () => alphabet[int(alphabet.length)]).join('');
  const repeatTo = (unit, length) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

  const corpus = [];
  const add = (category, password) => corpus.push({ category, password });

  for (let i = 0; i < 300; i += 1) add('common', pick(common));
  for (let i = 0; i < 250; i += 1) {
    const word = random() < 0.3 ? pick(names) : pick(words);
    const digits = String(int(10 ** (1 + int(4)))).padStart(1 + int(3), '0');
    const symbol = random() < 0.4 ? pick(['!', '?', '#', '.', '*']) : '';
    add('words+digits', `${random() < 0.5 ? capitalize(word) : word}${digits}${symbol}`);
  }
  for (let i = 0; i < 200; i += 1) {
    const count = 3 + int(4);
    const separator = pick([' ', '-', '', '.', '_']);
    add('passphrase', Array.from({ length: count }, () => pick(words)).join(separator));
  }
  for (let i = 0; i < 200; i += 1) add('random', randomString(PRINTABLE, 8 + int(25)));
  for (let i = 0; i < 30; i += 1) add('l33t', pick(words).replace(/[aeiost]/g, (c) => ({ a: '4', e: '3', i: '1', o: '0', s: '$', t: '7' })[c]) + pick(['!', '@', '#']) + int(100));

  // Known pathological inputs: dense l33t symbols (zxcvbn's substitution enumeration explodes),
  // special-character runs, repeated characters and repeated words, at growing lengths.
  for (const length of [10, 20, 40, 64, 100, 128, 256, 480]) {
    add('pathological', repeatTo('!@#$%^&*()', length));
    add('pathological', repeatTo(L33T_SYMBOLS, length));
    add('pathological', randomString(L33T_SYMBOLS, length));
    add('pathological', 'a'.repeat(length));
    add('pathological', repeatTo('p4$$w0rd', length));
  }
  // Long inputs, up to 1 MiB (a paste of a whole file into the password field).
  for (const length of [1 * KIB, 4 * KIB, 16 * KIB, 64 * KIB, 256 * KIB, 1024 * KIB]) {
    add('long', randomString(PRINTABLE, length));
    add('long', repeatTo(L33T_SYMBOLS, length));
  }
  add('long', 'a'.repeat(1024 * KIB));
  add('long', repeatTo('correct horse battery staple ', 1024 * KIB));
  return corpus;
}

/** Counts entries per category, in first-seen order. */
export function categoryCounts(corpus) {
  const counts = new Map();
  for (const { category } of corpus) counts.set(category, (counts.get(category) ?? 0) + 1);
  return Object.fromEntries(counts);
}
