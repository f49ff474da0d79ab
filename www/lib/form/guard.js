// SignupGuard: one signup form with its checks wired in. It only adds siblings and aria
// attributes: inputs are never moved, replaced or cloned, and `autocomplete` is never touched,
// so password managers keep working. destroy() puts the form back exactly as it was.

import { coreFailure, coreLoading, onCoreFailure, onLoadStart, ready } from '../loader.js';
import { checkPasswordAsync, configurePasswordWorker, warmUp } from '../password-async.js';
import { PasswordMeter } from '../password-meter.js';
import { PasswordToggle } from '../password-toggle.js';
import { PolicyList } from '../policy-list.js';
import { FieldMessage } from '../field-message.js';
import { LiveRegion } from '../live-region.js';
import { ChecklistPanel } from '../checklist-panel.js';
import { EmailSuggestion } from '../email-suggestion.js';
import { OriginBanner } from '../origin-banner.js';
import { anchorFor, requireDom, whenIdle } from '../dom.js';
import { PASSWORD_OPTIONS, pick } from '../arguments.js';
import { AttributeLedger } from './ledger.js';
import { Text } from './text.js';
import { detectFields, fieldName, sameFields } from './fields.js';
import { attempt, checkerLookup } from './checkers.js';
import { BreachCheck } from './breach-check.js';
import { RiskSignals } from './risk-signals.js';
import { BREACH_FACTS, emailFact, validityMessage } from './facts.js';
import { connectionFacts, customItems, formatCount, isListedDevelopmentHost, protectedDomainList } from './page-facts.js';

/** The longest a submission waits for its checks before it goes ahead unchecked (fail open). */
const SETTLE_LIMIT_MS = 10000;

/** The longest the core waits for the page to go idle before it loads anyway. */
const IDLE_LOAD_TIMEOUT_MS = 2000;

/** The form's events the guard listens to (bubbling phase). */
const FORM_EVENTS = ['input', 'change', 'focusout', 'focusin', 'keydown', 'paste', 'animationstart'];

/** Input types where Enter submits the form (implicit submission). */
const NO_IMPLICIT_SUBMIT = new Set(['button', 'checkbox', 'radio', 'file', 'image', 'reset', 'submit', 'color', 'range']);

/** A memo slot whose answer has not arrived yet. */
const PENDING = Object.freeze({ pending: true });

/** Resolves an option that names an element: a selector or an element; null otherwise. */
function elementOption(value, $form) {
  if (value instanceof Element) return value;
  if (typeof value === 'string' && value) return $form.ownerDocument.querySelector(value);
  return null;
}

function isSubmitButton($el, $form) {
  return ($el instanceof HTMLButtonElement || $el instanceof HTMLInputElement) && $el.type === 'submit' && $el.form === $form;
}

/** Where the checklist goes by default: before the block of the form holding the submit button. */
function checklistAnchor($form) {
  const $submit = [...$form.elements].find(($el) => isSubmitButton($el, $form));
  if (!$submit || !$form.contains($submit)) return null;
  let $node = $submit;
  while ($node.parentElement && $node.parentElement !== $form) $node = $node.parentElement;
  return $node;
}

/** Runs `work()`; resolves when it has, or after SETTLE_LIMIT_MS, whichever comes first. */
function withinLimit(work) {
  let timer = 0;
  const limit = new Promise((resolve) => {
    timer = setTimeout(resolve, SETTLE_LIMIT_MS);
  });
  return Promise.race([work(), limit]).finally(() => clearTimeout(timer));
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
    this.checker = checkerLookup(options.checkers);
    this.ledger = new AttributeLedger();
    this.fields = null;
    this.parts = new Map();
    this.cache = new Map();
    this.touched = new WeakSet();
    this.customValidity = new Set();
    this.destroyed = false;
    this.initialized = false;
    this.coreState = 'loading';
    this.passkey = false;
    this.lastAnnounced = '';
    this.lastStateJson = '';
    /** The pending emit() task, or 0, and a promise that resolves once it has run. */
    this.emitTimer = 0;
    this.emitting = null;
    this.resubmitting = false;
    this.attempted = false;
    /** True from a submit button's click or Enter in a field until the end of that task. */
    this.submitIntent = false;
    /** True while a redraw waits for the click on a button that focus moved to. */
    this.redrawAfterClick = false;
    /** The `invalid` events of one validation run, until it is decided (onInvalid). */
    this.invalidBatch = null;
    this.state = this.emptyState();
    /** True while an asynchronous check (the password, in the worker) has not answered. */
    this.pending = false;
    this.useWorker = this.workerWanted();
    this.handleEvent = this.handleEvent.bind(this);
  }

  /**
   * The password is rated on the main thread (answered within the input event) unless
   * `worker: true`, and then not with a replacement checker or a wasm source that only the main
   * thread can load (bytes, a module, a Response).
   */
  workerWanted() {
    const { worker, wasm, checkers } = this.options;
    if (worker !== true || typeof checkers?.checkPassword === 'function') return false;
    return wasm === undefined || typeof wasm === 'string' || wasm instanceof URL;
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
    for (const type of FORM_EVENTS) $form.addEventListener(type, this.handleEvent);
    // Clicks on a submit button anywhere (one outside the form names it with form="…").
    $form.ownerDocument.addEventListener('click', this.handleEvent, true);
    $form.addEventListener('submit', this.handleEvent, true);
    $form.addEventListener('invalid', this.handleEvent, true);
    this.wireFields();
    this.detectPasskey();
    // A trap inside the core (a Rust panic) at any later time: checks become unavailable, the
    // form keeps working and is never blocked.
    this.stopFailureWatch = onCoreFailure((error) => this.coreFailed(error));
    if (this.useWorker && this.fields.password && this.options.wasm !== undefined) {
      configurePasswordWorker({ wasm: this.options.wasm });
    }
    // The wasm is the heavy part: it loads when the page is idle or the person first focuses a
    // field, whichever comes first, or at once when the page itself calls ready().
    this.loadWhenNeeded();
    this.update();
    return this;
  }

  /**
   * Starts the load on the first of: the page going idle, a focus inside the form (handleEvent),
   * or a `ready()` call from anyone; at once if the core is already loading.
   */
  loadWhenNeeded() {
    this.stopLoadWatch = onLoadStart(() => this.startLoading());
    if (coreLoading()) this.startLoading();
    else whenIdle(IDLE_LOAD_TIMEOUT_MS).then(() => this.startLoading());
  }

  /** Starts loadCore() and the worker's warm-up, once. */
  startLoading() {
    if (this.destroyed || this.coreLoading) return;
    this.stopLoadWatch();
    // The page's own copy of the core: the email, URL and checklist checks (all cheap; in
    // worker mode it never builds zxcvbn's dictionaries). Started first, so that the worker is
    // handed this compiled module instead of fetching the wasm again.
    this.loadCore();
    // The first password check's one-time work (the worker's wasm and dictionaries, or this
    // page's in short steps), so the first keystroke in the password field is answered at once;
    // none for a replacement checker (which also rules out the worker: workerWanted()).
    if (this.fields.password && typeof this.options.checkers?.checkPassword !== 'function') {
      warmUp({ mainThread: !this.useWorker }).catch(() => {});
    }
  }

  /** Loads the page's copy of the core (once) and starts the checks when it is there. */
  loadCore() {
    if (this.coreLoading || this.destroyed) return;
    this.coreLoading = true;
    ready(this.options.wasm).then(
      () => {
        if (this.destroyed) return;
        if (coreFailure()) {
          this.coreFailed(coreFailure());
          return;
        }
        this.coreState = 'ready';
        this.addPasswordToggles();
        this.setupBreach();
        this.update();
      },
      (error) => {
        if (this.destroyed) return;
        this.coreState = 'failed';
        console.warn('[signup-guard] checks unavailable:', error?.message ?? error);
        this.update();
      },
    );
  }

  /** The core trapped: from now on the checks are unavailable and nothing blocks. */
  coreFailed(error) {
    if (this.destroyed || this.coreState === 'failed') return;
    this.coreState = 'failed';
    this.breach?.destroy();
    this.breach = null;
    console.warn('[signup-guard] checks unavailable:', error?.message ?? error);
    // Called from inside a checker during update(): redraw once that update has finished.
    if (this.updating) this.updateAgain = true;
    else this.update();
  }

  /** The state before anything is known. */
  emptyState() {
    return {
      ready: false,
      available: false,
      valid: false,
      complete: false,
      fields: {},
      password: null,
      breach: { status: 'idle', count: 0, error: null },
      confirmation: { match: null },
      email: null,
      urls: [],
      origin: null,
      checklist: null,
      blocking: [],
      riskSignals: null,
    };
  }

  // ── fields ───────────────────────────────────────────────────────────────────────────────

  /** Finds the fields and adds their companions (meter, requirements, messages). */
  wireFields() {
    this.fields = detectFields(this.$form, this.options.fields ?? {});
    const { password, confirmation, email, urls } = this.fields;
    if (password) {
      const $anchor = anchorFor(password);
      const message = new FieldMessage(password, $anchor, this.ledger).init();
      const policy = new PolicyList($anchor, this.text).init();
      this.ledger.addToken(password, 'aria-describedby', policy.$root.id);
      const meter = this.options.meter === false ? null
        : new PasswordMeter(password, { lang: this.lang, listen: false, live: false, $after: $anchor }).init();
      if (meter) this.ledger.addToken(password, 'aria-describedby', meter.$root.id);
      this.parts.set(password, { role: 'password', message, policy, meter });
    }
    if (confirmation) {
      this.parts.set(confirmation, { role: 'confirmation', message: new FieldMessage(confirmation, anchorFor(confirmation), this.ledger).init() });
    }
    if (email) {
      const message = new FieldMessage(email, anchorFor(email), this.ledger).init();
      const suggestion = new EmailSuggestion(email, this.text, (value) => {
        this.live.announce(this.text.get('checklist.email.fixed', { suggestion: value }));
      }).init();
      this.parts.set(email, { role: 'email', message, suggestion });
    }
    for (const $url of urls) {
      this.parts.set($url, { role: 'url', message: new FieldMessage($url, anchorFor($url), this.ledger).init() });
    }
    this.addPasswordToggles();
  }

  /**
   * Adds the show/hide button to the password fields once the catalogs can name it (the core
   * has loaded); it speaks through the form's one live region. `passwordToggle: false` opts out.
   */
  addPasswordToggles() {
    if (this.options.passwordToggle === false || this.coreState !== 'ready') return;
    for (const [$input, part] of this.parts) {
      if (part.toggle || $input.type !== 'password' || (part.role !== 'password' && part.role !== 'confirmation')) continue;
      part.toggle = new PasswordToggle($input, {
        text: (key) => this.text.get(key),
        announce: (text) => this.live.announce(text),
      }).init();
    }
  }

  /** Removes every field companion and restores the fields' attributes and validity. */
  unwireFields() {
    for (const [$input, part] of this.parts) {
      part.toggle?.destroy();
      part.meter?.destroy();
      part.policy?.destroy();
      part.message?.destroy();
      part.suggestion?.destroy();
      if (this.customValidity.has($input)) $input.setCustomValidity('');
      this.ledger.restore($input);
    }
    this.customValidity.clear();
    this.parts.clear();
  }

  /** Re-detects the fields (inputs re-rendered by a framework) and re-wires when they changed. */
  refresh() {
    if (this.destroyed || !this.initialized) return;
    const next = detectFields(this.$form, this.options.fields ?? {});
    // A framework may also have dropped the companions while re-rendering around the inputs.
    const companionsIntact = [...this.parts.values()].every((part) => part.message.$root?.isConnected !== false);
    if (sameFields(next, this.fields) && companionsIntact) return;
    this.unwireFields();
    this.wireFields();
    if (this.coreState === 'ready' && !this.breach) this.setupBreach();
    this.update();
  }

  // ── events ───────────────────────────────────────────────────────────────────────────────

  roleOf($el) {
    return this.parts.get($el)?.role ?? null;
  }

  handleEvent(event) {
    if (event.type === 'click') {
      this.onClick(event);
      return;
    }
    const role = this.roleOf(event.target);
    if (this.risk && event.type !== 'submit' && event.type !== 'invalid') {
      this.risk.observe(event, role === 'password' || role === 'confirmation');
    }
    switch (event.type) {
      case 'focusin':
        this.startLoading();
        break;
      case 'input':
      case 'change':
        this.update();
        break;
      case 'keydown':
        if (event.key === 'Enter' && event.target instanceof HTMLInputElement && !NO_IMPLICIT_SUBMIT.has(event.target.type)) {
          this.noteSubmitIntent();
        }
        break;
      case 'focusout':
        if (this.redrawAfterClick) {
          // Focus leaves the button it had moved to without a click (keyboard): draw now.
          this.redrawAfterClick = false;
          this.update();
        }
        if (role && event.target.value !== '') {
          this.touched.add(event.target);
          // Focus is moving to a button of this form (its submit button, the email suggestion,
          // a show/hide button): drawing messages now would move or replace the button under
          // the pointer between press and release, and the click would be lost. The redraw
          // waits for the click, or for focus to leave the button.
          if (this.isFormButton(event.relatedTarget)) {
            this.redrawAfterClick = true;
            break;
          }
          if (role === 'password') this.breach?.now(event.target.value);
          this.update();
        }
        break;
      case 'submit':
        this.hidePasswords();
        this.onSubmit(event);
        break;
      case 'invalid':
        this.hidePasswords();
        this.onInvalid(event);
        break;
      default:
    }
  }

  /** A button of this form or of the guard's companions in it. */
  isFormButton($el) {
    if (!($el instanceof HTMLButtonElement || ($el instanceof HTMLInputElement && ['submit', 'button', 'image', 'reset'].includes($el.type)))) return false;
    return $el.form === this.$form || this.$form.contains($el);
  }

  /** A click anywhere in the document: a submit button of this form shows submit intent. */
  onClick(event) {
    const $button = event.target instanceof Element ? event.target.closest('button, input') : null;
    if ($button && ($button.type === 'submit' || $button.type === 'image') && $button.form === this.$form) this.noteSubmitIntent();
    if (this.redrawAfterClick && this.$form.contains(event.target)) {
      this.redrawAfterClick = false;
      this.update();
    }
  }

  /**
   * The person just asked to send the form (a submit button, Enter in a field): the browser's
   * validation that follows in this task is a submission attempt, unlike a page's own
   * `form.checkValidity()`, which fires the same `invalid` events.
   */
  noteSubmitIntent() {
    this.submitIntent = true;
    clearTimeout(this.intentTimer);
    this.intentTimer = setTimeout(() => {
      this.submitIntent = false;
    }, 0);
  }

  /** Any submission attempt, sent or stopped, hides passwords a toggle had shown. */
  hidePasswords() {
    for (const part of this.parts.values()) part.toggle?.hide();
  }

  /**
   * An `invalid` event: the browser's own validation stopped a submission (forms without
   * novalidate), or the page called `checkValidity()`/`reportValidity()`, which fire the same
   * events. Only a submission attempt marks fields as touched and announces what blocks: one
   * the person started (noteSubmitIntent), or one where the browser moved focus to the first
   * invalid field (interactive validation, also after the page's `requestSubmit()`), which
   * `checkValidity()` never does. Decided in a task after the batch of events, once focus moved.
   */
  onInvalid(event) {
    if (!this.roleOf(event.target) && !this.$form.contains(event.target)) return;
    if (this.invalidBatch) {
      this.invalidBatch.targets.add(event.target);
      return;
    }
    this.invalidBatch = { targets: new Set([event.target]), focused: this.$form.ownerDocument.activeElement, intent: this.submitIntent };
    this.invalidTimer = setTimeout(() => {
      const batch = this.invalidBatch;
      this.invalidBatch = null;
      if (this.destroyed) return;
      const $active = this.$form.ownerDocument.activeElement;
      const focusMoved = $active !== batch.focused && batch.targets.has($active);
      if (batch.intent || focusMoved) this.onAttemptBlocked();
    }, 0);
  }

  /** A submission attempt the browser's validation stopped: every field counts as visited. */
  onAttemptBlocked() {
    for (const $input of this.parts.keys()) this.touched.add($input);
    this.attempted = true;
    this.update();
    const first = this.state.blocking[0];
    if (first) this.announceBlocked(first);
  }

  onSubmit(event) {
    if (this.resubmitting) {
      this.resubmitting = false;
      this.risk?.write();
      return;
    }
    for (const $input of this.parts.keys()) this.touched.add($input);
    this.attempted = true;
    this.update();
    if (!this.state.available) {
      this.risk?.write();
      return;
    }
    const password = this.fields?.password?.value ?? '';
    if (this.pending || (this.breach && password !== '' && !this.breach.settledFor(password))) {
      // An answer is still on its way (the password's rating, its breach check): hold the
      // submission, then decide with the answers, or send it anyway after SETTLE_LIMIT_MS.
      event.preventDefault();
      event.stopImmediatePropagation();
      const waitingForBreach = !this.pending;
      this.live.announce(this.text.get(waitingForBreach ? 'checklist.form.wait' : 'checklist.form.checking'));
      const submitter = event.submitter;
      withinLimit(async () => {
        await this.inFlight();
        if (this.breach && password !== '') await this.breach.now(password);
      }).then(() => {
        if (this.destroyed) return;
        this.update();
        if (!this.pending && this.state.available && this.state.blocking.length > 0) {
          this.stopForBlocking();
        } else {
          this.resubmitting = true;
          this.noteSubmitIntent();
          try {
            this.$form.requestSubmit(submitter && submitter.form === this.$form ? submitter : undefined);
          } finally {
            // requestSubmit() dispatches synchronously; when validation stopped it, clear the flag.
            this.resubmitting = false;
          }
        }
      });
      return;
    }
    if (this.state.blocking.length > 0) {
      event.preventDefault();
      event.stopImmediatePropagation();
      this.stopForBlocking();
      return;
    }
    this.risk?.write();
  }

  /** Focuses the first failing field in page order (or the checklist) and says why. */
  stopForBlocking() {
    const withFields = this.state.blocking
      .map((id) => ({ id, $field: this.fieldForItem(id) }))
      .filter(({ $field }) => $field)
      .sort((a, b) => (a.$field.compareDocumentPosition(b.$field) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    const first = withFields[0] ?? { id: this.state.blocking[0], $field: null };
    if (first.$field) first.$field.focus();
    else this.panel?.focus();
    this.announceBlocked(first.id);
  }

  announceBlocked(item) {
    const reason = this.reasonFor(item);
    this.live.announce(this.text.get('checklist.form.blocked', { reason }));
  }

  fieldForItem(item) {
    const entry = this.state.checklist?.items.find((i) => i.id === item);
    const role = entry?.field;
    if (!role) return null;
    return this.fields?.[role] ?? null;
  }

  /** The sentence explaining a blocking item: the field's message, else the item's text. */
  reasonFor(itemId) {
    const $field = this.fieldForItem(itemId);
    const fieldMessage = $field ? this.validityMessageFor($field) : '';
    if (fieldMessage) return fieldMessage;
    return this.state.checklist?.items.find((i) => i.id === itemId)?.message ?? '';
  }

  // ── checks ───────────────────────────────────────────────────────────────────────────────

  setupBreach() {
    const option = this.options.breach;
    if (option === false || !this.fields?.password) return;
    const config = option && typeof option === 'object' ? option : {};
    this.breach = new BreachCheck({
      breachCount: this.checker('breachCount'),
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

  /**
   * Runs a checker only when its input changed since the last call for the same `slot`
   * (every keystroke updates the whole state, but only one field changed).
   */
  memo(slot, name, ...args) {
    const key = JSON.stringify(args);
    const cached = this.cache.get(slot);
    const fn = this.checker(name);
    if (cached && cached.key === key && cached.fn === fn) return cached.result;
    const result = attempt(fn, ...args);
    this.cache.set(slot, { key, fn, result });
    return result;
  }

  /**
   * Like memo() for a checker that may answer later (a Promise): returns PENDING until the
   * answer for these arguments arrives, then runs update() again. A newer call supersedes an
   * older one, whose answer is dropped.
   */
  memoAsync(slot, fn, ...args) {
    const key = JSON.stringify(args);
    const cached = this.cache.get(slot);
    if (cached && cached.key === key && cached.fn === fn) return cached.result;
    const entry = { key, fn, result: attempt(fn, ...args), promise: null };
    this.cache.set(slot, entry);
    const answer = entry.result.ok ? entry.result.value : null;
    if (typeof answer?.then !== 'function') return entry.result;
    entry.result = PENDING;
    entry.promise = Promise.resolve(answer).then((value) => ({ ok: true, value }), (error) => ({ ok: false, error })).then((result) => {
      if (this.cache.get(slot) !== entry) return;
      entry.result = result;
      entry.promise = null;
      if (result.error?.code === 'core-failed') this.coreFailed(result.error);
      else this.update();
    });
    return PENDING;
  }

  /** The password checker: the caller's replacement, the worker's, or the main thread's. */
  passwordChecker() {
    return this.useWorker ? checkPasswordAsync : this.checker('checkPassword');
  }

  /**
   * Resolves once no check in flight is waiting for an answer (the password's rating, a breach
   * request already sent), at most SETTLE_LIMIT_MS. Starts nothing itself.
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
      const waiting = this.cache.get('password')?.promise ?? this.breach?.pending ?? this.emitting;
      if (!waiting) return;
      await waiting;
    }
  }

  messageOptions() {
    const out = { lang: this.lang };
    if (this.options.messages && typeof this.options.messages === 'object') out.messages = this.options.messages;
    return out;
  }

  passwordOptions() {
    // The attach() options checkPassword also takes; userInputs is merged with the fields below.
    const { userInputs: _, ...shared } = pick(this.options, PASSWORD_OPTIONS);
    const out = { ...shared, ...this.messageOptions() };
    const f = this.fields ?? {};
    const userInputs = [f.email, f.username, f.givenName, f.familyName, f.name]
      .map(($el) => $el?.value?.trim())
      .filter(Boolean);
    if (Array.isArray(this.options.userInputs)) userInputs.push(...this.options.userInputs.map(String));
    if (userInputs.length) out.userInputs = userInputs;
    return out;
  }

  /** Runs every check on the current values, redraws, and reports the state. */
  update() {
    if (this.destroyed || !this.initialized) return;
    this.updating = true;
    try {
      this.computeState();
    } finally {
      this.updating = false;
    }
    if (this.updateAgain) {
      this.updateAgain = false;
      this.update();
    }
  }

  /** update()'s work: the checks, the drawing, the change event. */
  computeState() {
    const available = this.coreState === 'ready';
    const f = this.fields ?? {};
    // The password's rating first: while the worker has not answered, the page keeps showing
    // the last state (no flicker, no half-known state reported); its answer runs this again.
    const password = f.password?.value ?? '';
    const passwordResult = available && password !== ''
      ? this.memoAsync('password', this.passwordChecker(), password, this.passwordOptions()) : null;
    this.pending = passwordResult === PENDING;
    if (this.pending) return;
    const state = this.emptyState();
    state.ready = this.coreState !== 'loading';
    state.available = available;
    state.fields = Object.fromEntries(Object.entries(f)
      .filter(([, v]) => v && !(Array.isArray(v) && v.length === 0))
      .map(([role, v]) => [role, Array.isArray(v) ? v.map(($el) => fieldName($el, role)) : fieldName(v, role)]));
    const facts = {
      connection: connectionFacts(this.$form, this.options.allowedOrigins),
      twoStep: this.options.twoStep === false ? 'not-offered' : this.passkey ? 'passkey' : 'offered',
      tips: this.options.tips !== false,
      failClosed: this.options.failClosed === true,
      custom: customItems(this.options.items, this.$form),
    };

    // Password, its breach check, the confirmation.
    if (f.password) {
      facts.password = password === '' ? this.emptyFact(f.password) : 'unavailable';
      const result = passwordResult;
      if (result) {
        if (result.ok && result.value) {
          // A copy: the cached report must not collect the breach failure added below.
          state.password = { ...result.value, policy: result.value.policy ? { ...result.value.policy } : result.value.policy };
          const policy = result.value.policy;
          const strong = policy ? policy.ok === true : result.value.score >= 3;
          facts.password = strong ? 'strong' : 'weak';
        }
      }
      if (this.breach && this.options.breach !== false) {
        this.breach.schedule(password);
        state.breach = this.breach.snapshot;
        facts.breach = BREACH_FACTS[state.breach.status];
        facts.breachCount = state.breach.count;
        facts.breachCountText = this.formatCount(state.breach.count);
        if (state.password?.policy && state.breach.status === 'found') {
          const message = this.text.get('checklist.field.breached', { count: this.formatCount(state.breach.count) });
          state.password.policy.failures = [...(state.password.policy.failures ?? []), { code: 'breached', message }];
          state.password.policy.ok = false;
        }
      } else if (this.options.breach !== false) {
        facts.breach = password === '' ? 'empty' : 'unavailable';
        if (!available) facts.breach = 'unavailable';
        state.breach = { status: 'unavailable', count: 0, error: null };
      }
    }
    if (f.confirmation) {
      const confirmation = f.confirmation.value;
      state.confirmation.match = confirmation === '' ? null : confirmation === password;
      facts.confirmation = confirmation === '' ? this.emptyFact(f.confirmation) : confirmation === password ? 'match' : 'mismatch';
    }

    // Email.
    if (f.email) {
      const value = f.email.value.trim();
      facts.email = value === '' ? this.emptyFact(f.email) : 'unavailable';
      if (available && value !== '') {
        const result = this.memo('email', 'checkEmail', value, { ...this.messageOptions(), protectedDomains: this.protectedDomains() });
        if (result.ok && result.value) {
          const email = result.value;
          state.email = email;
          facts.email = emailFact(email);
          if (email.suggestion) facts.emailSuggestion = String(email.suggestion);
        }
      }
      if (this.risk) {
        this.risk.email = {
          disposable: Boolean(state.email?.disposable),
          mistyped: Boolean(state.email?.suggestion),
          lookalike: Boolean(state.email?.lookalikeOf),
        };
      }
    }

    // URL fields.
    for (const $url of f.urls ?? []) {
      const value = $url.value.trim();
      if (!available || value === '') continue;
      const result = this.memo(`url:${fieldName($url, 'url')}`, 'checkUrl', value, { ...this.messageOptions(), protectedDomains: this.protectedDomains() });
      if (result.ok && result.value) state.urls.push({ field: fieldName($url, 'url'), value, ...result.value });
    }

    // The page's own address.
    if (this.banner) {
      facts.officialDomain = String(this.options.officialDomains[0]);
      facts.origin = 'unavailable';
      if (available) {
        const result = this.memo('origin', 'checkPageOrigin', {
          ...this.messageOptions(),
          officialDomains: this.options.officialDomains.map(String),
          host: location.hostname,
        });
        if (result.ok && result.value) {
          const origin = result.value;
          state.origin = origin;
          if (origin.officialDomain) facts.officialDomain = String(origin.officialDomain);
          facts.origin = origin.official ? 'official' : this.isListedDevelopmentHost(origin) ? 'development'
            : origin.lookalikeOf ? 'lookalike' : 'not-official';
          state.origin = { ...origin, status: facts.origin };
        }
      }
    }

    // The checklist decides what is required and what blocks.
    if (available) {
      const result = attempt(this.checker('buildChecklist'), facts, this.messageOptions());
      if (result.ok && result.value) {
        state.checklist = result.value;
        state.blocking = result.value.blocking;
        state.complete = result.value.complete;
        // Valid means "can be sent now": nothing required is missing, pending or failing.
        state.valid = result.value.complete === true && result.value.blocking.length === 0;
      } else {
        console.warn('[signup-guard] checklist unavailable:', result.error?.message);
      }
    }
    if (this.risk) state.riskSignals = this.risk.write();
    this.state = state;
    this.render();
    this.emit();
  }

  /** Whether this page's host is one of the official domains that is a development host. */
  isListedDevelopmentHost(origin) {
    return isListedDevelopmentHost(origin, this.options.officialDomains, location.hostname);
  }

  /**
   * An empty field is only "to do" until the person tries to submit; then an empty field the
   * page marks `required` fails (forms with `novalidate` rely on this).
   */
  emptyFact($input) {
    return this.attempted && $input.required ? 'missing' : 'empty';
  }

  /** A count in the reader's number format. */
  formatCount(count) {
    return formatCount(count, this.lang);
  }

  /** The domains lookalikes are checked against: protected plus official ones. */
  protectedDomains() {
    return protectedDomainList(this.options);
  }

  // ── drawing ──────────────────────────────────────────────────────────────────────────────

  /** The message a field shows (and sets as its custom validity) when it blocks, else ''. */
  validityMessageFor($input) {
    return validityMessage({
      role: this.roleOf($input), value: $input.value, state: this.state, text: this.text, formatCount: (n) => this.formatCount(n),
    });
  }

  render() {
    const s = this.state;
    if (!s.available) {
      this.panel?.render(null, s.ready ? this.text.get('checklist.form.unavailable') : '');
    } else if (!s.checklist) {
      this.panel?.render(null, this.text.get('checklist.form.unavailable'));
    } else {
      this.panel?.render(s.checklist);
    }
    for (const [$input, part] of this.parts) this.renderField($input, part);
    this.renderBanner();
  }

  renderField($input, part) {
    const s = this.state;
    const validity = s.available ? this.validityMessageFor($input) : '';
    if (validity) {
      $input.setCustomValidity(validity);
      this.customValidity.add($input);
    } else if (this.customValidity.has($input)) {
      $input.setCustomValidity('');
      this.customValidity.delete($input);
    }
    const touched = this.touched.has($input);
    if (validity && touched) this.ledger.set($input, 'aria-invalid', 'true');
    else this.restoreAttribute($input, 'aria-invalid');

    if (part.role === 'password') {
      part.meter?.render($input.value === '' ? null : s.password);
      part.policy.render($input.value === '' ? [] : s.password?.policy?.requirements ?? []);
      let message = validity && touched ? { tone: 'error', text: validity } : null;
      if (!message && s.breach.status === 'found') message = { tone: 'error', text: this.text.get('checklist.field.breached', { count: this.formatCount(s.breach.count) }) };
      if (!message && s.breach.status === 'error') message = { tone: 'info', text: this.text.get('checklist.field.breach-error') };
      part.message.show(message ?? {});
      if (s.breach.status === 'found' && this.lastAnnounced !== `found:${s.breach.count}`) {
        this.lastAnnounced = `found:${s.breach.count}`;
        this.live.announce(this.text.get('checklist.field.breached', { count: this.formatCount(s.breach.count) }));
      } else if (s.breach.status !== 'found') {
        this.lastAnnounced = '';
      }
    } else if (part.role === 'confirmation') {
      part.message.show(validity && (touched || $input.value.length >= (this.fields.password?.value.length ?? 0))
        ? { tone: 'error', text: validity } : {});
    } else if (part.role === 'email') {
      const suggestion = s.email?.suggestion ? String(s.email.suggestion) : '';
      if (validity && touched) part.message.show({ tone: 'error', text: validity });
      else if (suggestion) part.message.show({ tone: 'warning', extra: part.suggestion.render(suggestion) });
      else if (s.email?.valid && (s.email.disposable || s.email.lookalikeOf) && touched) {
        part.message.show({ tone: 'warning', text: s.email.reasons?.[0]?.message ?? '' });
      } else part.message.show({});
    } else if (part.role === 'url') {
      const result = s.urls.find((u) => u.field === fieldName($input, 'url') && u.value === $input.value.trim());
      if (result && (result.verdict === 'suspicious' || result.verdict === 'dangerous')) {
        part.message.show({
          tone: result.verdict === 'dangerous' ? 'error' : 'warning',
          title: this.text.get('checklist.url.warning'),
          text: result.reasons?.[0]?.message ?? '',
        });
      } else part.message.show({});
    }
  }

  /** Puts one attribute of a field back to its original value (if the guard changed it). */
  restoreAttribute($input, name) {
    const originals = this.ledger.originals.get($input);
    if (!originals?.has(name)) return;
    const value = originals.get(name);
    if (value === null) $input.removeAttribute(name);
    else $input.setAttribute(name, value);
  }

  renderBanner() {
    if (!this.banner) return;
    const origin = this.state.origin;
    if (!origin || origin.official) {
      this.banner.render(null);
      return;
    }
    if (this.isListedDevelopmentHost(origin)) {
      this.banner.render({ tone: 'info', title: this.text.get('checklist.banner.development', { host: location.hostname }), text: '' });
      return;
    }
    const official = String(origin.officialDomain ?? this.options.officialDomains[0]);
    const reasons = (origin.reasons ?? []).filter((r) => r.code !== 'development').map((r) => r.message);
    if (reasons.length === 0) reasons.push(this.text.get('checklist.item.official-site.not-official', { official }));
    this.banner.render({ tone: 'warning', title: this.text.get('checklist.banner.warning'), text: reasons.join(' ') });
  }

  /**
   * Tells listeners: a bubbling `signup-guard:change` event and the `onChange` option. Never
   * synchronously: the state changes inside the page's own `input` events, and a framework
   * (React) that is handed a state update before its own handler has seen the keystroke writes
   * its stale value back into the field. So listeners run in a task of their own after the event
   * (one per burst of changes), with the state as it is then.
   */
  emit() {
    if (this.emitTimer) return;
    let done;
    this.emitting = new Promise((resolve) => {
      done = resolve;
    });
    this.emitTimer = setTimeout(() => {
      this.emitTimer = 0;
      this.emitting = null;
      try {
        if (!this.destroyed) this.notify();
      } finally {
        done();
      }
    }, 0);
  }

  /** emit()'s work: the event and the callback, when the state changed since the last time. */
  notify() {
    const json = JSON.stringify(this.state);
    if (json === this.lastStateJson) return;
    this.lastStateJson = json;
    const detail = JSON.parse(json);
    this.$form.dispatchEvent(new CustomEvent('signup-guard:change', { bubbles: true, detail }));
    if (typeof this.options.onChange === 'function') {
      try {
        this.options.onChange(JSON.parse(json));
      } catch (error) {
        console.error('[signup-guard] onChange threw:', error);
      }
    }
  }

  /** Removes everything the guard added and restores the form exactly. Idempotent. */
  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    clearTimeout(this.intentTimer);
    if (!this.initialized) return;
    this.$form.removeEventListener('submit', this.handleEvent, true);
    this.$form.removeEventListener('invalid', this.handleEvent, true);
    for (const type of FORM_EVENTS) this.$form.removeEventListener(type, this.handleEvent);
    this.$form.ownerDocument.removeEventListener('click', this.handleEvent, true);
    clearTimeout(this.invalidTimer);
    this.breach?.destroy();
    this.stopFailureWatch?.();
    this.stopLoadWatch?.();
    this.unwireFields();
    this.panel?.destroy();
    this.banner?.destroy();
    this.risk?.destroy();
    this.live.destroy();
    this.ledger.restore();
  }
}

