/**
 * Issue 10, item 7 and issue 14, finding 10: versions only move forward, and a version that loses
 * most of its targets is refused. Each refusal leaves the previous version current and whole.
 * On the real lists: the UN list of 2018 and of 2026, OFAC's CSV of 2024-02-23 and 2024-05-03, and
 * a copy of sdn.csv cut at a line boundary, written to a temporary folder.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openStore, type Store } from '../store/index.js';
import { testData } from '../testing/data.js';
import { ingest } from './ingest.js';
import { OlderVersionError, ShrinkError } from './ingest-guards.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-ingest-guards-'));
const un2018 = testData('un', 'history', 'consolidated_2018-10-29.xml');
const un2026 = testData('un', 'consolidated.xml');
const sdn = testData('ofac', 'sdn.csv');
const sdnFeb23 = testData('ofac', 'history', 'sdn_2024-02-23.csv');

function fresh(name: string): Store {
  return openStore(join(dir, `${name}.db`));
}

/** What a reader sees of a dataset: its version, date, counts, and one entity's names. */
async function state(store: Store, dataset: string, entityId: string) {
  const current = (await store.datasets()).find((v) => v.dataset === dataset);
  const entity = await store.entity(entityId);
  return {
    version: current?.version,
    published: current?.published,
    targets: current?.targets,
    entities: current?.entities,
    names: entity?.properties.name,
  };
}

test('the publication date a list states is recorded with its version', async () => {
  const store = fresh('dates');
  const un = await ingest(store, { files: [un2018], dataset: 'un' });
  assert.equal(un.version.published, '2018-10-29');
  assert.deepEqual(un.notes, []);
  const ofacXml = testData('ofac', 'consolidated_non_sdn', 'consolidated_2018-04-06.xml');
  const cons = await ingest(store, { files: [ofacXml], dataset: 'cons' });
  assert.equal(cons.version.published, '2018-04-06');
  const uk = await ingest(store, {
    files: [testData('uk_ofsi', 'ConList_2018-04-13.csv')],
    dataset: 'uk',
  });
  assert.equal(uk.version.published, '2018-04-13');
  // BIS's list (like OFAC's CSV) states no date: the load says so, and --published records one.
  const dpl = testData('us_bis_dpl', 'dpl_2022-09.txt');
  const undated = await ingest(store, { files: [dpl], dataset: 'dpl' });
  assert.equal(undated.version.published, null);
  assert.match(undated.notes.join('\n'), /states no publication date.*--published/);
  const dated = await ingest(store, { files: [dpl], dataset: 'dpl', published: '2022-09-30' });
  assert.equal(dated.version.published, '2022-09-30');
  // A later undated file cannot be compared: it loads, with a note that says so.
  const again = await ingest(store, { files: [dpl], dataset: 'dpl' });
  assert.match(again.notes.join('\n'), /not checked against version 2's/);
  const listed = await store.datasets();
  assert.deepEqual(
    listed.map((v) => [v.dataset, v.published]),
    [
      ['cons', '2018-04-06'],
      ['dpl', null],
      ['uk', '2018-04-13'],
      ['un', '2018-10-29'],
    ],
  );
  await store.close();
});

test('a file older than the current version is refused with both dates; nothing changes', async () => {
  const store = fresh('older');
  await ingest(store, { files: [un2026], dataset: 'un' });
  const before = await state(store, 'un', 'unsc-6908555');
  assert.equal(before.published, '2026-02-27');
  const error = await ingest(store, { files: [un2018], dataset: 'un' }).then(
    () => assert.fail('the 2018 list was loaded over the 2026 one'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof OlderVersionError, String(error));
  assert.equal(error.code, 'version_refused');
  assert.match(error.message, /2018-10-29.*version 1.*2026-02-27.*--allow-older/);
  assert.deepEqual(await state(store, 'un', 'unsc-6908555'), before);
  assert.equal((await store.diff('un'))?.to, 1);
  // Told to, it loads the older file as the next version.
  const rollback = await ingest(store, { files: [un2018], dataset: 'un', allowOlder: true });
  assert.equal(rollback.version.version, 2);
  assert.equal(rollback.version.published, '2018-10-29');
  // The same day again is not older: lists can be republished on one day.
  const again = await ingest(store, { files: [un2018], dataset: 'un' });
  assert.equal(again.version.version, 3);
  await store.close();
});

test('the README rescreen order: a dated OFAC CSV older than the loaded one is refused', async () => {
  const store = fresh('ofac-order');
  await ingest(store, { files: [sdn], dataset: 'ofac', published: '2024-05-03' });
  const before = await state(store, 'ofac', 'ofac-46431');
  await assert.rejects(
    ingest(store, { files: [sdnFeb23], dataset: 'ofac', published: '2024-02-23' }),
    (e: unknown) =>
      e instanceof OlderVersionError && /2024-02-23.*2024-05-03/.test((e as Error).message),
  );
  assert.deepEqual(await state(store, 'ofac', 'ofac-46431'), before);
  // A --published that contradicts the date a file states is refused, not picked from.
  await assert.rejects(
    ingest(store, { files: [un2018], dataset: 'un', published: '2019-01-01' }),
    /contradicts the date the file states \(2018-10-29\)/,
  );
  await store.close();
});

test('a list cut from 14,965 targets to 5,000 is refused; the previous version stays whole', async () => {
  const store = fresh('shrink');
  await ingest(store, { files: [sdn], dataset: 'ofac' });
  const before = await state(store, 'ofac', 'ofac-46431');
  assert.equal(before.targets, 14965);
  // The file cut at a line boundary, as an interrupted download leaves it: it reads cleanly.
  const lines = readFileSync(sdn, 'latin1').split('\n');
  const cut = join(mkdtempSync(join(dir, 'cut-')), 'sdn.csv');
  writeFileSync(cut, `${lines.slice(0, 5000).join('\n')}\n`, 'latin1');
  const error = await ingest(store, { files: [cut], dataset: 'ofac' }).then(
    () => assert.fail('the cut file was loaded'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof ShrinkError, String(error));
  assert.equal(error.code, 'version_refused');
  assert.match(
    error.message,
    /5,000 targets, version 1 has 14,965 \(66\.6% fewer.*10%.*--allow-shrink/,
  );
  assert.deepEqual(await state(store, 'ofac', 'ofac-46431'), before);
  assert.equal((await store.diff('ofac'))?.to, 1);
  // A higher limit, or --allow-shrink, lets the cut file through.
  await assert.rejects(
    ingest(store, { files: [cut], dataset: 'ofac', maxShrink: 0.5 }),
    ShrinkError,
  );
  const allowed = await ingest(store, { files: [cut], dataset: 'ofac', allowShrink: true });
  assert.equal(allowed.version.targets, 5000);
  assert.equal(allowed.version.version, 2);
  await store.close();
});
