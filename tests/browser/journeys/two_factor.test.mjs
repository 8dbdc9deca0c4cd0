// Two-factor login in a real browser (axe + screenshots): the demo's enrolled clerk logs in with
// a code computed here (RFC 6238 with node:crypto, as an authenticator app does); another clerk
// enrols on the account page from the key it shows, and turns it off again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { startGranty, launch, visit, DEMO_PASSWORD } from '../harness.mjs';

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

async function password(page, email) {
  await page.goto(`${granty.base}/login?tenant=demo`);
  await page.fill('#email', email);
  await page.fill('#password', DEMO_PASSWORD);
  await page.click('main button[type=submit]');
}

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
  const page = await browser.newPage({ locale: 'pl-PL' });
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
  await visit(page, 'two-factor-on', 'pl');
  await page.fill('#two-factor-code', await freshCode(secret, used));
  await page.click('form[action="/account/two-factor/disable"] button');
  await page.waitForSelector('form[action="/account/two-factor/start"]');
  await page.close();
});
