// A member of an NGO invites a second person, who opens the emailed link, sets a password and
// sees the organisation's offer on the dashboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startGranty, launch, visit, linkFromOutbox, DEMO_PASSWORD } from '../harness.mjs';

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

test('invite a second member, who joins from the email and sees the offers', async () => {
  const inviter = await browser.newPage({ locale: 'pl-PL' });
  await inviter.goto(`${granty.base}/login?tenant=demo`);
  await inviter.fill('#email', 'fundacja@demo.granty.pl');
  await inviter.fill('#password', DEMO_PASSWORD);
  await inviter.click('main button[type=submit]');
  await inviter.waitForURL(/\/dashboard$/);
  // An offer the organisation is working on.
  await inviter.click('main button:has-text("Rozpocznij ofertę")');
  await inviter.waitForURL(/\/applications\/\d+\/edit$/);
  await inviter.fill('#title', 'Warsztaty dla seniorów');
  await inviter.click('.actions button[value=save]');
  await inviter.waitForLoadState();
  await inviter.goto(`${granty.base}/dashboard`);
  await inviter.click('main a:has-text("Osoby i zaproszenia")');
  await inviter.waitForURL(/\/organisations\/\d+\/members$/);
  await visit(inviter, 'members', 'pl');
  assert.match(await inviter.textContent('main'), /fundacja@demo\.granty\.pl/);

  // A member already: the mistake is named at the field and what was typed stays.
  await inviter.fill('#email', 'fundacja@demo.granty.pl');
  await inviter.click('main form[action$="/members"] button[type=submit]');
  await visit(inviter, 'members-errors', 'pl');
  assert.match(await inviter.textContent('.error-summary'), /już należy do organizacji/);
  assert.equal(await inviter.inputValue('#email'), 'fundacja@demo.granty.pl');
  await inviter.click('.error-summary a');
  assert.equal(await inviter.evaluate(() => location.hash), '#email');

  await inviter.fill('#email', 'beata@example.org');
  await inviter.fill('#display_name', 'Beata Zielińska');
  await inviter.click('main form[action$="/members"] button[type=submit]');
  await inviter.waitForURL(/done=invited/);
  assert.match(await inviter.textContent('[role=status]'), /Zaproszenie wysłane/);
  assert.match(await inviter.textContent('main'), /beata@example\.org/);
  await visit(inviter, 'members-invited', 'pl');
  await inviter.close();

  // The invited person, in a browser of their own, follows the emailed link.
  const context = await browser.newContext({ locale: 'pl-PL' });
  const page = await context.newPage();
  const link = await linkFromOutbox(granty.dir, 'beata@example.org');
  assert.match(link, /\/invitations\/[0-9a-f]+$/);
  await page.goto(link);
  await visit(page, 'invitation', 'pl');
  assert.match(await page.textContent('main'), /zaprasza Cię do wspólnej pracy/);
  assert.equal(await page.inputValue('#display_name'), 'Beata Zielińska', 'the name is prefilled');
  await page.fill('#password', 'krótkie');
  await page.fill('#password_again', 'krótkie');
  await page.click('main button[type=submit]');
  await visit(page, 'invitation-errors', 'pl');
  assert.match(await page.textContent('.error-summary'), /co najmniej 10/i);
  await page.fill('#password', 'hasło Beaty 2026');
  await page.fill('#password_again', 'hasło Beaty 2026');
  await page.click('main button[type=submit]');
  await page.waitForURL(`${granty.base}/dashboard`);
  const main = await page.textContent('main');
  assert.match(main, /Warsztaty dla seniorów/, 'the organisation\'s offer is on the dashboard');
  assert.match(await page.textContent('header'), /beata@example\.org/);
  await visit(page, 'dashboard-invited-member', 'pl');

  // The link worked once.
  await page.goto(link);
  assert.match(await page.textContent('h1'), /Zaproszenie zostało już przyjęte/);
  await visit(page, 'invitation-used', 'pl');
  await context.close();
});
