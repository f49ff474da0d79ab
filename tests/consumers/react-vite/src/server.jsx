// Server-side rendering of the same form: importing signup-guard (and its attach) on the server
// must be safe; attach itself only runs in the browser (useEffect).
import { renderToString } from 'react-dom/server';
import * as guard from 'signup-guard';
import { SignupForm } from './SignupForm.jsx';

/** The form's HTML and what the package offers on the server. */
export async function render() {
  const html = renderToString(<SignupForm />);
  await guard.ready();
  const weak = guard.checkPassword('password');
  let attachError = null;
  try {
    guard.attach(null);
  } catch (error) {
    attachError = error.name;
  }
  return { html, weakScore: weak.score, attachError };
}
