// The new-password field: meter, requirements list, message, show/hide button, and the breach
// check's announcement.

import { FieldPart } from './field-part.js';
import { PasswordMeter } from '../password-meter.js';
import { PasswordToggle } from '../password-toggle.js';
import { PolicyList } from '../policy-list.js';

export class PasswordField extends FieldPart {
  /**
   * @param {HTMLInputElement} $input
   * @param {{ ledger: any, text: any, live: any, lang: string, meter: boolean }} context
   */
  constructor($input, context) {
    super($input, context);
    this.policy = new PolicyList(this.$anchor, context.text).init();
    this.ledger.addToken($input, 'aria-describedby', this.policy.$root.id);
    this.meter = context.meter === false ? null
      : new PasswordMeter($input, { lang: context.lang, listen: false, live: false, $after: this.$anchor }).init();
    if (this.meter) this.ledger.addToken($input, 'aria-describedby', this.meter.$root.id);
    this.toggle = null;
    this.lastAnnounced = '';
  }

  get role() {
    return 'password';
  }

  /** Adds the show/hide button (once the catalogs can name it); it speaks through the live region. */
  addToggle() {
    this.toggle ??= addToggle(this.$input, this.context);
  }

  render(view) {
    super.render(view);
    const empty = this.$input.value === '';
    const { state, field } = view;
    const report = empty ? null : state.password;
    this.meter?.render(report, report ? this.context.text.get(`meter.score.${report.score}`) : undefined);
    this.policy.render(empty ? [] : state.password?.policy?.requirements ?? []);
    // A breach the check found is said once, as it is found.
    const found = state.breach.status === 'found' && field?.notice ? `found:${state.breach.count}` : '';
    if (found && found !== this.lastAnnounced) this.context.live.announce(field.notice.text);
    this.lastAnnounced = found;
  }

  destroy() {
    this.toggle?.destroy();
    this.meter?.destroy();
    this.policy.destroy();
    super.destroy();
  }
}

/** A show/hide button for a password input, in the guard's words and live region. */
export function addToggle($input, { text, live }) {
  if ($input.type !== 'password') return null;
  return new PasswordToggle($input, {
    text: (key) => text.get(key),
    announce: (message) => live.announce(message),
  }).init();
}
