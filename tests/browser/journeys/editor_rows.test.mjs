// The editor's rows and summary, and taking offers back: a visitor starts an offer from the
// call's page (after logging in, and twice is one draft), adds rows with and without JavaScript,
// sees progress and then named problems that refresh with each autosave, the title's counter;
// the review and receipt fit a phone; a filed offer is withdrawn and the draft deleted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startGranty, launch, visit, screenshot, fillLogin } from '../harness.mjs';
import { fileDemoOffer } from '../demo_offer.mjs';

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

const autosaved = (page) => page.waitForFunction(
  () => /Zapisano automatycznie/.test(document.getElementById('autosave-status').textContent), null, { timeout: 20000 });

/** Nothing on the page scrolls sideways at the current width. */
async function fitsTheWidth(page, label) {
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
    tables: [...document.querySelectorAll('.table-wrap')].map((w) => w.scrollWidth - w.clientWidth),
  }));
  assert.ok(widths.page <= widths.viewport, `${label}: page ${widths.page} > ${widths.viewport}`);
  assert.ok(widths.tables.every((extra) => extra <= 1), `${label}: a table scrolls sideways ${widths.tables}`);
}

const logIn = (page) => fillLogin(page, 'fundacja@demo.granty.pl');

test('rows, summary, counter, phone width, withdraw and delete', { timeout: 300000 }, async () => {
  const page = await browser.newPage({ locale: 'pl-PL' });
  page.setDefaultTimeout(30000);
  // Logged out, the call's page leads to the login and back.
  await page.goto(`${granty.base}/demo/calls/1`);
  await page.click('#start-offer ~ p a');
  await page.waitForURL(/\/login/);
  await logIn(page);
  await page.waitForURL(/\/demo\/calls\/1$/);
  await visit(page, 'call-start-offer', 'pl');
  await page.click('.start-offer button[type=submit]');
  await page.waitForURL(/\/applications\/\d+\/edit$/);
  const editUrl = page.url();
  // "Start" again: the same draft, not a second one.
  await page.goto(`${granty.base}/demo/calls/1`);
  await page.click('.start-offer button[type=submit]');
  await page.waitForURL(/\/applications\/\d+\/edit$/);
  assert.equal(page.url(), editUrl, 'a second start continues the draft');

  // Progress, not a wall of errors, on a new draft.
  assert.equal(await page.$('.error-summary'), null);
  assert.match(await page.textContent('#editor-summary'), /uzupełniono: 0 z 6/);
  await visit(page, 'editor-progress', 'pl');

  // The title's limit and live counter; the field holds no more than the limit.
  assert.equal(await page.getAttribute('#title', 'maxlength'), '300');
  await page.fill('#title', 'Koncerty');
  assert.match(await page.textContent('#title-counter'), /Wpisano: 8 z 300/);
  await page.focus('#title');
  await page.keyboard.insertText('x'.repeat(400));
  assert.equal((await page.inputValue('#title')).length, 300);
  await page.fill('#title', 'Letnie koncerty');

  // Add a row with JavaScript: in place, numbered, focused, and kept by the autosave.
  const marker = await page.evaluate(() => { window.stillHere = true; return document.querySelectorAll('#schedule-table tbody tr').length; });
  await page.click('button.add-row[data-table=schedule]');
  const rows = await page.evaluate(() => document.querySelectorAll('#schedule-table tbody tr').length);
  assert.equal(rows, marker + 1);
  assert.equal(await page.evaluate(() => window.stillHere), true, 'no reload');
  const added = `schedule-${marker}-name`;
  assert.equal(await page.evaluate(() => document.activeElement.id), added);
  await page.fill(`#${added}`, 'Próby');
  await autosaved(page);
  await page.reload();
  assert.equal(await page.inputValue('#schedule-0-name'), 'Próby', 'the blank rows before it are dropped');

  // Asked to submit: every entry names its field; the summary and the messages follow the autosave.
  await page.goto(`${editUrl}?check=1`);
  const entries = await page.$$eval('.error-summary li a', (links) => links.map((a) => a.textContent));
  assert.ok(entries.includes('Miejsce realizacji: To pole jest wymagane.'), entries.join('\n'));
  assert.ok(entries.every((e) => !e.startsWith('To pole')), entries.join('\n'));
  assert.ok(await page.$('#place-error'));
  await screenshot(page, 'editor-check');
  await page.fill('#place', 'Park Miejski');
  await page.waitForFunction(() => !document.getElementById('place-error'), null, { timeout: 20000 });
  const after = await page.$$eval('.error-summary li a', (links) => links.map((a) => a.textContent));
  assert.equal(after.length, entries.length - 1, after.join('\n'));
  assert.equal(await page.getAttribute('#place', 'aria-invalid'), null);

  // At desktop width the cost type fits its select.
  await page.setViewportSize({ width: 1280, height: 800 });
  const cut = await page.$eval('#costs-0-category', (select) => {
    const probe = document.createElement('span');
    probe.style.font = getComputedStyle(select).font;
    probe.style.position = 'absolute';
    document.body.appendChild(probe);
    const widest = Math.max(...[...select.options].map((o) => { probe.textContent = o.text; return probe.getBoundingClientRect().width; }));
    probe.remove();
    return widest + 32 - select.clientWidth;
  });
  assert.ok(cut <= 0, `the cost type is cut off by ${cut}px`);
  // Phone width: the editor's tables stack into one block per row.
  await page.setViewportSize({ width: 375, height: 812 });
  await fitsTheWidth(page, 'editor');

  // Without JavaScript (the editor's script never arrives) "add a row" saves and comes back
  // with one more blank row. Chromium with scripts switched off would stop the checks' own
  // evaluation too, so the script is refused instead.
  const context = await browser.newContext({ locale: 'pl-PL' });
  await context.route('**/static/editor.js', (route) => route.abort());
  const plain = await context.newPage();
  plain.setDefaultTimeout(30000);
  await plain.goto(`${granty.base}/login?tenant=demo`);
  await logIn(plain);
  await plain.waitForURL(/\/dashboard$/);
  await plain.goto(editUrl);
  const before = await plain.$$eval('#costs-table tbody tr', (r) => r.length);
  await plain.click('button.add-row[data-table=costs]');
  await plain.waitForLoadState();
  assert.equal(await plain.$$eval('#costs-table tbody tr', (r) => r.length), before + 1);
  assert.equal(await plain.inputValue('#schedule-0-name'), 'Próby');
  await visit(plain, 'editor-row-added-without-js', 'pl');
  await context.close();

  // A filed offer: review and receipt fit a phone; then it is withdrawn after confirming.
  const { id } = await fileDemoOffer(granty.base, {
    title: 'Warsztaty teatralne dla młodzieży z długim tytułem, który musi się zawinąć',
    place: 'Dom Kultury', target_group: 'Młodzież', summary: 'Dziesięć warsztatów.', action: 'Warsztaty',
    costs: [
      { category: 'action', action_no: 1, name: 'Wynagrodzenie instruktorki teatralnej prowadzącej zajęcia', unit: 'godzina', unit_cost: '150', quantity: '40' },
      { category: 'administrative', name: 'Koordynacja i księgowość projektu', unit: 'miesiąc', unit_cost: '400', quantity: '2' },
    ],
    sources: { requested_grant: '6000', own_financial: '800' },
  });
  for (const [path, name] of [[`/applications/${id}/receipt`, 'receipt-phone']]) {
    await page.goto(`${granty.base}${path}`);
    await page.click('details.offer > summary');
    await fitsTheWidth(page, name);
    await visit(page, name, 'pl');
  }
  await page.goto(`${granty.base}/applications/${id}/review`);
  await fitsTheWidth(page, 'review');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${granty.base}/applications/${id}/receipt`);
  await page.click(`a[href="/applications/${id}/withdraw"]`);
  await page.waitForURL(/\/withdraw$/);
  await visit(page, 'withdraw-confirm', 'pl');
  await page.click('button.danger');
  await page.waitForURL(/\/dashboard\?done=withdraw$/);
  assert.match(await page.textContent('main'), /Oferta została wycofana/);

  // The draft is deleted from the dashboard, after confirming.
  const draftId = editUrl.match(/applications\/(\d+)/)[1];
  await page.click(`a[href="/applications/${draftId}/delete"]`);
  await page.waitForURL(/\/delete$/);
  await visit(page, 'delete-confirm', 'pl');
  await page.click('button.danger');
  await page.waitForURL(/\/dashboard\?done=delete$/);
  await visit(page, 'dashboard-after-removals', 'pl');
  assert.equal(await page.$(`a[href="/applications/${draftId}/edit"]`), null, 'the draft is gone');
  await page.close();
});
