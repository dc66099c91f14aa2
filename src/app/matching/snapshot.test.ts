import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { type MatchOptions, matchOptionsWith } from '../../core/matching/index.js';
import { testData } from '../../testing/data.js';
import { openDossier } from '../dossier/index.js';
import { ingest } from '../ingest.js';
import { MatchService } from './service.js';
import { sharedSnapshot } from './shared-snapshot.js';
import { snapshotKeyFor, writeSnapshotFile } from './snapshot-file.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-snapshot-'));
const OFAC = testData('ofac', 'sdn.csv');
const UN = testData('un', 'consolidated.xml');
const UK = testData('uk_ofsi', 'ConList_2018-04-13.csv');

const options = (overrides: Partial<MatchOptions> = {}) => matchOptionsWith(overrides);

async function loaded(db: string, lists: [string, string][]) {
  const dossier = openDossier({ db });
  for (const [dataset, file] of lists) await ingest(dossier.lists, { files: [file], dataset });
  return dossier;
}

test('on OFAC, UN and UK, the index loaded from its snapshot answers as the one built', async () => {
  const db = join(dir, 'three.db');
  const first = await loaded(db, [
    ['ofac', OFAC],
    ['un', UN],
    ['uk', UK],
  ]);
  const built = await first.matching();
  await built.refresh();
  assert.equal(built.lastLoad?.source, 'built');
  assert.ok(existsSync(`${db}.index`), 'the snapshot is saved beside the database');
  await first.close();

  const second = openDossier({ db });
  const service = await second.matching();
  await service.refresh();
  assert.equal(service.lastLoad?.source, 'snapshot');
  assert.equal(service.matcher.size, built.matcher.size);
  assert.deepEqual(service.catalog?.indexed, built.catalog?.indexed);

  // Every 40th listed entity's names as queries (about 450), and names in other scripts.
  const entries = built.matcher.entries;
  const queries = entries
    .filter((e, n) => n % 40 === 0 && (e.entity.properties.name?.length ?? 0) > 0)
    .map((e) => ({ schema: e.entity.schema, properties: { name: e.entity.properties.name! } }));
  for (const name of ['Путин', 'Ким Чен Ын', '金正恩', '김정은', 'Алмаз-Антей', 'محمد']) {
    queries.push({ schema: 'LegalEntity', properties: { name: [name] } });
  }
  const filters = [
    options(),
    options({ algorithm: 'ofac', limit: 10 }),
    options({ datasets: new Set(['un']), topics: new Set(['sanction']) }),
  ];
  let compared = 0;
  for (const query of queries) {
    for (const filter of filters) {
      assert.deepEqual(service.matcher.match(query, filter), built.matcher.match(query, filter));
      compared++;
    }
  }
  assert.ok(compared > 1000, `${compared} queries compared`);
  // What refers to a listed party (its sanctions) comes back from the snapshot too.
  const putin = built.matcher.match(
    { schema: 'Person', properties: { name: ['Putin'] } },
    options(),
  );
  const id = putin.results[0]!.entity.id;
  assert.ok(built.references.referring(id).length > 0);
  assert.deepEqual(service.references.referring(id), built.references.referring(id));
  await second.close();
});

async function unDatabase(name: string) {
  const db = join(dir, name);
  const dossier = await loaded(db, [['un', UN]]);
  const service = await dossier.matching();
  await service.refresh();
  assert.equal(service.lastLoad?.source, 'built');
  await dossier.close();
  return db;
}

async function loadAgain(db: string) {
  const dossier = openDossier({ db });
  const service = await dossier.matching();
  await service.refresh();
  await dossier.close();
  return service;
}

test('a damaged, cut-short or foreign snapshot is rebuilt, never used, and replaced', async () => {
  const db = await unDatabase('damaged.db');
  const path = `${db}.index`;
  const good = readFileSync(path);
  assert.equal((await loadAgain(db)).lastLoad?.source, 'snapshot');

  const damaged = Buffer.from(good);
  damaged[damaged.length - 10] = damaged[damaged.length - 10]! ^ 0x55;
  writeFileSync(path, damaged);
  const afterDamage = await loadAgain(db);
  assert.equal(afterDamage.lastLoad?.source, 'built');
  assert.match(afterDamage.lastLoad?.rejected ?? '', /checksum/);
  assert.equal((await loadAgain(db)).lastLoad?.source, 'snapshot', 'replaced by a sound one');

  writeFileSync(path, good.subarray(0, good.length >> 1));
  assert.match((await loadAgain(db)).lastLoad?.rejected ?? '', /truncated/);

  // Another database's snapshot (other lists) copied beside this one.
  const other = await unDatabase('other.db');
  writeFileSync(path, readFileSync(`${other}.index`));
  const foreign = await loadAgain(db);
  assert.equal(foreign.lastLoad?.source, 'built');
  assert.match(foreign.lastLoad?.rejected ?? '', /other lists or code/);
});

test('another list loaded makes the snapshot stale: the next start builds and saves', async () => {
  const db = await unDatabase('versions.db');
  const dossier = openDossier({ db });
  const before = snapshotKeyFor(await dossier.lists.datasets());
  await ingest(dossier.lists, { files: [UN], dataset: 'un-copy' });
  assert.notEqual(snapshotKeyFor(await dossier.lists.datasets()), before);
  const service = await dossier.matching();
  await service.refresh();
  assert.equal(service.lastLoad?.source, 'built');
  assert.match(service.lastLoad?.rejected ?? '', /other lists or code/);
  assert.deepEqual(service.catalog?.indexed, { un: 1, 'un-copy': 1 });
  await dossier.close();
  const again = await loadAgain(db);
  assert.equal(again.lastLoad?.source, 'snapshot');
  assert.equal(again.matcher.size, service.matcher.size);
});

test('a writer killed part-way leaves the previous snapshot whole, and its litter is swept', async () => {
  const db = await unDatabase('killed.db');
  const path = `${db}.index`;
  const before = readFileSync(path);
  // A writer of 400 MB, killed as soon as its temporary file appears.
  const module = new URL('./snapshot-file.js', import.meta.url).href;
  const script = `import { writeSnapshotFile } from ${JSON.stringify(module)};
    await writeSnapshotFile(${JSON.stringify(path)}, new Uint8Array(400e6).fill(7));`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'ignore' });
  const temporary = () => readdirSync(dir).filter((f) => f.startsWith('killed.db.index.'));
  while (temporary().length === 0) await new Promise((r) => setTimeout(r, 5));
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));
  assert.deepEqual(readFileSync(path), before, 'the snapshot in place is the previous one, whole');
  assert.equal(temporary().length, 1, 'the killed writer left its temporary file');
  assert.equal((await loadAgain(db)).lastLoad?.source, 'snapshot');
  await writeSnapshotFile(path, before);
  assert.deepEqual(temporary(), [], 'the next write removes a dead writer’s temporary file');
});

test('worker threads get the snapshot in shared memory, read in place', async () => {
  const db = await unDatabase('shared.db');
  const dossier = openDossier({ db });
  const bytes = await sharedSnapshot(dossier.lists, await dossier.tools(), db);
  assert.ok(bytes && bytes.buffer instanceof SharedArrayBuffer);
  // What a worker does with them (match-worker.ts).
  const service = new MatchService(dossier.lists, await dossier.tools());
  await service.adopt(bytes);
  assert.equal(service.lastLoad?.source, 'snapshot');
  const { slotNorm, slotEntity } = service.matcher.parts;
  assert.equal(slotNorm.buffer, bytes.buffer, 'the norms are read in the shared memory');
  assert.equal(slotEntity.buffer, bytes.buffer);
  await dossier.close();
});
