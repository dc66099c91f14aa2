import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FtmEntity } from '../model/index.js';
import { defaultTools, Matcher, MatcherBuilder, matchOptionsWith } from './index.js';

const tools = defaultTools();
const NAMES = ['Ri Won Ho', 'Kim Jong Un', 'Omar Mohammed', 'Viktor Bout', 'Ali Hassan', 'Ri Jong'];

function entries(count: number) {
  return Array.from({ length: count }, (_, n) => {
    const name = `${NAMES[n % NAMES.length]} ${String.fromCharCode(97 + (n % 26))}${n}`;
    const entity: FtmEntity = {
      id: `p-${n}`,
      schema: 'Person',
      caption: name,
      properties: { name: [name], alias: n % 3 === 0 ? [`${NAMES[(n + 1) % NAMES.length]}`] : [] },
      datasets: ['test'],
    };
    const prepared = Matcher.prepare(entity.schema, entity.properties, tools);
    return { entity, prepared, topics: new Set<string>() };
  });
}

const OPTIONS = matchOptionsWith({ limit: 10, threshold: 0.5 });

test('a matcher built in slices and finished in steps answers as one built at once', () => {
  const all = entries(300);
  const builder = new MatcherBuilder(tools);
  for (const entry of all) builder.add(entry);
  const finishing = builder.finishing(7);
  let pauses = 0;
  let step = finishing.next();
  for (; !step.done; step = finishing.next()) pauses++;
  // Over 300 names and 100 aliases, seven slots a step: the finish pauses many times.
  assert.ok(pauses > 40, `${pauses} pauses`);
  const stepped = step.value;
  const direct = new Matcher(all, tools);
  assert.equal(stepped.size, direct.size);
  for (const name of [...NAMES, 'Ri Won', 'Mohamed Omar', 'Victor Butt']) {
    for (const algorithm of ['dossier-v1', 'ofac']) {
      const query = { schema: 'Person', properties: { name: [name] } };
      const options = { ...OPTIONS, algorithm };
      assert.deepEqual(stepped.match(query, options), direct.match(query, options), name);
    }
  }
});

test('no entry is added once the finish has begun', () => {
  const builder = new MatcherBuilder(tools);
  for (const entry of entries(3)) builder.add(entry);
  builder.finish();
  assert.throws(() => builder.add(entries(1)[0]!), /finished/);
});
