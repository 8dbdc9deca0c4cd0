// The administrator finds a person of the town, sees the export and the erasure's confirmation,
// and the clerk reads a call's audit trail, in a real browser (axe + screenshots).
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

async function logIn(page, email) {
  await page.goto(`${granty.base}/login?tenant=demo`);
  await page.fill('#email', email);
  await page.fill('#password', DEMO_PASSWORD);
  await page.click('main button[type=submit]');
}

test('the admin finds a person, downloads their data and is asked before erasing', async () => {
  const page = await browser.newPage({ locale: 'pl-PL', acceptDownloads: true });
  await logIn(page, 'admin@demo.granty.pl');
  await page.waitForURL(/\/admin\/notifications$/);
  await page.click('main a[href="/admin/people"]');
  await page.fill('#email', 'nikt@example.org');
  await page.click('form[action="/admin/people"] button');
  await page.waitForSelector('#email-error');
  assert.equal(await page.inputValue('#email'), 'nikt@example.org');
  await visit(page, 'admin-people-not-found', 'pl');
  await page.fill('#email', 'fundacja@demo.granty.pl');
  await page.click('form[action="/admin/people"] button');
  await page.waitForSelector('#person-email');
  await visit(page, 'admin-people-found', 'pl');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('form[action="/admin/people/export"] button'),
  ]);
  assert.match(download.suggestedFilename(), /^granty-person-\d+\.json$/);
  await page.click('form[action="/admin/people/erase"] button');
  await page.waitForSelector('input[name=confirm][value=yes]', { state: 'attached' });
  await visit(page, 'admin-people-erase-confirm', 'pl');
  await page.close();
});

test('the clerk reads a call\'s audit trail from the list of calls', async () => {
  const page = await browser.newPage({ locale: 'pl-PL' });
  await logIn(page, 'urzednik@demo.granty.pl');
  await page.waitForURL(/\/clerk\/calls$/);
  await page.click('main a[href$="/history"]');
  await page.waitForURL(/\/clerk\/calls\/\d+\/history$/);
  await visit(page, 'clerk-call-history', 'pl');
  assert.match(await page.textContent('main'), /Opublikowano/);
  await page.close();
});
