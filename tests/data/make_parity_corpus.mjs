// Writes tests/data/parity_corpus.json, the inputs the parity test runs through the browser,
// Node and native Rust. Deterministic; run `node tests/data/make_parity_corpus.mjs` after editing.

import { readFileSync, writeFileSync } from 'node:fs';

const passwords = [
  '', ' ', 'a', 'password', 'P@ssw0rd', 'Password1', '123456', 'qwerty', 'letmein', 'iloveyou',
  'correct horse battery staple', 'Tr0ub4dor&3', 'zxcvbnm', 'dragon2024', 'summer2019', '1qaz2wsx',
  'abcabcabc', 'aaaaaaaaaaaaaaaa', 'qwertyuiop[]', '19/04/1987', '01011990', 'p4$$w0rd', 'M0nk3y!',
  'violet-kettle-Harbour-9-lantern', 'plum Gravel 7 orchid tundra', 'xK9#mQ2$vL7!pR4&', 'abcdefghijklmnop',
  'ZYXWVUTSRQPONMLK', 'trustno1trustno1', '$$$$$$$$$$$$$$$$',
  // Unicode.
  'pässwörd', 'Пароль123', 'пароль', '密码密码密码123', 'パスワードパスワード', '🔒🔑🐱🐶🌈🍕',
  'café-au-lait-tous-les-matins', 'cafe\u0301-au-lait-tous-les-matins', 'ＰＡＳＳＷＯＲＤ１２３',
  'كلمةالسر2024', 'סיסמהסיסמה', 'Κωδικός πρόσβασης', 'รหัสผ่านของฉัน', '👩‍👩‍👧‍👦👩‍👩‍👧‍👦',
  'a\u0301\u0301\u0301\u0301\u0301\u0301', '\u202Eabcdefghijk', 'pass\u0000word-extra-long',
  'tab\there\nnewline\r\n', 'ǅemal-Ǆ-ǆ-ﬁnance', 'ß-straße-STRASSE-1', 'İstanbul-ıi-2024', '\u1F82\u1F82\u1F82',
  'Ω≈ç√∫˜µ≤≥÷', '\uFEFFbom-start', 'ℌ𝔢𝔩𝔩𝔬-𝔴𝔬𝔯𝔩𝔡-1234',
  // Long.
  'a'.repeat(300), 'ab1!'.repeat(100), 'correct-horse-battery-staple-'.repeat(12),
  'x'.repeat(1100), '\u1F82'.repeat(300), 'Zq9!'.repeat(70),
];

/** Option sets a signup form really passes. */
const optionSets = [
  undefined,
  { policy: 'nist' },
  { policy: 'nist', mfa: true },
  { policy: 'asvs-l1' },
  { policy: 'asvs-l2', userInputs: ['ada@example.org', 'Ada', 'Lovelace', 'adal'] },
  { policy: 'pci-dss-4', lang: 'de' },
  { policy: 'composition', lang: 'fr' },
  { policy: { preset: 'pci-dss-4', minLength: 10, requireSpecial: true }, lang: 'es' },
  { policy: { minLength: 6, minScore: 1 }, lang: 'fr-CA' },
  { userInputs: ['kettle@example.org', 'violet', 'kettle'], lang: 'xx' },
  { lang: 'de-AT', messages: { 'policy.too-short': 'Mindestens {min} Zeichen, bitte.' } },
];

const passwordCases = [];
passwords.forEach((password, index) => {
  // Every password with no options, and with two of the option sets chosen by its index.
  passwordCases.push({ password });
  passwordCases.push({ password, options: optionSets[1 + (index % (optionSets.length - 1))] });
  passwordCases.push({ password, options: optionSets[1 + ((index * 7 + 3) % (optionSets.length - 1))] });
});
// Confirmations: equal, different, NFD of an NFC password, and for a certainly-too-long one.
for (const [password, confirmation] of [
  ['violet-kettle-Harbour-9-lantern', 'violet-kettle-Harbour-9-lantern'],
  ['violet-kettle-Harbour-9-lantern', 'violet-kettle-Harbour-9-lanterN'],
  ['café-au-lait-tous-les-matins', 'cafe\u0301-au-lait-tous-les-matins'],
  ['', ''],
  ['password', ''],
  ['x'.repeat(1100), 'x'.repeat(1100)],
  ['x'.repeat(1100), 'x'.repeat(1099)],
]) {
  passwordCases.push({ password, options: { confirmation } });
  passwordCases.push({ password, options: { confirmation, policy: 'asvs-l1', lang: 'es' } });
}
// Personal information.
for (const password of ['lovelace1815', 'Ada.Lovelace.1815!', 'adaexample-org-2024', 'kettle-violet-99']) {
  passwordCases.push({ password, options: { userInputs: ['ada@example.org', 'Ada', 'Lovelace', 'kettle'], policy: 'asvs-l2' } });
}

// URLs and hosts: the lookalike corpus plus tricky forms.
const corpusLines = readFileSync(new URL('./lookalike_corpus.tsv', import.meta.url), 'utf8')
  .split('\n').filter((line) => line && !line.startsWith('#')).map((line) => line.split('\t')[0]);
const picked = corpusLines.filter((_, index) => index % 3 === 0);
const urls = [
  ...picked,
  '', ' ', 'https://example.com', 'http://example.com:8080/path?q=1#frag', 'https://bank.com@evil.example/login',
  'https://paypal.com.account-verify.example', 'javascript:alert(1)', 'data:text/html,hi', 'mailto:ada@example.org',
  'https://xn--80ak6aa92e.com', 'https://[::1]:8443/', 'http://127.0.0.1/', 'http://0x7f.1/', 'https://localhost',
  'https://münchen.de', 'HTTPS://EXAMPLE.COM.', 'https://a..b.com', 'https://' + 'a'.repeat(70) + '.com',
  'ftp://files.example.org', '//example.com/x', 'https://examp1e-shop.com/login', 'https://example-shop.com.evil.test',
  'exаmple-shop.com', 'https://sub.example-shop.co.uk', 'https://github.io', 'https://user.github.io',
];
const urlCases = urls.map((input, index) => ({
  input,
  options: index % 4 === 0 ? { protectedDomains: ['example-shop.com', 'example-shop.co.uk'] }
    : index % 4 === 1 ? { lang: ['de', 'fr', 'es'][index % 3] }
      : index % 4 === 2 ? { protectedDomains: ['bücher.de'], lang: 'fr-BE' } : undefined,
}));

// Emails.
const locals = ['ada', 'ada.lovelace', 'ada+signup', 'ADA', 'o\'brien', 'élodie', '用户'];
const domains = [
  'gmail.com', 'gmial.com', 'gmail.co', 'gamil.com', 'hotmial.com', 'hotmail.con', 'yaho.com', 'yahoo.com',
  'outlok.com', 'icloud.com', 'iclod.com', 'protonmail.com', 'protonmial.com', 'mailinator.com',
  'guerrillamail.com', '10minutemail.com', 'paypa1.com', 'gmaiI.com', 'gmаil.com', 'example.org',
  'bücher.de', 'xn--bcher-kva.de', 'example-shop.com', 'examp1e-shop.com', 'sub.example.co.uk', 'localhost',
];
const emailInputs = [];
domains.forEach((domain, index) => {
  emailInputs.push(`${locals[index % locals.length]}@${domain}`);
  emailInputs.push(`${locals[(index + 3) % locals.length]}@${domain}`);
  emailInputs.push(`  ${locals[(index + 5) % locals.length]}@${domain.toUpperCase()}  `);
});
emailInputs.push(
  '', ' ', 'ada', '@example.org', 'ada@', 'ada@@example.org', 'ada@example', 'ada example@example.org',
  'ada@exa mple.org', 'ada@example..org', 'ada@.example.org', 'ada@example.org.', '"quoted"@example.org',
  'ada@[127.0.0.1]', `${'a'.repeat(70)}@example.org`, `ada@${'b'.repeat(70)}.org`, 'ada@-example.org',
  'ada@example-.org', 'ada\u0000@example.org', 'ada@exаmple.org', 'ａｄａ@example.org', 'ada@例え.jp',
);
const emailCases = emailInputs.map((input, index) => ({
  input,
  options: index % 3 === 0 ? { protectedDomains: ['example-shop.com'] }
    : index % 3 === 1 ? { lang: ['de', 'fr', 'es', 'pt'][index % 4] } : undefined,
}));

// The page's own host.
const official = ['example-shop.com', 'example-shop.co.uk'];
const hosts = [
  'example-shop.com', 'www.example-shop.com', 'EXAMPLE-SHOP.COM.', 'example-shop.co.uk', 'login.example-shop.co.uk',
  'examp1e-shop.com', 'example-shop.com.evil.test', 'exаmple-shop.com', 'xn--exmple-shop-jrj.com', 'localhost',
  'app.localhost', '127.0.0.1', '[::1]', '0.0.0.0', '192.168.1.10', 'evil.test', '', 'example-shop.org',
  'examplee-shop.com', 'ex4mple-shop.com',
];
const pageOriginCases = hosts.flatMap((host, index) => [
  { options: { officialDomains: official, host } },
  { options: { officialDomains: index % 2 ? ['example-shop.com'] : official, host, lang: ['de', 'fr', 'es'][index % 3] } },
]);

// Whole signup verdicts (evaluateForm): a server's input (submitted, every field required, its
// own breach answer, no host or connection) and a page's (while typing, with its address and
// connection), under several options. Cases marked `invalid` must be refused everywhere.
const STRONG = 'violet-kettle-Harbour-9-lantern';
const required = (value) => ({ value, required: true });
const server = (fields, breach = { status: 'not-found' }) => ({
  attempted: true,
  password: required(STRONG),
  email: required('ada@example.org'),
  breach,
  ...fields,
});
const secure = { secureContext: true, pageOrigin: 'https://example-shop.com', actionOrigin: 'https://example-shop.com', allowedOrigins: [] };
const page = (fields) => ({
  password: { value: STRONG, required: true },
  confirmation: { value: '', required: true },
  email: { value: '', required: true },
  personal: ['ada', 'Ada', 'Lovelace', 'Ada Lovelace'],
  breach: { status: 'checking' },
  host: 'example-shop.com',
  connection: secure,
  ...fields,
});
const shop = { officialDomains: ['example-shop.com'] };
const formCases = [
  // The password and its breach check, as a server asks.
  { input: server({}) },
  { input: server({}), options: { policy: 'nist' } },
  { input: server({}, { status: 'found', count: 4242 }), options: { lang: 'de' } },
  { input: server({}, { status: 'found', count: 4242, countText: '4.242' }), options: { lang: 'de' } },
  { input: server({}, { status: 'found', count: 1 }), options: { lang: 'es' } },
  { input: server({ password: required('password') }, { status: 'found', count: 12000000 }), options: { lang: 'fr' } },
  { input: server({ password: required('Kettle9!') }), options: { policy: 'nist' } },
  { input: server({ password: required('Kettle9!xyzw') }), options: { policy: 'nist', mfa: true } },
  { input: server({ password: required('Password1') }), options: { policy: 'composition', lang: 'fr-CA' } },
  { input: server({ password: required('abcdefghij') }), options: { policy: { preset: 'pci-dss-4', minLength: 10 } } },
  { input: server({}, { status: 'failed' }) },
  { input: server({}, { status: 'failed' }), options: { failClosed: true } },
  { input: server({ password: required('Kettle9!') }, { status: 'failed' }), options: { failClosed: true, lang: 'es' } },
  { input: server({ password: required('') }, { status: 'not-checked' }) },
  { input: server({ password: required('') }, { status: 'not-checked' }), options: { lang: 'de' } },
  // Context words: the email, then the other personal fields, then the site's.
  { input: server({ password: required('lovelace1815-violet-kettle'), personal: ['lovelace1815', 'Ada', 'Lovelace', 'Ada Lovelace'] }) },
  { input: server({ password: required('examplecorp-violet-kettle') }), options: { userInputs: ['examplecorp'], policy: 'asvs-l2' } },
  // The confirmation.
  { input: server({ confirmation: required(STRONG) }) },
  { input: server({ confirmation: required(`${STRONG}x`) }), options: { lang: 'fr' } },
  { input: server({ password: required('Café-violet-kettle-Harbour-9'), confirmation: required('Cafe\u0301-violet-kettle-Harbour-9') }) },
  { input: server({ confirmation: required('') }) },
  { input: server({ confirmation: required('nope') }), options: { messages: { 'checklist.field.mismatch': 'Not the same.' } } },
  // The email.
  { input: server({ email: required('ada@@example') }) },
  { input: server({ email: required('  ') }), options: { lang: 'es' } },
  { input: server({ email: required('ada@gmial.com') }) },
  { input: server({ email: required('ada@hotmial.com') }), options: { lang: 'de' } },
  { input: server({ email: required('ada@mailinator.com') }) },
  { input: server({ email: required('ada@mailinator.com') }), options: { allowDomains: ['mailinator.com'] } },
  { input: server({ email: required('ada@relay.example') }), options: { denyDomains: ['relay.example'], lang: 'fr' } },
  { input: server({ email: required('ada@examp1e-shop.com') }), options: { protectedDomains: ['example-shop.com'] } },
  { input: server({ email: null, confirmation: null }) },
  // The page: its address, its connection, web addresses, items, two-step and tips.
  { input: page({}), options: shop },
  { input: page({ attempted: true }), options: { ...shop, lang: 'de' } },
  { input: page({ host: 'www.example-shop.com', breach: { status: 'not-found' }, confirmation: { value: STRONG, required: true }, email: { value: 'ada@example.org', required: true } }), options: shop },
  { input: page({ host: 'localhost', connection: { ...secure, pageOrigin: 'http://localhost:8080', actionOrigin: 'http://localhost:8080' } }), options: { officialDomains: ['example-shop.com', 'localhost'] } },
  { input: page({ host: 'localhost' }), options: shop },
  { input: page({ host: 'evil.test' }), options: { ...shop, lang: 'fr' } },
  { input: page({ host: 'examp1e-shop.com' }), options: { ...shop, lang: 'es' } },
  { input: page({ host: 'exаmple-shop.com' }), options: { officialDomains: ['example-shop.com', 'example-shop.co.uk'] } },
  { input: page({ host: 'evil.test' }) },
  { input: page({ connection: { ...secure, secureContext: false, pageOrigin: 'http://example-shop.com', actionOrigin: 'http://example-shop.com' } }), options: shop },
  { input: page({ connection: { ...secure, actionOrigin: 'https://collector.example' } }), options: shop },
  { input: page({ connection: { ...secure, actionOrigin: 'https://accounts.example-shop.com', allowedOrigins: ['https://accounts.example-shop.com'] } }), options: shop },
  {
    input: page({
      urls: [
        { name: 'website', value: 'javascript:alert(1)' }, { name: 'shop', value: 'https://examp1e-shop.com/login' },
        { name: 'lure', value: 'https://paypal-login.com' }, { name: 'fine', value: 'https://example.org' },
        { name: 'empty', value: ' ' }, { name: 'homograph', value: 'https://аррӏе.com' },
      ],
    }),
    options: { ...shop, protectedDomains: ['example-shop.com'], lang: 'de' },
  },
  {
    input: page({
      custom: [
        { id: 'terms', text: 'Accept the terms', state: 'fail', required: true },
        { id: 'captcha', text: 'Solve the puzzle', state: 'pending', required: true },
        { id: 'news', text: 'Newsletter', state: 'fail', required: false },
        { id: 'age', text: 'Over 16', state: 'pass', required: true },
      ],
      attempted: true,
    }),
    options: shop,
  },
  { input: page({ passkey: true, breach: { status: 'off' } }), options: { twoStep: true, tips: false } },
  { input: page({ breach: { status: 'unavailable' } }), options: { twoStep: false, lang: 'xx' } },
  { input: page({ password: { value: '', required: true }, breach: { status: 'not-checked' } }) },
  { input: {} },
  { input: { attempted: true, password: { value: '' }, email: { value: '' } } },
  // Refused everywhere: a contradictory policy, misspelt names.
  { input: server({}), options: { policy: { minLength: 20, maxLength: 10 } }, invalid: true },
  { input: server({}), options: { failClose: true }, invalid: true },
  { input: { ...server({}), pasword: required(STRONG) }, invalid: true },
];

const corpus = {
  note: 'Inputs for tests/e2e/parity.test.mjs; generated by tests/data/make_parity_corpus.mjs.',
  passwords: passwordCases,
  urls: urlCases,
  emails: emailCases,
  pageOrigins: pageOriginCases,
  forms: formCases,
};
writeFileSync(new URL('./parity_corpus.json', import.meta.url), `${JSON.stringify(corpus, null, 1)}\n`);
console.log(`parity corpus: ${passwordCases.length} passwords, ${urlCases.length} URLs, ${emailCases.length} emails, ${pageOriginCases.length} page origins, ${formCases.length} forms`);
