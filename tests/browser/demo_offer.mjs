// The demo NGO files an offer in the demo call through the JSON API, for journeys that start
// from a submitted offer.
import assert from 'node:assert/strict';
import { DEMO_PASSWORD } from './harness.mjs';

/** Calls the JSON API of the Granty at `base`; the status and the parsed body. */
export async function api(base, path, { token, method = 'GET', json, body } = {}) {
  const headers = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (json) headers['content-type'] = 'application/json';
  const response = await fetch(`${base}/api/v1${path}`, { method, headers, body: json ? JSON.stringify(json) : body });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

const DECLARATIONS = {
  remuneration: 'unpaid', public_benefit_only: true, fees_only_in_paid_activity: true, no_tax_arrears: true,
  no_social_security_arrears: true, register_data_consistent: true, information_true: true, gdpr_statements_obtained: true,
};

/**
 * Files `offer` (title, place, target_group, summary, action, costs, sources) as the demo NGO in
 * the demo call, with the statute attached; the offer's id and receipt number.
 */
export async function fileDemoOffer(base, offer) {
  const call = (path, options) => api(base, path, options);
  const credentials = { email: 'fundacja@demo.granty.pl', password: DEMO_PASSWORD, tenant: 'demo' };
  const token = (await call('/sessions', { method: 'POST', json: credentials })).body.token;
  const start = (await call('/calls/1', { token })).body.realisation_start;
  const draft = await call('/calls/1/applications', { token, method: 'POST', json: { organisation_id: 1 } });
  assert.equal(draft.status, 201);
  const id = draft.body.id;
  const { action, ...texts } = offer;
  const content = {
    ...texts, start_date: start, end_date: start,
    schedule: [{ name: action, start, end: start }],
    declarations: DECLARATIONS,
    contact: { name: 'Anna Nowak', email: 'anna@fundacja.pl' },
  };
  const saved = await call(`/applications/${id}`, { token, method: 'PATCH', json: { version: 1, content } });
  assert.equal(saved.status, 200, JSON.stringify(saved.body));
  const form = new FormData();
  form.append('kind', 'statut');
  form.append('file', new Blob(['%PDF-1.4\n%%EOF\n'], { type: 'application/pdf' }), 'statut.pdf');
  assert.equal((await call(`/applications/${id}/attachments`, { token, method: 'POST', body: form })).status, 201);
  const submitted = await call(`/applications/${id}/submit`, { token, method: 'POST' });
  assert.equal(submitted.status, 201, JSON.stringify(submitted.body));
  return { id, receipt: submitted.body.receipt_number };
}

/**
 * Fills the editor's form for a one-line offer starting on `start` (yyyy-mm-dd), in any language:
 * the fields are found by their ids, the amounts are typed without separators.
 */
export async function fillEditor(page, start, offer) {
  const fields = {
    title: offer.title, place: offer.place, target_group: offer.target_group, summary: offer.summary,
    start_date: start, end_date: start, 'contact-name': 'Anna Nowak', 'contact-email': 'anna@fundacja.pl',
    'schedule-0-name': offer.action, 'schedule-0-start': start, 'schedule-0-end': start,
    'costs-0-action_no': '1', 'costs-0-name': offer.cost, 'costs-0-unit': offer.unit,
    'costs-0-unit_cost': '1500', 'costs-0-quantity': '6',
    'sources-requested_grant': '8000', 'sources-own_financial': '1000',
  };
  for (const [id, value] of Object.entries(fields)) await page.fill(`#${id}`, value);
  await page.check('#rem-unpaid');
  await page.check('#no_tax_arrears-yes');
  await page.check('#no_social_security_arrears-yes');
  for (const name of Object.keys(DECLARATIONS).filter((n) => typeof DECLARATIONS[n] === 'boolean' && !n.startsWith('no_'))) {
    await page.check(`#declarations-${name}`);
  }
}
