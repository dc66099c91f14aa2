/**
 * Rows known by the customer's own ID: hits carry it, decisions follow it when the file is
 * re-sorted or a row is inserted above, two customers of the same name stay two, rows without
 * a (unique) ID are keyed by their line with a counted warning, and a rescreen gives the keys
 * the screen gave. On real lists (UN; OFAC's editions of 2024-02-20 and 2024-02-23).
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { collect } from '../../testing/wait.js';
import { ingest } from '../ingest.js';
import { decide } from './decide.js';
import { rescreen } from './rescreen-service.js';
import { screenFile } from './screen-service.js';
import {
  type Fixture,
  jsonLines,
  OFAC_AFTER,
  OFAC_BEFORE,
  screeningFixture,
  UN,
  writeCsv,
} from './screening-fixture.js';

let fx: Fixture;
before(async () => {
  fx = await screeningFixture(UN, OFAC_BEFORE);
});
after(() => fx.close());

type Line = { row: number; key: string | null; entity_id: string };
const keysOf = (path: string) =>
  (jsonLines(path) as Line[]).map((h) => `${h.key} ${h.row} ${h.entity_id}`);
const RI = 'unsc-6908555';
const YAS = 'unsc-110327';

async function screen(name: string, header: string[], rows: string[][], extra = {}) {
  const input = writeCsv(join(fx.dir, `${name}.csv`), header, rows);
  const output = join(fx.dir, `${name}.jsonl`);
  const { run } = await screenFile(fx, { input, output, dataset: 'un', actor: 't', ...extra });
  return { run, output };
}

test('hits carry the customer ID, and a decision on C-17 holds after a re-sort and an inserted row', async () => {
  const header = ['Customer ID', 'Full name'];
  const first = await screen('ids-1', header, [
    ['C-17', 'RI WON HO'],
    ['C-20', 'YAS AIR'],
  ]);
  assert.deepEqual(keysOf(first.output), [`C-17 2 ${RI}`, `C-20 3 ${YAS}`]);
  assert.deepEqual(first.run.params.usedIdColumn, 'Customer ID');
  const reason = 'another man of that name, born 1990';
  const as = 'false-positive';
  await decide(fx.repo, { runId: first.run.id, key: 'C-17', entityId: RI, as, reason, actor: 'r' });
  const second = await screen('ids-2', header, [
    ['C-99', 'Jane Doe'],
    ['C-20', 'YAS AIR'],
    ['C-17', 'RI WON HO'],
  ]);
  assert.deepEqual(keysOf(second.output), [`C-20 3 ${YAS}`]);
  const held = (await collect(fx.repo.hits(second.run.id, { withSuppressed: true }))).filter(
    (h) => h.entityId === RI,
  );
  assert.deepEqual(
    held.map((h) => [h.key, h.row]),
    [['C-17', 4]],
  );
  assert.equal(second.run.suppressed, 1);
});

test('two customers of the same name are two parties: a decision on one does not hold back the other', async () => {
  const header = ['client_id', 'name'];
  const rows = [
    ['A-1', 'YAS AIR'],
    ['A-2', 'YAS AIR'],
  ];
  const first = await screen('twins-1', header, rows);
  const reason = 'our A-1 is a travel agency';
  const as = 'false-positive';
  await decide(fx.repo, { runId: first.run.id, key: 'A-1', entityId: YAS, as, reason, actor: 'r' });
  const again = await screen('twins-2', header, rows);
  assert.deepEqual(keysOf(again.output), [`A-2 3 ${YAS}`]);
});

test('rows without an ID or with a repeated one are keyed by line, warned of and counted', async () => {
  const { run, output } = await screen(
    'gaps',
    ['ID', 'Name'],
    [
      ['B-1', 'RI WON HO'],
      ['', 'YAS AIR'],
      ['B-1', 'RI WON HO'],
    ],
  );
  assert.deepEqual(keysOf(output), [`B-1 2 ${RI}`, `line:3 3 ${YAS}`, `line:4 4 ${RI}`]);
  assert.equal(run.unkeyed, 2);
  const warnings = (await collect(fx.repo.issues(run.id))).map((i) => [i.row, i.message]);
  assert.deepEqual(warnings, [
    [3, 'no customer ID: keyed by its line (line:3)'],
    [
      4,
      'customer ID "B-1" is also on line 2: keyed by its line (line:4), not merged with that customer',
    ],
  ]);
  // The repeated ID is a second party, not the first one again.
  const parties = new Set((await collect(fx.repo.hits(run.id))).map((h) => h.partyKey));
  assert.equal(parties.size, 3);
});

test('--id-column names the ID column over the detected one', async () => {
  const { run, output } = await screen(
    'explicit',
    ['ID', 'Our ref', 'Name'],
    [['1', 'K-7', 'YAS AIR']],
    { idColumn: 'Our ref' },
  );
  assert.equal(run.params.usedIdColumn, 'Our ref');
  assert.deepEqual(keysOf(output), [`K-7 2 ${YAS}`]);
});

test('a rescreen gives each hit the key the screen gave its row', async () => {
  const header = ['Account number', 'name', 'type', 'country', 'dob'];
  const { run } = await screen(
    'delta',
    header,
    [
      ['AC-3', 'Maria Lindqvist', 'person', 'Sweden', '1984-03-12'],
      ['AC-1', 'Timur Nailevich Shagivaleev', 'person', 'Russia', '1978-01-28'],
      ['', 'Alabuga Machinery LLC', 'company', 'Russia', ''],
    ],
    { dataset: 'ofac' },
  );
  assert.equal(run.status, 'finished');
  await ingest(fx.store, OFAC_AFTER);
  const result = await rescreen(fx, { dataset: 'ofac', actor: 't' });
  const hits = await collect(fx.repo.hits(result!.run.id));
  assert.deepEqual(hits.map((h) => `${h.key} ${h.entityId}`).sort(), [
    'AC-1 ofac-45710',
    'line:4 ofac-45713',
  ]);
});
