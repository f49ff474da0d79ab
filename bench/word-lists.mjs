// Size against agreement for zxcvbn's word lists: how many wire bytes each amount of the lists
// costs, and how often a password's score stays what it is with the full lists.
//
//   node bench/word-lists.mjs            # writes bench/results/word-lists.json, prints tables
//
// The estimator here is zxcvbn.js 4.4.2 (the same six lists as the vendored Rust crate, and the
// reference the parity tests compare with), with its dictionary matcher pointed at truncated
// lists: each list keeps its first (most common) fraction of words, ranks unchanged. Agreement is
// measured on two sets:
//  - `corpus`: the bench corpus (bench/corpus.mjs) up to 64 characters plus the parity corpus's
//    passwords (tests/data/parity_corpus.json): the mix of passwords people type;
//  - `listWords`: every 11th word of every list, typed as a password: the hardest case for
//    truncation, since each of them is a dictionary word.
// It also measures rank buckets: past rank 100, each list cut into runs whose ranks differ by at
// most a share `width` of their first rank, each run sorted (so neighbouring words share
// prefixes) and every word given its run's first rank (guesses at most `width` lower). Only the
// sizes are measured: they show how little the order within a run costs.
// It also prints what lossless coders give on the full lists (gzip -9, brotli -11, xz -9e), and
// whether any word could be dropped without changing any result by zxcvbn's own rules (a word in
// two lists, or rank ≥ 10^length so that bruteforce always rates lower): none can, since
// zxcvbn's list builder already removed those.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { buildCorpus } from './corpus.mjs';

const require = createRequire(import.meta.url);
const zxcvbn = require('zxcvbn');
const matching = require('zxcvbn/lib/matching.js');
const LISTS = require('zxcvbn/lib/frequency_lists.js');

const root = new URL('..', import.meta.url);
const FRACTIONS = [1, 0.99, 0.97, 0.95, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05];

/** gzip -9, brotli -11 (large window) and, when the `xz` command exists, xz -9e sizes of `text`. */
function sizes(text) {
  const bytes = Buffer.from(text);
  const out = {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24 },
    }).length,
  };
  try {
    out.xz = execFileSync('xz', ['-9e', '-c'], { input: bytes, maxBuffer: 1 << 26 }).length;
  } catch {
    out.xz = null;
  }
  return out;
}

/** Each list cut to its first `fraction` of words, as the matcher's ranked dictionaries. */
function truncated(fraction) {
  const dicts = {};
  const texts = [];
  for (const [name, words] of Object.entries(LISTS)) {
    const kept = words.slice(0, Math.round(words.length * fraction));
    texts.push(kept.join(','));
    dicts[name] = Object.fromEntries(kept.map((word, i) => [word, i + 1]));
  }
  return { dicts, text: texts.join('\n') };
}

// Every matcher (plain, reversed, l33t) goes through dictionary_match with the module's own
// dictionaries unless given others: point it at the current ones.
let current = null;
const dictionaryMatch = matching.dictionary_match;
matching.dictionary_match = function (password, dictionaries) {
  return dictionaryMatch.call(this, password, dictionaries ?? current);
};

/** Score and guesses of each password with dictionaries `dicts` (null: zxcvbn.js's own). */
function rate(passwords, dicts) {
  current = dicts;
  // user_inputs stays empty: no context words in these sets.
  return passwords.map((password) => {
    const r = zxcvbn(password);
    return { score: r.score, guesses: r.guesses };
  });
}

const parity = JSON.parse(readFileSync(new URL('tests/data/parity_corpus.json', root), 'utf8'));
const corpus = [
  ...buildCorpus().map((e) => e.password),
  ...parity.passwords.map((e) => e.password),
].filter((p) => [...p].length <= 64);
const listWords = Object.values(LISTS).flatMap((words) => words.filter((_, i) => i % 11 === 0));
const sets = { corpus, listWords };

const reference = Object.fromEntries(Object.entries(sets).map(([k, v]) => [k, rate(v, null)]));
const rows = [];
for (const fraction of FRACTIONS) {
  const { dicts, text } = truncated(fraction);
  const row = { fraction, words: Object.values(dicts).reduce((n, d) => n + Object.keys(d).length, 0), ...sizes(text) };
  for (const [name, passwords] of Object.entries(sets)) {
    const got = rate(passwords, dicts);
    const ref = reference[name];
    let same = 0;
    let within1 = 0;
    got.forEach((g, i) => {
      if (g.score === ref[i].score) same += 1;
      if (Math.abs(g.guesses - ref[i].guesses) <= 0.01 * ref[i].guesses) within1 += 1;
    });
    row[name] = { n: passwords.length, sameScore: same / passwords.length, guessesWithin1pct: within1 / passwords.length };
  }
  rows.push(row);
}

/** Each list in runs of ranks within `width` of the run's first rank (exact up to rank 100), sorted. */
function bucketedText(width) {
  return Object.values(LISTS)
    .map((words) => {
      const runs = [];
      for (let i = 0; i < words.length; ) {
        const size = i + 1 <= 100 ? 1 : Math.max(1, Math.floor((i + 1) * width));
        runs.push(words.slice(i, i + size).sort().join(','));
        i += size;
      }
      return runs.join(';');
    })
    .join('\n');
}
const buckets = [0.01, 0.05, 0.1, 0.25, 1].map((width) => ({ width, ...sizes(bucketedText(width)) }));

// Lossless checks: duplicates across lists, and words bruteforce always beats.
const seen = new Set();
let duplicates = 0;
let rareAndShort = 0;
for (const words of Object.values(LISTS)) {
  words.forEach((word, i) => {
    if (seen.has(word)) duplicates += 1;
    seen.add(word);
    if (i + 1 >= 10 ** word.length) rareAndShort += 1;
  });
}

/** The smallest byte counts (gzip, brotli) among rows whose corpus agreement is at least `share`. */
function bytesFor(share) {
  const ok = rows.filter((r) => r.corpus.sameScore >= share);
  const best = ok[ok.length - 1];
  return best ? { fraction: best.fraction, gzip: best.gzip, brotli: best.brotli } : null;
}

const result = {
  estimator: 'zxcvbn.js 4.4.2 with truncated lists',
  rows,
  buckets,
  losslessDroppable: { duplicates, rareAndShort },
  bytesForCorpusAgreement: { '100%': bytesFor(1), '99.9%': bytesFor(0.999), '99%': bytesFor(0.99) },
};
mkdirSync(new URL('bench/results/', root), { recursive: true });
writeFileSync(new URL('bench/results/word-lists.json', root), `${JSON.stringify(result, null, 2)}\n`);

const kb = (n) => (n == null ? '–' : `${(n / 1024).toFixed(1)} KiB`);
const pct = (x) => `${(100 * x).toFixed(2)} %`;
console.log('| lists kept | words | gzip -9 | brotli -11 | xz -9e | same score, corpus | same score, list words | guesses ±1 %, corpus |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(
    `| ${pct(r.fraction)} | ${r.words} | ${kb(r.gzip)} | ${kb(r.brotli)} | ${kb(r.xz)} | ${pct(r.corpus.sameScore)} (n=${r.corpus.n}) | ${pct(r.listWords.sameScore)} (n=${r.listWords.n}) | ${pct(r.corpus.guessesWithin1pct)} |`,
  );
}
console.log('\n| rank runs sorted, width | gzip -9 | brotli -11 | xz -9e |');
console.log('| --- | --- | --- | --- |');
for (const b of buckets) console.log(`| ${pct(b.width)} | ${kb(b.gzip)} | ${kb(b.brotli)} | ${kb(b.xz)} |`);
console.log(`droppable without any change: ${duplicates} duplicates, ${rareAndShort} rare-and-short`);
console.log('bytes for corpus agreement:', JSON.stringify(result.bytesForCorpusAgreement));
