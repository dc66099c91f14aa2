/**
 * The search journey in Debian's Chromium against a real server that requires keys: the sign-in
 * form (a wrong key refused, a read key taken), what a read key is not offered, a search with
 * facet counts and a facet filter, and the entity page with its sources, sanctions and
 * identifiers; a document of a case found by a Latin query in its Cyrillic text, linked to the
 * viewer at its page and span. Every page is checked with axe-core and no request may leave
 * loopback.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import {
  guardedContext,
  isPng,
  launch,
  screenshot,
  seriousViolations,
  startWorkbench,
  type Workbench,
} from './harness.js';
import { DocumentService } from '../../src/app/documents/index.js';
import { openBlobStore, openCaseStore } from '../../src/store/cases/index.js';

/**
 * A supply contract in Russian naming a party on the UN list (Korean Tangun Trading Corporation)
 * on its second page: a form feed starts a page in a text file.
 */
const CONTRACT = [
  'ДОГОВОР ПОСТАВКИ № 14/2024\nг. Владивосток, 12 марта 2024 г.\n',
  'Покупатель: Корейская торговая корпорация «Тангун», Пхеньян.\nПредмет: станки, 2 шт.\n',
].join('\f');

let workbench: Workbench;
let browser: Browser;
let page: Page;
let guard: Awaited<ReturnType<typeof guardedContext>>;
let dir: string;
let cases: ReturnType<typeof openCaseStore>;

/** A case built here from a text file written here: nothing of the shared data. */
async function contractCase(): Promise<DocumentService> {
  dir = mkdtempSync(join(tmpdir(), 'dossier-e2e-cases-'));
  const db = join(dir, 'cases.db');
  cases = openCaseStore(db);
  const documents = new DocumentService({
    cases,
    blobs: openBlobStore(db),
    pageCache: join(dir, 'pages'),
  });
  await documents.createCase('tangun');
  writeFileSync(join(dir, 'dogovor.txt'), CONTRACT);
  await documents.add('tangun', [join(dir, 'dogovor.txt')]);
  return documents;
}

before(async () => {
  const documents = await contractCase();
  [workbench, browser] = await Promise.all([startWorkbench(true, { documents }), launch()]);
  guard = await guardedContext(browser);
  page = await guard.context.newPage();
});
after(async () => {
  await browser?.close();
  await workbench?.close();
  await cases?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function assertAccessible(what: string) {
  const violations = await seriousViolations(page);
  assert.deepEqual(violations, [], `${what}: ${JSON.stringify(violations, null, 1)}`);
}

test('sign-in: the form, a refused key, then a read key without screening on offer', async () => {
  await page.goto(`${workbench.url}/app/`);
  const keyField = page.getByLabel('API key');
  await keyField.waitFor();
  await assertAccessible('sign-in');
  assert.ok(isPng(await screenshot(page, 'sign-in')));

  await keyField.fill('dsk_not_a_real_key');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').innerText(), /key/i);

  await keyField.fill(workbench.tokens.read);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Search lists and cases' }).waitFor();
  const nav = page.getByRole('navigation', { name: 'Views' });
  assert.equal(await nav.getByRole('link', { name: 'Search' }).count(), 1);
  // A read key may not screen: the view is not offered, and its address says why.
  assert.equal(await nav.getByRole('link', { name: 'Screening' }).count(), 0);
  assert.equal(
    await page.evaluate('sessionStorage.getItem("dossier.apiKey")'),
    workbench.tokens.read,
  );
  await page.goto(`${workbench.url}/app/screening`);
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').innerText(), /needs screen/);
});

test('search: results with facet counts, a country filter, then the entity page', async () => {
  await page.goto(`${workbench.url}/app/search`);
  await page.getByLabel('Name').fill('Ri Won Ho');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const hit = page.getByRole('link', { name: 'RI WON HO' });
  await hit.waitFor();
  assert.match(page.url(), /\/app\/search\?q=Ri\+Won\+Ho/);
  const country = page.locator('[data-facet="countries"] button', { hasText: 'North Korea' });
  const before = Number(await country.locator('.count').innerText());
  assert.ok(before > 1, `North Korea counted ${before} times`);
  await country.click();
  await page.waitForURL(/country=kp/);
  await hit.waitFor();
  assert.equal(await country.getAttribute('aria-pressed'), 'true');
  await assertAccessible('search');
  assert.ok(isPng(await screenshot(page, 'search')));

  await hit.click();
  await page.getByRole('heading', { name: /RI WON HO/ }).waitFor();
  assert.match(page.url(), /\/app\/entities\/unsc-6908555$/);
  const sanctions = page.locator('section', {
    has: page.getByRole('heading', { name: 'Sanctions and programmes' }),
  });
  assert.match(await sanctions.innerText(), /DPRK/);
  assert.match(await sanctions.innerText(), /United Nations Security Council/);
  const identifiers = page.locator('section', {
    has: page.getByRole('heading', { name: 'Identifiers' }),
  });
  assert.match(await identifiers.innerText(), /381310014/);
  // Each value with the list and the version it came from.
  const birth = page.getByRole('row', { name: /Birth date/ });
  assert.match(await birth.innerText(), /1964-07-17\s+un v1/);
  await assertAccessible('entity');
});

test('the back button returns to the filtered search', async () => {
  await page.goBack();
  await page.waitForURL(/country=kp/);
  await page.getByRole('link', { name: 'RI WON HO' }).waitFor();
});

test("a case's document: a Latin query finds the Cyrillic page, linked at its span", async () => {
  await page.goto(`${workbench.url}/app/search?q=Tangun`);
  // The list entry is found as before; the documents have a tab of their own with a count.
  await page.getByRole('link', { name: 'KOREAN TANGUN TRADING CORPORATION' }).waitFor();
  const tab = page.getByRole('tab', { name: 'Case documents (1)' });
  await tab.waitFor();
  // Keyboard: the tabs move with the arrow keys, and the address follows.
  await page.getByRole('tab', { name: /List entries/ }).focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForURL(/in=documents/);
  assert.equal(await tab.getAttribute('aria-selected'), 'true');
  const hits = page.getByRole('list', { name: 'Pages holding Tangun' });
  await hits.waitFor();
  assert.equal(await hits.locator('mark').first().innerText(), 'Тангун');
  const caseFacet = page.locator('[data-facet="case"] button', { hasText: 'tangun' });
  assert.equal(await caseFacet.locator('.count').innerText(), '1');

  // The link opens the viewer at page 2 with the span of the page's text as stored.
  const link = hits.getByRole('link', { name: 'dogovor.txt, page 2' });
  const target = new URL((await link.getAttribute('href'))!, workbench.url);
  const auth = { authorization: `Bearer ${workbench.tokens.read}` };
  const documentId = target.pathname.split('/').pop()!;
  const detail = (await (
    await fetch(`${workbench.url}/cases/tangun/documents/${documentId}`, { headers: auth })
  ).json()) as { page_texts: { page: number; text: string }[] };
  const stored = detail.page_texts.find((p) => p.page === 2)!.text;
  const start = Number(target.searchParams.get('start'));
  const end = Number(target.searchParams.get('end'));
  assert.equal(target.pathname, `/app/cases/tangun/documents/${documentId}`);
  assert.equal(target.searchParams.get('page'), '2');
  assert.equal(stored.slice(start, end), 'Тангун');

  // The case facet filters (in the address), and lifts again.
  await caseFacet.click();
  await page.waitForURL(/case=tangun/);
  assert.equal(await caseFacet.getAttribute('aria-pressed'), 'true');
  await hits.waitFor();
  await assertAccessible('search documents');
  assert.ok(isPng(await screenshot(page, 'search-documents')));
});

test('no request left loopback', () => {
  assert.ok(guard.seen.local > 5, `only ${guard.seen.local} requests seen`);
  assert.deepEqual(guard.outside, []);
});
