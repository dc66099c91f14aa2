/**
 * Issue 12 in delta screening: a rescreen's new hits carry their entity's exposure through
 * ownership, as a screen's do, in the store and in its output file.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { collect } from '../../testing/wait.js';
import { openDossier } from '../dossier/index.js';
import { ingest } from '../ingest.js';
import { writeExposurePortfolio } from './exposure-fixture.js';
import { rescreen } from './rescreen-service.js';
import { screenFile } from './screen-service.js';

const HOLDING = {
  id: 'x-1',
  schema: 'Company',
  properties: { name: ['Listed Holding'], topics: ['sanction'] },
};
const KESTREL = { id: 'x-2', schema: 'Company', properties: { name: ['Kestrel Trading Company'] } };
const provenance = { kind: 'statement' as const, dataset: 'registry', statementId: 'st-1' };

/** A portfolio screened against version 1 (the holding), then rescreened after version 2. */
async function rescreened(withNetwork: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-rescreen-exposure-'));
  const dossier = openDossier({ db: join(dir, 'r.db') });
  const load = async (entities: object[], name: string) => {
    const file = join(dir, name);
    writeFileSync(file, `${entities.map((e) => JSON.stringify(e)).join('\n')}\n`);
    await ingest(dossier.lists, { files: [file], dataset: 'xlist', format: 'ftm' });
  };
  // Version 1 lists the holding only; the registry already says it owns 60% of Kestrel.
  await load([HOLDING], 'v1.ftm.json');
  await dossier.graph.upsert({
    nodes: [
      {
        id: 'n-1',
        schema: 'Company',
        caption: 'Listed Holding',
        dataset: 'xlist',
        entityId: 'x-1',
      },
      { id: 'n-2', schema: 'Company', caption: 'Kestrel', dataset: 'xlist', entityId: 'x-2' },
    ],
    edges: [
      { id: 'e1', type: 'ownership', source: 'n-1', target: 'n-2', percentage: 60, provenance },
    ],
  });
  const input = writeExposurePortfolio(join(dir, 'customers.csv'));
  const { network, ...rest } = await dossier.screeningDeps();
  const deps = withNetwork ? { ...rest, network } : rest;
  await screenFile(deps, { input, actor: 't' });
  // Version 2 adds Kestrel: the rescreen finds customer C1 on it.
  await load([HOLDING, KESTREL], 'v2.ftm.json');
  const output = join(dir, 'new-hits.jsonl');
  const result = await rescreen(deps, { actor: 't', output });
  assert.ok(result);
  const stored = await collect(deps.repo.hits(result.run.id));
  const lines = readFileSync(output, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  await dossier.close();
  return { hit: stored.find((h) => h.entityId === 'x-2'), lines };
}

test("a rescreen's new hit on an entity owned 60% by a listed party carries its exposure", async () => {
  const { hit, lines } = await rescreened(true);
  assert.equal(hit?.key, 'C1');
  assert.deepEqual(hit?.exposure?.us, { exposed: true, status: 'exposed', share: 0.6 });
  assert.equal(hit?.exposure?.uk?.status, 'exposed');
  const line = lines.find((h) => h.entity_id === 'x-2');
  assert.deepEqual(line.exposure.eu, { exposed: true, status: 'exposed', share: 0.6 });
});

test('the same rescreen without the network finds the hit, with no exposure', async () => {
  const { hit, lines } = await rescreened(false);
  assert.equal(hit?.key, 'C1');
  assert.equal(hit?.exposure, undefined);
  assert.ok(lines.length > 0 && lines.every((h) => !('exposure' in h)));
});
