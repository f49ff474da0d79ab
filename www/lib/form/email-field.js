// The email field: its error once left, a one-click "did you mean" fix as soon as a typo shows,
// other advice (a disposable or lookalike domain) once left.

import { FieldPart, noticeMessage } from './field-part.js';
import { EmailSuggestion } from '../email-suggestion.js';

export class EmailField extends FieldPart {
  /**
   * @param {HTMLInputElement} $input
   * @param {{ ledger: any, text: any, live: any }} context
   */
  constructor($input, context) {
    super($input, context);
    this.suggestion = new EmailSuggestion($input, context.text, (value) => {
      context.live.announce(context.text.get('checklist.email.fixed', { suggestion: value }));
    }).init();
  }

  get role() {
    return 'email';
  }

  messageFor({ field, validity, touched }) {
    if (validity && touched) return { tone: 'error', text: validity };
    const notice = field?.notice;
    if (notice?.suggestion) return { tone: 'warning', extra: this.suggestion.render(notice.suggestion) };
    return noticeMessage(notice, touched);
  }

  destroy() {
    this.suggestion.destroy();
    super.destroy();
  }
}
