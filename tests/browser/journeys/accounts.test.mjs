// Accounts and sessions in a real browser: the account page and "log out everywhere", and the
// login page once an account is locked after too many wrong passwords.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startGranty, launch, visit, DEMO_PASSWORD, fillLogin } from '../harness.mjs';

let granty;
let browser;

before(async () => {
  granty = await startGranty();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  granty?.stop();
});

async function logIn(page, email, password) {
  await page.goto(`${granty.base}/login`);
  await fillLogin(page, email, password);
  await page.waitForLoadState();
}

test('an NGO member logs out everywhere from the account page', async () => {
  const laptop = await browser.newContext({ locale: 'pl-PL' });
  const phone = await browser.newContext({ locale: 'pl-PL' });
  const onLaptop = await laptop.newPage();
  const onPhone = await phone.newPage();
  await logIn(onLaptop, 'fundacja@demo.granty.pl', DEMO_PASSWORD);
  await logIn(onPhone, 'fundacja@demo.granty.pl', DEMO_PASSWORD);
  assert.match(onLaptop.url(), /\/dashboard$/, 'signed in');
  await Promise.all([onLaptop.waitForNavigation(), onLaptop.click('header a[href="/account"]')]);
  assert.match(onLaptop.url(), /\/account$/);
  await visit(onLaptop, 'account', 'pl');
  assert.match(await onLaptop.textContent('h1'), /Twoje konto/);
  await Promise.all([onLaptop.waitForNavigation(), onLaptop.click('main button:has-text("Wyloguj się wszędzie")')]);
  assert.match(onLaptop.url(), /\/login$/);
  // The phone's session ended too: its next page asks to log in.
  await onPhone.goto(`${granty.base}/dashboard`);
  await onPhone.waitForURL(/\/login\?next=/);
  await laptop.close();
  await phone.close();
});

test('after ten wrong passwords the login page says how long to wait', async () => {
  const context = await browser.newContext({ locale: 'en-GB', extraHTTPHeaders: { 'Accept-Language': 'en-GB,en;q=0.9' } });
  const page = await context.newPage();
  for (let i = 0; i < 10; i += 1) {
    await logIn(page, 'stowarzyszenie@demo.granty.pl', `wrong password ${i}`);
  }
  await logIn(page, 'stowarzyszenie@demo.granty.pl', DEMO_PASSWORD);
  await visit(page, 'login-locked', 'en');
  assert.match(await page.textContent('.error-summary'), /Too many failed login attempts\. Try again in 15 minutes/);
  await context.close();
});
