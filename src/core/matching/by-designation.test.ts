/**
 * Issue 10: "The same designation on three lists comes back as three separate hits." With the
 * designations given, a match merges them into one result before the limit cuts the list.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DesignationsBuilder } from '../designations/index.js';
import type { FtmEntity } from '../model/index.js';
import { defaultTools, Matcher, matchOptionsWith } from './index.js';

const tools = defaultTools();

function entity(id: string, dataset: string, name: string, extra: Record<string, string[]> = {}) {
  const e: FtmEntity = {
    id,
    schema: 'Person',
    caption: name,
    properties: { name: [name], ...extra },
    datasets: [dataset],
  };
  return e;
}

const sanction = (party: string, ref: string): FtmEntity => ({
  id: `${party}-sanction`,
  schema: 'Sanction',
  caption: ref,
  properties: { entity: [party], unscId: [ref] },
  datasets: ['x'],
});

const PARTIES = [
  entity('unsc-111923', 'un', 'AIMAN MUHAMMED RABI AL-ZAWAHIRI', { birthDate: ['1951-06-19'] }),
  entity('gb-hmt-7016', 'uk', 'Aiman Muhammed Rabi AL-ZAWAHIRI', {
    passportNumber: ['1084010'],
    nationality: ['eg'],
  }),
  entity('ofac-2676', 'ofac', 'AL ZAWAHIRI, Ayman', { passportNumber: ['1084010'] }),
  entity('ofac-9', 'ofac', 'Muhammad Rabi AL-ZAWAHIRI'),
];
const ADJUNCTS = [sanction('unsc-111923', 'QDi.006'), sanction('gb-hmt-7016', 'QI.A.6.01')];

const matcher = new Matcher(
  PARTIES.map((e) => ({
    entity: e,
    prepared: Matcher.prepare(e.schema, e.properties, tools),
    topics: new Set<string>(),
  })),
  tools,
);

function designations(splits: [string, string][] = []) {
  const builder = new DesignationsBuilder();
  for (const e of PARTIES) builder.add(e, true);
  for (const e of ADJUNCTS) builder.add(e, false);
  return builder.finish(splits);
}

const OPTIONS = matchOptionsWith({ limit: 2 });
const QUERY = { schema: 'Person', properties: { name: ['Aiman Muhammed Rabi al-Zawahiri'] } };

test('without designations, two entries of one designation fill a limit of two', () => {
  const { results, total } = matcher.match(QUERY, OPTIONS);
  assert.deepEqual(results.map((r) => r.entity.id).sort(), ['gb-hmt-7016', 'unsc-111923']);
  assert.equal(total, 4);
});

test('merged before the limit: one result with every list and value, the next party after it', () => {
  const outcome = matcher.match(QUERY, { ...OPTIONS, designations: designations() });
  assert.equal(outcome.results.length, 2);
  const [merged, next] = outcome.results;
  assert.deepEqual([...merged!.entity.datasets].sort(), ['ofac', 'uk', 'un']);
  assert.equal(next!.entity.id, 'ofac-9');
  // The best-scoring member represents the designation; the score is the best of the members'.
  const best = Math.max(...merged!.designation!.members.map((m) => m.score));
  assert.equal(merged!.score, best);
  assert.equal(merged!.designation!.members[0]!.id, merged!.entity.id);
  assert.deepEqual(merged!.entity.properties.birthDate, ['1951-06-19']);
  assert.deepEqual(
    { ...merged!.designation!.values.passportNumber },
    { '1084010': ['uk', 'ofac'] },
  );
  assert.deepEqual(
    merged!.designation!.links.map((l) => `${l.kind} ${l.value} ${l.entities.join(' ')}`).sort(),
    ['passport 1084010 gb-hmt-7016 ofac-2676', 'unsc QDi.006 gb-hmt-7016 unsc-111923'],
  );
  // Matches count designations, not entries.
  assert.equal(outcome.total, 2);
});

test('a dataset scope leaves the other lists out of the merged result', () => {
  const outcome = matcher.match(QUERY, {
    ...OPTIONS,
    datasets: new Set(['un', 'uk']),
    designations: designations(),
  });
  const [merged] = outcome.results;
  assert.deepEqual([...merged!.entity.datasets].sort(), ['uk', 'un']);
  assert.deepEqual(
    merged!.designation!.links.map((l) => l.kind),
    ['unsc'],
  );
});

test("a reviewer's split makes the pair separate results again", () => {
  const split = designations([['gb-hmt-7016', 'unsc-111923']]);
  const outcome = matcher.match(QUERY, { ...OPTIONS, limit: 3, designations: split });
  const sets = outcome.results.map((r) => [...r.entity.datasets].sort().join('+'));
  assert.deepEqual(sets.sort(), ['ofac', 'ofac+uk', 'un']);
});
