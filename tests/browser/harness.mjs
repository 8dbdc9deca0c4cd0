// Starts the real `granty` binary on the demo data and a headless Debian Chromium, and offers the
// checks every journey makes: axe-core on each page and screenshots at phone and desktop widths.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, existsSync, readFileSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const repo = resolve(here, '../..');
const binary = process.env.GRANTY_BIN ?? join(repo, 'target/debug/granty');
const screenshots = join(repo, 'target/screenshots');
const axePath = join(here, 'node_modules/axe-core/axe.min.js');

export const DEMO_PASSWORD = 'granty-demo-2026';

function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
    server.on('error', fail);
  });
}

/** Seeds the demo tenant into a fresh folder and serves it (with `extraEnv` over the usual
 * variables); resolves when ready. */
export async function startGranty(extraEnv = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'granty-browser-'));
  const port = await freePort();
  const env = {
    ...process.env,
    GRANTY_CONFIG_DIR: join(repo, 'config'),
    GRANTY_LISTEN: `127.0.0.1:${port}`,
    GRANTY_PUBLIC_URL: `http://127.0.0.1:${port}`,
    GRANTY_DATABASE_URL: `sqlite://${join(dir, 'granty.sqlite')}?mode=rwc`,
    GRANTY_STORAGE_URL: join(dir, 'attachments'),
    GRANTY_SMTP_URL: join(dir, 'outbox'),
    // The server runs in the temporary folder: the PDF templates are the repository's.
    GRANTY_TEMPLATES_DIR: join(repo, 'pdf-templates'),
    GRANTY_LOG: 'warn',
    ...extraEnv,
  };
  execFileSync(binary, ['seed-demo'], { env, cwd: dir, stdio: 'ignore' });
  // The server's log goes to granty.log in the folder, for reading after a failure.
  const log = openSync(join(dir, 'granty.log'), 'a');
  const child = spawn(binary, ['serve'], { env, cwd: dir, stdio: ['ignore', log, log] });
  const base = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    try {
      const response = await fetch(`${base}/health/ready`);
      if (response.ok) break;
    } catch { /* not yet listening */ }
    if (Date.now() - started > 30_000) throw new Error('granty did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  return { base, dir, stop: () => child.kill('SIGTERM') };
}

export function chromiumPath() {
  for (const candidate of [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new Error('Chromium is not installed: `make test` installs Debian\'s chromium');
}

export async function launch() {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/** No serious or critical accessibility violation on the page as it stands. */
export async function checkAccessibility(page, label) {
  // Evaluated through the DevTools protocol rather than added as a <script>: the pages' CSP
  // (rightly) refuses inline script, and the journeys must run under that CSP.
  await page.evaluate(readFileSync(axePath, 'utf8'));
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) }));
  });
  const serious = result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious, [], `${label}: axe found ${JSON.stringify(serious)}`);
}

/** Screenshots at phone and desktop widths under target/screenshots/. */
export async function screenshot(page, name) {
  mkdirSync(screenshots, { recursive: true });
  const original = page.viewportSize();
  for (const [suffix, size] of [['phone', { width: 375, height: 812 }], ['desktop', { width: 1280, height: 800 }]]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: join(screenshots, `${name}-${suffix}.png`), fullPage: true });
  }
  if (original) await page.setViewportSize(original);
}

/** Every check a page gets: accessibility, the lang attribute, a title, screenshots. */
export async function visit(page, name, expectedLang) {
  assert.equal(await page.getAttribute('html', 'lang'), expectedLang, `${name}: lang attribute`);
  assert.ok((await page.title()).length > 0, `${name}: a page title`);
  await checkAccessibility(page, name);
  await screenshot(page, name);
}

/** Types `email` and `password` into the login form on screen and sends it. */
export async function fillLogin(page, email, password = DEMO_PASSWORD) {
  await page.fill('#email', email);
  await page.fill('#password', password);
  await page.click('main button[type=submit]');
}

/** Opens the demo town's login at `base` and logs in as `email` (the demo password). */
export async function logIn(page, base, email) {
  await page.goto(`${base}/login?tenant=demo`);
  await fillLogin(page, email);
}

/** A new page (Polish unless `options` say otherwise) logged in as `email`, at `landing`. */
export async function signedInPage(browser, base, email, landing, options = {}) {
  const page = await browser.newPage({ locale: 'pl-PL', ...options });
  await logIn(page, base, email);
  await page.waitForURL(landing);
  return page;
}

/** The first http(s) link in the newest email to `to` in the outbox folder (decoding MIME). */
export async function linkFromOutbox(dir, to, timeoutMs = 20_000) {
  const { readdirSync, readFileSync, statSync } = await import('node:fs');
  const folder = join(dir, 'outbox');
  const started = Date.now();
  for (;;) {
    const files = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.eml')) : [];
    const mails = files
      .map((f) => ({ path: join(folder, f), at: statSync(join(folder, f)).mtimeMs }))
      .sort((a, b) => b.at - a.at)
      .map((f) => readFileSync(f.path, 'utf8'))
      .filter((raw) => new RegExp(`^To: .*${to.replace(/[.@]/g, '\\$&')}`, 'mi').test(raw));
    if (mails.length > 0) {
      const link = findLink(mails[0]);
      if (link) return link;
    }
    if (Date.now() - started > timeoutMs) throw new Error(`no email with a link to ${to}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function findLink(raw) {
  // Quoted-printable soft breaks and escapes, then any base64 bodies.
  const unfolded = raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
  const direct = unfolded.match(/https?:\/\/[^\s"<>]+/);
  if (direct) return direct[0];
  for (const block of raw.split(/\r?\n\r?\n/)) {
    const compact = block.replace(/\s+/g, '');
    if (/^[A-Za-z0-9+/=]{40,}$/.test(compact)) {
      const decoded = Buffer.from(compact, 'base64').toString('utf8');
      const found = decoded.match(/https?:\/\/[^\s"<>]+/);
      if (found) return found[0];
    }
  }
  return null;
}
