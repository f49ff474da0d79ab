// SignupGuard: one signup form with its checks wired in. The controller: it finds the fields,
// collects what they hold, asks the core for the verdict (one call per change) and hands it to
// the parts that draw it. It decides nothing about the signup itself. It only adds siblings and
// aria attributes: inputs are never moved, replaced or cloned, and `autocomplete` is never
// touched, so password managers keep working. destroy() puts the form back exactly as it was.

import { LiveRegion } from '../live-region.js';
import { ChecklistPanel } from '../checklist-panel.js';
import { OriginBanner } from '../origin-banner.js';
import { requireDom } from '../dom.js';
import { evaluateForm, formContextWords } from '../form-verdict.js';
import { evaluateFormAsync } from '../password-async.js';
import { PASSWORD_OPTIONS, pick } from '../arguments.js';
import { AttributeLedger } from './ledger.js';
import { Text } from './text.js';
import { detectFields, fieldName, sameFields } from './fields.js';
import { breachChecker } from './checkers.js';
import { BreachCheck } from './breach-check.js';
import { RiskSignals } from './risk-signals.js';
import { CoreSession } from './core-session.js';
import { ChangeEvents } from './change-events.js';
import { SubmitGate, withinLimit } from './submit-gate.js';
import { PasswordRating, PENDING } from './password-rating.js';
import { formInput, formOptions } from './core-request.js';
import { emptyState, guardState } from './guard-state.js';
import { FieldParts } from './field-parts.js';
import { connectionFacts, customItems, formatCount } from './page-facts.js';

/** The form's events the guard listens to (bubbling phase). */
const FORM_EVENTS = ['input', 'change', 'focusout', 'focusin', 'keydown', 'paste', 'animationstart'];

/** Resolves an option that names an element: a selector or an element; null otherwise. */
function elementOption(value, $form) {
  if (value instanceof Element) return value;
  if (typeof value === 'string' && value) return $form.ownerDocument.querySelector(value);
  return null;
}

/** Where the checklist goes by default: before the block of the form holding the submit button. */
function checklistAnchor($form) {
  const $submit = [...$form.elements].find(($el) => ($el instanceof HTMLButtonElement || $el instanceof HTMLInputElement)
    && $el.type === 'submit' && $el.form === $form);
  if (!$submit || !$form.contains($submit)) return null;
  let $node = $submit;
  while ($node.parentElement && $node.parentElement !== $form) $node = $node.parentElement;
  return $node;
}

export class SignupGuard {
  /**
   * @param {HTMLFormElement} $form
   * @param {object} [options] see signup-guard.d.ts `AttachOptions`
   */
  constructor($form, options = {}) {
    requireDom('new SignupGuard()');
    this.$form = $form;
    this.options = options;
    this.lang = options.lang || $form.closest('[lang]')?.getAttribute('lang') || 'en';
    this.text = new Text(this.lang, options.messages);
    this.coreOptions = formOptions(options, this.lang);
    this.ledger = new AttributeLedger();
    this.fields = null;
    /** @type {FieldParts|null} the field parts, once init() has made the live region they speak through */
    this.parts = null;
    this.touched = new WeakSet();
    this.destroyed = false;
    this.initialized = false;
    this.passkey = false;
    /** True once the person has tried to submit: empty required fields then fail. */
    this.attempted = false;
    /** True while a redraw waits for the click on a button that focus moved to. */
    this.redrawAfterClick = false;
    this.state = emptyState();
    /** The core's last verdict (null while it cannot be had). */
    this.verdict = null;
    /** True while the password's rating (worker, replacement checker) has not answered. */
    this.pending = false;
    this.session = new CoreSession({
      options,
      hasPassword: () => Boolean(this.fields?.password),
      onReady: () => {
        this.addPasswordToggles();
        this.setupBreach();
      },
      onChange: () => this.coreChanged(),
    });
    this.rating = new PasswordRating({ onAnswer: () => this.update(), onCoreFailed: (error) => this.session.fail(error) });
    this.gate = new SubmitGate(this);
    this.events = new ChangeEvents($form, { onChange: options.onChange, state: () => this.state, live: () => !this.destroyed });
    this.handleEvent = this.handleEvent.bind(this);
  }

  /** Whether the password is rated in the worker. */
  get useWorker() {
    return this.session.useWorker;
  }

  /** Adds the widget's elements and listeners; the checks start once the core has loaded. */
  init() {
    if (this.initialized) return this;
    this.initialized = true;
    const $form = this.$form;
    this.live = new LiveRegion($form).init();
    const $checklist = elementOption(this.options.checklist, $form);
    if (this.options.checklist !== false) {
      this.panel = new ChecklistPanel({
        $container: $checklist,
        $before: $checklist ? null : checklistAnchor($form),
        $form,
        headingLevel: this.options.headingLevel,
      }).init();
    }
    if (Array.isArray(this.options.officialDomains) && this.options.officialDomains.length > 0) {
      this.banner = new OriginBanner({ $container: elementOption(this.options.banner, $form), $form }).init();
    }
    if (this.options.riskSignals) {
      this.risk = new RiskSignals($form, this.options.riskSignals === true ? {} : this.options.riskSignals, this.ledger).init();
    }
    this.parts = new FieldParts({ ledger: this.ledger, text: this.text, live: this.live, lang: this.lang, meter: this.options.meter });
    for (const type of FORM_EVENTS) $form.addEventListener(type, this.handleEvent);
    // Clicks on a submit button anywhere (one outside the form names it with form="…").
    $form.ownerDocument.addEventListener('click', this.handleEvent, true);
    $form.addEventListener('submit', this.handleEvent, true);
    $form.addEventListener('invalid', this.handleEvent, true);
    this.wireFields();
    this.detectPasskey();
    this.session.start();
    this.update();
    return this;
  }

  /** The core loaded, failed or trapped: redraw (after the update in progress, if any). */
  coreChanged() {
    if (this.session.status === 'failed') {
      this.breach?.destroy();
      this.breach = null;
    }
    if (this.updating) this.updateAgain = true;
    else this.update();
  }

  // ── fields ───────────────────────────────────────────────────────────────────────────────

  /** Finds the fields and adds their parts (meter, requirements, messages). */
  wireFields() {
    this.fields = detectFields(this.$form, this.options.fields ?? {});
    this.parts.wire(this.fields);
    this.addPasswordToggles();
  }

  /** The show/hide buttons, once the catalogs can name them; `passwordToggle: false` opts out. */
  addPasswordToggles() {
    if (this.options.passwordToggle !== false && this.session.available) this.parts?.addToggles();
  }

  /** The part drawing `$input`, if the guard knows the field. */
  partFor($input) {
    return this.parts?.get($input) ?? null;
  }

  /** Re-detects the fields (inputs re-rendered by a framework) and re-wires when they changed. */
  refresh() {
    if (this.destroyed || !this.initialized) return;
    const next = detectFields(this.$form, this.options.fields ?? {});
    // A framework may also have dropped the companions while re-rendering around the inputs.
    if (sameFields(next, this.fields) && this.parts.intact()) return;
    this.parts.unwire();
    this.wireFields();
    if (this.session.available && !this.breach) this.setupBreach();
    this.update();
  }

  // ── events ───────────────────────────────────────────────────────────────────────────────

  handleEvent(event) {
    if (event.type === 'click') {
      this.gate.onClick(event);
      if (this.redrawAfterClick && this.$form.contains(event.target)) {
        this.redrawAfterClick = false;
        this.update();
      }
      return;
    }
    const part = this.partFor(event.target);
    if (this.risk && event.type !== 'submit' && event.type !== 'invalid') {
      this.risk.observe(event, part?.role === 'password' || part?.role === 'confirmation');
    }
    switch (event.type) {
      case 'focusin':
        this.session.load();
        break;
      case 'input':
      case 'change':
        this.update();
        break;
      case 'keydown':
        this.gate.onKeydown(event);
        break;
      case 'focusout':
        this.onFocusOut(event, part);
        break;
      case 'submit':
        this.hidePasswords();
        this.gate.onSubmit(event);
        break;
      case 'invalid':
        this.hidePasswords();
        this.gate.onInvalid(event);
        break;
      default:
    }
  }

  /** Leaving a field marks it touched: its messages show from now on. */
  onFocusOut(event, part) {
    if (this.redrawAfterClick) {
      // Focus leaves the button it had moved to without a click (keyboard): draw now.
      this.redrawAfterClick = false;
      this.update();
    }
    if (!part || event.target.value === '') return;
    this.touched.add(event.target);
    // Focus is moving to a button of this form (its submit button, the email suggestion, a
    // show/hide button): drawing messages now would move or replace the button under the
    // pointer between press and release, and the click would be lost. The redraw waits.
    if (this.isFormButton(event.relatedTarget)) {
      this.redrawAfterClick = true;
      return;
    }
    if (part.role === 'password') this.breach?.now(event.target.value);
    this.update();
  }

  /** A button of this form or of the guard's companions in it. */
  isFormButton($el) {
    if (!($el instanceof HTMLButtonElement || ($el instanceof HTMLInputElement && ['submit', 'button', 'image', 'reset'].includes($el.type)))) return false;
    return $el.form === this.$form || this.$form.contains($el);
  }

  /** A submission attempt: every field counts as visited, and empty required ones fail. */
  markAttempted() {
    for (const $input of this.parts.inputs()) this.touched.add($input);
    this.attempted = true;
    this.update();
  }

  /** Any submission attempt, sent or stopped, hides passwords a toggle had shown. */
  hidePasswords() {
    this.parts.hidePasswords();
  }

  // ── checks ───────────────────────────────────────────────────────────────────────────────

  setupBreach() {
    const option = this.options.breach;
    if (option === false || !this.fields?.password) return;
    const config = option && typeof option === 'object' ? option : {};
    this.breach = new BreachCheck({
      breachCount: breachChecker(this.options.checkers),
      delayMs: config.delayMs,
      endpoint: config.endpoint,
      timeoutMs: config.timeoutMs,
      onChange: () => this.update(),
    });
  }

  detectPasskey() {
    const check = globalThis.PublicKeyCredential?.isUserVerifyingPlatformAuthenticatorAvailable;
    if (typeof check !== 'function') return;
    Promise.resolve()
      .then(() => check.call(globalThis.PublicKeyCredential))
      .then((available) => {
        if (this.destroyed || !available) return;
        this.passkey = true;
        this.update();
      })
      .catch(() => {});
  }

  /** Collects the form, asks the core for the verdict, redraws, and reports the state. */
  update() {
    if (this.destroyed || !this.initialized) return;
    this.updating = true;
    try {
      this.evaluate();
    } finally {
      this.updating = false;
    }
    if (this.updateAgain) {
      this.updateAgain = false;
      this.update();
    }
  }

  /** update()'s work. */
  evaluate() {
    const available = this.session.available;
    const password = this.fields?.password?.value ?? '';
    if (this.breach) this.breach.schedule(password);
    const breach = this.options.breach === false || !this.fields?.password ? null
      : this.breach?.snapshot ?? { status: 'unavailable', count: 0, error: null };
    let verdict = null;
    if (available) {
      const input = formInput({
        fields: this.fields,
        urlName: ($url) => fieldName($url, 'url'),
        breach,
        countText: breach ? formatCount(breach.count, this.lang) : undefined,
        attempted: this.attempted,
        host: location.hostname,
        connection: connectionFacts(this.$form, this.options.allowedOrigins),
        passkey: this.passkey,
        custom: customItems(this.options.items, this.$form),
      });
      // A password rated elsewhere (the worker, a replacement checker) may answer later: until
      // it does, the page keeps showing the last state (no flicker, no half-known state).
      const report = password === '' ? null : this.ratePassword(input);
      this.pending = report === PENDING;
      if (this.pending) return;
      if (report) input.passwordReport = report;
      try {
        verdict = evaluateForm(input, this.coreOptions);
      } catch (error) {
        if (error?.code === 'core-failed' || this.session.status === 'failed') return;
        console.warn('[signup-guard] checklist unavailable:', error?.message ?? error);
      }
    }
    this.verdict = verdict;
    this.state = guardState(verdict, {
      ready: this.session.status !== 'loading',
      available,
      fields: this.fieldNames(),
      breach: breach ?? undefined,
      confirmation: this.fields?.confirmation?.value ?? null,
      riskSignals: null,
    });
    if (this.risk) {
      const email = this.state.email;
      this.risk.email = { disposable: Boolean(email?.disposable), mistyped: Boolean(email?.suggestion), lookalike: Boolean(email?.lookalikeOf) };
      this.state.riskSignals = this.risk.write();
    }
    this.render();
    this.events.emit();
  }

  /**
   * The password's report when it is not rated inside the verdict call: in the worker, or by a
   * replacement `checkers.checkPassword`, with the context words the core would use. Null when
   * the core rates it itself.
   */
  ratePassword(input) {
    const replacement = this.options.checkers?.checkPassword;
    if (typeof replacement === 'function') {
      const options = { ...pick(this.options, PASSWORD_OPTIONS), lang: this.lang, userInputs: formContextWords(input, this.coreOptions) };
      if (this.coreOptions.messages) options.messages = this.coreOptions.messages;
      return this.rating.get(JSON.stringify([input.password.value, options]), () => replacement(input.password.value, options));
    }
    if (!this.useWorker) return null;
    // Only what the rating reads: the password and its context words.
    const asked = { password: input.password, email: input.email, personal: input.personal };
    return this.rating.get(JSON.stringify(asked), () => evaluateFormAsync(asked, this.coreOptions).then((verdict) => verdict.password));
  }

  /** Each role's field name, for the state. */
  fieldNames() {
    return Object.fromEntries(Object.entries(this.fields ?? {})
      .filter(([, v]) => v && !(Array.isArray(v) && v.length === 0))
      .map(([role, v]) => [role, Array.isArray(v) ? v.map(($el) => fieldName($el, role)) : fieldName(v, role)]));
  }

  /**
   * Resolves once no check in flight is waiting for an answer (the password's rating, a breach
   * request already sent), at most 10 s. Starts nothing itself.
   */
  settled() {
    return withinLimit(() => this.inFlight());
  }

  /**
   * Waits, without a limit, until nothing is in flight (a new keystroke may start more) and the
   * listeners have been told the last state.
   */
  async inFlight() {
    for (let round = 0; round < 100; round += 1) {
      const waiting = this.rating.inFlight ?? this.breach?.pending ?? this.events.emitting;
      if (!waiting) return;
      await waiting;
    }
  }

  // ── drawing ──────────────────────────────────────────────────────────────────────────────

  render() {
    const s = this.state;
    if (!s.available || !s.checklist) {
      this.panel?.render(null, s.ready ? this.text.get('checklist.form.unavailable') : '');
    } else {
      this.panel?.render(s.checklist);
    }
    this.parts.render(this.verdict, s, ($input) => this.touched.has($input));
    this.banner?.render(this.verdict?.banner ? { tone: this.verdict.banner.tone, title: this.verdict.banner.title ?? '', text: this.verdict.banner.text } : null);
  }

  /** Removes everything the guard added and restores the form exactly. Idempotent. */
  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    this.gate.destroy();
    if (!this.initialized) return;
    this.$form.removeEventListener('submit', this.handleEvent, true);
    this.$form.removeEventListener('invalid', this.handleEvent, true);
    for (const type of FORM_EVENTS) this.$form.removeEventListener(type, this.handleEvent);
    this.$form.ownerDocument.removeEventListener('click', this.handleEvent, true);
    this.breach?.destroy();
    this.session.destroy();
    this.parts.unwire();
    this.panel?.destroy();
    this.banner?.destroy();
    this.risk?.destroy();
    this.live.destroy();
    this.ledger.restore();
  }
}
