// The demo's 2024 call (call 6) after its tasks, in a real browser: Fundacja sees its duties
// timeline on the dashboard (the fifth call's agreement owes its final report) and the settled
// agreement's settlement screen; the clerk opens the same settlement screen, where the interest
// on the return paid late is shown. axe-core and screenshots on every page, and at phone width
// nothing pushes a page wider than the screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startGranty, launch, visit, signedInPage } from '../harness.mjs';

const SETTLED_TASK = 'Łąka kwietna przy szkole';

let granty;
let browser;

before(async () => {
  granty = await startGranty({});
  browser = await launch();
});

after(async () => {
  await browser?.close();
  granty?.stop();
});

const logIn = (email, landing) => signedInPage(browser, granty.base, email, landing, {});
/** `visit` (axe-core, screenshots at phone and desktop widths), and on a 375px phone no sideways scrolling. */
async function check(page, name) {
  await visit(page, name, 'pl');
  await page.setViewportSize({ width: 375, height: 812 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 375, `${name}: ${width}px wide on a 375px phone`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** The id of the agreement whose row names `task` on the agreements list. */
async function agreementOf(page, prefix, task) {
  await page.goto(`${granty.base}${prefix}/agreements`);
  const href = await page.locator('tr', { hasText: task }).locator('a').first().getAttribute('href');
  return Number(href.match(/\/agreements\/(\d+)/)[1]);
}

test('the organisation sees its duties and its settled agreement; the clerk sees the interest', async () => {
  const ngo = await logIn('fundacja@demo.granty.pl', /\/dashboard$/);
  const duties = ngo.locator('ol#duties > li');
  assert.ok((await duties.count()) >= 1, 'the final report of the agreement in realisation');
  const first = duties.first();
  assert.match(await first.locator('time').getAttribute('datetime'), /^\d{4}-\d{2}-\d{2}$/);
  assert.match(await first.textContent(), /Sprawozdanie końcowe|sprawozdanie/i);
  await check(ngo, 'settlement-ngo-dashboard');

  const id = await agreementOf(ngo, '', SETTLED_TASK);
  await ngo.goto(`${granty.base}/agreements/${id}/settlement`);
  assert.equal(await ngo.locator('form.return-payment').count(), 0, 'the organisation only reads');
  assert.match(await ngo.textContent('#interest-charged'), /[1-9]/);
  await check(ngo, 'settlement-ngo-settled');

  const clerk = await logIn('urzednik@demo.granty.pl', /\/clerk\/calls$/);
  await clerk.goto(`${granty.base}/clerk/agreements/${id}/settlement`);
  const interest = await clerk.textContent('#interest-charged');
  assert.match(interest, /[1-9]/, `interest charged: ${interest}`);
  assert.ok((await clerk.locator('.interest-periods tbody tr').count()) >= 1, 'its periods and rates');
  await check(clerk, 'settlement-clerk-settled');
});
