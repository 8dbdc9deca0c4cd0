// An integrator reads the JSON API's reference and fetches the OpenAPI document behind it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startGranty, launch, visit } from '../harness.mjs';

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

test('the API reference lists every operation and links the OpenAPI document', async () => {
  const page = await browser.newPage({ locale: 'en-GB' });
  await page.goto(`${granty.base}/api/docs?lang=en`);
  await visit(page, 'api-docs', 'en');
  assert.equal(await page.textContent('h1'), 'API reference');
  // A group from the contents, and one operation's card in it.
  await page.click('nav a[href="#tag-calls"]');
  const publish = page.locator('#publish_call');
  assert.match(await publish.textContent(), /POST \/api\/v1\/calls\/\{id\}\/publish/);
  assert.match(await page.locator('#create_session').textContent(), /Without logging in/);
  const cards = await page.locator('article.card').count();
  // The document behind the page: the same operations.
  const response = await page.request.get(`${granty.base}/api/openapi.json`);
  assert.equal(response.status(), 200);
  const document = await response.json();
  assert.equal(document.openapi, '3.1.0');
  const operations = Object.values(document.paths)
    .reduce((n, item) => n + Object.keys(item).length, 0);
  assert.equal(cards, operations);
  await page.close();
});

test('the reference speaks Ukrainian on a phone', async () => {
  const context = await browser.newContext({ locale: 'uk-UA', viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${granty.base}/api/docs?lang=uk`);
  await visit(page, 'api-docs-uk-phone', 'uk');
  assert.equal(await page.textContent('h1'), 'Довідник API');
  await context.close();
});
