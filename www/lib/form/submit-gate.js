// SubmitGate: stops a submission while the verdict blocks it, holds one while an answer is on
// its way (the password's rating, its breach check; at most SETTLE_LIMIT_MS, then it goes
// ahead), and tells the person why. Only a submission attempt counts: a submit button, Enter
// in a field, or the browser's interactive validation, never the page's own checkValidity().

/** The longest a submission waits for its checks before it goes ahead unchecked (fail open). */
export const SETTLE_LIMIT_MS = 10000;

/** Input types where Enter submits the form (implicit submission). */
const NO_IMPLICIT_SUBMIT = new Set(['button', 'checkbox', 'radio', 'file', 'image', 'reset', 'submit', 'color', 'range']);

/** Runs `work()`; resolves when it has, or after SETTLE_LIMIT_MS, whichever comes first. */
export function withinLimit(work) {
  let timer = 0;
  const limit = new Promise((resolve) => {
    timer = setTimeout(resolve, SETTLE_LIMIT_MS);
  });
  return Promise.race([work(), limit]).finally(() => clearTimeout(timer));
}

export class SubmitGate {
  /**
   * @param {import('./guard.js').SignupGuard} guard the controller whose state gates the form
   */
  constructor(guard) {
    this.guard = guard;
    /** True from a submit button's click or Enter in a field until the end of that task. */
    this.intent = false;
    this.intentTimer = 0;
    /** The `invalid` events of one validation run, until it is decided. */
    this.invalidBatch = null;
    this.invalidTimer = 0;
    this.resubmitting = false;
  }

  /** A keydown in the form: Enter in a text field is a submission attempt. */
  onKeydown(event) {
    if (event.key === 'Enter' && event.target instanceof HTMLInputElement && !NO_IMPLICIT_SUBMIT.has(event.target.type)) {
      this.noteIntent();
    }
  }

  /** A click anywhere in the document: a submit button of this form is a submission attempt. */
  onClick(event) {
    const $button = event.target instanceof Element ? event.target.closest('button, input') : null;
    if ($button && ($button.type === 'submit' || $button.type === 'image') && $button.form === this.guard.$form) this.noteIntent();
  }

  /**
   * The person just asked to send the form: the browser's validation that follows in this task
   * is a submission attempt, unlike the page's own `form.checkValidity()`, which fires the same
   * `invalid` events.
   */
  noteIntent() {
    this.intent = true;
    clearTimeout(this.intentTimer);
    this.intentTimer = setTimeout(() => {
      this.intent = false;
    }, 0);
  }

  /**
   * An `invalid` event. Only a submission attempt marks fields as touched and announces what
   * blocks: one the person started, or one where the browser moved focus to the first invalid
   * field (interactive validation, also after the page's `requestSubmit()`), which
   * `checkValidity()` never does. Decided in a task after the batch of events, once focus moved.
   */
  onInvalid(event) {
    const { guard } = this;
    if (!guard.partFor(event.target) && !guard.$form.contains(event.target)) return;
    if (this.invalidBatch) {
      this.invalidBatch.targets.add(event.target);
      return;
    }
    this.invalidBatch = { targets: new Set([event.target]), focused: guard.$form.ownerDocument.activeElement, intent: this.intent };
    this.invalidTimer = setTimeout(() => {
      const batch = this.invalidBatch;
      this.invalidBatch = null;
      if (guard.destroyed) return;
      const $active = guard.$form.ownerDocument.activeElement;
      const focusMoved = $active !== batch.focused && batch.targets.has($active);
      if (batch.intent || focusMoved) this.onAttemptBlocked();
    }, 0);
  }

  /** A submission attempt the browser's validation stopped: every field counts as visited. */
  onAttemptBlocked() {
    this.guard.markAttempted();
    const first = this.guard.state.blocking[0];
    if (first) this.announceBlocked(first);
  }

  /** The form's `submit` event (capture phase, before the page's own handlers). */
  onSubmit(event) {
    const { guard } = this;
    if (this.resubmitting) {
      this.resubmitting = false;
      guard.risk?.write();
      return;
    }
    guard.markAttempted();
    if (!guard.state.available) {
      guard.risk?.write();
      return;
    }
    const password = guard.fields?.password?.value ?? '';
    if (guard.pending || (guard.breach && password !== '' && !guard.breach.settledFor(password))) {
      event.preventDefault();
      event.stopImmediatePropagation();
      this.holdUntilSettled(event.submitter, password);
      return;
    }
    if (guard.state.blocking.length > 0) {
      event.preventDefault();
      event.stopImmediatePropagation();
      this.stopForBlocking();
      return;
    }
    guard.risk?.write();
  }

  /** An answer is still on its way: decide with it, or send anyway after SETTLE_LIMIT_MS. */
  holdUntilSettled(submitter, password) {
    const { guard } = this;
    const waitingForBreach = !guard.pending;
    guard.live.announce(guard.text.get(waitingForBreach ? 'checklist.form.wait' : 'checklist.form.checking'));
    withinLimit(async () => {
      await guard.inFlight();
      if (guard.breach && password !== '') await guard.breach.now(password);
    }).then(() => {
      if (guard.destroyed) return;
      guard.update();
      if (!guard.pending && guard.state.available && guard.state.blocking.length > 0) {
        this.stopForBlocking();
        return;
      }
      this.resubmitting = true;
      this.noteIntent();
      try {
        guard.$form.requestSubmit(submitter && submitter.form === guard.$form ? submitter : undefined);
      } finally {
        // requestSubmit() dispatches synchronously; when validation stopped it, clear the flag.
        this.resubmitting = false;
      }
    });
  }

  /** Focuses the first failing field in page order (or the checklist) and says why. */
  stopForBlocking() {
    const { guard } = this;
    const withFields = guard.state.blocking
      .map((id) => ({ id, $field: this.fieldForItem(id) }))
      .filter(({ $field }) => $field)
      .sort((a, b) => (a.$field.compareDocumentPosition(b.$field) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    const first = withFields[0] ?? { id: guard.state.blocking[0], $field: null };
    if (first.$field) first.$field.focus();
    else guard.panel?.focus();
    this.announceBlocked(first.id);
  }

  announceBlocked(itemId) {
    this.guard.live.announce(this.guard.text.get('checklist.form.blocked', { reason: this.reasonFor(itemId) }));
  }

  /** The field a checklist item speaks for, if the form has it. */
  fieldForItem(itemId) {
    const role = this.guard.state.checklist?.items.find((item) => item.id === itemId)?.field;
    return role ? this.guard.fields?.[role] ?? null : null;
  }

  /** The sentence explaining a blocking item: its field's message, else the item's text. */
  reasonFor(itemId) {
    const $field = this.fieldForItem(itemId);
    const fieldMessage = $field ? this.guard.partFor($field)?.validity ?? '' : '';
    if (fieldMessage) return fieldMessage;
    return this.guard.state.checklist?.items.find((item) => item.id === itemId)?.message ?? '';
  }

  destroy() {
    clearTimeout(this.intentTimer);
    clearTimeout(this.invalidTimer);
  }
}
