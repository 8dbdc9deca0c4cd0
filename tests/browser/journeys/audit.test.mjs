// The clerk reads the audit trail of a submitted offer, in a real browser (axe + screenshot).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startGranty, launch, visit, DEMO_PASSWORD } from '../harness.mjs';

let granty;
let browser;

async function api(path, { token, method = 'GET', json, body } = {}) {
  const headers = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (json) headers['content-type'] = 'application/json';
  const response = await fetch(`${granty.base}/api/v1${path}`, { method, headers, body: json ? JSON.stringify(json) : body });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/** The demo NGO files an offer in the demo call; returns its id. */
async function submittedOffer() {
  const login = await api('/sessions', { method: 'POST', json: { email: 'fundacja@demo.granty.pl', password: DEMO_PASSWORD, tenant: 'demo' } });
  const token = login.body.token;
  const call = (await api('/calls/1', { token })).body;
  const draft = await api('/calls/1/applications', { token, method: 'POST', json: { organisation_id: 1 } });
  assert.equal(draft.status, 201);
  const id = draft.body.id;
  const start = call.realisation_start;
  const content = {
    title: 'Warsztaty ceramiczne', place: 'Dom Kultury', target_group: 'Seniorzy', summary: 'Cztery warsztaty.',
    start_date: start, end_date: start,
    schedule: [{ name: 'Warsztaty', start, end: start }],
    costs: [{ category: 'action', action_no: 1, name: 'Glina i szkliwa', unit: 'komplet', unit_cost: '1500', quantity: '4' }],
    sources: { requested_grant: '5400', own_financial: '600' },
    declarations: { remuneration: 'unpaid', public_benefit_only: true, fees_only_in_paid_activity: true, no_tax_arrears: true,
      no_social_security_arrears: true, register_data_consistent: true, information_true: true, gdpr_statements_obtained: true },
    contact: { name: 'Anna Nowak', email: 'anna@fundacja.pl' },
  };
  const saved = await api(`/applications/${id}`, { token, method: 'PATCH', json: { version: 1, content } });
  assert.equal(saved.status, 200, JSON.stringify(saved.body));
  const form = new FormData();
  form.append('kind', 'statut');
  form.append('file', new Blob(['%PDF-1.4\n%%EOF\n'], { type: 'application/pdf' }), 'statut.pdf');
  assert.equal((await api(`/applications/${id}/attachments`, { token, method: 'POST', body: form })).status, 201);
  const submitted = await api(`/applications/${id}/submit`, { token, method: 'POST' });
  assert.equal(submitted.status, 201, JSON.stringify(submitted.body));
  return id;
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
  await page.fill('#tenant', 'demo');
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
