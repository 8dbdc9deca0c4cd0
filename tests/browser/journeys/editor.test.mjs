// An NGO writes an offer in the editor, sees the sums, attaches the statute, reviews and submits.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startGranty, launch, visit, DEMO_PASSWORD } from '../harness.mjs';

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

test('write, save, attach, review and submit an offer', async () => {
  const call = await (await fetch(`${granty.base}/api/v1/public/demo/calls`)).json();
  const start = call.calls[0].realisation_start;
  const page = await browser.newPage({ locale: 'pl-PL' });
  await page.goto(`${granty.base}/login?tenant=demo`);
  await page.fill('#email', 'fundacja@demo.granty.pl');
  await page.fill('#password', DEMO_PASSWORD);
  await page.click('main button[type=submit]');
  await page.waitForURL(/\/dashboard$/);
  await visit(page, 'dashboard-open-call', 'pl');
  await page.click('main button:has-text("Rozpocznij ofertę")');
  await page.waitForURL(/\/applications\/\d+\/edit$/);
  await visit(page, 'editor-empty', 'pl');
  await page.fill('#title', 'Letnie koncerty w parku');
  await page.fill('#place', 'Park Miejski');
  await page.fill('#target_group', 'Mieszkańcy');
  await page.fill('#summary', 'Sześć koncertów plenerowych.');
  await page.fill('#start_date', start);
  await page.fill('#end_date', start);
  await page.fill('#contact-name', 'Anna Nowak');
  await page.fill('#contact-email', 'anna@fundacja.pl');
  await page.fill('#schedule-0-name', 'Koncerty');
  await page.fill('#schedule-0-start', start);
  await page.fill('#schedule-0-end', start);
  await page.fill('#costs-0-action_no', '1');
  await page.fill('#costs-0-name', 'Honoraria');
  await page.fill('#costs-0-unit', 'koncert');
  await page.fill('#costs-0-unit_cost', '1 500');
  await page.fill('#costs-0-quantity', '6');
  await page.fill('#sources-requested_grant', '8000');
  await page.fill('#sources-own_financial', '1000');
  await page.check('#rem-unpaid');
  await page.check('#no_tax_arrears-yes');
  await page.check('#no_social_security_arrears-yes');
  for (const name of ['public_benefit_only', 'fees_only_in_paid_activity', 'register_data_consistent', 'information_true', 'gdpr_statements_obtained']) {
    await page.check(`#declarations-${name}`);
  }
  // Autosave a few seconds after typing stops: sums update live and a reload loses nothing.
  await page.waitForFunction(() => /Zapisano automatycznie/.test(document.getElementById('autosave-status').textContent), null, { timeout: 20000 });
  assert.match(await page.textContent('[data-line="0"]'), /9\u00a0000,00\u00a0zł/);
  await page.reload();
  assert.equal(await page.inputValue('#title'), 'Letnie koncerty w parku');
  assert.equal(await page.isChecked('#declarations-gdpr_statements_obtained'), true);
  // A second line, then removed with its own button; Enter in a field saves, never removes.
  await page.fill('#costs-1-name', 'Wynajem sali');
  await page.fill('#costs-1-unit', 'dzień');
  await page.fill('#costs-1-unit_cost', '300');
  await page.fill('#costs-1-quantity', '2');
  await page.focus('#title');
  await page.keyboard.press('Enter');
  await page.waitForLoadState();
  assert.equal(await page.inputValue('#costs-1-name'), 'Wynajem sali');
  await page.click('button[value="remove:costs:1"]');
  await page.waitForLoadState();
  assert.equal(await page.inputValue('#costs-0-name'), 'Honoraria');
  assert.equal(await page.inputValue('#costs-1-name'), '');
  await page.click('.actions button[value=save]');
  await page.waitForLoadState();
  await visit(page, 'editor-saved', 'pl');
  const main = await page.textContent('main');
  assert.match(main, /9\u00a0000,00\u00a0zł/, 'the line value and total are computed');
  assert.match(main, /Statut organizacji/, 'the missing attachment is listed');
  // Nothing typed was lost on the round trip.
  assert.equal(await page.inputValue('#costs-0-unit_cost'), '1 500');

  // A joint offer: a Czech partner takes a share of the costs, then is taken out again.
  await page.click('#partners > summary');
  await page.fill('#partners-0-name', 'Spolek Přátel Hudby');
  await page.selectOption('#partners-0-country', 'CZ');
  await page.fill('#partners-0-registration_number', '12345678');
  await page.fill('#partners-0-address', 'Masarykova 1, Ostrava');
  await page.fill('#partners-0-scope', 'Zaprasza czeskich muzyków');
  await page.fill('#partners-0-cost_share', '2000');
  await page.fill('#representation', 'Oferentów reprezentuje prezes fundacji.');
  await page.click('.actions button[value=save]');
  await page.waitForLoadState();
  await visit(page, 'editor-joint-offer', 'pl');
  assert.match(await page.textContent('[data-total="applicant_share"]'), /7\u00a0000,00\u00a0zł/);
  await page.click('button[value="remove:partners:0"]');
  await page.waitForLoadState();
  assert.equal(await page.$('[data-total="applicant_share"]'), null, 'a single offer again');

  const file = join(granty.dir, 'statut.pdf');
  writeFileSync(file, '%PDF-1.4\n%%EOF\n');
  await page.selectOption('#attachments-kind', 'statut');
  await page.setInputFiles('#attachments-file', file);
  await page.click('section button:has-text("Dodaj załącznik")');
  await page.waitForLoadState();
  assert.match(await page.textContent('#attachments ~ .table-wrap .attachments-table'), /statut\.pdf/);
  await page.click('main button[value=review]');
  await page.waitForURL(/\/review$/);
  await visit(page, 'review', 'pl');
  assert.match(await page.textContent('main'), /Oferta jest kompletna/);
  await page.click('main button:has-text("Składam ofertę")');
  await page.waitForURL(/\/receipt$/);
  await visit(page, 'receipt', 'pl');
  assert.match(await page.textContent('main'), /K1\/\d{4}\/0001/);
  await page.close();
});
