// Two-factor login in a real browser (axe + screenshots): the demo's enrolled clerk logs in with
// a code computed here (RFC 6238 with node:crypto, as an authenticator app does); another clerk
// enrols on the account page from the key it shows, keeps the recovery codes shown once (a text
// file, a print view), logs in with one of them instead of a code, and turns it off again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { startGranty, launch, visit, logIn, screenshot } from '../harness.mjs';

/** The demo clerk with two-factor login and its key (seed-demo prints both). */
const TWO_FACTOR_CLERK = 'urzednik2fa@demo.granty.pl';
const DEMO_TOTP_SECRET = 'GRANTYDEMOTOTPSECRETGRANTYDEMO23';

/** The six-digit code of a base32 key at `time` (ms): HMAC-SHA1 of the 30-second step. */
function totp(secret, time = Date.now()) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const bits = [...secret.replace(/[\s=]/g, '').toUpperCase()]
    .map((c) => alphabet.indexOf(c).toString(2).padStart(5, '0')).join('');
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(time / 1000 / 30)));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1] & 0xf;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

/** A code of a step not used before: waits for the next step when `used` is the current one. */
async function freshCode(secret, used) {
  let code = totp(secret);
  while (code === used) {
    await new Promise((r) => setTimeout(r, 1000));
    code = totp(secret);
  }
  return code;
}

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

const password = (page, email) => logIn(page, granty.base, email);

test('the code from the app is the second step of the login', async () => {
  assert.equal(totp('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 59_000).length, 6);
  const page = await browser.newPage({ locale: 'pl-PL' });
  await password(page, TWO_FACTOR_CLERK);
  await page.waitForURL(/\/login\/code/);
  assert.equal((await page.context().cookies()).some((c) => c.name === 'granty_session'), false);
  await visit(page, 'two-factor-code', 'pl');
  await page.fill('#code', '000000');
  await page.click('main button[type=submit]');
  assert.match(await page.textContent('#code-error'), /błędny/);
  await visit(page, 'two-factor-code-wrong', 'pl');
  await page.fill('#code', totp(DEMO_TOTP_SECRET));
  await page.click('main button[type=submit]');
  await page.waitForURL(/\/clerk\/calls$/);
  await page.close();
});

test('a clerk enrols from the key on the account page and turns it off with a code', async () => {
  const page = await browser.newPage({ locale: 'pl-PL', acceptDownloads: true });
  await password(page, 'urzednik@demo.granty.pl');
  await page.waitForURL(/\/clerk\/calls$/);
  await page.goto(`${granty.base}/account`);
  await page.click('form[action="/account/two-factor/start"] button');
  await page.waitForSelector('#two-factor-secret');
  await visit(page, 'two-factor-enrol', 'pl');
  const secret = (await page.textContent('#two-factor-secret')).replace(/\s/g, '');
  assert.match(await page.textContent('#two-factor-uri'), /^otpauth:\/\/totp\/Granty:/);
  await page.fill('#two-factor-code', '111111');
  await page.click('form[action="/account/two-factor/confirm"] button');
  await page.waitForSelector('#two-factor-code-error');
  assert.equal(await page.inputValue('#two-factor-code'), '');
  await visit(page, 'two-factor-enrol-wrong', 'pl');
  const used = totp(secret);
  await page.fill('#two-factor-code', used);
  await page.click('form[action="/account/two-factor/confirm"] button');
  await page.waitForSelector('form[action="/account/two-factor/disable"]');
  assert.equal(await page.locator('#two-factor-secret').count(), 0, 'the key is never shown again');
  const codes = await keepRecoveryCodes(page);
  await page.close();

  // The phone is gone: a recovery code instead of the code from the app, once.
  const again = await browser.newPage({ locale: 'pl-PL' });
  await password(again, 'urzednik@demo.granty.pl');
  await again.waitForURL(/\/login\/code/);
  await again.fill('#code', codes[0].toLowerCase());
  await again.click('main button[type=submit]');
  await again.waitForURL(/\/clerk\/calls$/);
  await again.goto(`${granty.base}/account`);
  assert.equal((await again.textContent('#recovery-codes-left')).trim(), '9');
  assert.equal(await again.locator('#recovery-codes').count(), 0, 'the codes are shown once');
  await visit(again, 'two-factor-on', 'pl');
  await again.fill('#two-factor-code', await freshCode(secret, used));
  await again.click('form[action="/account/two-factor/disable"] button');
  await again.waitForSelector('form[action="/account/two-factor/start"]');
  await again.close();
});

/** The codes shown after confirming: ten, downloaded as a text file, printed alone. */
async function keepRecoveryCodes(page) {
  const codes = (await page.locator('#recovery-codes-list li').allTextContents()).map((c) => c.trim());
  assert.equal(codes.length, 10);
  for (const code of codes) assert.match(code, /^[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}$/);
  assert.equal((await page.textContent('#recovery-codes-left')).trim(), '10');
  await visit(page, 'two-factor-recovery-codes', 'pl');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('#recovery-codes-download'),
  ]);
  assert.equal(download.suggestedFilename(), 'granty-recovery-codes.txt');
  const file = readFileSync(await download.path(), 'utf8');
  for (const code of codes) assert.ok(file.includes(code), `${code} in the file`);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('#recovery-codes-list'), true);
  assert.equal(await page.isVisible('h1'), false, 'the print view holds the codes alone');
  assert.equal(await page.isVisible('form[action="/account/two-factor/disable"]'), false);
  await screenshot(page, 'two-factor-recovery-codes-print');
  await page.emulateMedia({ media: 'screen' });
  return codes;
}
