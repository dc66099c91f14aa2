/**
 * The entity page in Debian's Chromium over real data: the UN list loaded twice (the 2018 file,
 * then the current one), a company register entry owned 60% by a UN-listed company (an ownership
 * CSV), and a decision recorded on a screening hit. The page shows first and last seen, the
 * changes between the two versions, the relationships in the lists and the network, the decision,
 * and the company's exposure under each rule with the chain and its source. Checked with axe-core;
 * no request may leave loopback.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { type Dossier, openDossier } from '../../src/app/dossier/index.js';
import { ingest } from '../../src/app/ingest.js';
import { ingestNetwork } from '../../src/app/network/index.js';
import { startTestServer, type TestServer } from '../../src/server/server-fixture.js';
import { post, testData } from '../../src/testing/index.js';
import { guardedContext, isPng, launch, screenshot, seriousViolations } from './harness.js';

const KOMID = 'unsc-690735';
const OWNED = 'registry-chongjin';

let dossier: Dossier;
let server: TestServer;
let browser: Browser;
let page: Page;
let guard: Awaited<ReturnType<typeof guardedContext>>;

async function loadData(dir: string) {
  const un = (file: string) =>
    ingest(dossier.lists, { files: [file], dataset: 'un', format: 'un-xml' });
  await un(testData('un', 'history', 'consolidated_2018-10-29.xml'));
  await un(testData('un', 'consolidated.xml'));
  const register = join(dir, 'register.ftm.json');
  const company = { name: ['Chongjin Ocean Trading Ltd'], jurisdiction: ['kp'] };
  writeFileSync(
    register,
    `${JSON.stringify({ id: OWNED, schema: 'Company', properties: company })}\n`,
  );
  await ingest(dossier.lists, { files: [register], dataset: 'register', format: 'ftm' });
  const owners = join(dir, 'owners.csv');
  writeFileSync(
    owners,
    'owner_id,owner_name,owned_id,owned_name,percent,start_date,end_date,source\n' +
      `${KOMID},KOREA MINING DEVELOPMENT TRADING CORPORATION,${OWNED},` +
      'Chongjin Ocean Trading Ltd,60,2019-05-01,,register extract\n',
  );
  await ingestNetwork(dossier, { file: owners, format: 'ownership-csv', dataset: 'owners' });
}

/** A hit on KOMID screened and decided, as a reviewer would over the API. */
async function decideOnKomid() {
  const csv = 'id,name\nc1,Korea Mining Development Trading Corporation\n';
  const submitted = await fetch(`${server.url}/screen/jobs`, {
    method: 'POST',
    body: csv,
    headers: { 'content-type': 'text/csv' },
  });
  const { id } = (await submitted.json()) as { id: string };
  for (let i = 0; i < 600; i++) {
    const job = (await (await fetch(`${server.url}/screen/jobs/${id}`)).json()) as {
      status: string;
    };
    if (job.status === 'finished') break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const body = {
    run_id: id,
    key: 'c1',
    entity_id: KOMID,
    decision: 'match',
    reason: 'KOMID itself',
  };
  const decided = await post(`${server.url}/decisions`, body);
  assert.equal(decided.status, 201, JSON.stringify(decided.body));
}

before(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-e2e-entity-'));
  dossier = openDossier({ db: join(dir, 'e.db') });
  [, browser] = await Promise.all([loadData(dir), launch()]);
  server = await startTestServer(dossier.lists, {
    network: dossier.network(),
    repo: dossier.screening,
  });
  await decideOnKomid();
  guard = await guardedContext(browser);
  page = await guard.context.newPage();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await dossier?.close();
});

const section = (name: string) =>
  page.locator('section', { has: page.getByRole('heading', { name, exact: true }) });

async function assertAccessible(what: string) {
  const violations = await seriousViolations(page);
  assert.deepEqual(violations, [], `${what}: ${JSON.stringify(violations, null, 1)}`);
}

test('a listed company: seen in both versions, its change, its holding, the decision', async () => {
  await page.goto(`${server.url}/app/entities/${KOMID}`);
  await page
    .getByRole('heading', { name: /KOREA MINING DEVELOPMENT TRADING CORPORATION/ })
    .waitFor();
  const timeline = section('Changes between list versions');
  await timeline.getByText('un: in versions 1, 2').waitFor();
  assert.match(await timeline.innerText(), /un version 2 .*published 2026-02-27\): changed: Notes/);
  assert.match(await timeline.innerText(), /\+ Notes: Primary arms dealer/);
  const facts = page.locator('dl.facts');
  assert.match(await facts.innerText(), /First seen\s+un version 1/);
  assert.match(await facts.innerText(), /Last seen\s+un version 2/);

  const relations = section('Relationships');
  await relations.getByText('Ownership (1)').waitFor();
  assert.match(
    await relations.innerText(),
    /to Chongjin Ocean Trading Ltd · 60% · from 2019-05-01 \(source: owners, statement/,
  );
  const network = page.getByRole('link', { name: 'Network', exact: true });
  assert.equal(await network.getAttribute('href'), `/app/network/${KOMID}`);

  const exposure = section('Exposure through ownership');
  await exposure.getByRole('row', { name: /United States/ }).waitFor();
  assert.match(await exposure.getByRole('row', { name: /United States/ }).innerText(), /Listed/);

  const decisions = section('Matches and decisions');
  await decisions.getByRole('cell', { name: 'KOMID itself' }).waitFor();
  assert.match(
    await decisions.innerText(),
    /Korea Mining Development Trading Corporation\s+\d\.\d\d\s+Match/,
  );
  await assertAccessible('listed entity');
});

test('an owned company: exposed under each rule, the chain drawn with its source', async () => {
  await page.goto(`${server.url}/app/entities/${OWNED}`);
  await page.getByRole('heading', { name: 'Chongjin Ocean Trading Ltd' }).waitFor();
  const exposure = section('Exposure through ownership');
  const us = exposure.getByRole('row', { name: /United States/ });
  await us.waitFor();
  assert.match(await us.innerText(), /Exposed\s+60%/);
  assert.match(await exposure.getByRole('row', { name: /United Kingdom/ }).innerText(), /Exposed/);
  // The chain opens from the keyboard.
  const summary = exposure.getByText('United States: 1 chain of ownership');
  await summary.focus();
  await page.keyboard.press('Enter');
  const chain = exposure.getByRole('list', { name: 'Chain under United States' });
  await chain.waitFor();
  assert.match(
    await chain.innerText(),
    /KOREA MINING DEVELOPMENT TRADING CORPORATION → 60% → Chongjin Ocean Trading Ltd \(source: owners, statement/,
  );
  await assertAccessible('owned entity');
  assert.ok(isPng(await screenshot(page, 'entity')));
});

test('no request left loopback', () => {
  assert.ok(guard.seen.local > 5, `only ${guard.seen.local} requests seen`);
  assert.deepEqual(guard.outside, []);
});
