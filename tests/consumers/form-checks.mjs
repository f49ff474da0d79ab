// The everyday checks every browser consumer passes, on a form with #email, #password and a
// submit button that posts to /signup (served by support.mjs's serveStatic).

const PASSWORD = 'violet-Tractor-harbor-92-quilt';

/** Types like a person, 40 ms a key; returns what the field holds afterwards. */
async function typeSlowly(page, selector, text) {
  await page.locator(selector).fill('');
  await page.locator(selector).pressSequentially(text, { delay: 40 });
  return page.inputValue(selector);
}

/** Runs the checks on `page` (already at the form) with node:assert's `assert`. */
export async function checkFormBasics(page, assert) {
  // One-click suggestion, while focus is still in the field.
  assert.equal(await typeSlowly(page, '#email', 'ann@gmial.com'), 'ann@gmial.com');
  await page.waitForSelector('.sg-suggestion__button', { state: 'visible', timeout: 10_000 });
  await page.click('.sg-suggestion__button');
  await page.waitForFunction(() => document.getElementById('email').value === 'ann@gmail.com', null, { timeout: 2000 });

  // Weak: blocked, focus on the password, said in the live region.
  assert.equal(await typeSlowly(page, '#password', 'password'), 'password');
  await page.click('button[type="submit"]');
  await page.waitForFunction(() => document.getElementById('password').getAttribute('aria-invalid') === 'true', null, { timeout: 10_000 });
  assert.equal(new URL(page.url()).pathname.endsWith('/signup'), false, 'not sent');
  await page.waitForFunction(() => document.querySelector('.sg-live').textContent !== '', null, { timeout: 5000 });

  // Toggle in sync with the field.
  const toggle = page.locator('.sg-password-toggle').first();
  await toggle.click();
  assert.equal(await page.locator('#password').getAttribute('type'), 'text');
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');

  // Strong: sent.
  assert.equal(await typeSlowly(page, '#password', PASSWORD), PASSWORD);
  await page.click('button[type="submit"]');
  await page.waitForSelector('#created', { timeout: 10_000 });
}
