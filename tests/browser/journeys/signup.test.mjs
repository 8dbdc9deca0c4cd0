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
  await page.click('button[type=submit]');
  await visit(page, 'register-errors', 'pl');
  assert.match(await page.textContent('.error-summary'), /co najmniej 10/i);
  assert.equal(await page.inputValue('#display_name'), 'Ewa Kowalska', 'what was typed stays');
  // The summary's link takes the keyboard to the field.
  await page.click('.error-summary a');
  assert.equal(await page.evaluate(() => location.hash), '#password');
  await page.fill('#password', 'długie hasło 2026');
  await page.fill('#password_again', 'długie hasło 2026');
  await page.click('button[type=submit]');
  assert.match(await page.textContent('h1'), /Sprawdź skrzynkę/);
  await visit(page, 'register-done', 'pl');

  const link = await linkFromOutbox(granty.dir, 'ewa@example.org');
  await page.goto(link);
  assert.match(await page.textContent('h1'), /Adres e-mail potwierdzony/);
  await page.click('text=Przejdź do logowania');
  await page.fill('#tenant', 'demo');
  await page.fill('#email', 'ewa@example.org');
  await page.fill('#password', 'długie hasło 2026');
  await page.click('button[type=submit]');
  await page.waitForURL(`${granty.base}/`);
  assert.match(await page.textContent('main'), /Jesteś zalogowany jako ewa@example.org/);
  await visit(page, 'signed-in', 'pl');
  await page.close();
});
