// "Did you mean …?" for mail domains: signup-guard against mailcheck and
// @zootools/email-spell-checker (exact-version devDependencies), in the same run, on data none
// of them wrote (regenerate with `python3 data/lookalike/gen_lists.py`; provenance in
// tests/data/README.md):
//
// - keyboard typos of 20 popular providers made by dnstwist (tests/data/dnstwist/mail_typos.tsv):
//   right = the provider the typo came from, wrong = another domain, the rest abstains;
// - false corrections: any suggestion for one of the 8,760 real provider domains of npm
//   email-providers (tests/data/email_providers/all.txt), and for the part of it that
//   signup-guard does not compile in (all.json minus common.json: held out).
//
// Usage: node scripts/build.mjs && node bench/email-suggest.mjs [--list]
// (--list prints every false correction and wrong suggestion.)

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import zootools from '@zootools/email-spell-checker';
import { ROOT } from '../scripts/lib/process.mjs';
import { checkEmail, ready } from '../node/index.js';

const require = createRequire(import.meta.url);
const Mailcheck = require('mailcheck');

const rows = (path) => readFileSync(join(ROOT, path), 'utf8')
  .split('\n').filter((line) => line && !line.startsWith('#'));

const typos = rows('tests/data/dnstwist/mail_typos.tsv').map((line) => {
  const [provider, fuzzer, typo] = line.split('\t');
  return { provider, fuzzer, typo };
});
const providers = rows('tests/data/email_providers/all.txt');
const compiledIn = new Set(rows('data/lookalike/mail_providers.txt'));
const heldOut = providers.filter((domain) => !compiledIn.has(domain));

await ready();

/** Each tool as `domain → suggested domain or null`. */
const tools = {
  'signup-guard': (domain) => {
    const suggestion = checkEmail(`ada@${domain}`).suggestion;
    return suggestion ? suggestion.split('@')[1] : null;
  },
  mailcheck: (domain) => {
    let found = null;
    Mailcheck.run({ email: `ada@${domain}`, suggested: (s) => { found = s.domain; }, empty: () => {} });
    return found;
  },
  '@zootools/email-spell-checker': (domain) => zootools.run({ email: `ada@${domain}` })?.domain ?? null,
};

const percent = (n, total) => `${(100 * n / total).toFixed(1)}%`;
const list = process.argv.includes('--list');

console.log(`keyboard typos: ${typos.length} (dnstwist 20250130, 20 providers)`);
console.log(`real providers: ${providers.length} (email-providers 2.27.0 all.json), held out ${heldOut.length}`);
console.log('');
console.log('| tool | right | wrong | false corrections (all.json) | of them held out |');
console.log('|---|---|---|---|---|');
const details = [];
for (const [name, suggest] of Object.entries(tools)) {
  let right = 0;
  const wrong = [];
  for (const { provider, typo } of typos) {
    const suggestion = suggest(typo);
    if (suggestion === provider) right += 1;
    else if (suggestion) wrong.push(`${typo} → ${suggestion} (typo of ${provider})`);
  }
  const corrected = providers
    .map((domain) => [domain, suggest(domain)])
    .filter(([domain, suggestion]) => suggestion && suggestion !== domain);
  const heldOutCorrected = corrected.filter(([domain]) => !compiledIn.has(domain));
  console.log(`| ${name} | ${right} (${percent(right, typos.length)}) | ${wrong.length} (${percent(wrong.length, typos.length)}) `
    + `| ${corrected.length} (${percent(corrected.length, providers.length)}) `
    + `| ${heldOutCorrected.length} (${percent(heldOutCorrected.length, heldOut.length)}) |`);
  details.push({ name, wrong, corrected });
}
if (list) {
  for (const { name, wrong, corrected } of details) {
    console.log(`\n${name}: wrong suggestions\n  ${wrong.join('\n  ')}`);
    console.log(`${name}: real providers corrected\n  ${corrected.map(([d, s]) => `${d} → ${s}`).join('\n  ')}`);
  }
}
