/**
 * The screening journey in Debian's Chromium on an open server: upload a portfolio, watch the job
 * finish, review its hits with the query and the candidate side by side, move and decide with the
 * keyboard (the decision lands in the store with its reason), and download the hits; screen the
 * same portfolio again and find the hit held back by that decision (linked to it), reopen it, and
 * read the run's audit trail with the chain verified. Every page is checked with axe-core and no
 * request may leave loopback.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
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

/** Two listed names, one with a customer ID, and a customer who is on no list. */
const PORTFOLIO = [
  'Customer ID,Full name,Type,Country',
  'C-1,Amalia Costa,individual,Portugal',
  'C-2,RI WON HO,person,North Korea',
  'C-3,Ri Chun Hwan,person,North Korea',
].join('\n');

let workbench: Workbench;
let browser: Browser;
let page: Page;
let guard: Awaited<ReturnType<typeof guardedContext>>;
let jobId = '';

before(async () => {
  [workbench, browser] = await Promise.all([startWorkbench(false), launch()]);
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

test('upload a portfolio and watch its job finish', async () => {
  await page.goto(`${workbench.url}/app/screening`);
  await page.getByRole('heading', { name: 'Screen a portfolio' }).waitFor();
  await page.getByLabel('Portfolio file').setInputFiles({
    name: 'portfolio.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(PORTFOLIO),
  });
  await assertAccessible('screening');
  assert.ok(isPng(await screenshot(page, 'screening-upload')));
  await page.getByRole('button', { name: 'Screen' }).click();
  await page.waitForURL(/\/app\/screening\/[^/]+$/);
  jobId = decodeURIComponent(page.url().split('/').pop()!);
  await page.locator('.badge.status-finished').waitFor();
  const progress = await page.locator('.progress').innerText();
  assert.match(progress, /3 row\(s\) screened, 2 hit\(s\)/);
});

test('review: side by side, keyboard moves, a false positive decided with its reason', async () => {
  await page.getByRole('heading', { name: /Review: 2 hit\(s\), 2 without a decision/ }).waitFor();
  const side = page.locator('table.side-by-side');
  assert.match(await side.innerText(), /name match\s+RI WON HO\s+RI WON HO/);
  await page.locator('body').press('j');
  await page.locator('tr.active', { hasText: 'RI CHUN HWAN' }).waitFor();
  assert.match(await side.innerText(), /Ri Chun Hwan/i);
  await page.locator('body').press('k');
  await page.locator('tr.active', { hasText: 'C-2' }).waitFor();

  await page.locator('body').press('f');
  assert.ok(await page.getByRole('radio', { name: /False positive/ }).isChecked());
  const reason = page.getByLabel(/Reason/);
  assert.equal(await page.evaluate('document.activeElement.id'), 'reason');
  await reason.fill('our customer C-2 is a namesake born in 1990');
  await assertAccessible('review');
  assert.ok(isPng(await screenshot(page, 'screening-review')));
  await reason.press('Control+Enter');
  await page.getByRole('heading', { name: /2 hit\(s\), 1 without a decision/ }).waitFor();
  const trail = page.locator('#trail');
  assert.match(
    await trail.innerText(),
    /false-positive on C-2 \(row 3\) and unsc-6908555 by anonymous/,
  );

  const recorded = await fetch(`${workbench.url}/decisions?run_id=${jobId}`);
  const { decisions } = (await recorded.json()) as { decisions: Record<string, unknown>[] };
  assert.equal(decisions.length, 1);
  assert.equal(decisions[0]!.key, 'C-2');
  assert.equal(decisions[0]!.decision, 'false-positive');
  assert.equal(decisions[0]!.reason, 'our customer C-2 is a namesake born in 1990');
  // On to the next open hit.
  await page.locator('tr.active', { hasText: 'C-3' }).waitFor();
});

test('download the hits as CSV', async () => {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download hits (CSV)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), `${jobId}-hits.csv`);
  const csv = await readFile((await download.path())!, 'utf8');
  assert.match(csv.split('\n')[0]!, /^row,/);
  assert.match(csv, /unsc-6908652/);
});

test('a second run holds the decided hit back, with the decision; reopened by the keyboard', async () => {
  await page.goto(`${workbench.url}/app/screening`);
  await page.getByLabel('Portfolio file').setInputFiles({
    name: 'portfolio.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(PORTFOLIO),
  });
  await page.getByRole('button', { name: 'Screen' }).click();
  await page.waitForURL(
    (url) => /\/app\/screening\/[^/]+$/.test(url.pathname) && !url.href.includes(jobId),
  );
  await page.locator('.badge.status-finished').waitFor();
  assert.match(await page.locator('.progress').innerText(), /1 hit\(s\), 1 held back/);

  // The tabs are reached and moved through with the keyboard.
  await page.getByRole('tab', { name: 'Review queue (1)' }).focus();
  await page.keyboard.press('ArrowRight');
  const heldTab = page.getByRole('tab', { name: 'Held back (1)' });
  assert.equal(await heldTab.getAttribute('aria-selected'), 'true');
  await page.waitForURL(/tab=held/);
  const item = page.locator('.held-list li', { hasText: 'C-2' });
  await item.waitFor();
  const text = await item.innerText();
  assert.match(text, /RI WON HO/);
  assert.match(text, /by anonymous on \S+: “our customer C-2 is a namesake born in 1990”/);
  const link = item.getByRole('link', { name: /decision \d+ \(false-positive\)/ });
  const decisionHref = (await link.getAttribute('href'))!;
  assert.match(decisionHref, new RegExp(`^/app/screening/${jobId}#decision-\\d+$`));
  await assertAccessible('held back');
  assert.ok(isPng(await screenshot(page, 'screening-held-back')));

  await item.getByRole('button', { name: 'Reopen' }).press('Enter');
  const reason = item.getByLabel(/Reason/);
  assert.equal(await page.evaluate('document.activeElement.tagName'), 'TEXTAREA');
  await page.keyboard.type('new address on file: check again');
  await reason.press('Tab');
  await page.keyboard.press('Enter');
  await item.locator('.reopened').waitFor();
  assert.match(await item.innerText(), /Reopened: escalate by anonymous/);
  await assertAccessible('reopened');
});

test("the run's audit trail: its records, the reopening among them, the chain verified", async () => {
  await page.getByRole('tab', { name: 'Held back (1)' }).focus();
  await page.keyboard.press('ArrowRight');
  const panel = page.locator('section.audit');
  await panel.getByRole('cell', { name: 'Screening finished' }).waitFor();
  const rows = await panel.locator('tbody tr').allInnerTexts();
  assert.match(rows[0]!, /Screening started\s+anonymous\s+file \S+\.csv; SHA-256/);
  assert.ok(rows.some((r) => /Rows screened.*1 held back/s.test(r)));
  assert.match(rows.at(-1)!, /Decision recorded.*escalate on C-2 \(row 3\).*new address on file/s);
  // On an open server everyone is admin: the whole chain can be checked.
  await panel.getByRole('button', { name: 'Verify the whole trail' }).click();
  await panel.locator('.verified').waitFor();
  assert.match(await panel.locator('.verified').innerText(), /intact/);
  await assertAccessible('audit trail');

  // The first run's decision, as linked from the held-back hit.
  const first = await fetch(`${workbench.url}/decisions?run_id=${jobId}`);
  const { decisions } = (await first.json()) as { decisions: { id: number }[] };
  await page.goto(`${workbench.url}/app/screening/${jobId}#decision-${decisions[0]!.id}`);
  const target = page.locator(`#decision-${decisions[0]!.id}`);
  await target.waitFor();
  assert.match(await target.innerText(), /false-positive on C-2/);
});

test('no request left loopback', () => {
  assert.ok(guard.seen.local > 5, `only ${guard.seen.local} requests seen`);
  assert.deepEqual(guard.outside, []);
});
