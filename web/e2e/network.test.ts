/**
 * The network journey in Debian's Chromium: OFAC's SDN list and a small ownership table are
 * loaded (Almaz-Antey, `ofac-16865`, holds 50% of a test company); the network view of the company
 * shows the listed owner highlighted, with the company's exposure in words (US exposed, share 50%,
 * UK not: it needs more than half); a node is expanded; the ownership tree shows the share on the
 * holding; a shortest path is highlighted; the SVG export holds the parties. Every page is checked
 * with axe-core and no request may leave loopback.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { type Dossier, openDossier } from '../../src/app/dossier/index.js';
import { ingest } from '../../src/app/ingest.js';
import { ingestNetwork } from '../../src/app/network/index.js';
import { startTestServer, type TestServer } from '../../src/server/server-fixture.js';
import { LISTS } from '../../src/testing/index.js';
import { guardedContext, isPng, launch, screenshot, seriousViolations } from './harness.js';

const OWNERS = `owner_id,owner_name,owned_id,owned_name,percent,start_date,end_date,source
ofac-16865,,e2e-trading,E2E Test Trading LLC,50,2021-03-01,,test registry extract
e2e-founder,Jane Founder,e2e-trading,,50,2021-03-01,,test registry extract
e2e-trading,,e2e-sub,E2E Subsidiary Ltd,100,2021-06-01,,test registry extract
ofac-16865,,e2e-other,E2E Other Holding Ltd,30,2019-01-01,2020-12-31,test registry extract
`;

let dossier: Dossier;
let server: TestServer;
let browser: Browser;
let page: Page;
let guard: Awaited<ReturnType<typeof guardedContext>>;

before(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-e2e-network-'));
  dossier = openDossier({ db: join(dir, 'network.db') });
  const file = join(dir, 'owners.csv');
  writeFileSync(file, OWNERS);
  await ingest(dossier.lists, LISTS.ofac);
  const summary = await ingestNetwork(dossier, { file, format: 'ownership-csv', dataset: 'x' });
  assert.deepEqual(summary.problems, []);
  [server, browser] = await Promise.all([
    startTestServer(dossier.lists, { network: dossier.network(), build: false }),
    launch(),
  ]);
  guard = await guardedContext(browser);
  page = await guard.context.newPage();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await dossier?.close();
});

async function assertAccessible(what: string) {
  const violations = await seriousViolations(page);
  assert.deepEqual(violations, [], `${what}: ${JSON.stringify(violations, null, 1)}`);
}

const parties = () => page.getByRole('list').filter({ has: page.locator('[data-status]') });
const ALMAZ = /ALMAZ-ANTEY/;

test('the company: its listed owner highlighted, its exposure in words', async () => {
  await page.goto(`${server.url}/app/network/e2e-trading`);
  await page.getByRole('heading', { name: 'Network: E2E Test Trading LLC' }).waitFor();
  const owner = parties().locator('li[data-status="listed"]', { hasText: ALMAZ });
  await owner.waitFor();
  assert.match(await owner.innerText(), /\(listed\)/, 'said in words, not by colour alone');
  const exposure = page.getByRole('list', { name: 'Exposure by jurisdiction' });
  const lines = await exposure.innerText();
  assert.match(lines, /US exposed \(share 50%\)/);
  assert.match(lines, /EU exposed \(share 50%\)/);
  assert.match(lines, /UK not exposed/, 'the UK needs more than half');
  const edges = await page.getByRole('list', { name: 'Edges and their sources' }).innerText();
  assert.match(edges, /ownership 50%/);
  assert.match(edges, /Source: list x/);
  // The subsidiary it wholly owns is exposed in its turn.
  await parties().locator('li[data-status="exposed"]', { hasText: 'E2E Subsidiary' }).waitFor();
  assert.equal(
    await page.getByText('The drawing needs WebGL').count(),
    0,
    'sigma drew the graph in headless Chromium',
  );
  await assertAccessible('network view');
  assert.ok(isPng(await screenshot(page, 'network')));
});

test('expanding the listed owner adds its other holdings', async () => {
  await parties().getByRole('button', { name: ALMAZ }).click();
  await page.getByRole('heading', { name: ALMAZ, level: 2 }).waitFor();
  await page.getByRole('button', { name: 'Expand neighbours' }).click();
  await parties()
    .getByRole('button', { name: /E2E Other Holding/ })
    .waitFor();
  assert.match(await page.getByRole('status').first().innerText(), /parties added/);
});

test('a shortest path from the centre is highlighted', async () => {
  await page.getByLabel('Path to (party id)').fill('e2e-other');
  await page.getByRole('button', { name: 'Find path' }).click();
  await page.getByText(/Shortest path: 2 steps/).waitFor();
  const onPath = await parties().getByText('(on path)').count();
  assert.equal(onPath, 3, 'the centre, the listed owner and the other holding');
});

test('the SVG export holds every party with its status in words; the PNG the drawing', async () => {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export SVG' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'network-e2e-trading.svg');
  const svg = readFileSync((await download.path())!, 'utf8');
  assert.match(svg, /^<svg /);
  assert.match(svg, /data-node="e2e-trading"/);
  assert.match(svg, /E2E Test Trading LLC \[exposed\]/);
  assert.match(svg, /ALMAZ-ANTEY[^<]*\[listed\]/);
  assert.match(svg, /E2E Other Holding Ltd/);
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export PNG' }).click(),
  ]);
  assert.equal(png.suggestedFilename(), 'network-e2e-trading.png');
  const bytes = readFileSync((await png.path())!);
  assert.ok(isPng(bytes) && bytes.length > 2000, 'the drawing as a PNG');
});

test('as of a date, and the ownership tree with the share on each holding', async () => {
  await page.getByLabel('As of').fill('2020-06-01');
  await page.waitForURL(/at=2020-06-01/);
  // The company's holdings began in 2021: only the party itself is left then.
  await page.getByRole('heading', { name: 'Parties (1)' }).waitFor();
  await page.getByLabel('As of').fill('');
  await page.getByRole('heading', { name: 'Parties (4)' }).waitFor();
  await page.getByRole('radio', { name: 'Ownership tree' }).check();
  await page.waitForURL(/mode=owners/);
  const edges = page.getByRole('list', { name: 'Edges and their sources' });
  await edges.getByText(/Jane Founder → E2E Test Trading LLC: ownership 50%/).waitFor();
  assert.match(await edges.innerText(), /ALMAZ-ANTEY.* → E2E Test Trading LLC: ownership 50%/);
  assert.equal(await parties().locator('li').count(), 3, 'the party and its two owners');
  await assertAccessible('ownership tree');
  assert.deepEqual(guard.outside, [], 'no request left loopback');
  assert.ok(guard.seen.local > 0);
});
