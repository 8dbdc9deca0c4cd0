// An offer's attachments in a real browser: the NGO uploads the statute, sees it listed with its
// kind, type and size, downloads it, replaces it (the first version stays in the history), adds
// and removes another file, and submits; the clerk opens the filed attachment from the check page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startGranty, launch, visit, DEMO_PASSWORD } from '../harness.mjs';
import { api as apiOf } from '../demo_offer.mjs';

let granty;
let browser;
const api = (path, options) => apiOf(granty.base, path, options);
const PDF = (text) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);

before(async () => {
  granty = await startGranty();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  granty?.stop();
});

const DECLARATIONS = {
  remuneration: 'unpaid', public_benefit_only: true, fees_only_in_paid_activity: true, no_tax_arrears: true,
  no_social_security_arrears: true, register_data_consistent: true, information_true: true, gdpr_statements_obtained: true,
};

/** A complete draft of the demo NGO in the demo call, with no attachment yet; its id. */
async function completeDraft() {
  const credentials = { email: 'fundacja@demo.granty.pl', password: DEMO_PASSWORD, tenant: 'demo' };
  const token = (await api('/sessions', { method: 'POST', json: credentials })).body.token;
  const start = (await api('/calls/1', { token })).body.realisation_start;
  const draft = await api('/calls/1/applications', { token, method: 'POST', json: { organisation_id: 1 } });
  assert.equal(draft.status, 201);
  const content = {
    title: 'Warsztaty z załącznikami', place: 'Dom Kultury', target_group: 'Młodzież', summary: 'Warsztaty.',
    start_date: start, end_date: start, schedule: [{ name: 'Warsztaty', start, end: start }],
    costs: [
      { category: 'action', action_no: 1, name: 'Prowadzenie', unit: 'godzina', unit_cost: '500', quantity: '20' },
    ],
    sources: { requested_grant: '8500', own_financial: '1500' },
    declarations: DECLARATIONS, contact: { name: 'Anna Nowak', email: 'anna@fundacja.pl' },
  };
  const saved = await api(`/applications/${draft.body.id}`, { token, method: 'PATCH', json: { version: 1, content } });
  assert.equal(saved.status, 200, JSON.stringify(saved.body));
  return draft.body.id;
}

async function logIn(email, landing) {
  const page = await browser.newPage({ locale: 'pl-PL', acceptDownloads: true });
  await page.goto(`${granty.base}/login?tenant=demo`);
  await page.fill('#email', email);
  await page.fill('#password', DEMO_PASSWORD);
  await page.click('main button[type=submit]');
  await page.waitForURL(landing);
  return page;
}

/** The current versions' ids, as the attachments table lists them. */
async function rowIds(page) {
  return page.$$eval('.attachments-table tbody tr', (rows) => rows.map((r) => r.id));
}

test('the NGO uploads, downloads, replaces and removes attachments; the clerk opens them', async () => {
  const id = await completeDraft();
  const ngo = await logIn('fundacja@demo.granty.pl', /\/dashboard$/);
  await ngo.goto(`${granty.base}/applications/${id}/edit`);
  // The section comes before the buttons that lead to the review.
  const order = await ngo.evaluate(() => {
    const section = document.querySelector('section.attachments');
    const review = document.querySelector('button[value=review]');
    return section.compareDocumentPosition(review) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  assert.ok(order, 'the attachments sit above "review and submit"');

  // A refused file: the reason next to the attachments, the address the editor's.
  await ngo.selectOption('#attachments-kind', 'statut');
  await ngo.setInputFiles('#attachments-file', { name: 'pusty.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(0) });
  await ngo.click('section.attachments button:has-text("Dodaj załącznik")');
  await ngo.waitForURL(/\/edit\?attachment_error=file_empty#attachments$/);
  assert.ok(await ngo.isVisible('section.attachments #attachments-error'));
  await visit(ngo, 'attachments-refused', 'pl');

  await ngo.setInputFiles('#attachments-file', { name: 'statut.pdf', mimeType: 'application/pdf', buffer: PDF('v1') });
  await ngo.click('section.attachments button:has-text("Dodaj załącznik")');
  await ngo.waitForURL(/\/edit#attachments$/);
  const table = await ngo.textContent('.attachments-table');
  assert.match(table, /Statut organizacji/);
  assert.match(table, /statut\.pdf/);
  assert.match(table, /PDF/);
  await visit(ngo, 'attachments-listed', 'pl');

  // The download is the file, as a download with its name.
  const [download] = await Promise.all([
    ngo.waitForEvent('download'),
    ngo.click('.attachments-table a:has-text("statut.pdf")'),
  ]);
  assert.equal(download.suggestedFilename(), 'statut.pdf');

  // A new version replaces it; the first stays in the history.
  const [first] = await rowIds(ngo);
  const replaceInput = `#replace-${first.replace('attachment-', '')}`;
  await ngo.setInputFiles(replaceInput, { name: 'statut-2026.pdf', mimeType: 'application/pdf', buffer: PDF('v2') });
  await ngo.click(`#${first} button:has-text("Zastąp plik")`);
  await ngo.waitForURL(/\/edit#attachments$/);
  assert.equal((await rowIds(ngo)).length, 1, 'replaced, not added');
  assert.match(await ngo.textContent('.attachments-table'), /statut-2026\.pdf/);
  await ngo.click('.attachments-table details summary');
  assert.match(await ngo.textContent('.attachments-table details'), /Wersja 1: statut\.pdf/);
  await visit(ngo, 'attachments-replaced', 'pl');

  // Another file added, then removed: off the offer, kept in the history.
  await ngo.selectOption('#attachments-kind', 'inne');
  await ngo.setInputFiles('#attachments-file', { name: 'plan.pdf', mimeType: 'application/pdf', buffer: PDF('plan') });
  await ngo.click('section.attachments button:has-text("Dodaj załącznik")');
  await ngo.waitForURL(/\/edit#attachments$/);
  assert.equal((await rowIds(ngo)).length, 2);
  await ngo.click('.attachments-table tr:has-text("plan.pdf") button:has-text("Usuń z oferty")');
  await ngo.waitForURL(/\/edit#attachments$/);
  assert.equal((await rowIds(ngo)).length, 1);
  assert.match(await ngo.textContent('ul.removed-attachments'), /Inny załącznik: plan\.pdf/);

  await ngo.click('main button[value=review]');
  await ngo.waitForURL(/\/review$/);
  assert.match(await ngo.textContent('.attachments-table'), /statut-2026\.pdf/);
  await visit(ngo, 'attachments-review', 'pl');
  await ngo.click('main button:has-text("Składam ofertę")');
  await ngo.waitForURL(/\/receipt$/);
  assert.match(await ngo.textContent('.attachments-table'), /statut-2026\.pdf/);
  await visit(ngo, 'attachments-receipt', 'pl');
  await ngo.close();

  // The clerk opens the filed statute from the check page.
  const clerk = await logIn('urzednik@demo.granty.pl', /\/clerk\/calls$/);
  await clerk.goto(`${granty.base}/clerk/applications/${id}`);
  const link = clerk.locator('.attachments-table a:has-text("statut-2026.pdf")');
  const href = await link.getAttribute('href');
  const file = await clerk.request.get(`${granty.base}${href}`);
  assert.equal(file.status(), 200);
  assert.equal(file.headers()['content-type'], 'application/pdf');
  assert.match(file.headers()['content-disposition'], /^attachment; filename\*=UTF-8''statut-2026\.pdf$/);
  assert.match((await file.body()).toString(), /v2/);
  await visit(clerk, 'attachments-clerk', 'pl');
  await clerk.close();
});
