// A web-address field: a lookalike or dangerous address is shown as soon as it is typed; it
// never blocks.

import { FieldPart } from './field-part.js';

export class UrlField extends FieldPart {
  get role() {
    return 'url';
  }
}
