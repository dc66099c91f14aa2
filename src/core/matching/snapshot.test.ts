import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deserialize, serialize } from 'node:v8';
import { crc32 } from 'node:zlib';
import type { FtmEntity } from '../model/index.js';
import {
  decodeSnapshot,
  defaultTools,
  encodeSnapshot,
  Matcher,
  type MatchOptions,
  matchOptionsWith,
  type SnapshotCodec,
  SnapshotUnusable,
  snapshotKey,
} from './index.js';

const tools = defaultTools();
const codec: SnapshotCodec = {
  encode: (value) => serialize(value),
  decode: (bytes) => deserialize(bytes),
  checksum: (bytes) => crc32(bytes),
};

const NAMES = ['Ri Won Ho', 'Kim Jong Un', 'Омар Мохаммед', 'Viktor Bout', '金正恩', 'علي حسن'];

function entries(count = 200) {
  return Array.from({ length: count }, (_, n) => {
    const name = `${NAMES[n % NAMES.length]} ${String.fromCharCode(97 + (n % 26))}${n}`;
    const entity: FtmEntity = {
      id: `e-${n}`,
      schema: n % 4 === 0 ? 'Company' : 'Person',
      caption: name,
      properties: {
        name: [name],
        ...(n % 3 === 0 ? { alias: [NAMES[(n + 1) % NAMES.length]!] } : {}),
        // Sberbank's INN, a valid one: only e-12 (a company) has it.
        ...(n === 12 ? { innCode: ['7707083893'] } : {}),
        topics: n % 2 === 0 ? ['sanction'] : ['role.pep'],
      },
      datasets: [n % 2 === 0 ? 'a' : 'b'],
      last_change: `2024-01-${String((n % 28) + 1).padStart(2, '0')}`,
    };
    const prepared = Matcher.prepare(entity.schema, entity.properties, tools);
    return { entity, prepared, topics: new Set(entity.properties.topics) };
  });
}

const OPTIONS = matchOptionsWith({ limit: 10, threshold: 0.5 });

function encode(matcher: Matcher, key: string, extra: Record<string, Uint8Array> = {}) {
  const steps = encodeSnapshot(matcher, key, codec, extra);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

test('a matcher loaded from its snapshot answers every query and filter as the one built', () => {
  const built = new Matcher(entries(), tools);
  const bytes = encode(built, 'lists-1', { note: new TextEncoder().encode('kept') });
  assert.equal(snapshotKey(bytes), 'lists-1');
  const { matcher: loaded, extra } = decodeSnapshot(bytes, 'lists-1', codec, tools);
  assert.equal(new TextDecoder().decode(extra.note), 'kept');
  assert.equal(loaded.size, built.size);
  const filters: Partial<MatchOptions>[] = [
    {},
    { algorithm: 'ofac' },
    { datasets: new Set(['a']) },
    { topics: new Set(['role.pep']) },
    { changedSince: '2024-01-15' },
    { excludeSchemata: new Set(['Company']) },
    { excludeEntityIds: new Set(['e-1', 'e-7']) },
  ];
  const queries = [...NAMES, 'Ri Won', 'Victor Butt', 'Kim Chen In', 'Ким Чен Ын'];
  for (const filter of filters) {
    for (const name of queries) {
      for (const schema of ['Person', 'LegalEntity']) {
        const query = { schema, properties: { name: [name] } };
        const options = { ...OPTIONS, ...filter };
        assert.deepEqual(loaded.match(query, options), built.match(query, options), name);
      }
    }
  }
  const byId = { schema: 'Company', properties: { innCode: ['7707083893'] } };
  assert.deepEqual(loaded.match(byId, OPTIONS), built.match(byId, OPTIONS));
  assert.equal(loaded.match(byId, OPTIONS).results[0]?.entity.id, 'e-12');
});

test('a snapshot under another key, of another format, damaged or cut short is refused', () => {
  const bytes = encode(new Matcher(entries(), tools), 'lists-1');
  const refused = (b: Uint8Array, key: string, reason: RegExp) =>
    assert.throws(
      () => decodeSnapshot(b, key, codec, tools),
      (error: Error) => {
        assert.ok(error instanceof SnapshotUnusable, String(error));
        assert.match(error.message, reason);
        return true;
      },
    );
  refused(bytes, 'lists-2', /other lists or code/);
  const damaged = bytes.slice();
  damaged[damaged.length - 100] = damaged[damaged.length - 100]! ^ 0xff;
  refused(damaged, 'lists-1', /checksum/);
  refused(bytes.subarray(0, bytes.length - 1000), 'lists-1', /truncated/);
  refused(bytes.subarray(0, 20), 'lists-1', /truncated|unreadable/);
  refused(new TextEncoder().encode('{"not":"a snapshot"}'), 'lists-1', /not an index snapshot/);
  // Another format: the header's number changed, as a later release would write it.
  const text = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const at = text.indexOf('"format":1');
  const other = bytes.slice();
  other[at + '"format":'.length] = '9'.charCodeAt(0);
  refused(other, 'lists-1', /format 9/);
});

test('a query decodes only the chunks of its candidates', () => {
  const { matcher } = decodeSnapshot(
    encode(new Matcher(entries(2000), tools), 'k'),
    'k',
    codec,
    tools,
  );
  const table = matcher.parts.entries as unknown as { decoded: number };
  assert.equal(table.decoded, 0);
  matcher.match({ schema: 'Person', properties: { name: ['Viktor Bout d3'] } }, OPTIONS);
  // 2,000 entries in chunks of 16: 125 chunks, of which a query's 15 candidates touch 15 at most.
  assert.ok(table.decoded > 0 && table.decoded <= 15, `${table.decoded} chunks decoded`);
});
