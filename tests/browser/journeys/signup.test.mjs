// An NGO person signs up, confirms the address from the email, and logs in.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startGranty, launch, visit, linkFromOutbox } from '../harness.mjs';

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

test('sign up, fix a mistake, confirm from the outbox, log in', async () => {
  const page = await browser.newPage({ locale: 'pl-PL' });
  await page.goto(`${granty.base}/demo`);
  await page.click('text=Załóż konto organizacji');
  await visit(page, 'register', 'pl');
  await page.fill('#display_name', 'Ewa Kowalska');
  await page.fill('#email', 'ewa@example.org');
  await page.fill('#password', 'krótkie');
  await page.fill('#password_again', 'krótkie');
  await page.click('main button[type=submit]');
  await visit(page, 'register-errors', 'pl');
  assert.match(await page.textContent('.error-summary'), /co najmniej 10/i);
  assert.equal(await page.inputValue('#display_name'), 'Ewa Kowalska', 'what was typed stays');
  // The summary's link takes the keyboard to the field.
  await page.click('.error-summary a');
  assert.equal(await page.evaluate(() => location.hash), '#password');
  await page.fill('#password', 'długie hasło 2026');
  await page.fill('#password_again', 'długie hasło 2026');
  await page.click('main button[type=submit]');
  assert.match(await page.textContent('h1'), /Sprawdź skrzynkę/);
  await visit(page, 'register-done', 'pl');

  const link = await linkFromOutbox(granty.dir, 'ewa@example.org');
  await page.goto(link);
  assert.match(await page.textContent('h1'), /Adres e-mail potwierdzony/);
  await page.click('text=Przejdź do logowania');
  await page.fill('#email', 'ewa@example.org');
  await page.fill('#password', 'długie hasło 2026');
  await page.click('main button[type=submit]');
  await page.waitForURL(`${granty.base}/dashboard`);
  assert.match(await page.textContent('main'), /Nie masz jeszcze organizacji/);
  await visit(page, 'dashboard-empty', 'pl');

  // The organisation's profile: a mistyped NIP and IBAN are named, the rest is kept.
  await page.click('text=Dodaj organizację');
  await visit(page, 'organisation-new', 'pl');
  await page.selectOption('#legal_form', 'association');
  const fields = {
    name: 'Stowarzyszenie Nowe Horyzonty', krs: '0000654321', nip: '5260001247', regon: '123456785',
    street: 'ul. Polna 3', postal_code: '00-950', city: 'Demo', email: 'biuro@horyzonty.org',
    bank_account: 'PL62 1090 1014 0000 0712 1981 2874', representative_name: 'Ewa Kowalska', representative_function: 'Prezeska',
  };
  for (const [name, value] of Object.entries(fields)) await page.fill(`#${name}`, value);
  await page.click('main button[type=submit]');
  await visit(page, 'organisation-errors', 'pl');
  const summary = await page.textContent('.error-summary');
  assert.match(summary, /NIP/);
  assert.match(summary, /IBAN|rachunku/);
  assert.equal(await page.inputValue('#name'), 'Stowarzyszenie Nowe Horyzonty');
  await page.fill('#nip', '123-456-32-18');
  await page.fill('#bank_account', 'PL61 1090 1014 0000 0712 1981 2874');
  await page.click('main button[type=submit]');
  await page.waitForURL(`${granty.base}/dashboard`);
  assert.match(await page.textContent('main'), /Stowarzyszenie Nowe Horyzonty/);
  assert.match(await page.textContent('main'), /NIP 1234563218/);
  await visit(page, 'dashboard', 'pl');
  await page.close();
});
