// The same path in Czech: a partner organisation from across the border signs up, confirms its
// address, and writes the start of an offer, with every message in Czech.
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

test('sign-up, confirmation and the editor in Czech', async () => {
  const context = await browser.newContext({ locale: 'cs-CZ', extraHTTPHeaders: { 'Accept-Language': 'cs-CZ,cs;q=0.9' } });
  const page = await context.newPage();
  await page.goto(`${granty.base}/demo/register`);
  await visit(page, 'register-cs', 'cs');
  await page.fill('#display_name', 'Jana Nováková');
  await page.fill('#email', 'jana@example.cz');
  await page.fill('#password', 'heslo');
  await page.fill('#password_again', 'heslo');
  await page.click('main button[type=submit]');
  assert.match(await page.textContent('.error-summary'), /alespoň 10/i);
  await page.fill('#password', 'dlouhé heslo 2026');
  await page.fill('#password_again', 'dlouhé heslo 2026');
  await page.click('main button[type=submit]');
  assert.match(await page.textContent('h1'), /Zkontrolujte e-mailovou schránku/);
  await page.goto(await linkFromOutbox(granty.dir, 'jana@example.cz'));
  assert.match(await page.textContent('h1'), /E-mailová adresa potvrzena/);
  await page.goto(`${granty.base}/login?tenant=demo`);
  await page.fill('#email', 'jana@example.cz');
  await page.fill('#password', 'dlouhé heslo 2026');
  await page.click('main button[type=submit]');
  await page.waitForURL(/\/dashboard$/);
  await visit(page, 'dashboard-cs', 'cs');
  await page.click('text=Přidat organizaci');
  await page.selectOption('#legal_form', 'association');
  const fields = {
    name: 'Spolek Beskydy', krs: '0000777777', nip: '123-456-32-18', regon: '123456785', street: 'Hlavní 1',
    postal_code: '00-950', city: 'Cieszyn', email: 'spolek@example.cz', bank_account: 'PL61 1090 1014 0000 0712 1981 2874',
    representative_name: 'Jana Nováková', representative_function: 'předsedkyně',
  };
  for (const [name, value] of Object.entries(fields)) await page.fill(`#${name}`, value);
  await page.click('main button[type=submit]');
  await page.waitForURL(/\/dashboard$/);
  await page.click('main button:has-text("Začít žádost")');
  await page.waitForURL(/\/edit$/);
  await visit(page, 'editor-cs', 'cs');
  assert.match(await page.textContent('main'), /Rozpočet nákladů/);
  await page.fill('#costs-0-unit_cost', '12,5x');
  await page.click('.actions button[value=save]');
  await page.waitForLoadState();
  // What cannot be read yet stays as typed, with its reason in Czech.
  assert.equal(await page.inputValue('#costs-0-unit_cost'), '12,5x');
  assert.match(await page.textContent('#editor-summary'), /Zadejte číslo/, 'the summary names what was typed wrong');
  assert.match(await page.textContent('#costs-0-unit_cost-error'), /Zadejte číslo/, 'and next to the cell');
  await visit(page, 'editor-cs-errors', 'cs');
  await context.close();
});
