/**
 * Dossier exports datasets as FtM JSON lines; loading such an export must give back the same
 * entities. This writes the drafts of real lists the way the store assembles and exports them,
 * reads the file back, and compares IDs, schemata and values.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { assembleEntity, type EntityDraft, type FtmEntity } from '../../core/model/index.js';
import { readAll, testData } from '../../testing/data.js';
// Through the registry, as the ingest command finds them: a source folder imports no other.
import { sourceByFormat } from '../registry.js';
import type { Source } from '../types.js';
import { ftmJson } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-roundtrip-'));

/** The drafts as exported entities: statements merged per ID, as the store does. */
function exported(drafts: EntityDraft[]): (FtmEntity & { target: boolean })[] {
  const byId = new Map<string, EntityDraft[]>();
  for (const d of drafts) byId.set(d.id, [...(byId.get(d.id) ?? []), d]);
  return [...byId.values()].map((parts) => ({
    ...assembleEntity(parts.flatMap((d) => d.toStatements('test', '2026-01-01T00:00:00'))),
    target: parts.some((d) => d.isTarget),
  }));
}

async function roundTrip(name: string, source: Source, files: string[]) {
  const entities = exported((await readAll(source, files)).drafts);
  const path = join(dir, `${name}.ftm.json`);
  writeFileSync(path, `${entities.map((e) => JSON.stringify(e)).join('\n')}\n`);
  const again = await readAll(ftmJson, [path]);
  assert.deepEqual(again.warnings, []);
  assert.equal(again.drafts.length, entities.length);
  for (const entity of entities) {
    const draft = again.byId.get(entity.id);
    assert.ok(draft, entity.id);
    assert.equal(draft.schema.name, entity.schema, entity.id);
    assert.equal(draft.isTarget, entity.target, entity.id);
    assert.deepEqual(draft.rejected, [], entity.id);
    for (const [prop, values] of Object.entries(entity.properties)) {
      assert.deepEqual(draft.get(prop), values, `${entity.id} ${prop}`);
    }
    assert.ok(
      draft.values.every((v) => v.original === null),
      `${entity.id} changed on reload`,
    );
  }
  return entities.length;
}

test('exports of EU, DPL, CSL and FtM loads read back unchanged', async () => {
  const eu = testData('excerpts', 'GSmiguel__sample_eu_fsf.xml');
  assert.equal(await roundTrip('eu', sourceByFormat('eu-fsf'), [eu]), 21);
  assert.equal(
    await roundTrip('dpl', sourceByFormat('bis-dpl'), [testData('us_bis_dpl', 'dpl_2022-09.txt')]),
    1498,
  );
  assert.equal(
    await roundTrip('csl', sourceByFormat('csl'), [testData('us_csl', 'csl_subset_2019.csv')]),
    344,
  );
  const peps = testData(
    'opensanctions_ftm',
    'zavod_export_wikidata_peps_sample',
    'entities.ftm.json',
  );
  assert.equal(await roundTrip('peps', ftmJson, [peps]), 1565);
});
