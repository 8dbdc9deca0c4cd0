// The correction loop in a real browser: the clerk asks for a correction with a justification and
// sees the decision saved; the NGO sees the justification and the correction's labels and files
// it; the clerk sees both versions' times and what changed; the call's chart and its table.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startGranty, launch, visit, DEMO_PASSWORD } from '../harness.mjs';
import { fileDemoOffer } from '../demo_offer.mjs';

let granty;
let browser;

const OFFER = {
  title: 'Warsztaty ceramiczne dla seniorów', place: 'Dom Kultury', target_group: 'Seniorzy', summary: 'Dziesięć warsztatów.',
  action: 'Warsztaty',
  costs: [
    { category: 'action', action_no: 1, name: 'Glina i szkliwo', unit: 'komplet', unit_cost: '500', quantity: '10' },
    { category: 'administrative', name: 'Koordynacja', unit: 'miesiąc', unit_cost: '300', quantity: '2' },
  ],
  sources: { requested_grant: '5000', own_financial: '600' },
};
const JUSTIFICATION = 'Zgodnie z KRS ofertę podpisują dwaj członkowie zarządu.';

before(async () => {
  granty = await startGranty();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  granty?.stop();
});

async function logIn(email, landing) {
  const page = await browser.newPage({ locale: 'pl-PL' });
  await page.goto(`${granty.base}/login?tenant=demo`);
  await page.fill('#email', email);
  await page.fill('#password', DEMO_PASSWORD);
  await page.click('main button[type=submit]');
  await page.waitForURL(landing);
  return page;
}

/** The clerk asks for a correction with a justification and sees what was saved. */
async function requestCorrection(clerk, id) {
  await clerk.goto(`${granty.base}/clerk/applications/${id}`);
  await clerk.check('#checklist-eligible_applicant');
  await clerk.check('#checklist-statutory_activity');
  await clerk.check('#checklist-authorised_signatures-not_met');
  await clerk.check('#outcome-needs_correction');
  await clerk.fill('#deficiencies', 'Brak podpisu drugiego członka zarządu');
  await clerk.fill('#reason', JUSTIFICATION);
  await clerk.click('main button:has-text("Zapisz decyzję")');
  await clerk.waitForURL(/\?saved=1/);
  const status = await clerk.textContent('#decision-saved[role=status]');
  assert.match(status, /Decyzja została zapisana/);
  assert.match(status, /Brak podpisu drugiego członka zarządu/);
  assert.ok(status.includes(JUSTIFICATION), status);
  assert.match(status, /23:59:59/, 'the correction deadline to the second');
  await visit(clerk, 'correction-decision-saved', 'pl');
}

/** The NGO reads the justification, corrects the summary and files the correction. */
async function fileCorrection(id, receipt) {
  const ngo = await logIn('fundacja@demo.granty.pl', /\/dashboard$/);
  await ngo.goto(`${granty.base}/applications/${id}/edit`);
  assert.ok((await ngo.textContent('#correction-justification')).includes(JUSTIFICATION));
  await visit(ngo, 'correction-editor-justification', 'pl');
  await ngo.fill('#summary', 'Dziesięć warsztatów; oferta podpisana przez dwóch członków zarządu.');
  await ngo.click('main button[value=review]');
  await ngo.waitForURL(/\/review$/);
  assert.equal(await ngo.locator('main button:has-text("Składam korektę")').count(), 1);
  assert.equal(await ngo.locator('main button:has-text("Składam ofertę")').count(), 0);
  await visit(ngo, 'correction-review', 'pl');
  await ngo.click('main button:has-text("Składam korektę")');
  await ngo.waitForURL(/\/receipt$/);
  assert.equal(await ngo.textContent('h1'), 'Korekta złożona');
  const explained = await ngo.textContent('#correction-number');
  assert.ok(explained.includes(`${receipt}-K1`) && explained.includes('korektę nr 1'), explained);
  await visit(ngo, 'correction-receipt', 'pl');
  await ngo.close();
}

test('a correction asked with a justification, filed, and compared', async () => {
  const { id, receipt } = await fileDemoOffer(granty.base, OFFER);
  const clerk = await logIn('urzednik@demo.granty.pl', /\/clerk\/calls$/);
  await requestCorrection(clerk, id);
  await fileCorrection(id, receipt);

  await clerk.goto(`${granty.base}/clerk/applications/${id}`);
  const versions = await clerk.locator('#versions tbody tr').allTextContents();
  assert.equal(versions.length, 2);
  assert.match(versions[0], /oferta/);
  assert.match(versions[1], new RegExp(`korekta.*${receipt.replace(/[/]/g, '\\/')}-K1`));
  const diff = await clerk.textContent('#version-diff');
  assert.match(diff, /Dziesięć warsztatów\./);
  assert.match(diff, /oferta podpisana przez dwóch członków zarządu/);
  await visit(clerk, 'correction-versions-diff', 'pl');
  await clerk.close();
});

test('the call page charts offers started and submitted, with a table', async () => {
  await fileDemoOffer(granty.base, { ...OFFER, title: 'Druga oferta' });
  const clerk = await logIn('urzednik@demo.granty.pl', /\/clerk\/calls$/);
  assert.match(await clerk.textContent('main'), /złożone: \d+/);
  await clerk.goto(`${granty.base}/clerk/calls/1/applications`);
  const chart = clerk.locator('svg#activity-chart');
  assert.equal(await chart.getAttribute('role'), 'img');
  assert.match(await clerk.textContent('svg#activity-chart desc'), /złożone: [1-9]/);
  assert.ok(await clerk.locator('svg#activity-chart rect.submitted').count() >= 1);
  await clerk.click('summary:has-text("Liczby z wykresu w tabeli")');
  assert.ok(await clerk.locator('#activity-table tbody tr').count() >= 1);
  await visit(clerk, 'call-activity-chart', 'pl');
  await clerk.close();
});
