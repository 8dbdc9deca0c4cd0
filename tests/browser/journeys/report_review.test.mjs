// The final report's review in a real browser, on the demo's agreement in realisation (whichever
// of Fundacja's agreements still lets it open its final report, so the journey does not depend on
// how many the demo holds): Fundacja writes the final report in the editor (every line spent as
// planned, as far as the grant transferred so far reaches) and submits it; the clerk finds it in the town's reports, opens the review with the
// settlement preview and asks for a correction with a comment on the first cost line; Fundacja
// reads the comment beside the line, corrects and resubmits; the clerk accepts the report and
// opens the settlement screen. Every page: axe, screenshots, and nothing wider than a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { startGranty, launch, visit, signedInPage } from '../harness.mjs';

const COMMENT = 'Proszę rozbić koszt na faktury z datami.';

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

const logIn = (email, landing) => signedInPage(browser, granty.base, email, landing, {});
const submit = (page, selector) => Promise.all([page.waitForNavigation(), page.click(selector)]);
/** `visit`, and at phone width nothing pushes the page wider than the screen. */
async function check(page, name) {
  await visit(page, name, 'pl');
  await page.setViewportSize({ width: 375, height: 812 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 375, `${name}: ${width}px wide on a 375px phone`);
  await page.setViewportSize({ width: 1280, height: 800 });
}
/** "12 345,67 zł" as typed into an amount field. */
const typed = (text) => text.replace(/[^\d,]/g, '');
const minor = (text) => Math.round(Number(typed(text).replace(',', '.')) * 100);
const amount = (m) => `${Math.floor(m / 100)},${String(m % 100).padStart(2, '0')}`;

/** Fundacja opens the final report of an agreement that still owes it; the editor's URL. */
async function openFinalReport(ngo) {
  await ngo.goto(`${granty.base}/agreements`);
  const links = await ngo.$$eval('#agreements a[href^="/agreements/"]', (as) => as.map((a) => a.getAttribute('href')));
  for (const href of links) {
    await ngo.goto(`${granty.base}${href}`);
    const start = ngo.locator('button[id^="start-report-final-"]');
    if (await start.count()) {
      await submit(ngo, 'button[id^="start-report-final-"]');
      assert.match(ngo.url(), /\/reports\/\d+\/edit$/);
      return ngo.url();
    }
  }
  throw new Error('no agreement of Fundacja lets it open its final report');
}

/** Fills the editor: results achieved, actions done, every line spent as planned with the grant
 * transferred spread over the lines in order, the sources as planned, the declarations ticked. */
async function fillReport(ngo) {
  await ngo.fill('#results_description', 'Cel osiągnięty: zajęcia odbyły się zgodnie z planem.');
  for (const input of await ngo.$$('input[name$=".achieved_value"]')) await input.fill('40');
  for (const input of await ngo.$$('input[name^="results."][name$=".source"]')) await input.fill('listy obecności');
  for (const area of await ngo.$$('textarea[name^="actions."][name$=".description"]')) await area.fill('Przeprowadzone zgodnie z umową.');
  const sources = await ngo.$$eval('.report-sources tbody tr', (rows) => rows.map((r) => ({
    id: r.querySelector('input')?.id ?? null, planned: r.children[1].textContent,
  })));
  // The grant spent is what was transferred so far (the used grant may not exceed it): each
  // line spends its share of the planned grant only as far as the transfers reach.
  const plannedGrant = minor(sources.find((s) => s.id === 'sources-grant').planned);
  const paid = Math.min(plannedGrant, minor(await ngo.textContent('[data-total=grant_paid]')));
  let [plannedLeft, paidLeft] = [plannedGrant, paid];
  const lines = await ngo.$$eval('.report-costs tbody tr', (rows) => rows.map((r) => r.children[2].textContent));
  for (const [i, planned] of lines.entries()) {
    const value = minor(planned);
    const share = Math.min(value, plannedLeft);
    const grant = Math.min(share, paidLeft);
    [plannedLeft, paidLeft] = [plannedLeft - share, paidLeft - grant];
    await ngo.fill(`#costs-${i}-year_values-0`, amount(value - share + grant));
    await ngo.fill(`#costs-${i}-grant_part`, amount(grant));
  }
  const nonFinancial = sources.find((s) => s.id === null)?.planned ?? '';
  for (const s of sources.filter((s) => s.id)) {
    const planned = s.id === 'sources-own_personal' && !typed(s.planned) ? nonFinancial : s.planned;
    await ngo.fill(`#${s.id}`, s.id === 'sources-grant' ? amount(paid) : typed(planned) || '0');
  }
  await ngo.fill('#contribution_description', 'Praca wolontariuszy przy zajęciach.');
  for (const box of await ngo.$$('input[type=checkbox][name^="declarations."]')) await box.check();
}

/** Saves and goes to the review; submits when nothing stops it. */
async function reviewAndSubmit(ngo, name) {
  await submit(ngo, 'button[name=action][value=review]');
  const ready = await ngo.locator('#report-ready').count();
  assert.ok(ready, `${name}: ready to submit: ${await ngo.textContent('main')}`);
  await check(ngo, `${name}-review`);
  await submit(ngo, '#submit-report');
  await ngo.waitForSelector('#report-receipt');
  await check(ngo, `${name}-receipt`);
}

test('the clerk reviews a final report, asks for a correction, then accepts it', async () => {
  const ngo = await logIn('fundacja@demo.granty.pl', /\/dashboard$/);
  const editor = await openFinalReport(ngo);
  const id = Number(editor.match(/\/reports\/(\d+)\/edit$/)[1]);
  await fillReport(ngo);
  await check(ngo, 'report-review-editor');
  await reviewAndSubmit(ngo, 'report-review-filed');

  // The clerk finds it in the town's reports and asks for a correction of the first line.
  const clerk = await logIn('urzednik@demo.granty.pl', /\/clerk\/calls$/);
  await submit(clerk, '#reports-link');
  await check(clerk, 'report-review-list');
  await submit(clerk, `#reports a[href="/clerk/reports/${id}"]`);
  assert.ok(await clerk.locator('#settlement-preview #figure-to_return').count(), 'the settlement preview');
  await check(clerk, 'report-review-screen');
  await clerk.check('#decision-corrections');
  await submit(clerk, '#review-submit');
  assert.ok(await clerk.locator('.error-summary').count(), 'corrections need a comment');
  await check(clerk, 'report-review-refused');
  await clerk.fill('#comment-costs-0', COMMENT);
  await clerk.check('#decision-corrections');
  await submit(clerk, '#review-submit');
  await clerk.waitForSelector('#review-done');
  assert.match(await clerk.textContent('#report-state'), /do poprawy/);
  await check(clerk, 'report-review-corrections');

  // Fundacja reads the comment beside the line, corrects it and resubmits.
  await ngo.goto(editor);
  assert.ok((await ngo.textContent('.report-costs .clerk-comment[data-part="costs[0]"]')).includes(COMMENT));
  await check(ngo, 'report-review-ngo-comment');
  await ngo.fill('#additional_information', 'Faktury z datami w załączeniu do dokumentacji.');
  await reviewAndSubmit(ngo, 'report-review-resubmitted');

  // The clerk accepts and opens the settlement.
  await clerk.goto(`${granty.base}/clerk/reports/${id}`);
  await clerk.check('#decision-accept');
  await submit(clerk, '#review-submit');
  await clerk.waitForSelector('#review-done');
  assert.match(await clerk.textContent('#report-state'), /przyjęte/);
  await check(clerk, 'report-review-accepted');
  await submit(clerk, '#settlement-link');
  assert.match(clerk.url(), /\/clerk\/agreements\/\d+\/settlement$/);
  await check(clerk, 'report-review-settlement');

  // … and prints the settlement document: a PDF that reads back as the settlement.
  const href = await clerk.getAttribute('#settlement-pdf', 'href');
  const response = await clerk.request.get(new URL(href, granty.base).href);
  assert.equal(response.status(), 200);
  assert.match(response.headers()['content-type'], /application\/pdf/);
  const pdf = await response.body();
  const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8');
  assert.match(text, /ROZLICZENIE DOTACJI/);
  assert.match(text, /Fundacja/);
});
