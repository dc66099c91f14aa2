/**
 * Issue 12 over HTTP: a batch job's hits carry their entity's exposure through ownership in the
 * results API, as JSON lines and as the CSV's last column, when the server has the network; a row
 * whose own customer is exposed through ownership gets its own line there, as in the files.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { type Dossier, openDossier } from '../app/dossier/index.js';
import { loadExposureNetwork, writeExposurePortfolio } from '../app/screening/exposure-fixture.js';
import { jsonLines, upload, waitForJob } from './jobs-fixture.js';
import { get, startTestServer, type TestServer } from './server-fixture.js';

let dir: string;
let dossier: Dossier;
let server: TestServer;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-jobs-exposure-'));
  dossier = openDossier({ db: join(dir, 'j.db') });
  await loadExposureNetwork(dossier, dir);
  server = await startTestServer(dossier.lists, {
    repo: dossier.screening,
    network: dossier.network(),
  });
});
after(async () => {
  await server.close();
  await dossier.close();
});

test("a job's results carry each hit's exposure, in JSON lines and in the CSV's last column", async () => {
  const csv = readFileSync(writeExposurePortfolio(join(dir, 'customers.csv')));
  const submitted = await upload(`${server.url}/screen/jobs?dataset=default`, csv, 'text/csv');
  assert.equal(submitted.status, 202, JSON.stringify(submitted.body));
  const job = await waitForJob(server.url, submitted.body.id);
  assert.equal(job.status, 'finished', job.error);
  const results = `${server.url}/screen/jobs/${job.id}/results`;
  type Line = { entity_id: string; exposure: Record<'us' | 'eu' | 'uk', { status: string }> };
  const hits = jsonLines((await get(results)).body) as unknown as Line[];
  const kestrel = hits.find((h) => h.entity_id === 'x-2')!;
  assert.deepEqual(kestrel.exposure.us, { exposed: true, status: 'exposed', share: 0.6 });
  assert.equal(hits.find((h) => h.entity_id === 'x-1')!.exposure.uk.status, 'listed');
  const lines = (await get(`${results}?format=csv`)).body.trim().split('\r\n');
  assert.ok(lines[0].endsWith(',datasets,exposure,row_exposure'));
  const row = lines.find((l: string) => l.startsWith('2,C1,x-2,'));
  assert.ok(row?.endsWith(',us:exposed 60%; eu:exposed 60%; uk:exposed 60%,'), row);
  // "Quiet Customer" (cust-9) matches no list name; its ID is a node owned through Kestrel.
  const own = jsonLines((await get(results)).body).filter((l) => 'row_exposure' in l);
  assert.deepEqual(
    own.map((l) => (l.row_exposure as { node: string }).node),
    ['cust-9'],
  );
  const flagged = lines.filter((l: string) => l.startsWith('4,cust-9,'));
  assert.equal(flagged.length, 1, lines.join('\n'));
  assert.match(flagged[0], /us:exposed/);
});
