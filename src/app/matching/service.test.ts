import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultTools, Matcher } from '../../core/matching/index.js';
import type { FtmEntity } from '../../core/model/index.js';
import { buildIndexes } from './service.js';

const tools = defaultTools();

function people(count: number): FtmEntity[] {
  return Array.from({ length: count }, (_, n) => ({
    id: `p-${n}`,
    schema: 'Person',
    caption: `Person ${n}`,
    properties: { name: [`Ri Won Ho ${n}`] },
    datasets: ['test'],
  }));
}

test('the index build gives the event loop turns while it runs, and the same matcher', async () => {
  const entities = people(3000);
  const store = {
    async *allEntities() {
      yield* entities;
    },
  };
  // Something else wanting the loop: it counts the turns it gets while the build runs.
  let turns = 0;
  let running = true;
  const beat = () => {
    if (!running) return;
    turns++;
    setImmediate(beat);
  };
  setImmediate(beat);
  // A budget of nothing: the build lets the loop turn before each entity.
  const built = await buildIndexes(store, tools, { sliceMs: 0 });
  running = false;
  assert.ok(turns >= entities.length, `${turns} turns for ${entities.length} entities`);
  assert.ok(built.slices > entities.length);

  const entries = entities.map((entity) => ({
    entity,
    prepared: Matcher.prepare(entity.schema, entity.properties, tools),
    topics: new Set<string>(),
  }));
  const direct = new Matcher(entries, tools);
  const query = { schema: 'Person', properties: { name: ['Ri Won Ho 1234'] } };
  const options = {
    limit: 5,
    threshold: 0.5,
    algorithm: 'best',
    datasets: null,
    excludeSchemata: new Set<string>(),
    topics: new Set<string>(),
    changedSince: null,
    excludeEntityIds: new Set<string>(),
  };
  assert.deepEqual(built.matcher.match(query, options), direct.match(query, options));
});
