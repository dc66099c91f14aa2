/**
 * The search journey in Debian's Chromium against a real server that requires keys: the sign-in
 * form (a wrong key refused, a read key taken), what a read key is not offered, a search with
 * facet counts and a facet filter, and the entity page with its sources, sanctions and
 * identifiers. Every page is checked with axe-core and no request may leave loopback.
 */
import assert from 'node:assert/strict';
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

let workbench: Workbench;
let browser: Browser;
let page: Page;
let guard: Awaited<ReturnType<typeof guardedContext>>;

before(async () => {
  [workbench, browser] = await Promise.all([startWorkbench(true), launch()]);
  guard = await guardedContext(browser);
  page = await guard.context.newPage();
});
after(async () => {
  await browser?.close();
  await workbench?.close();
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
  await page.getByRole('heading', { name: 'Search the lists' }).waitFor();
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

test('no request left loopback', () => {
  assert.ok(guard.seen.local > 5, `only ${guard.seen.local} requests seen`);
  assert.deepEqual(guard.outside, []);
});
