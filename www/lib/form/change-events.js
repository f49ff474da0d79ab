// ChangeEvents: tells the page about a new state, with a bubbling `signup-guard:change` event and
// the `onChange` option. Never synchronously: the state changes inside the page's own `input`
// events, and a framework (React) that is handed a state update before its own handler has seen
// the keystroke writes its stale value back into the field. So listeners run in a task of their
// own after the event (one per burst of changes), with the state as it is then.

export class ChangeEvents {
  /**
   * @param {HTMLFormElement} $form
   * @param {{ onChange?: Function, state: () => object, live: () => boolean }} config
   *   `state` gives the state to report; `live` is false once the guard is destroyed
   */
  constructor($form, { onChange, state, live }) {
    this.$form = $form;
    this.onChange = onChange;
    this.state = state;
    this.live = live;
    this.timer = 0;
    /** A promise that resolves once the pending report has run; null when none is pending. */
    this.emitting = null;
    this.lastJson = '';
  }

  /** Reports the state in a task after this one (once for a burst of changes). */
  emit() {
    if (this.timer) return;
    let done;
    this.emitting = new Promise((resolve) => {
      done = resolve;
    });
    this.timer = setTimeout(() => {
      this.timer = 0;
      this.emitting = null;
      try {
        if (this.live()) this.notify();
      } finally {
        done();
      }
    }, 0);
  }

  /** The event and the callback, when the state changed since the last report. */
  notify() {
    const json = JSON.stringify(this.state());
    if (json === this.lastJson) return;
    this.lastJson = json;
    this.$form.dispatchEvent(new CustomEvent('signup-guard:change', { bubbles: true, detail: JSON.parse(json) }));
    if (typeof this.onChange === 'function') {
      try {
        this.onChange(JSON.parse(json));
      } catch (error) {
        console.error('[signup-guard] onChange threw:', error);
      }
    }
  }
}
