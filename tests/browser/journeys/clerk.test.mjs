// A clerk finds a submitted offer and runs the formal check, in a real browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startGranty, launch, visit, DEMO_PASSWORD } from '../harness.mjs';
import { api as apiOf, fileDemoOffer } from '../demo_offer.mjs';

let granty;
let browser;

/** The offer this journey files. */
const OFFER = {
  title: 'Letnie koncerty w parku', place: 'Park Miejski', target_group: 'Mieszkańcy', summary: 'Sześć koncertów plenerowych.',
  action: 'Koncerty',
  costs: [
    { category: 'action', action_no: 1, name: 'Honoraria', unit: 'koncert', unit_cost: '1500', quantity: '6' },
    { category: 'administrative', name: 'Koordynacja', unit: 'miesiąc', unit_cost: '400', quantity: '2' },
  ],
  sources: { requested_grant: '8000', own_financial: '1800' },
};

/** The demo NGO files a complete offer in the demo call through the API. */
async function submitDemoOffer() {
  return (await fileDemoOffer(granty.base, OFFER)).receipt;
}

const api = (path, options) => apiOf(granty.base, path, options);

before(async () => {
  granty = await startGranty();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  granty?.stop();
});

/** A new page with the demo clerk logged in, on the list of calls. */
async function clerkPage() {
  const page = await browser.newPage({ locale: 'pl-PL' });
  await page.goto(`${granty.base}/login?tenant=demo`);
  await page.fill('#email', 'urzednik@demo.granty.pl');
  await page.fill('#password', DEMO_PASSWORD);
  await page.click('main button[type=submit]');
  await page.waitForURL(/\/clerk\/calls$/);
  return page;
}

/** A `datetime-local` or `date` value `days` from today, at noon (never in a clock change). */
function daysFromNow(days, withTime = true) {
  const d = new Date(Date.now() + days * 86_400_000);
  const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return withTime ? `${day}T12:00` : day;
}

test('the clerk asks for a correction', async () => {
  const receipt = await submitDemoOffer();
  const page = await clerkPage();
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
  // The automatic checks answered what they could; the clerk answers the rest.
  assert.equal(await page.isChecked('#checklist-required_attachments'), true);
  await page.check('#checklist-eligible_applicant');
  await page.check('#checklist-statutory_activity');
  await page.check('#checklist-authorised_signatures-not_met');
  await page.check('#outcome-needs_correction');
  await page.click('main button[type=submit]');
  await page.waitForLoadState();
  assert.match(await page.textContent('main'), /do uzupełnienia/);
  assert.match(await page.textContent('main'), /Brak podpisu skarbnika/);
  await visit(page, 'clerk-formal-check-done', 'pl');

  // The NGO sees what to correct, corrects the offer and files version 2.
  const ngo = await browser.newPage({ locale: 'pl-PL' });
  await ngo.goto(`${granty.base}/login?tenant=demo`);
  await ngo.fill('#email', 'fundacja@demo.granty.pl');
  await ngo.fill('#password', DEMO_PASSWORD);
  await ngo.click('main button[type=submit]');
  await ngo.waitForURL(/\/dashboard$/);
  assert.match(await ngo.textContent('main'), /Popraw braki do .* 23:59:59/);
  await ngo.click('main a:has-text("Letnie koncerty w parku")');
  await ngo.waitForURL(/\/applications\/\d+\/edit$/);
  await visit(ngo, 'editor-correction', 'pl');
  assert.match(await ngo.textContent('#correction-heading'), /Urząd wzywa do uzupełnienia braków/);
  assert.match(await ngo.textContent('main'), /Brak podpisu skarbnika/);
  await ngo.fill('#other_information', 'Ofertę podpisał także skarbnik fundacji.');
  await ngo.click('main button[value=review]');
  await ngo.waitForURL(/\/review$/);
  await ngo.click('main button:has-text("Składam korektę")');
  await ngo.waitForURL(/\/receipt$/);
  assert.match(await ngo.textContent('main'), /Treść oferty \(wersja 2\)/);
  await ngo.close();

  // Back at the office, the corrected offer waits for its check, the new version to read.
  await page.reload();
  assert.match(await page.textContent('main'), /uzupełniona/);
  assert.match(await page.textContent('main'), /Treść oferty \(wersja 2\)/);
  assert.equal(await page.isVisible('#outcome-accepted'), true, 'the clerk can check it again');
  await page.close();
});

test('the clerk creates a call, adds a criterion and publishes it', async () => {
  const title = 'Sport dla seniorów 2027';
  const page = await clerkPage();
  await page.click('main a:has-text("Nowy konkurs")');
  await page.waitForURL(/\/clerk\/calls\/new$/);
  assert.equal(await page.textContent('h1'), 'Nowy konkurs');
  assert.equal(await page.inputValue('#criteria-0-basis'), 'art. 15 ust. 1 pkt 1');
  assert.equal(await page.textContent('#criteria-total'), '60');
  await visit(page, 'clerk-call-new', 'pl');
  await page.fill('#title', title);
  await page.fill('#task_area', 'wspieranie i upowszechnianie kultury fizycznej');
  await page.fill('#budget', '80000');
  await page.fill('#min_grant', '2000');
  await page.fill('#max_grant', '15000');
  await page.fill('#min_own_contribution', '10');
  await page.fill('#opens_at', daysFromNow(1));
  await page.fill('#deadline', daysFromNow(40));
  await page.fill('#realisation_start', daysFromNow(60, false));
  await page.fill('#realisation_end', daysFromNow(200, false));
  await page.fill('#required_attachments', 'Statut organizacji');
  await page.click('main button[type=submit]');
  await page.waitForURL(/\/clerk\/calls$/);

  const row = `main tr:has-text("${title}")`;
  await page.click(`${row} a:has-text("Edytuj")`);
  await page.waitForURL(/\/clerk\/calls\/\d+\/edit$/);
  const id = page.url().match(/calls\/(\d+)\/edit/)[1];
  assert.equal(await page.textContent('h1'), 'Edycja konkursu');
  assert.equal(await page.inputValue('#title'), title);
  assert.equal(await page.inputValue('#deadline'), daysFromNow(40), 'the deadline in local time');
  await visit(page, 'clerk-call-edit', 'pl');
  // A criterion in the first blank row; points that are not a number are named next to the field.
  await page.fill('#criteria-6-name', 'Współpraca z klubami seniora');
  await page.fill('#criteria-6-basis', '');
  await page.fill('#criteria-6-max_points', 'dziesięć');
  await page.click('main button[type=submit]');
  assert.match(await page.textContent('.error-summary'), /Kryterium 7: Maksymalna liczba punktów/);
  assert.match(await page.textContent('#criteria-6-max_points-error'), /Wpisz liczbę całkowitą od 1 do 1000/);
  assert.equal(await page.inputValue('#criteria-6-max_points'), 'dziesięć', 'what was typed stays');
  assert.equal(await page.inputValue('#criteria-6-name'), 'Współpraca z klubami seniora');
  await visit(page, 'clerk-call-edit-error', 'pl');
  await page.click('.error-summary a[href="#criteria-6-max_points"]');
  await page.fill('#criteria-6-max_points', '15');
  await page.click('main button[type=submit]');
  await page.waitForURL(/\/clerk\/calls$/);

  assert.match(await page.textContent(row), /projekt/);
  await visit(page, 'clerk-calls-with-draft', 'pl');
  await page.click(`${row} button:has-text("Opublikuj")`);
  await page.waitForLoadState();
  assert.match(await page.textContent('main [role=status]'), /Konkurs opublikowany\./);
  assert.equal(await page.locator('.error-summary').count(), 0, 'a success is not shown as an error');
  assert.equal(await page.locator(`${row} a:has-text("Edytuj")`).count(), 0, 'a published call has no edit link');
  await visit(page, 'clerk-call-published', 'pl');

  const login = await api('/sessions', { method: 'POST', json: { email: 'urzednik@demo.granty.pl', password: DEMO_PASSWORD, tenant: 'demo' } });
  const call = (await api(`/calls/${id}`, { token: login.body.token })).body;
  assert.equal(call.state, 'published');
  assert.equal(call.criteria.length, 7);
  assert.deepEqual(call.criteria[6], { name: 'Współpraca z klubami seniora', max_points: 15, basis: '', gate: false, weight: 1 });
  assert.equal(call.max_points, 75);

  // The announcement goes up with the call, and the public downloads it from the call's page.
  await page.goto(`${granty.base}/clerk/calls/${id}/documents`);
  const file = join(granty.dir, 'ogloszenie.pdf');
  writeFileSync(file, '%PDF-1.4\n%%EOF\n');
  await page.setInputFiles('#document-file', file);
  await page.click('main button:has-text("Dodaj dokument")');
  assert.match(await page.textContent('.error-summary'), /wymagane/i, 'a document needs a title');
  await page.fill('#document-title', 'Ogłoszenie o konkursie');
  await page.setInputFiles('#document-file', file);
  await page.click('main button:has-text("Dodaj dokument")');
  await page.waitForURL(/done=added$/);
  await visit(page, 'clerk-call-documents', 'pl');
  const visitor = await browser.newPage({ locale: 'pl-PL' });
  await visitor.goto(`${granty.base}/demo/calls/${id}`);
  await visit(visitor, 'public-call-documents', 'pl');
  const link = visitor.locator('a:has-text("Ogłoszenie o konkursie")');
  const response = await visitor.request.get(`${granty.base}${await link.getAttribute('href')}`);
  assert.equal(response.status(), 200);
  assert.equal(response.headers()['content-type'], 'application/pdf');
  await visitor.close();
  await page.close();
});
