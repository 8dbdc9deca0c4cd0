// The downloads (issue 15) in a real browser on the demo data: the clerk downloads the past
// call's submissions (call 2) from its list and the scored call's ranking (call 4) from the
// board, then the town's agreements, payments and settlements from the agreements list, in
// Polish and (after switching the page to English) in English; a big download's progress is
// shown on the page by /static/exports.js; a visitor finds the town's open data on its public
// page. axe-core and screenshots on every page; at phone width nothing is wider than the screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startGranty, launch, visit, signedInPage } from '../harness.mjs';

let granty;
let browser;

before(async () => {
  granty = await startGranty({});
  browser = await launch();
});

after(async () => {
  await browser?.close();
  granty?.stop();
});

/** `visit` (axe-core, screenshots) and no sideways scrolling on a 375px phone. */
async function check(page, name, lang = 'pl') {
  await visit(page, name, lang);
  await page.setViewportSize({ width: 375, height: 812 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 375, `${name}: ${width}px wide on a 375px phone`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** Clicks the link `selector` and returns the downloaded file's name and bytes. */
async function downloadOf(page, selector) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

/** A CSV's lines without the byte-order mark (which must be there). */
function csvLines(bytes) {
  const text = bytes.toString('utf8');
  assert.ok(text.startsWith('\ufeff'), 'a byte-order mark for spreadsheets');
  return text.slice(1).split('\r\n').filter((l) => l.length > 0);
}

test('the clerk downloads submissions, the ranking, agreements, payments and settlements', async () => {
  const clerk = await signedInPage(browser, granty.base, 'urzednik@demo.granty.pl', /\/clerk\/calls$/);

  await clerk.goto(`${granty.base}/clerk/calls/2/applications`);
  assert.match(await clerk.textContent('section.exports'), /wiersz/);
  await check(clerk, 'exports-submissions');
  const submissions = await downloadOf(clerk, '#download-submissions-csv');
  assert.equal(submissions.name, 'submissions-2.csv');
  const lines = csvLines(submissions.bytes);
  assert.ok(lines[0].startsWith('Numer oferty,Organizacja,NIP,Zadanie,Stan,Wnioskowana kwota'), lines[0]);
  assert.ok(lines.length >= 3, 'the past call has offers in every phase');
  assert.match(lines[1], /,\d+\.\d{2},\d+\.\d{2},PLN,/, 'exact amounts and the currency');
  const xlsx = await downloadOf(clerk, '#download-submissions-xlsx');
  assert.equal(xlsx.name, 'submissions-2.xlsx');
  assert.equal(xlsx.bytes.subarray(0, 2).toString(), 'PK', 'a zip container');

  await clerk.goto(`${granty.base}/clerk/calls/4/ranking`);
  const ranking = await downloadOf(clerk, '#download-csv');
  assert.ok(csvLines(ranking.bytes)[0].startsWith('Miejsce,Organizacja,Zadanie,Numer oferty,Średnia: '));
  await check(clerk, 'exports-ranking');

  await clerk.goto(`${granty.base}/clerk/agreements`);
  await check(clerk, 'exports-agreements');
  const agreements = csvLines((await downloadOf(clerk, '#download-agreements-csv')).bytes);
  assert.ok(agreements.length >= 3, `the demo's agreements: ${agreements.length - 1}`);
  const payments = csvLines((await downloadOf(clerk, '#download-payments-csv')).bytes);
  assert.ok(payments.some((l) => /\d{4}-\d{2}-\d{2}/.test(l.split(',')[7] ?? '')), 'a transfer with its day');
  const settlements = csvLines((await downloadOf(clerk, '#download-settlements-csv')).bytes);
  assert.ok(settlements[0].startsWith('Numer umowy,Organizacja,Zadanie,Stan,Kwota dotacji,Przekazano,Wykorzystano'));
  assert.ok(settlements.length >= 2, 'the settled agreement of 2024');

  // The page in English: the files follow it.
  await clerk.goto(`${granty.base}/clerk/agreements?lang=en`);
  await check(clerk, 'exports-agreements-en', 'en');
  const english = csvLines((await downloadOf(clerk, '#download-settlements-csv')).bytes);
  assert.ok(english[0].startsWith('Agreement number,Organisation,Task,State,Grant,Paid out,Used'), english[0]);

  // A big download's progress: the demo has none of 1,000 rows, so one link is marked big here.
  await clerk.evaluate(() => document.querySelector('#download-payments-xlsx').setAttribute('data-export-big', ''));
  const progressive = await downloadOf(clerk, '#download-payments-xlsx');
  assert.match(progressive.name, /^payments-demo-\d{4}-\d{2}-\d{2}\.xlsx$/);
  assert.ok(progressive.bytes.length > 1000);
  await clerk.waitForSelector('[data-export-progress]:not([hidden])');
  assert.match(await clerk.textContent('[data-export-progress] [role=status]'), /Done/);
  await check(clerk, 'exports-progress', 'en');
  await clerk.goto(`${granty.base}/clerk/agreements?lang=pl`);
});

test('a visitor finds the town\'s awarded grants as open data', async () => {
  const visitor = await browser.newPage({ locale: 'pl-PL' });
  await visitor.goto(`${granty.base}/demo`);
  await check(visitor, 'exports-open-data-town');
  const csv = csvLines((await downloadOf(visitor, '#open-data-csv')).bytes);
  assert.equal(csv[0], 'Nabór,Organizacja,Zadanie,Kwota przyznana,Waluta,Data decyzji,Akt decyzji');
  assert.ok(csv.length >= 2, 'the published results of calls 5 and 6');
  const response = await visitor.request.get(`${granty.base}/api/v1/public/demo/grants`);
  assert.equal(response.status(), 200);
  const grants = await response.json();
  assert.equal(grants.length, csv.length - 1, 'the same grants in both');
  assert.match(grants[0].amount, /^\d+\.\d{2}$/);
});
