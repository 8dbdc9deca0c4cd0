// Calendar subscriptions (issue 15) in a real browser on the demo town: Fundacja's member
// opens the organisation's calendar page from the dashboard, is refused a new address until she
// confirms the old one stops working, then gets the address once and a calendar application
// reads it (the old address is 404 from then on); the clerk, reading in English, makes her own
// address and the feed comes in English. axe-core and screenshots on every page, and at phone
// width nothing pushes the page wider than the screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
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

const logIn = (email, landing, options = {}) => signedInPage(browser, granty.base, email, landing, options);

/** `visit` (axe-core, screenshots at phone and desktop widths), and on a 375px phone no sideways scrolling. */
async function check(page, name, lang = 'pl') {
  await visit(page, name, lang);
  await page.setViewportSize({ width: 375, height: 812 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 375, `${name}: ${width}px wide on a 375px phone`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** What a calendar application gets at `url`: the status, the content type and the text. */
async function subscribe(url) {
  const response = await fetch(url);
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

/** The feed's lines with their folds undone. */
const unfold = (text) => text.replace(/\r\n /g, '');

test('a member makes the organisation\'s address once, confirms a new one, and the old one stops', async () => {
  const ngo = await logIn('fundacja@demo.granty.pl', /\/dashboard$/);
  await ngo.click('a[href$="/calendar"]:has-text("Subskrypcja kalendarza")');
  await ngo.waitForURL(/\/organisations\/\d+\/calendar$/);
  // The demo made the foundation's address already: the page says since when, never what.
  assert.equal(await ngo.locator('#calendar-url').count(), 0);
  assert.match(await ngo.textContent('#calendar-status'), /Utworzony/);
  await check(ngo, 'calendar-organisation');

  await ngo.click('#calendar-submit');
  assert.ok(await ngo.isVisible('#error-summary'), 'a new address needs the confirmation');
  assert.equal(await ngo.locator('#calendar-url').count(), 0);
  await check(ngo, 'calendar-organisation-confirm');

  await ngo.check('#confirm');
  await ngo.click('#calendar-submit');
  const first = await ngo.inputValue('#calendar-url');
  assert.match(first, /^http:\/\/127\.0\.0\.1:\d+\/calendar\/[0-9a-f]{64}\.ics$/);
  assert.match(await ngo.getAttribute('#calendar-webcal', 'href'), /^webcal:\/\//);
  assert.match(await ngo.textContent('#calendar-notice'), /Poprzedni już nie działa/);
  await check(ngo, 'calendar-organisation-new-address');

  const feed = await subscribe(first);
  assert.equal(feed.status, 200);
  assert.equal(feed.type, 'text/calendar; charset=utf-8');
  const text = unfold(feed.text);
  assert.match(text, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:/);
  assert.match(text, /BEGIN:VTIMEZONE\r\nTZID:Europe\/Warsaw\r\n/);
  assert.match(text, /SUMMARY:Termin składania ofert: /, 'the open call, in Polish');
  assert.match(text, /DTSTART;TZID=Europe\/Warsaw:\d{8}T153000\r\n/, 'its 15:30 deadline in the town\'s time');

  await ngo.check('#confirm');
  await ngo.click('#calendar-submit');
  const second = await ngo.inputValue('#calendar-url');
  assert.notEqual(second, first);
  assert.equal((await subscribe(first)).status, 404, 'the old address stops at once');
  assert.equal((await subscribe(second)).status, 200);
});

test('the clerk makes her own address from the calls page and the feed follows her language', async () => {
  const clerk = await logIn('urzednik@demo.granty.pl', /\/clerk\/calls$/, { locale: 'en-GB' });
  await clerk.goto(`${granty.base}/clerk/calls?lang=en`);
  await clerk.click('#calendar-link');
  await clerk.waitForURL(/\/clerk\/calendar$/);
  await check(clerk, 'calendar-clerk', 'en');
  // The demo made the clerk's address too: a new one needs the confirmation.
  await clerk.check('#confirm');
  await clerk.click('#calendar-submit');
  const url = await clerk.inputValue('#calendar-url');
  assert.match(await clerk.textContent('#calendar-notice'), /previous one no longer works/);
  await check(clerk, 'calendar-clerk-new-address', 'en');

  const feed = await subscribe(url);
  assert.equal(feed.status, 200);
  const text = unfold(feed.text);
  assert.match(text, /X-WR-CALNAME:Granty \(Gmina Demo\): clerk /);
  assert.match(text, /SUMMARY:Report to review \(agreement /, 'the 2024 call\'s final report');
  assert.match(text, /SUMMARY:Formal check due: /);
});
