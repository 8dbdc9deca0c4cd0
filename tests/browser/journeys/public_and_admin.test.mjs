// Journeys of the public and the administrator in a real browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startGranty, launch, visit, DEMO_PASSWORD } from '../harness.mjs';

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

test('a resident finds the open call and reads its terms, in Polish and in Czech', async () => {
  const page = await browser.newPage({ locale: 'pl-PL' });
  await page.goto(`${granty.base}/demo`);
  await visit(page, 'public-calls', 'pl');
  assert.match(await page.textContent('main'), /Trwa nabór/);
  await page.click('text=Otwarty konkurs ofert: kultura i dziedzictwo lokalne');
  await visit(page, 'public-call', 'pl');
  const main = await page.textContent('main');
  assert.match(main, /Termin składania ofert/);
  assert.match(main, /15:30 CE/, 'the deadline in the town\'s zone');
  assert.match(main, /150\u00a0000,00\u00a0zł/);
  assert.match(main, /Statut organizacji/);
  // The language switch works with the keyboard and is remembered.
  await page.focus('a[hreflang="cs"]');
  await page.keyboard.press('Enter');
  await page.waitForLoadState();
  await visit(page, 'public-call-cs', 'cs');
  assert.match(await page.textContent('main'), /Hodnoticí kritéria/);
  await page.goto(`${granty.base}/demo`);
  assert.equal(await page.getAttribute('html', 'lang'), 'cs');
  await page.close();
});

test('the first visit follows the browser\'s language', async () => {
  const context = await browser.newContext({ locale: 'uk-UA', extraHTTPHeaders: { 'Accept-Language': 'uk-UA,uk;q=0.9' } });
  const page = await context.newPage();
  await page.goto(`${granty.base}/login`);
  await visit(page, 'login-uk', 'uk');
  assert.match(await page.textContent('h1'), /Вхід до Granty/);
  await context.close();
});

test('the administrator logs in, sees the notification log, and logs out', async () => {
  const page = await browser.newPage({ locale: 'pl-PL' });
  await page.goto(`${granty.base}/admin/notifications`);
  // Sent to the login page first, and back afterwards.
  await page.waitForURL(/\/login\?next=/);
  await visit(page, 'login', 'pl');
  await page.fill('#email', 'admin@demo.granty.pl');
  await page.fill('#password', 'wrong password');
  await page.click('main button[type=submit]');
  await visit(page, 'login-error', 'pl');
  assert.match(await page.textContent('.error-summary'), /Nie udało się zalogować/);
  assert.equal(await page.inputValue('#email'), 'admin@demo.granty.pl', 'what was typed stays');
  await page.fill('#password', DEMO_PASSWORD);
  await page.click('main button[type=submit]');
  await page.waitForURL(/\/admin\/notifications$/);
  await visit(page, 'admin-notifications', 'pl');
  assert.match(await page.textContent('h1'), /Powiadomienia e-mail/);
  await page.click('text=Wyloguj się');
  await page.waitForURL(/\/login$/);
  await page.close();
});
