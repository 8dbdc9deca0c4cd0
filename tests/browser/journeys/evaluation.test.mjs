// The committee at work on the demo call in evaluation (call 3: six accepted offers, the three demo
// evaluators two per offer, nobody declared yet), in a real browser: a member declares, then
// scores (a draft kept by autosave, a card refused for a short justification and then submitted,
// by keyboard only); another declares a tie and loses the offer; the clerk reassigns it, follows
// the scoring and reopens a submitted card.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startGranty, launch, visit, signedInPage } from '../harness.mjs';
import { api as apiOf } from '../demo_offer.mjs';

let granty;
let browser;

const CALL = 3;
const JAN = 'oceniajacy1@demo.granty.pl';
const MARIA = 'oceniajacy2@demo.granty.pl';
const CLERK = 'urzednik@demo.granty.pl';
/** The demo's assignment: Jan has 7, 8, 10, 11; Maria 7, 9, 10, 12; Tomasz 8, 9, 11, 12. */
const DRAFTED = 8;
const SUBMITTED = 10;
/** Fundacja Zielony Zakątek's offer that Maria and Jan score, and that Tomasz does not. */
const TIED_OFFER = 7;
const TIED_ORGANISATION = 'Fundacja Zielony Zakątek';
const TOMASZ = 'Tomasz Wójcik';
const CRITERIA = 6;
/** Long enough for the demo's 30 characters. */
const REASONS = 'Uzasadnienie oceny: zadanie opisane rzetelnie i spójnie z kosztorysem.';

before(async () => {
  granty = await startGranty();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  granty?.stop();
});

/** The demo's assignment as the journey expects it (so a changed seed fails here, not later). */
async function assertTheDemoAssignment() {
  const api = (path, options) => apiOf(granty.base, path, options);
  const login = { email: CLERK, password: 'granty-demo-2026', tenant: 'demo' };
  const token = (await api('/sessions', { method: 'POST', json: login })).body.token;
  const { body } = await api(`/calls/${CALL}/committee`, { token });
  const assigned = Object.fromEntries(body.members.map((m) => [m.email, m.assigned]));
  assert.deepEqual(assigned[JAN], [7, 8, 10, 11]);
  assert.deepEqual(assigned[MARIA], [7, 9, 10, 12]);
  assert.ok(!assigned['oceniajacy3@demo.granty.pl'].includes(TIED_OFFER));
}

/** Presses Tab until `selector` has the focus (at most `limit` times). */
async function tabTo(page, selector, limit = 80) {
  for (let i = 0; i < limit; i += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${selector}`);
}

/** Declares on the declaration page: no ties, or a tie to the organisation named `tiedTo`. */
async function declare(page, tiedTo) {
  await page.click(`#declare-${CALL}`);
  await page.waitForURL(new RegExp(`/evaluations/calls/${CALL}/declaration$`));
  await visit(page, tiedTo ? 'evaluation-declaration-ties' : 'evaluation-declaration', 'pl');
  if (tiedTo) {
    await page.check('#declaration-answer-ties');
    await page.check(`label:has-text("${tiedTo}")`);
  } else {
    await page.check('#declaration-answer');
  }
  await page.click('#declaration-form button[type=submit]');
  await page.waitForSelector('#declaration-signed');
}

test('the demo committee is assigned as the journey expects', assertTheDemoAssignment);

test('a member declares first, then keeps a draft and submits a card by keyboard', async () => {
  const page = await signedInPage(browser, granty.base, JAN, /\/evaluations$/);
  await visit(page, 'evaluation-queue-undeclared', 'pl');
  assert.equal(await page.locator(`#score-${DRAFTED}`).count(), 0, 'no offer before declaring');
  // An offer's screen, asked for by its address, is refused until the member declares.
  const refused = await page.goto(`${granty.base}/evaluations/applications/${DRAFTED}`);
  assert.equal(refused.status(), 403);
  await page.goto(`${granty.base}/evaluations`);
  await declare(page, null);
  assert.match(await page.textContent('#declaration-signed'), /Bez powiązań z oferentami/);
  await page.goto(`${granty.base}/evaluations`);
  await visit(page, 'evaluation-queue', 'pl');

  await draftKeptByAutosave(page);
  await shortJustificationThenSubmitByKeyboard(page);
  await page.close();
});

/** Two criteria typed in, saved by autosave (no button), still there after a reload. */
async function draftKeptByAutosave(page) {
  await page.click(`#score-${DRAFTED}`);
  await page.waitForURL(new RegExp(`/evaluations/applications/${DRAFTED}$`));
  await visit(page, 'evaluation-card-empty', 'pl');
  await page.fill('#scores-0-points', '7');
  await page.fill('#scores-0-justification', REASONS);
  await page.fill('#scores-1-points', '8');
  const saved = await page.waitForResponse((r) => r.url().endsWith('/autosave'), { timeout: 15_000 });
  assert.equal(saved.status(), 200, `autosave: ${await saved.text()}`);
  await page.waitForFunction(() => /Zapisano/.test(document.getElementById('autosave-status').textContent));
  await page.reload();
  assert.equal(await page.inputValue('#scores-0-points'), '7');
  assert.equal(await page.inputValue('#scores-0-justification'), REASONS);
  assert.equal(await page.inputValue('#scores-1-points'), '8');
  await visit(page, 'evaluation-card-draft', 'pl');
  // On a phone the card comes after the offer; one link leads to it.
  await page.setViewportSize({ width: 375, height: 812 });
  await page.click('#skip-to-card');
  assert.match(page.url(), /#card-heading$/);
  await page.setViewportSize({ width: 1280, height: 720 });
  assert.equal(await page.isVisible('#skip-to-card'), false, 'beside the offer, no need');
}

/** Fills the whole card from the keyboard: points, Tab, justification, Tab, for each criterion. */
async function typeTheCard(page, justifications) {
  await tabTo(page, '#scores-0-points');
  for (let i = 0; i < CRITERIA; i += 1) {
    await page.keyboard.type(String(5 + (i % 4)));
    await page.keyboard.press('Tab');
    await page.keyboard.type(justifications[i]);
    await page.keyboard.press('Tab');
  }
}

/** A card sent with a short justification comes back at the field with every value kept. */
async function shortJustificationThenSubmitByKeyboard(page) {
  await page.goto(`${granty.base}/evaluations`);
  await tabTo(page, `#score-${SUBMITTED}`);
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`/evaluations/applications/${SUBMITTED}$`));
  const short = 'Za krótko.';
  const texts = Array.from({ length: CRITERIA }, (_, i) => (i === 2 ? short : `${REASONS} (${i + 1})`));
  await typeTheCard(page, texts);
  await tabTo(page, '#submit-card');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#scores-2-justification-error');
  assert.equal(await page.inputValue('#scores-2-justification'), short, 'the short text is kept');
  assert.equal(await page.inputValue('#scores-0-justification'), texts[0], 'the others are kept');
  assert.equal(await page.getAttribute('#scores-2-justification', 'aria-invalid'), 'true');
  assert.match(await page.textContent('#scores-2-justification-error'), /30/);
  await visit(page, 'evaluation-card-refused', 'pl');
  // Mended from the keyboard: to the field, select what is there, type it again, submit.
  await tabTo(page, '#scores-2-justification');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(`${REASONS} (3)`);
  await tabTo(page, '#submit-card');
  await page.keyboard.press('Enter');
  await page.waitForURL(/done=submitted/);
  assert.equal(await page.locator('#scorecard-form').count(), 0, 'read-only once submitted');
  assert.match(await page.textContent('#scores-2-justification'), /\(3\)/);
  await visit(page, 'evaluation-card-submitted', 'pl');
}

test('a member who declares a tie no longer sees that offer', async () => {
  const page = await signedInPage(browser, granty.base, MARIA, /\/evaluations$/);
  await declare(page, TIED_ORGANISATION);
  assert.match(await page.textContent('#declaration-signed'), new RegExp(TIED_ORGANISATION));
  await visit(page, 'evaluation-declaration-signed', 'pl');
  await page.goto(`${granty.base}/evaluations`);
  assert.equal(await page.locator(`#score-${TIED_OFFER}`).count(), 0, 'the tied offer left the queue');
  assert.equal(await page.locator(`#score-${SUBMITTED}`).count(), 1, 'the others stay');
  const gone = await page.goto(`${granty.base}/evaluations/applications/${TIED_OFFER}`);
  assert.equal(gone.status(), 404);
  await visit(page, 'evaluation-excluded-404', 'pl');
  await page.close();
});

test('the clerk reassigns the offer, follows the scoring and reopens a card', async () => {
  const page = await signedInPage(browser, granty.base, CLERK, /\/clerk\/calls$/);
  await page.goto(`${granty.base}/clerk/calls/${CALL}/committee`);
  assert.match(await page.textContent('#needs-reassignment'), /Ogród deszczowy przy szkole/);
  await visit(page, 'evaluation-committee-reassign', 'pl');
  await page.selectOption('#reassign-application_id', String(TIED_OFFER));
  await page.selectOption('#reassign-from_user', '');
  await page.selectOption('#reassign-to_user', { label: TOMASZ });
  await page.fill('#reassign-reason', 'Wyłączenie z powodu powiązania z oferentem');
  await page.click('#reassign-form button[type=submit]');
  await page.waitForLoadState();
  assert.equal(await page.locator('#needs-reassignment').count(), 0, 'nothing left to reassign');
  const tomasz = page.locator('table.committee-members tr', { hasText: TOMASZ });
  assert.match(await tomasz.locator('.member-assigned').textContent(), /Ogród deszczowy przy szkole/);
  await visit(page, 'evaluation-committee-reassigned', 'pl');

  await page.goto(`${granty.base}/clerk/calls/${CALL}/scoring`);
  const jan = page.locator('#scoring-progress tr', { hasText: 'Jan Kowalczyk' });
  assert.deepEqual(await jan.locator('td').allTextContents(), ['4', '1', '1', '2', '0']);
  await visit(page, 'evaluation-scoring-progress', 'pl');

  await page.goto(`${granty.base}/clerk/applications/${SUBMITTED}/scorecards`);
  const card = page.locator('section.member-card', { hasText: 'Jan Kowalczyk' });
  const reason = card.locator('textarea[name=reason]');
  await reason.fill('Proszę uzupełnić uzasadnienie kryterium 2 o odniesienie do kosztorysu.');
  await card.locator('button[type=submit]').click();
  await page.waitForLoadState();
  const reopened = page.locator('section.member-card', { hasText: 'Jan Kowalczyk' });
  assert.match(await reopened.locator('dl').textContent(), /kosztorysu/);
  await visit(page, 'evaluation-card-reopened', 'pl');
  await page.close();

  // The member finds the card open again, with the clerk's reason.
  const member = await signedInPage(browser, granty.base, JAN, /\/evaluations$/);
  await member.goto(`${granty.base}/evaluations/applications/${SUBMITTED}`);
  assert.match(await member.textContent('.scoring-card'), /kosztorysu/);
  assert.equal(await member.locator('#scorecard-form').count(), 1, 'writable again');
  await visit(member, 'evaluation-card-reopened-member', 'pl');
  await member.close();
});
