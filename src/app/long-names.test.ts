/**
 * Issue 14, finding 3: a list with one name of a single letter repeated millions of times. Its
 * name is rejected at ingest and reported with its entity; the rest of the file loads and
 * matches; a query with such a name is refused as the caller's mistake, not a crash.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { MatchInputError } from '../core/matching/index.js';
import { MAX_NAME_LENGTH } from '../core/normalise/index.js';
import { fixtureFolder } from '../testing/fixtures.js';
import { type Dossier, openDossier } from './dossier/index.js';
import { type IngestSummary, ingest } from './ingest.js';
import { prepareMatch } from './matching/index.js';

const LONG = 'a'.repeat(2_000_000);

let dossier: Dossier;
let summary: IngestSummary;
before(async () => {
  const write = fixtureFolder('long-names');
  const entity = (id: string, name: string) =>
    JSON.stringify({ id, schema: 'Person', properties: { name: [name], topics: ['sanction'] } });
  const file = write(
    'list.ftm.json',
    `${entity('long-1', LONG)}\n${entity('ok-1', 'Vladimir Vladimirovich Putin')}\n`,
  );
  dossier = openDossier({ db: `${file}.db` });
  summary = await ingest(dossier.lists, { files: [file], dataset: 'longnames', format: 'ftm' });
});
after(() => dossier.close());

const plan = async () => {
  const service = await dossier.matching();
  await service.refresh();
  const index = { matcher: service.matcher, catalog: service.catalog! };
  return prepareMatch(index, { dataset: 'default', limit: 5, threshold: 0.7, algorithm: 'best' });
};

test('an over-long name is rejected at ingest and named with its entity; the rest loads', () => {
  assert.equal(summary.version.targets, 2);
  assert.deepEqual(
    summary.rejected.map((r) => [r.entityId, r.prop, r.raw.length]),
    [['long-1', 'name', LONG.length]],
  );
});

test('the normal entity matches once the index is built', async () => {
  const outcome = (await plan()).run({
    schema: 'Person',
    properties: { name: ['Vladimir Putin'] },
  });
  assert.deepEqual(
    outcome.results.map((r) => r.entity.id),
    ['ok-1'],
  );
});

test('a query name longer than the limit is refused as an input error', async () => {
  const match = await plan();
  const query = (name: string) => match.run({ schema: 'Person', properties: { name: [name] } });
  assert.throws(() => query(LONG), MatchInputError);
  assert.throws(() => query('b'.repeat(MAX_NAME_LENGTH + 1)), /longer than the limit of 1000/);
  assert.doesNotThrow(() => query('b'.repeat(MAX_NAME_LENGTH)));
});
