/**
 * A rescreen merges the entries of one designation into one hit, as a screen does: the hit has
 * every list's entry, the row's key and the content digest a screen gives it, so that a
 * reviewer's decision on the merged hit still applies when the rescreen meets it again.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Hit } from '../../core/screening/index.js';
import { fixtureFolder } from '../../testing/fixtures.js';
import { collect } from '../../testing/wait.js';
import { ingest } from '../ingest.js';
import { decide } from './decide.js';
import { rescreen } from './rescreen-service.js';
import { screenFile } from './screen-service.js';
import { type Fixture, screeningFixture, writeCsv } from './screening-fixture.js';

const line = (id: string, schema: string, properties: Record<string, string[]>) =>
  `${JSON.stringify({ id, schema, properties })}\n`;
const write = fixtureFolder('rescreen-designations');
/** One person on a list, with the UN reference the list cites, and another party. */
const list = (prefix: string, ref: string, name: string, extra: Record<string, string[]> = {}) =>
  line(`${prefix}-1`, 'Person', { name: [name], topics: ['sanction'], ...extra }) +
  line(`${prefix}-1-sanction`, 'Sanction', { entity: [`${prefix}-1`], unscId: [ref] }) +
  line(`${prefix}-2`, 'Person', { name: ['Quentin Zebulon Farquhar'], topics: ['sanction'] });
const ftm = (file: string, dataset: string) => ({ files: [file], dataset, format: 'ftm' });
const UN = ftm(write('un.ftm.json', list('unsc', 'QDi.999', 'ABU MOHAMMED AL-EXAMPLE')), 'un');
const UK = (version: number, more = '', extra: Record<string, string[]> = {}) =>
  ftm(
    write(
      `uk-${version}.ftm.json`,
      list('gb', 'QI.A.999.05', 'Abu Mohammed AL-EXAMPLE', extra) + more,
    ),
    'uk',
  );

let fx: Fixture;
let input: string;
before(async () => {
  fx = await screeningFixture(UN, UK(1));
  input = writeCsv(
    join(fx.dir, 'portfolio.csv'),
    ['id', 'name', 'type'],
    [
      ['C-17', 'Abu Mohammed al-Example', 'person'],
      ['C-18', 'Maria Lindqvist', 'person'],
    ],
  );
});
after(() => fx.close());

const hitsOf = async (runId: string): Promise<Hit[]> => collect(fx.repo.hits(runId));

test("a decision on a merged hit applies on rescreen: it is the screen's hit, not one list's entry", async () => {
  const screened = (await screenFile(fx, { input, actor: 'analyst' })).run;
  const [hit, ...others] = await hitsOf(screened.id);
  assert.equal(others.length, 0);
  assert.deepEqual([...hit!.datasets].sort(), ['uk', 'un']);
  await decide(fx.repo, {
    runId: screened.id,
    key: 'C-17',
    entityId: hit!.entityId,
    as: 'false-positive',
    reason: 'a namesake: our customer was born in 1990',
    actor: 'reviewer',
  });
  // A new UK edition; compared in full from before the first, the UK entry meets the party again.
  await ingest(fx.store, UK(2, line('gb-3', 'Person', { name: ['Olga Petrovna Unrelated'] })));
  const again = await rescreen(fx, { dataset: 'uk', since: 0, actor: 'analyst' });
  assert.equal(again?.plans[0]?.mode, 'all');
  // The unchanged designation is the hit the screen raised and the reviewer decided: nothing new.
  // (Matched as the UK entry alone, it was a hit of another ID and content, raised again.)
  assert.equal(again?.run.rowsDone, 2);
  assert.deepEqual(await hitsOf(again!.run.id), []);
  assert.equal(again?.run.hits, 0);
});

test('a changed entry of a designation comes back as one hit with every list, keyed as the screen keyed it', async () => {
  const screenedHit = (
    await hitsOf((await fx.repo.runs()).find((r) => r.kind === 'screen')!.id)
  )[0]!;
  // The UK entry gains a date of birth: the designation changed, the decision lapses.
  await ingest(fx.store, UK(3, '', { birthDate: ['1961-02-03'] }));
  const delta = await rescreen(fx, { actor: 'analyst' });
  assert.deepEqual(
    delta?.plans.map((p) => `${p.dataset} ${p.mode}`),
    ['uk diff', 'un none'],
  );
  const [hit, ...others] = await hitsOf(delta!.run.id);
  assert.equal(others.length, 0, 'one hit for the designation, not one per list');
  assert.deepEqual([...hit!.datasets].sort(), ['uk', 'un']);
  assert.equal(hit!.entityId, screenedHit.entityId);
  assert.equal(hit!.key, 'C-17');
  assert.equal(hit!.partyKey, screenedHit.partyKey);
  assert.notEqual(hit!.entityDigest, screenedHit.entityDigest);
});
