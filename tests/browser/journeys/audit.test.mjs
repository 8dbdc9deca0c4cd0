// The clerk reads the audit trail of a submitted offer, in a real browser (axe + screenshot).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startGranty, launch, visit, DEMO_PASSWORD } from '../harness.mjs';
import { fileDemoOffer } from '../demo_offer.mjs';

let granty;
let browser;

/** The offer this journey files. */
const OFFER = {
  title: 'Warsztaty ceramiczne', place: 'Dom Kultury', target_group: 'Seniorzy', summary: 'Cztery warsztaty.',
  action: 'Warsztaty',
  costs: [{ category: 'action', action_no: 1, name: 'Glina i szkliwa', unit: 'komplet', unit_cost: '1500', quantity: '4' }],
  sources: { requested_grant: '5400', own_financial: '600' },
};

/** The demo NGO files an offer in the demo call; returns its id. */
async function submittedOffer() {
  return (await fileDemoOffer(granty.base, OFFER)).id;
}

before(async () => {
  granty = await startGranty();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  granty?.stop();
});

test('the clerk reads who changed an offer, when and from where', async () => {
  const id = await submittedOffer();
  const page = await browser.newPage({ locale: 'pl-PL' });
  await page.goto(`${granty.base}/login?tenant=demo`);
  await page.fill('#email', 'urzednik@demo.granty.pl');
  await page.fill('#password', DEMO_PASSWORD);
  await page.click('main button[type=submit]');
  await page.waitForURL(/\/clerk\/calls$/);
  await page.goto(`${granty.base}/clerk/applications/${id}`);
  await page.click('main a:has-text("Historia zmian")');
  await page.waitForURL(/\/history$/);
  await visit(page, 'clerk-offer-history', 'pl');
  const main = await page.textContent('main');
  for (const words of ['Rozpoczęto szkic', 'Zapisano szkic', 'Dołączono plik', 'Złożono', '127.0.0.1', 'fundacja@demo.granty.pl']) {
    assert.match(main, new RegExp(words.replace(/\./g, '\\.')), words);
  }
  assert.match(main, /sources\.requested_grant: — → 5400/);
  await page.close();
});
