/**
 * Decisions and delta screening on two real editions of OFAC's list (2024-02-20, 2024-02-23):
 * a false positive stays quiet while its entry is unchanged and speaks again once it changes;
 * a rescreen finds the parties that entries added in the new edition name, and nothing old.
 */
import { collect } from '../../testing/wait.js';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Hit, RunInfo } from '../../core/screening/index.js';
import { ingest } from '../ingest.js';
import { decide } from './decide.js';
import { rescreen } from './rescreen-service.js';
import { screenFile } from './screen-service.js';
import {
  type Fixture,
  OFAC_AFTER,
  OFAC_BEFORE,
  screeningFixture,
  writeCsv,
} from './screening-fixture.js';

let fx: Fixture;
let input: string;
before(async () => {
  fx = await screeningFixture(OFAC_BEFORE);
  input = writeCsv(
    join(fx.dir, 'portfolio.csv'),
    ['name', 'type', 'country', 'dob'],
    [
      ['Timur Nailevich Shagivaleev', 'person', 'Russia', '1978-01-28'], // added on 02-23
      ['Aleksei Vadimovich Florov', 'person', 'Russia', ''], // added on 02-23
      ['Alabuga Machinery LLC', 'company', 'Russia', ''], // added on 02-23
      ['Batu Sergeyevich Khasikov', 'person', 'Russia', ''], // modified on 02-23
      ['RI WON HO', 'person', '', ''], // the same in both editions
      ['Maria Lindqvist', 'person', 'Sweden', '1984-03-12'],
    ],
  );
});
after(() => fx.close());

const ADDED = ['ofac-45710', 'ofac-45711', 'ofac-45713'];
const MODIFIED = 'ofac-41021';
const UNCHANGED = 'ofac-19609';

const hitIds = async (runId: string) => (await collect(fx.repo.hits(runId))).map((h) => h.entityId);
const hitKey = (h: Hit) => `${h.partyKey} ${h.entityId} ${h.entityDigest}`;
const rowOf = async (runId: string, entityId: string) =>
  (await collect(fx.repo.hits(runId))).find((h) => h.entityId === entityId)!.row;

let first: RunInfo;

test('a false positive is not raised again while its entry is unchanged', async () => {
  first = (await screenFile(fx, { input, actor: 'analyst' })).run;
  const firstHits = await hitIds(first.id);
  assert.ok(firstHits.includes(MODIFIED) && firstHits.includes(UNCHANGED), firstHits.join());
  for (const id of ADDED) assert.ok(!firstHits.includes(id), `${id} is not listed yet`);
  for (const entityId of [MODIFIED, UNCHANGED]) {
    const row = await rowOf(first.id, entityId);
    const reason = 'another person of that name';
    await decide(fx.repo, {
      runId: first.id,
      row,
      entityId,
      as: 'false-positive',
      reason,
      actor: 'rev',
    });
  }
  const second = (await screenFile(fx, { input, actor: 'analyst' })).run;
  assert.equal(second.suppressed, 2);
  assert.equal(second.hits, first.hits - 2);
  assert.ok(
    !(await hitIds(second.id)).includes(MODIFIED) && !(await hitIds(second.id)).includes(UNCHANGED),
  );
});

test('after a new edition, a rescreen reports the parties new and changed entries name, and nothing old', async () => {
  const loaded = await ingest(fx.store, OFAC_AFTER);
  assert.equal(loaded.version.version, 2);
  const earlier = new Set<string>();
  for (const run of await fx.repo.runs()) {
    for await (const h of fx.repo.hits(run.id)) earlier.add(hitKey(h));
  }
  const delta = await rescreen(fx, { actor: 'analyst' });
  assert.ok(delta);
  assert.deepEqual(delta.plans, [{ dataset: 'ofac', from: 1, to: 2, mode: 'diff' }]);
  assert.equal(delta.run.rowsDone, 6);
  const fresh = await hitIds(delta.run.id);
  // The added entries find the parties they name; the changed one lapses its false positive.
  for (const id of [...ADDED, MODIFIED]) assert.ok(fresh.includes(id), `${id} in ${fresh.join()}`);
  assert.ok(!fresh.includes(UNCHANGED));
  const diff = await fx.store.diff('ofac');
  const changed = new Set(diff!.changes.map((c) => c.entityId));
  assert.ok(
    fresh.every((id) => changed.has(id)),
    'a rescreen hit came from an unchanged entry',
  );
  assert.ok((await collect(fx.repo.hits(delta.run.id))).every((h) => !earlier.has(hitKey(h))));
});

test('screened in full again, the changed entry is raised and the unchanged one stays quiet', async () => {
  const third = (await screenFile(fx, { input, actor: 'analyst' })).run;
  assert.ok((await hitIds(third.id)).includes(MODIFIED));
  assert.ok(!(await hitIds(third.id)).includes(UNCHANGED));
  assert.equal(third.suppressed, 1);
  const nothing = await rescreen(fx, { actor: 'analyst' });
  assert.deepEqual(
    nothing?.plans.map((p) => p.mode),
    ['none'],
  );
  assert.equal(nothing?.run.hits, 0);
  // Compared again from version 1 on purpose: every hit was raised before, none is new.
  const again = await rescreen(fx, { actor: 'analyst', since: 1 });
  assert.equal(again?.plans[0]?.mode, 'diff');
  assert.equal(again?.run.hits, 0);
});
