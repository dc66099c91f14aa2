/**
 * The journey "a document search hit opened at its highlighted span", in Debian's Chromium against
 * a real server over a case made of examples/garpiya (its scanned acceptance certificate is read by
 * OCR) and a PDF with a text layer made at test time: a search for an INN, its hit on the scan
 * opened at its page with the INN highlighted and the page's mentions drawn as boxes on the picture
 * the server rendered; a PDF's pages turned with the keyboard; a claim's evidence opened at its
 * span; a document with no picture and one that failed. axe-core checks each view; no request may
 * leave loopback.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { DocumentService } from '../../src/app/documents/index.js';
import { startTestServer, type TestServer } from '../../src/server/server-fixture.js';
import { openBlobStore, openCaseStore } from '../../src/store/cases/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { repoRoot } from '../../src/testing/index.js';
import { textPdf } from '../../src/testing/pdf-fixtures.js';
import { guardedContext, isPng, launch, screenshot, seriousViolations } from './harness.js';

const INN = '1831083343';

let server: TestServer;
let lists: Store;
let cases: ReturnType<typeof openCaseStore>;
let browser: Browser;
let page: Page;
let guard: Awaited<ReturnType<typeof guardedContext>>;
const ids: Record<string, string> = {};

before(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-e2e-docs-'));
  const db = join(dir, 'case.db');
  lists = openStore(db);
  cases = openCaseStore(db);
  const documents = new DocumentService({
    cases,
    blobs: openBlobStore(db),
    pageCache: join(dir, 'pages'),
  });
  await documents.createCase('garpiya');
  writeFileSync(
    join(dir, 'invoice.pdf'),
    await textPdf([
      [{ text: 'Счёт № 31 от 14 марта 2024 г.', x: 50, y: 780, size: 12 }],
      [{ text: 'Плательщик: АО «ИЭМЗ «Купол»», ИНН 1831083343', x: 50, y: 700, size: 12 }],
    ]),
  );
  writeFileSync(join(dir, 'broken.pdf'), '%PDF-1.7\nnot really a PDF\n');
  const garpiya = join(repoRoot, 'examples', 'garpiya');
  await documents.add('garpiya', [
    join(garpiya, 'docs'),
    join(garpiya, 'scans'),
    join(dir, 'invoice.pdf'),
    join(dir, 'broken.pdf'),
  ]);
  for (const d of (await documents.documents('garpiya')).documents) ids[d.fileName] = d.id;
  server = await startTestServer(lists, { build: false, documents });
  browser = await launch();
  guard = await guardedContext(browser);
  page = await guard.context.newPage();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await cases?.close();
  await lists?.close();
});

async function assertAccessible(what: string) {
  const violations = await seriousViolations(page);
  assert.deepEqual(violations, [], `${what}: ${JSON.stringify(violations, null, 1)}`);
}

/** The requested span is scrolled into view within the text's own scroll box. */
async function assertSpanInView() {
  const text = (await page.locator('.page-text').boundingBox())!;
  const mark = (await page.locator('.page-text mark.requested').first().boundingBox())!;
  assert.ok(mark.y >= text.y && mark.y + mark.height <= text.y + text.height, 'span out of view');
}

const viewer = (file: string, query = '') =>
  `${server.url}/app/cases/garpiya/documents/${ids[file]}${query}`;

/** The picture shown, decoded, with its place on screen. */
async function shownPicture(alt: string) {
  const img = page.getByRole('img', { name: alt });
  await img.waitFor();
  // A string, as this file is compiled without the DOM's types: the image is decoded.
  await page.waitForFunction(
    `[...document.images].some((i) => i.alt === ${JSON.stringify(alt)} && i.complete && i.naturalWidth > 0)`,
  );
  return (await img.boundingBox())!;
}

test('a search hit on the scanned certificate opens its page with the INN highlighted', async () => {
  const scan = 'acceptance-certificate-ru.png';
  assert.ok(ids[scan], 'the scan was added');
  // Start from another document: the search box is in every viewer's header.
  await page.goto(viewer('contract-ru.txt'));
  await page.getByRole('heading', { name: 'contract-ru.txt' }).waitFor();
  await page.getByLabel('Search this case').fill(INN);
  await page.getByRole('button', { name: 'Find' }).click();
  const hit = page.locator('.case-hits > li', { hasText: scan });
  await hit.waitFor();
  assert.match(await hit.innerText(), /page 1/);
  assert.equal(await hit.locator('mark').first().innerText(), INN);
  await hit.getByRole('link').first().click();

  await page.getByRole('heading', { name: scan }).waitFor();
  assert.match(page.url(), new RegExp(`/documents/${ids[scan]}\\?page=1&start=\\d+&end=\\d+$`));
  const picture = await shownPicture(`Page 1 of ${scan}`);
  const requested = page.locator('.page-text mark.requested');
  await requested.first().waitFor();
  assert.ok((await requested.allInnerTexts()).join('').includes(INN));
  await assertSpanInView();

  // The OCR's word boxes: each mention drawn where it is, inside the picture.
  const boxes = page.locator('.page-canvas .box');
  assert.ok((await boxes.count()) >= 4, `${await boxes.count()} boxes drawn`);
  const innBox = page.getByRole('button', { name: `inn: ${INN}` });
  const b = (await innBox.boundingBox())!;
  assert.ok(b.width > 20 && b.height > 3, JSON.stringify(b));
  assert.ok(b.x >= picture.x && b.x + b.width <= picture.x + picture.width + 1);
  assert.ok(b.y >= picture.y && b.y + b.height <= picture.y + picture.height + 1);
  // In the upper half, where the certificate names the buyer.
  assert.ok(b.y < picture.y + picture.height / 2);
  await innBox.click();
  const detail = page.locator('.mention-detail');
  assert.match(await detail.innerText(), /identifiers\/inn/);
  assert.match(await detail.innerText(), /Confidence\s+0\.\d\d/);
  assert.equal(await page.locator('.page-text .mention.selected').first().innerText(), INN);
  // A party mention says which list entity it names (here: none linked).
  await page.locator('.page-text .mention.kind-party').first().click();
  assert.match(await detail.innerText(), /List entity\s+none linked/);
  await page.locator('.page-text [data-mention]', { hasText: INN }).click();
  assert.match(await detail.innerText(), new RegExp(`Text\\s+${INN}`));
  await assertAccessible('document viewer');
  // Tall enough for the search hits above the viewer, and the page below them.
  await page.setViewportSize({ width: 1366, height: 1100 });
  await page.evaluate('window.scrollTo(0, 0)');
  assert.ok(isPng(await screenshot(page, 'documents')));
  await page.setViewportSize({ width: 1366, height: 800 });
});

test('a PDF: the page picture is rendered on the server; pages turn with the keyboard', async () => {
  // A short ID in the address, as `dossier docs` prints it.
  await page.goto(
    `${server.url}/app/cases/garpiya/documents/${ids['invoice.pdf']!.slice(0, 12)}?page=2`,
  );
  await shownPicture('Page 2 of invoice.pdf');
  assert.match(await page.locator('.page-text').innerText(), /Плательщик/);
  assert.ok((await page.locator('.page-canvas .box').count()) >= 1, 'the INN has a box');
  await page.locator('body').press('[');
  await page.waitForURL(/page=1$/);
  await shownPicture('Page 1 of invoice.pdf');
  assert.match(await page.locator('.page-text').innerText(), /Счёт № 31/);
  assert.equal(await page.getByRole('button', { name: 'Previous page' }).isDisabled(), true);
  await page.getByRole('button', { name: 'Next page' }).click();
  await page.waitForURL(/page=2$/);
  await assertAccessible('PDF page');
});

test("a text document has no picture; a claim's evidence opens at its span", async () => {
  await page.goto(viewer('contract-ru.txt'));
  await page.getByRole('heading', { name: 'Claims in this document' }).waitFor();
  assert.equal(await page.locator('.page-canvas').count(), 0);
  const evidence = page.locator('.claims .evidence a').first();
  const said = await evidence.innerText();
  const quoted = /“(.*)”/s.exec(said)?.[1];
  assert.ok(quoted, said);
  await evidence.click();
  await page.waitForURL(/start=\d+&end=\d+/);
  const marked = (await page.locator('.page-text mark.requested').allInnerTexts()).join('');
  assert.equal(marked, quoted);
  await assertSpanInView();
  await assertAccessible('text document with claims');
});

test('a document that could not be read shows why', async () => {
  await page.goto(viewer('broken.pdf'));
  await page.getByRole('heading', { name: 'This document could not be read' }).waitFor();
  assert.ok((await page.getByRole('alert').innerText()).length > 5);
  await assertAccessible('failed document');
});

test('no request left loopback', () => {
  assert.ok(guard.seen.local > 5, `only ${guard.seen.local} requests seen`);
  assert.deepEqual(guard.outside, []);
});
