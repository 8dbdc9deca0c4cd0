// From published results to an agreement in realisation, in a real browser, on the demo's scored
// call (call 4): the award made final as in award.test.mjs, then the clerk draws up the agreement
// from the results page, names the town's signatory, marks it ready and signs it (the server's
// PAdES signature, with the TEST ONLY town key); Fundacja opens it, downloads the PDF, signs it
// with the TEST ONLY organisation key (crates/documents/examples/sign_test_copy.rs) and uploads
// the copy; the agreement is in realisation and the clerk records a tranche payment.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGranty, launch, visit, signedInPage, repo } from '../harness.mjs';

const CALL = 4;
const TASK = 'Nordic walking z fizjoterapeutą';
const FIXTURES = join(repo, 'crates/documents/tests/fixtures/pades');

let granty;
let browser;

before(async () => {
  // The town signs with the TEST ONLY key whose chain holds the test CA, so the organisation's
  // copy signed by a certificate of that CA is trusted.
  granty = await startGranty({
    GRANTY_SIGNING_PKCS12_FILE: join(FIXTURES, 'town.p12'),
    GRANTY_SIGNING_PKCS12_PASSWORD: 'test-only',
  });
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
const state = async (page) => (await page.textContent('#agreement-state')).trim();

/** Awards Fundacja 14 000 of its 20 000, publishes, has the update filed and accepts it. */
async function finalAward(clerk) {
  await clerk.goto(`${granty.base}/clerk/calls/${CALL}/ranking`);
  const id = Number(await clerk.locator('#raw-ranking tbody tr', { hasText: TASK }).getAttribute('data-application'));
  await clerk.fill(`#amount-${id}`, '14000');
  await clerk.fill(`#reason-${id}`, 'Pula konkursu wystarcza tylko na część wnioskowanej kwoty.');
  await clerk.click('#save-awards');
  await clerk.waitForSelector('#ranking-notice');
  await clerk.goto(`${granty.base}/clerk/calls/${CALL}/results`);
  await clerk.fill('#decided_by_name', 'Wójt Gminy Demo');
  await clerk.fill('#decision_reference', 'Zarządzenie nr 12/2026');
  await clerk.fill('#decided_on', new Date().toISOString().slice(0, 10));
  await submit(clerk, '#decision-form button[type=submit]');
  await clerk.click('#publish-form button[type=submit]');
  await clerk.waitForSelector('#results-published');
  const ngo = await logIn('fundacja@demo.granty.pl', /\/dashboard$/);
  await ngo.goto(`${granty.base}/applications/${id}/edit`);
  await ngo.fill('#costs-0-quantity', '60');
  await ngo.fill('#sources-requested_grant', '14000');
  await ngo.click('#file-update');
  await ngo.waitForURL(new RegExp(`/applications/${id}/receipt`));
  await ngo.close();
  await clerk.goto(`${granty.base}/clerk/calls/${CALL}/results`);
  await submit(clerk, `#accept-${id}`);
  return id;
}

/** The clerk draws up the agreement, names the town's signatory, marks it ready and signs it. */
async function drawUpAndSign(clerk, application) {
  await submit(clerk, `#draw-up-${application}`);
  const match = clerk.url().match(/\/clerk\/agreements\/(\d+)$/);
  assert.ok(match, `the draft opens: ${clerk.url()}`);
  await check(clerk, 'agreement-clerk-draft');
  await clerk.fill('#town_signatory_name', 'Jan Wójt');
  await clerk.fill('#town_signatory_function', 'Wójt Gminy Demo');
  await submit(clerk, '#save-terms');
  assert.equal(await clerk.locator('.error-summary').count(), 0, await clerk.textContent('main'));
  await submit(clerk, '#mark-ready');
  assert.equal(await clerk.locator('.error-summary').count(), 0, await clerk.textContent('main'));
  await check(clerk, 'agreement-clerk-ready');
  await submit(clerk, '#sign');
  assert.equal(await clerk.locator('.error-summary').count(), 0, await clerk.textContent('main'));
  // The signature names the certificate's holder (the TEST ONLY "Gmina Testowa").
  assert.match(await clerk.textContent('#version-1 .signatures'), /Gmina Testowa/);
  await check(clerk, 'agreement-clerk-signed');
  return Number(match[1]);
}

/** `pdf` signed with the TEST ONLY organisation key; the path of the signed copy. */
function signedByTheOrganisation(pdf) {
  const dir = mkdtempSync(join(tmpdir(), 'granty-agreement-'));
  const [unsigned, signed] = [join(dir, 'umowa.pdf'), join(dir, 'umowa-podpisana.pdf')];
  writeFileSync(unsigned, pdf);
  execFileSync('cargo', ['run', '-q', '-p', 'granty-documents', '--example', 'sign_test_copy', '--', unsigned, signed],
    { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
  assert.ok(readFileSync(signed).length > pdf.length, 'the signature is an incremental update');
  return signed;
}

/** Fundacja downloads the town-signed PDF, uploads its signed copy: the agreement is in realisation. */
async function organisationSigns(agreement) {
  const ngo = await logIn('fundacja@demo.granty.pl', /\/dashboard$/);
  await ngo.goto(`${granty.base}/agreements`);
  await check(ngo, 'agreement-ngo-list');
  await submit(ngo, `a[href="/agreements/${agreement}"]`);
  await check(ngo, 'agreement-ngo-to-sign');
  const response = await ngo.request.get(new URL(await ngo.getAttribute('#pdf-1', 'href'), granty.base).href);
  assert.equal(response.status(), 200);
  assert.match(response.headers()['content-type'], /application\/pdf/);
  const pdf = await response.body();
  assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-', 'the download is a PDF');
  await ngo.setInputFiles('#upload_file', signedByTheOrganisation(pdf));
  await submit(ngo, '#upload');
  assert.equal(await ngo.locator('.error-summary').count(), 0, await ngo.textContent('main'));
  assert.match(await state(ngo), /realizac/i);
  await check(ngo, 'agreement-ngo-realisation');
  await ngo.close();
}

test('the clerk draws up and signs the agreement, Fundacja signs its copy, a tranche is paid', async () => {
  const clerk = await logIn('urzednik@demo.granty.pl', /\/clerk\/calls$/);
  const application = await finalAward(clerk);
  const agreement = await drawUpAndSign(clerk, application);
  await organisationSigns(agreement);
  await clerk.goto(`${granty.base}/clerk/agreements`);
  await check(clerk, 'agreement-clerk-list');
  await clerk.goto(`${granty.base}/clerk/agreements/${agreement}`);
  assert.match(await state(clerk), /realizac/i);
  const firstDue = await clerk.textContent('#tranches tbody tr:first-child td.amount');
  await clerk.fill('#paid_on', new Date().toISOString().slice(0, 10));
  await clerk.fill('#amount', firstDue.replace(/[^\d,]/g, ''));
  await clerk.fill('#note', 'Przelew pierwszej transzy');
  await submit(clerk, '#record-payment');
  assert.equal(await clerk.locator('.error-summary').count(), 0, await clerk.textContent('main'));
  assert.match(await clerk.textContent('#payments'), /Przelew pierwszej transzy/);
  assert.equal((await clerk.textContent('#paid-total')).replace(/\s/g, ''), firstDue.replace(/\s/g, ''));
  await check(clerk, 'agreement-clerk-paid');
});
