// Uses every export of the package with the types a strict project sees. `tsc -p tests/types`
// (tests/node/types.test.mjs) fails when a declaration is missing, wrong, or loosely typed;
// generated/exports.ts, written by the test, imports every runtime export of every entry.

import {
  CoreFailedError,
  NoDomError,
  NotReadyError,
  PasswordMeter,
  PasswordToggle,
  SignupGuard,
  attach,
  breachCount,
  buildChecklist,
  checkEmail,
  checkPageOrigin,
  checkPassword,
  checkPasswordAsync,
  checkUrl,
  configurePasswordWorker,
  evaluateForm,
  guardFor,
  initAll,
  isReady,
  messageText,
  ready,
  usesWorker,
  warmUp,
} from 'signup-guard';
import type {
  BreachCheckError,
  ChecklistFacts,
  ChecklistOptions,
  CustomItem,
  CustomPolicy,
  FormInput,
  FormOptions,
  GuardState,
  LookalikeOptions,
  PageOriginOptions,
  PasswordOptions,
  PresetName,
  SignupGuardChangeEvent,
} from 'signup-guard';
import {
  CHECKLIST_FACTS,
  CHECKLIST_OPTIONS,
  CUSTOM_ITEM,
  CUSTOM_POLICY,
  FORM_INPUT,
  FORM_OPTIONS,
  LOOKALIKE_OPTIONS,
  PAGE_ORIGIN_OPTIONS,
  PASSWORD_OPTIONS,
  PRESETS,
} from '../../www/lib/arguments.js';

/** `true` only when A and B are the same type. */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function same<A, B>(_proof: Same<A, B>): void {}

// The JavaScript argument checks know exactly the names the Rust option types have.
same<keyof typeof PASSWORD_OPTIONS, keyof PasswordOptions>(true);
same<keyof typeof CUSTOM_POLICY, keyof CustomPolicy>(true);
same<keyof typeof LOOKALIKE_OPTIONS, keyof LookalikeOptions>(true);
same<keyof typeof FORM_INPUT, keyof FormInput>(true);
same<keyof typeof FORM_OPTIONS, keyof FormOptions>(true);
same<keyof typeof PAGE_ORIGIN_OPTIONS, keyof PageOriginOptions>(true);
same<keyof typeof CHECKLIST_OPTIONS, keyof ChecklistOptions>(true);
same<keyof typeof CHECKLIST_FACTS, keyof ChecklistFacts>(true);
same<keyof typeof CUSTOM_ITEM, keyof CustomItem>(true);
const presets: readonly string[] = PRESETS;
const preset: PresetName = 'nist';
presets.includes(preset);

await ready();
await ready(new URL('https://cdn.example/signup_guard_bg.wasm'));
const loaded: boolean = isReady();

const report = checkPassword('correct horse battery staple', {
  policy: { preset: 'asvs-l2', minLength: 12 },
  userInputs: ['ann@example.org'],
  confirmation: 'correct horse battery staple',
  lang: 'de',
  messages: { 'password.warning.common': '…' },
});
const score: 0 | 1 | 2 | 3 | 4 = report.score;
const ok: boolean = report.policy.ok;
const failure: string | undefined = report.policy.failures[0]?.code;
const display: string = report.crackTimes.offlineSlowHashing1e4PerSecond.display;
const warning: string | undefined = report.feedback.warning?.message;
const chars: number = report.estimatedChars + report.guessesLog10 + report.zxcvbnScore;
// @ts-expect-error a misspelt option is a type error, as it is a TypeError at run time
checkPassword('x', { polcy: 'nist' });
// @ts-expect-error an unknown preset
checkPassword('x', { policy: 'nsit' });

const asyncReport = await checkPasswordAsync('x', { policy: 'nist' });
asyncReport.policy.requirements.forEach((requirement) => requirement.met satisfies boolean);
configurePasswordWorker({ worker: true, wasm: '/signup_guard_bg.wasm' });
const worker: boolean = usesWorker();
await warmUp({ when: 'idle', mainThread: true });

const url = checkUrl('https://аррӏе.com/', { protectedDomains: ['shop.com shop.de'] });
const verdict: 'safe' | 'suspicious' | 'dangerous' | 'invalid' = url.verdict;
const host: string = url.displayHost + url.asciiHost + (url.registrableDomain ?? '') + (url.lookalikeOf ?? '');
const email = checkEmail('ada@gmial.com', { allowDomains: ['relay.example'], denyDomains: [], lang: 'fr' });
const suggestion: string | null = email.suggestion;
const reason: string = email.reasons.map((r) => `${r.code}:${r.severity}:${r.message}`).join();
const origin = checkPageOrigin({ officialDomains: ['example.com'], host: 'examp1e.com' });
const official: boolean = origin.official && origin.officialDomain !== null;
// @ts-expect-error officialDomains is required
checkPageOrigin({ host: 'example.com' });

const count: number = await breachCount('password', { endpoint: 'https://api.pwnedpasswords.com', timeoutMs: 3000, signal: AbortSignal.timeout(5000) });
try {
  await breachCount('password');
} catch (error) {
  const failed = error as BreachCheckError;
  const code: 'network' | 'timeout' | 'http-status' | 'malformed' | 'aborted' = failed.code;
  const status: number | undefined = failed.status;
}

const checklist = buildChecklist(
  { password: 'strong', breach: 'found', breachCount: 3, connection: { secureContext: true }, custom: [{ id: 'terms', text: 'Terms', required: true }] },
  { lang: 'de' },
);
const blocking: string[] = checklist.blocking;
const done: number = checklist.summary.done;
const items: string[] = checklist.items.map((item) => `${item.id} ${item.kind} ${item.state} ${item.level} ${item.field ?? ''} ${item.stateLabel}`);
// @ts-expect-error an unknown fact
buildChecklist({ pasword: 'strong' });

const formVerdict = evaluateForm(
  {
    attempted: true,
    password: { value: 'correct horse battery staple', required: true },
    confirmation: null,
    email: { value: 'ada@example.org', required: true },
    personal: ['ada', 'Ada', 'Lovelace'],
    breach: { status: 'found', count: 4242, countText: '4.242' },
    custom: [{ id: 'terms', text: 'Terms', state: 'pass', required: true }],
  },
  { policy: 'nist', officialDomains: ['example.org'], failClosed: true, lang: 'de' },
);
const mayPass: boolean = formVerdict.valid && formVerdict.complete && formVerdict.blocking.length === 0;
const passwordErrors: string[] = (formVerdict.fields.password?.errors ?? []).map((e) => `${e.code}: ${e.message}`);
const emailNotice: string | null = formVerdict.fields.email?.notice?.suggestion ?? null;
const breached: boolean = formVerdict.password?.policy.failures.some((f) => f.code === 'breached') ?? false;
const bannerTitle: string | null = formVerdict.banner?.title ?? null;
evaluateForm({});
evaluateForm({ password: { value: 'x' } }, null);
// @ts-expect-error an unknown input
evaluateForm({ pasword: { value: 'x' } });
// @ts-expect-error an unknown breach status
evaluateForm({ breach: { status: 'leaked' } });
// @ts-expect-error an unknown option
evaluateForm({}, { failClose: true });

const text: string = messageText('checklist.title', 'fr');

for (const ErrorClass of [NotReadyError, CoreFailedError, NoDomError]) {
  const error: Error = new ErrorClass();
  if (error instanceof NotReadyError) error.code satisfies 'not-ready';
  if (error instanceof CoreFailedError) error.code satisfies 'core-failed';
  if (error instanceof NoDomError) error.code satisfies 'no-dom';
}

const input = document.querySelector<HTMLInputElement>('input[type=password]')!;
const meter = new PasswordMeter(input, { lang: 'de', passwordOptions: { policy: 'nist' }, warmUp: 'focus' }).init();
meter.render(report);
meter.render(null);
meter.destroy();
const toggle = new PasswordToggle(input, { lang: 'fr', announce: (message) => console.log(message) }).init();
toggle.toggle();
const shown: boolean = toggle.visible;
toggle.destroy();

const form = document.querySelector('form')!;
const guard: SignupGuard = attach(form, {
  policy: 'nist',
  breach: { endpoint: '/hibp', delayMs: 800 },
  officialDomains: ['example.com'],
  items: [{ id: 'terms', text: 'I accept the terms', required: true }, (f) => ({ id: 'x', text: f.id, state: 'pass' })],
  checkers: { breachCount: async () => 0 },
  onChange: (state: GuardState) => {
    const valid: boolean = state.valid;
    const breached = state.password?.policy.failures.some((f) => f.code === 'breached');
    const emailSuggestion: string | null | undefined = state.email?.suggestion;
    const originStatus: string | undefined = state.origin?.status;
    state.urls.forEach((u) => `${u.field} ${u.value} ${u.verdict}`);
  },
});
await guard.settled();
guard.refresh();
const guards: SignupGuard[] = initAll(document, { watch: true });
const again: SignupGuard | null = guardFor(form);
form.addEventListener('signup-guard:change', (event) => {
  const state: GuardState = event.detail;
  event satisfies SignupGuardChangeEvent;
});
guard.destroy();
