import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { DraftValue, EntityDraft } from '../../core/model/index.js';
import { readAll, testData } from '../../testing/data.js';
import { readHead } from '../io/index.js';
import { ftmDelta, ftmJson } from './index.js';

const YENTE = testData('opensanctions_ftm', 'yente_fixtures', 'entities.ftm.json');
const DELTA = testData('opensanctions_ftm', 'yente_fixtures', 'entities.delta_20240527194702.json');
const PEPS_DIR = ['opensanctions_ftm', 'zavod_export_wikidata_peps_sample'];
const PEPS = testData(...PEPS_DIR, 'entities.ftm.json');
const NESTED = testData(...PEPS_DIR, 'targets.nested.json');

function count(drafts: EntityDraft[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of drafts) counts[d.schema.name] = (counts[d.schema.name] ?? 0) + 1;
  return counts;
}

/** The file's entities by ID, as parsed JSON. */
function entitiesOf(path: string) {
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  return parsed.map((e) => (e.entity ?? e) as { id: string; properties: Record<string, string[]> });
}

/**
 * Every value of every entity in the file is in the drafts: unchanged, or (when not clean) as
 * the original of its cleaned value. Returns the values that cleaning changed.
 */
function assertLossless(path: string, byId: Map<string, EntityDraft>): string[] {
  const changed: string[] = [];
  for (const entity of entitiesOf(path)) {
    const draft = byId.get(entity.id);
    assert.ok(draft, entity.id);
    for (const [prop, values] of Object.entries(entity.properties)) {
      const mapped: DraftValue[] = draft.values.filter((v) => v.prop === prop);
      assert.equal(mapped.length, new Set(values).size, `${entity.id} ${prop}`);
      for (const value of values) {
        if (mapped.some((v) => v.value === value && v.original === null)) continue;
        assert.ok(
          mapped.some((v) => v.original === value),
          `${entity.id} ${prop} ${value}`,
        );
        changed.push(value);
      }
    }
    const props = new Set(draft.values.map((v) => v.prop));
    assert.deepEqual(props, new Set(Object.keys(entity.properties)), entity.id);
  }
  return changed;
}

test('yente fixture: 7 entities, 6 targets, every value kept exactly', async () => {
  const { drafts, targets, byId, warnings } = await readAll(ftmJson, [YENTE]);
  assert.deepEqual(count(drafts), { Organization: 2, Person: 4, Address: 1 });
  assert.deepEqual(count(targets), { Organization: 2, Person: 4 });
  assert.deepEqual(warnings, []);
  assert.ok(drafts.every((d) => d.rejected.length === 0));
  assert.deepEqual(assertLossless(YENTE, byId), []);
  const kuzmenko = byId.get('NK-2Ka3UvopqbpZmVDFjWd4LA');
  assert.ok(kuzmenko?.get('name').includes('Виталий Юрьевич КУЗЬМЕНКО'));
  assert.deepEqual(kuzmenko?.get('taxNumber'), ['366510784303']);
});

test('delta fixture: 2 ADD records, values kept; DEL yields a deletion', async () => {
  const { drafts, targets, byId, deletions } = await readAll(ftmDelta, [DELTA]);
  assert.deepEqual(count(drafts), { Organization: 1, Person: 1 });
  assert.equal(targets.length, 2);
  assert.deepEqual(deletions, []);
  // Two values are not clean (a trailing space, a line break in a birth place): cleaned, with
  // the source text kept as their original.
  assert.deepEqual(assertLossless(DELTA, byId), [
    'Молла ',
    'Tirin Kot City, Uruzgan Province\nAfghanistan',
  ]);
  const del = file('del.json', '{"op":"DEL","entity":{"id":"NK-gone"}}\n');
  assert.deepEqual((await readAll(ftmDelta, [del])).deletions, ['NK-gone']);
  assert.equal(ftmDelta.incremental, true);
});

test('Wikidata PEP export: 1,565 entities, 423 targets; non-FtM fields skipped and reported', async () => {
  const { drafts, targets, warnings, byId } = await readAll(ftmJson, [PEPS]);
  assert.deepEqual(count(drafts), { Person: 607, Position: 100, Family: 756, Occupancy: 102 });
  assert.deepEqual(count(targets), { Person: 423 });
  assert.equal(warnings.length, 2);
  assert.match(warnings[0]!, /skipped 597 value\(s\) of properties their schema does not have/);
  assert.match(warnings[1]!, /skipped 7 top-level key\(s\).*references \(line 349\)/);
  // A bare string where FtM writes a list is one value, as FtM's own reader takes it.
  assert.deepEqual(byId.get('Q100258287')?.get('birthPlace'), ['Saudi Arabia']);
  // "Person:country" (a qualified name, as statement files write it) is the country property.
  const ministry = byId.get('Q6866094');
  assert.deepEqual(ministry?.get('country'), ['sa']);
  assert.deepEqual(ministry?.get('birthDate'), ['1744']);
  assert.equal(ministry?.get('alias').length, 5);
});

test('nested export: entities inside values become their own drafts, linked back', async () => {
  const { drafts, targets, byId } = await readAll(ftmJson, [NESTED]);
  assert.deepEqual(count(targets), { Person: 5 });
  assert.deepEqual(count(drafts), { Person: 9, Family: 4, Occupancy: 5 });
  const family = byId.get('q296771-family-35a34b52e7817f1bb2e5b0423da67e98fe31ea41');
  assert.deepEqual(family?.get('person'), ['Q296771']);
  assert.deepEqual(family?.get('relative'), ['Q20424718']);
  assert.deepEqual(byId.get('Q20424718')?.get('name'), ['Nidal Boustany']);
  assert.equal(byId.get('Q20424718')?.isTarget, false);
  assert.equal(byId.get('Q296771')?.has('familyPerson'), false, 'reverse property not set');
  // A nested entity that does not point back gets the link from the reverse property.
  const bare = file(
    'bare.json',
    '{"id":"p1","schema":"Person","properties":{"name":["A"],"familyPerson":[{"id":"f1","schema":"Family","properties":{"relative":["p2"]}}]}}\n',
  );
  const nested = await readAll(ftmJson, [bare]);
  assert.deepEqual(nested.byId.get('f1')?.get('person'), ['p1']);
});

test('target rule: the target flag when given, else a target schema with topics', async () => {
  const path = file(
    'targets.json',
    [
      '{"id":"a","schema":"Person","properties":{"name":["A"],"topics":["sanction"]}}',
      '{"id":"b","schema":"Person","properties":{"name":["B"]}}',
      '{"id":"c","schema":"Person","properties":{"name":["C"],"topics":["sanction"]},"target":false}',
      '{"id":"d","schema":"Address","properties":{"full":["D"],"topics":["sanction"]}}',
    ].join('\n'),
  );
  const { targets } = await readAll(ftmJson, [path]);
  assert.deepEqual(
    targets.map((t) => t.id),
    ['a'],
  );
});

test('sniff: entity files and delta files, not each other nor other lists', () => {
  for (const path of [YENTE, PEPS, NESTED]) assert.ok(ftmJson.sniff(readHead(path), 'x'), path);
  assert.ok(ftmDelta.sniff(readHead(DELTA), 'x'));
  assert.equal(ftmJson.sniff(readHead(DELTA), 'x'), false);
  assert.equal(ftmDelta.sniff(readHead(YENTE), 'x'), false);
  // A first line longer than the 64 KiB head is judged by how it starts.
  const long = `{"id":"x","schema":"Person","properties":{"name":["${'a'.repeat(70000)}"]}}`;
  assert.ok(ftmJson.sniff(long.slice(0, 65536), 'x'));
  assert.ok(ftmDelta.sniff(`{"op":"ADD","entity":${long}}`.slice(0, 65536), 'x'));
  assert.equal(ftmJson.sniff(`{"op":"ADD","entity":${long}}`.slice(0, 65536), 'x'), false);
  for (const other of [
    [...PEPS_DIR, 'index.json'],
    [...PEPS_DIR, 'senzing.json'],
    [...PEPS_DIR, 'statements.pack'],
    ['ofac', 'sdn.csv'],
    ['us_csl', 'consolidated_subset_2025.csv'],
    ['un', 'consolidated.xml'],
  ]) {
    const head = readHead(testData(...other));
    assert.equal(ftmJson.sniff(head, 'x') || ftmDelta.sniff(head, 'x'), false, other.join('/'));
  }
});

const dir = mkdtempSync(join(tmpdir(), 'dossier-ftm-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

test('bad input: empty, invalid JSON, truncated, no id, unknown schema, bad delta op', async () => {
  await assert.rejects(
    readAll(ftmJson, [file('empty.json', '')]),
    /empty\.json: the file is empty/,
  );
  const ok = '{"id":"x","schema":"Person","properties":{"name":["X"]}}';
  await assert.rejects(
    readAll(ftmJson, [file('bad.json', `${ok}\n\n{"id": "y", schema}\n`)]),
    /bad\.json: line 3: invalid JSON/,
  );
  const cut = readFileSync(YENTE, 'utf8').slice(0, 2500);
  const lastLine = cut.split('\n').length;
  await assert.rejects(
    readAll(ftmJson, [file('cut.json', cut)]),
    new RegExp(`cut\\.json: line ${lastLine}: invalid JSON`),
  );
  await assert.rejects(
    readAll(ftmJson, [file('noid.json', `${ok}\n{"schema":"Person","properties":{}}\n`)]),
    /noid\.json: line 2: entity without an id/,
  );
  await assert.rejects(
    readAll(ftmJson, [file('schema.json', '{"id":"x","schema":"Pirate","properties":{}}')]),
    /schema\.json: line 1: entity x has the unknown schema "Pirate"/,
  );
  await assert.rejects(
    readAll(ftmDelta, [file('op.json', `{"op":"UPSERT","entity":${ok}}`)]),
    /op\.json: line 1: unknown delta operation "UPSERT"/,
  );
});

test('a schema named like a member of Object.prototype is an unknown schema', async () => {
  for (const schema of ['constructor', 'toString', '__proto__']) {
    const path = file('proto.json', `{"id":"x","schema":"${schema}","properties":{}}`);
    await assert.rejects(
      readAll(ftmJson, [path]),
      new RegExp(`proto\\.json: line 1: entity x has the unknown schema "${schema}"`),
    );
  }
});
