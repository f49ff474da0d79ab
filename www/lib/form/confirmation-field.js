// The confirmation field: its mismatch shows once the person has left it, or as soon as it is as
// long as the password (typing has caught up).

import { FieldPart } from './field-part.js';
import { addToggle } from './password-field.js';

export class ConfirmationField extends FieldPart {
  constructor($input, context) {
    super($input, context);
    this.toggle = null;
    /** The password input the confirmation repeats (set by the guard). */
    this.$password = null;
  }

  get role() {
    return 'confirmation';
  }

  addToggle() {
    this.toggle ??= addToggle(this.$input, this.context);
  }

  messageFor({ validity, touched }) {
    const caughtUp = this.$input.value.length >= (this.$password?.value.length ?? 0);
    return validity && (touched || caughtUp) ? { tone: 'error', text: validity } : null;
  }

  destroy() {
    this.toggle?.destroy();
    super.destroy();
  }
}
