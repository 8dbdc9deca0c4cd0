// The way in: the address a town publishes opens its calls and how to apply; the login asks no
// town identifier; an email's link opens the offer after the login; a language chosen once stays
// on every page and is the account's; unknown and forbidden pages say so in that language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startGranty, launch, visit, fillLogin } from '../harness.mjs';
import { fileDemoOffer } from '../demo_offer.mjs';

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
  assert.equal(await page.locator('#tenant').count(), 0, 'no town identifier to guess');
  await fillLogin(page, email);
  await page.waitForLoadState();
}

test('the start page is the town: its calls, how to apply, and a login without a town field', async () => {
  const page = await browser.newPage({ locale: 'pl-PL' });
  await page.goto(`${granty.base}/`);
  await visit(page, 'front-home', 'pl');
  assert.match(await page.textContent('h1'), /Konkursy ofert/);
  assert.match(await page.textContent('main'), /Trwa nabór/);
  assert.match(await page.textContent('#how-to-apply'), /Jak złożyć ofertę/);
  await page.click('.how-to-apply a:has-text("Zaloguj się")');
  await page.waitForURL(/\/demo\/login$/);
  await visit(page, 'front-login', 'pl');
  await logIn(page, 'fundacja@demo.granty.pl');
  await page.waitForURL(/\/dashboard$/);
  await page.close();
});

test('an email\'s link opens the offer after logging in', async () => {
  const { id } = await fileDemoOffer(granty.base, {
    title: 'Warsztaty z linku', place: 'Dom Kultury', target_group: 'Młodzież', summary: 'Cztery warsztaty.',
    action: 'Warsztaty',
    costs: [{ category: 'action', action_no: 1, name: 'Materiały', unit: 'komplet', unit_cost: '1500', quantity: '4' }],
    sources: { requested_grant: '5400', own_financial: '600' },
  });
  const page = await browser.newPage({ locale: 'pl-PL' });
  await page.goto(`${granty.base}/applications/${id}`);
  await page.waitForURL(/\/login\?next=/);
  await logIn(page, 'fundacja@demo.granty.pl');
  await page.waitForURL(new RegExp(`/applications/${id}/receipt$`));
  await visit(page, 'front-email-link', 'pl');
  assert.match(await page.textContent('h1'), /Oferta złożona/);
  await page.close();
});

test('Ukrainian chosen once stays on every page and is the account\'s setting', async () => {
  const context = await browser.newContext({ locale: 'pl-PL' });
  const page = await context.newPage();
  await page.goto(`${granty.base}/login`);
  await logIn(page, 'fundacja@demo.granty.pl');
  await page.waitForURL(/\/dashboard$/);
  await page.click('header a[hreflang="uk"]');
  await page.waitForLoadState();
  await visit(page, 'front-dashboard-uk', 'uk');
  for (const [path, name] of [['/demo', 'town'], ['/organisations/1/edit', 'organisation'], ['/dashboard', 'dashboard']]) {
    await page.goto(`${granty.base}${path}`);
    assert.equal(await page.getAttribute('html', 'lang'), 'uk', `${name} stays Ukrainian`);
  }
  await page.click('header a[href="/account"]');
  await visit(page, 'front-account-uk', 'uk');
  assert.equal(await page.inputValue('#account-language'), 'uk');
  assert.match(await page.textContent('#language ~ form'), /Зараз: Українська/);
  // The page of another role, and a page that does not exist: said in Ukrainian, with a way back.
  await page.goto(`${granty.base}/clerk/calls`);
  await visit(page, 'front-403-uk', 'uk');
  assert.equal(await page.textContent('h1'), 'Ви не можете відкрити цю сторінку');
  await page.goto(`${granty.base}/clerk/evaluations`);
  await visit(page, 'front-404-uk', 'uk');
  assert.equal(await page.textContent('h1'), 'Сторінку не знайдено');
  await page.click('main a[href="/"]');
  await page.waitForURL(/\/dashboard$/);
  // Back to Polish from the account page.
  await page.goto(`${granty.base}/account`);
  await page.selectOption('#account-language', 'pl');
  await page.click('.account-language button[type=submit]');
  await page.waitForURL(/\/account\?saved=language#language$/);
  await visit(page, 'front-account-saved', 'pl');
  assert.match(await page.textContent('.account-language [role=status]'), /Język został zapisany/);
  await context.close();
});
