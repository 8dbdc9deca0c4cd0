// From the ranking to the final award, in a real browser, on the demo's scored call (call 4): the
// clerk awards Fundacja Zielony Zakątek part of what it asked, with a reason, records the
// executive's decision and publishes the results; the public call page shows them; Fundacja
// opens its editor in update mode, first files a wrong grant (the error shows at the field), then
// lowers its costs to the award and files the updated estimate; the clerk accepts it and the award
// is final.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startGranty, launch, visit, signedInPage } from '../harness.mjs';

const CALL = 4;
const TASK = 'Nordic walking z fizjoterapeutą';
const REASON = 'Pula konkursu wystarcza tylko na część wnioskowanej kwoty.';

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

/** The row id of Fundacja's offer on the ranking board. */
async function fundacjaRow(clerk) {
  const row = clerk.locator('#raw-ranking tbody tr', { hasText: TASK });
  return Number(await row.getAttribute('data-application'));
}

/** The clerk reaches the board from the call list, sees the pool fall, awards a part. */
async function awardPart(clerk) {
  await clerk.click(`#ranking-link-${CALL}`);
  await clerk.waitForURL(new RegExp(`/clerk/calls/${CALL}/ranking$`));
  await visit(clerk, 'award-ranking-board', 'pl');
  const id = await fundacjaRow(clerk);
  const left = await clerk.locator('#raw-ranking .pool-left').allTextContents();
  assert.equal(left.length, 5, 'five ranked offers');
  assert.match(left[0], /31\s000,00/, 'the pool falls down the list: 45 000 − 14 000');
  assert.match(left[1], /14\s000,00/);
  assert.match(left[2], /^\s*0,00/, `the third exhausts it: ${left}`);
  assert.match(await clerk.textContent(`#row-${id} .requested`), /20\s000,00/);
  await clerk.fill(`#amount-${id}`, '14000');
  await clerk.fill(`#reason-${id}`, REASON);
  await clerk.click('#save-awards');
  await clerk.waitForSelector('#ranking-notice');
  assert.match(await clerk.inputValue(`#amount-${id}`), /14\s?000/);
  await visit(clerk, 'award-ranking-saved', 'pl');
  return id;
}

/** The executive's decision recorded and the results published, on the results page. */
async function publish(clerk) {
  await clerk.goto(`${granty.base}/clerk/calls`);
  await clerk.click(`#results-link-${CALL}`);
  await clerk.waitForURL(new RegExp(`/clerk/calls/${CALL}/results$`));
  await clerk.fill('#decided_by_name', 'Wójt Gminy Demo');
  await clerk.fill('#decision_reference', 'Zarządzenie nr 12/2026');
  await clerk.fill('#decided_on', new Date().toISOString().slice(0, 10));
  await Promise.all([clerk.waitForNavigation(), clerk.click('#decision-form button[type=submit]')]);
  assert.equal(await clerk.locator('#results-errors').count(), 0, await clerk.content());
  assert.equal(await clerk.inputValue('#decided_by_name'), 'Wójt Gminy Demo');
  await clerk.click('#publish-form button[type=submit]');
  await clerk.waitForSelector('#results-published');
  await visit(clerk, 'award-results-published', 'pl');
}

async function publicPage() {
  const page = await browser.newPage({ locale: 'pl-PL' });
  await page.goto(`${granty.base}/demo/calls/${CALL}`);
  const chosen = await page.textContent('#results-chosen');
  assert.ok(chosen.includes(TASK), chosen);
  assert.match(chosen, /14\s000,00/);
  await visit(page, 'award-public-results', 'pl');
  await page.close();
}

/** Fundacja files the updated estimate from its editor: a wrong grant first, then the award. */
async function fileUpdate(id) {
  const ngo = await logIn('fundacja@demo.granty.pl', /\/dashboard$/);
  await ngo.goto(`${granty.base}/applications/${id}/receipt`);
  assert.match(await ngo.textContent('#result-amount'), /14\s000,00/);
  assert.match(await ngo.textContent('#result-update-state'), /oczekuje/);
  await ngo.goto(`${granty.base}/applications/${id}/edit`);
  assert.match(ngo.url(), /\/edit$/, 'the editor opens in update mode');
  assert.match(await ngo.textContent('#award-update-amount'), /14\s000,00/);
  await visit(ngo, 'award-editor-update-mode', 'pl');
  // 80 hours instead of 100 and a grant of 17 000: the sums agree, the award does not.
  await ngo.fill('#costs-0-quantity', '80');
  await ngo.fill('#sources-requested_grant', '17000');
  await ngo.click('#file-update');
  const error = await ngo.textContent('#sources-requested_grant-error');
  assert.match(error, /14\s000,00/, error);
  assert.equal(await ngo.getAttribute('#sources-requested_grant', 'aria-invalid'), 'true');
  await visit(ngo, 'award-editor-wrong-grant', 'pl');
  await ngo.fill('#costs-0-quantity', '60');
  await ngo.fill('#sources-requested_grant', '14000');
  await ngo.click('#file-update');
  await ngo.waitForURL(new RegExp(`/applications/${id}/receipt`));
  assert.match(await ngo.textContent('#result-update-state'), /złożona|sprawdzenia|złożon/i);
  await visit(ngo, 'award-update-filed', 'pl');
  await ngo.close();
}

test('the clerk awards a part, Fundacja files the updated estimate, the award is final', async () => {
  const clerk = await logIn('urzednik@demo.granty.pl', /\/clerk\/calls$/);
  const id = await awardPart(clerk);
  await publish(clerk);
  await publicPage();
  await fileUpdate(id);
  await clerk.goto(`${granty.base}/clerk/calls/${CALL}/results`);
  await clerk.click(`#accept-${id}`);
  await clerk.waitForURL(new RegExp(`/clerk/calls/${CALL}/results`));
  const row = await clerk.textContent(`#award-${id}`);
  assert.match(row, /przyjęta|zaakceptowan/i, row);
  await visit(clerk, 'award-final', 'pl');
});
