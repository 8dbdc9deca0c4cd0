// A clerk finds a submitted offer and runs the formal check, in a real browser.
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

/** The demo NGO files a complete offer in the demo call through the API. */
async function submitDemoOffer() {
  const login = await api('/sessions', { method: 'POST', json: { email: 'fundacja@demo.granty.pl', password: DEMO_PASSWORD, tenant: 'demo' } });
  const token = login.body.token;
  const call = (await api('/calls/1', { token })).body;
  const draft = await api('/calls/1/applications', { token, method: 'POST', json: { organisation_id: 1 } });
  assert.equal(draft.status, 201);
  const id = draft.body.id;
  const start = call.realisation_start;
  const content = {
    title: 'Letnie koncerty w parku', place: 'Park Miejski', target_group: 'Mieszkańcy', summary: 'Sześć koncertów plenerowych.',
    start_date: start, end_date: start,
    schedule: [{ name: 'Koncerty', start, end: start }],
    costs: [
      { category: 'action', action_no: 1, name: 'Honoraria', unit: 'koncert', unit_cost: '1500', quantity: '6' },
      { category: 'administrative', name: 'Koordynacja', unit: 'miesiąc', unit_cost: '400', quantity: '2' },
    ],
    sources: { requested_grant: '8000', own_financial: '1800' },
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
  return submitted.body.receipt_number;
}

before(async () => {
  granty = await startGranty();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  granty?.stop();
});

test('the clerk asks for a correction', async () => {
  const receipt = await submitDemoOffer();
  const page = await browser.newPage({ locale: 'pl-PL' });
  await page.goto(`${granty.base}/login?tenant=demo`);
  await page.fill('#tenant', 'demo');
  await page.fill('#email', 'urzednik@demo.granty.pl');
  await page.fill('#password', DEMO_PASSWORD);
  await page.click('main button[type=submit]');
  await page.waitForURL(/\/clerk\/calls$/);
  await visit(page, 'clerk-calls', 'pl');
  await page.click('main a:has-text("Złożone oferty")');
  await visit(page, 'clerk-submissions', 'pl');
  await page.click(`text=${receipt}`);
  await visit(page, 'clerk-formal-check', 'pl');
  assert.match(await page.textContent('main'), /Oferta spełnia wszystkie warunki/);
  // Without an outcome the form says so, and keeps the text.
  await page.fill('#deficiencies', 'Brak podpisu skarbnika');
  await page.click('main button[type=submit]');
  assert.match(await page.textContent('.error-summary'), /Wybierz wynik oceny formalnej/);
  assert.equal(await page.inputValue('#deficiencies'), 'Brak podpisu skarbnika');
  await visit(page, 'clerk-formal-check-error', 'pl');
  await page.check('#outcome-needs_correction');
  await page.click('main button[type=submit]');
  await page.waitForLoadState();
  assert.match(await page.textContent('main'), /do uzupełnienia/);
  assert.match(await page.textContent('main'), /Brak podpisu skarbnika/);
  await visit(page, 'clerk-formal-check-done', 'pl');
  await page.close();
});
