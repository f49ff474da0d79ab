// What the form guard knows about the page around the form: its connection, the site's own
// checklist items, and how it writes numbers. Plain functions of their arguments (and of
// `location` / `document` where named). They gather facts; the core judges them.

/**
 * A count in the reader's number format ("12,000,000", "12.000.000", "12 000 000").
 * @param {number} count
 * @param {string} lang a BCP 47 language tag
 */
export function formatCount(count, lang) {
  try {
    return new Intl.NumberFormat(lang).format(count);
  } catch {
    return String(count);
  }
}

/**
 * The site's own checklist items (`items`: objects or functions of the form), normalized. An
 * item whose function throws is left out rather than stopping every check.
 * @param {unknown} items
 * @param {HTMLFormElement} $form
 */
export function customItems(items, $form) {
  if (!Array.isArray(items)) return [];
  return items.flatMap((item) => {
    let resolved = item;
    if (typeof item === 'function') {
      try {
        resolved = item($form);
      } catch (error) {
        console.error('[signup-guard] a custom checklist item threw:', error);
        return [];
      }
    }
    if (!resolved || typeof resolved !== 'object') return [];
    return [{
      id: String(resolved.id),
      text: String(resolved.text),
      state: ['pass', 'fail', 'pending', 'info'].includes(resolved.state) ? resolved.state : 'info',
      required: resolved.required === true,
    }];
  });
}

/**
 * The connection facts the checklist judges: a secure context, and where the form posts to.
 * @param {HTMLFormElement} $form
 * @param {unknown[]} [allowedOrigins] other origins the form may post to
 */
export function connectionFacts($form, allowedOrigins) {
  let actionOrigin = '';
  try {
    const action = $form.getAttribute('action');
    actionOrigin = action ? new URL($form.action, document.baseURI).origin : location.origin;
  } catch {
    actionOrigin = 'null';
  }
  return {
    secureContext: globalThis.isSecureContext === true,
    pageOrigin: location.origin,
    actionOrigin,
    allowedOrigins: (allowedOrigins ?? []).map(String),
  };
}
