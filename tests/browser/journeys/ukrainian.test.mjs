// Issue 10's "work in Ukrainian from start to end": an NGO member logs in, switches to Українська
// once, and from the public call page starts, fills, documents, reviews, submits and withdraws an
// offer; every page on the way is Ukrainian and passes axe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startGranty, launch, visit, DEMO_PASSWORD } from '../harness.mjs';
import { fillEditor } from '../demo_offer.mjs';

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

/** The page is Ukrainian (lang="uk", axe, screenshots) and its `selector` says `heading`. */
async function ukrainian(page, name, selector, heading) {
  await visit(page, name, 'uk');
  assert.match(await page.textContent(selector), heading, `${name}: the Ukrainian heading`);
}

test('an offer from the call page to its withdrawal, all in Ukrainian', async () => {
  const calls = await (await fetch(`${granty.base}/api/v1/public/demo/calls`)).json();
  const start = calls.calls[0].realisation_start;
  // The browser asks for Polish: only the switch makes the pages Ukrainian.
  const page = await browser.newPage({ locale: 'pl-PL' });
  await page.goto(`${granty.base}/login?tenant=demo`);
  await page.fill('#email', 'fundacja@demo.granty.pl');
  await page.fill('#password', DEMO_PASSWORD);
  await page.click('main button[type=submit]');
  await page.waitForURL(/\/dashboard$/);
  assert.equal(await page.getAttribute('html', 'lang'), 'pl');
  await page.click('nav.languages a[hreflang=uk]');
  await page.waitForLoadState();
  await ukrainian(page, 'uk-dashboard', 'h1', /Мої заявки/);

  await page.goto(`${granty.base}/demo/calls/1`);
  await ukrainian(page, 'uk-call', '#start-offer', /Почати заявку/);
  const call = await page.textContent('main');
  assert.match(call, /Кінцевий термін подання\s*\d\d\.\d\d\.\d{4} 15:30 CES?T/, 'the deadline to the minute');
  assert.doesNotMatch(call, /:\d\d:00 CES?T/, 'no time with empty seconds');
  await page.click('.start-offer button[type=submit]');
  await page.waitForURL(/\/applications\/\d+\/edit$/);
  await ukrainian(page, 'uk-editor-empty', 'h1', /Заявка на виконання публічного завдання/);

  await fillEditor(page, start, {
    title: 'Літні концерти в парку', place: 'Міський парк', target_group: 'Мешканці',
    summary: 'Шість концертів просто неба.', action: 'Концерти', cost: 'Гонорари', unit: 'концерт',
  });
  await page.click('.actions button[value=save]');
  await page.waitForLoadState();
  await ukrainian(page, 'uk-editor-saved', 'h1', /Заявка на виконання публічного завдання/);
  assert.match(await page.textContent('[data-line="0"]'), /9\u00a0000,00\u00a0zł/, 'the line value in Ukrainian notation');
  assert.equal(await page.inputValue('#title'), 'Літні концерти в парку');

  const file = join(granty.dir, 'statut.pdf');
  writeFileSync(file, '%PDF-1.4\n%%EOF\n');
  await page.selectOption('#attachments-kind', 'statut');
  await page.setInputFiles('#attachments-file', file);
  await page.click('section button:has-text("Додати додаток")');
  await page.waitForLoadState();
  assert.match(await page.textContent('#attachments ~ .table-wrap .attachments-table'), /statut\.pdf/);
  await ukrainian(page, 'uk-editor-attached', 'h1', /Заявка на виконання публічного завдання/);

  await page.click('main button[value=review]');
  await page.waitForURL(/\/review$/);
  await ukrainian(page, 'uk-review', 'h1', /Перевірка перед поданням/);
  await page.click('main button:has-text("Подаю заявку")');
  await page.waitForURL(/\/receipt$/);
  await ukrainian(page, 'uk-receipt', 'h1', /Заявку подано/);
  const receipt = await page.textContent('main');
  assert.match(receipt, /K1\/\d{4}\/0001/);
  assert.match(receipt, /\d\d:\d\d:\d\d CES?T/, 'the receipt keeps the second');
  assert.match(receipt, /1 кБ/, 'the size in Ukrainian units');

  await page.click('main a[href$="/withdraw"]');
  await page.waitForURL(/\/withdraw$/);
  await ukrainian(page, 'uk-withdraw', 'h1', /Відкликання/);
  await page.click('main button.danger');
  await page.waitForLoadState();
  await ukrainian(page, 'uk-withdrawn', 'h1', /Мої заявки/);
  assert.match(await page.textContent('main'), /відкликано/i, 'the withdrawal is confirmed');
  assert.match(await page.textContent('main'), /відкликана/, 'the offer reads as withdrawn');
  await page.close();
});
