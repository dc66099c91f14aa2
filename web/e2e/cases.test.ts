/**
 * The case workspace journey in Debian's Chromium against a real server that requires keys, over
 * OFAC's list and the Garpiya example case (examples/garpiya, as docs/claims.md builds it) with
 * one broken PDF added in the test's copy: the case list, the workspace with the failed file and
 * its reason, a note added, a document tagged, the report downloaded (and shown, for
 * docs/img/case-report.png). Every page is checked with axe-core; no request may leave loopback.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { DocumentService } from '../../src/app/documents/index.js';
import { reportDownload } from '../../src/app/report/index.js';
import { issueKey } from '../../src/auth/index.js';
import { startTestServer, type TestServer } from '../../src/server/server-fixture.js';
import { openBlobStore, openCaseStore } from '../../src/store/cases/index.js';
import type { Store } from '../../src/store/index.js';
import { type KeyStore, openKeyStore } from '../../src/store/keys/index.js';
import { openScreeningStore, type ScreeningStore } from '../../src/store/screening/index.js';
import { loadStore, repoRoot } from '../../src/testing/index.js';
import { guardedContext, isPng, launch, screenshot, seriousViolations } from './harness.js';

let server: TestServer;
let browser: Browser;
let page: Page;
let guard: Awaited<ReturnType<typeof guardedContext>>;
let store: Store;
let repo: ScreeningStore;
let keys: KeyStore;
let cases: ReturnType<typeof openCaseStore>;
let token: string;

async function startCaseServer() {
  const loaded = await loadStore('ofac');
  store = loaded.store;
  repo = openScreeningStore(loaded.path);
  keys = openKeyStore(loaded.path);
  cases = openCaseStore(loaded.path);
  const blobs = openBlobStore(loaded.path);
  const issued = issueKey('screen', 'reporter');
  await keys.insert(issued.stored);
  token = issued.token;
  const documents = new DocumentService({ cases, blobs, audit: () => repo });
  await documents.createCase('garpiya', 'Garpiya-3 (example)');
  const copy = mkdtempSync(join(tmpdir(), 'dossier-e2e-case-'));
  const paths = [];
  for (const name of readdirSync(join(repoRoot, 'examples', 'garpiya', 'docs'))) {
    writeFileSync(
      join(copy, name),
      readFileSync(join(repoRoot, 'examples', 'garpiya', 'docs', name)),
    );
    paths.push(join(copy, name));
  }
  // The example has no bad file: one in the test's copy, so the workspace shows a failure.
  writeFileSync(join(copy, 'invoice-broken.pdf'), '%PDF-1.7\n1 0 obj broken');
  paths.push(join(copy, 'invoice-broken.pdf'));
  await documents.add('garpiya', paths);
  const caseReport = (caseName: string, threshold: number) =>
    reportDownload(
      {
        cases,
        documents,
        matchIndex: async () => {
          const catalog = server.service.catalog;
          return catalog ? { matcher: server.service.matcher, catalog } : null;
        },
      },
      caseName,
      { threshold, blobs, cacheDir: join(copy, 'pages') },
    );
  server = await startTestServer(store, {
    repo,
    keys,
    documents,
    caseReport,
    config: { requireKeys: true },
  });
}

before(async () => {
  [, browser] = await Promise.all([startCaseServer(), launch()]);
  guard = await guardedContext(browser);
  page = await guard.context.newPage();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await Promise.all([repo?.close(), keys?.close(), cases?.close(), store?.close()]);
});

async function assertAccessible(what: string) {
  const violations = await seriousViolations(page);
  assert.deepEqual(violations, [], `${what}: ${JSON.stringify(violations, null, 1)}`);
}

test('the case list, then the workspace with the failed file and its reason', async () => {
  await page.goto(`${server.url}/app/`);
  await page.getByLabel('API key').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Cases' })
    .click();
  const link = page.getByRole('link', { name: 'Garpiya-3 (example) (garpiya)' });
  await link.waitFor();
  const row = page.getByRole('row', { name: /garpiya/ });
  assert.match(await row.innerText(), /4\s+1\s+3\s+7/);
  await assertAccessible('case list');

  await link.click();
  await page.getByRole('heading', { name: 'Case garpiya' }).waitFor();
  const failed = page.getByRole('row', { name: /invoice-broken\.pdf/ });
  await failed.waitFor();
  assert.match(await failed.innerText(), /failed/);
  assert.match(await failed.innerText(), /corrupt|pdf|PDF/);
  await page.getByLabel('Failed only').check();
  assert.equal(await page.getByRole('row', { name: /contract-ru\.txt/ }).count(), 0);
  await page.getByLabel('Failed only').uncheck();
  const contract = page.getByRole('link', { name: 'contract-ru.txt' });
  assert.match(
    (await contract.getAttribute('href')) ?? '',
    /^\/app\/cases\/garpiya\/documents\/[0-9a-f]{64}$/,
  );
  await assertAccessible('workspace');
});

test('a note added on a page, a document tagged', async () => {
  await page.getByLabel('Note', { exact: true }).fill("Kupol's INN matches the SDN entry");
  await page.getByLabel('On document').selectOption({ label: 'contract-ru.txt' });
  await page.getByLabel('Page').fill('1');
  await page.getByRole('button', { name: 'Add note' }).click();
  const noteLink = page.getByRole('link', { name: 'contract-ru.txt, page 1' });
  await noteLink.waitFor();
  assert.match((await noteLink.getAttribute('href')) ?? '', /documents\/[0-9a-f]{64}\?page=1$/);

  await page.getByLabel('Tag document').selectOption({ label: 'contract-ru.txt' });
  await page.getByLabel('Tag', { exact: true }).fill('key');
  await page.getByRole('button', { name: 'Add tag' }).click();
  await page.getByRole('button', { name: 'Remove tag key from contract-ru.txt' }).waitFor();
  const [note] = await cases.notes('garpiya');
  assert.equal(note?.page, 1);
  assert.deepEqual(
    (await cases.tags('garpiya')).map((t) => t.tag),
    ['key'],
  );
  await assertAccessible('workspace after edits');
  assert.ok(isPng(await screenshot(page, 'case-workspace')));
});

test('the report downloads, and is the case report with its claims', async () => {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download report' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'garpiya-report.html');
  const path = await download.path();
  const html = readFileSync(path, 'utf8');
  assert.match(html, /Dossier report: Garpiya-3 \(example\)/);
  assert.match(html, /invoice-broken\.pdf/);
  const report = await guard.context.newPage();
  await report.setContent(html);
  await report.getByRole('heading', { name: 'Claims' }).waitFor();
  assert.ok(isPng(await screenshot(report, 'case-report')));
  await report.close();
});

test('no request left loopback', () => {
  assert.ok(guard.seen.local > 5, `only ${guard.seen.local} requests seen`);
  assert.deepEqual(guard.outside, []);
});
