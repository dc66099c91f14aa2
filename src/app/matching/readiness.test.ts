import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { VersionInfo } from '../../store/index.js';
import { listsProblem, NoListsLoaded, requireLists, screenedLists } from './readiness.js';

function version(dataset: string, v: number): VersionInfo {
  return {
    dataset,
    version: v,
    loadedAt: `2026-01-0${v}T00:00:00Z`,
    format: 'un-xml',
    published: null,
    sourceFiles: [],
    entities: 10,
    targets: 5,
    schemata: {},
  };
}

test('an index over no list, or over lists that hold no party, cannot screen', () => {
  assert.match(listsProblem({ datasets: [], entities: 0 }) ?? '', /^no sanctions list is loaded/);
  // A list whose load left nothing to screen (an empty or unreadable file) is no list either.
  const empty = listsProblem({ datasets: [version('un', 1)], entities: 0 });
  assert.match(empty ?? '', /^the loaded lists \(un\) hold no party to screen against/);
  assert.equal(listsProblem({ datasets: [version('un', 1)], entities: 3 }), null);
  assert.throws(
    () => requireLists({ datasets: [], entities: 0 }),
    (error) => error instanceof NoListsLoaded && error.code === 'no_lists',
  );
});

test('the list versions of an answer are those of its scope', () => {
  const catalog = { datasets: [version('ofac', 3), version('un', 1)] };
  assert.deepEqual(screenedLists(catalog, null), [
    { dataset: 'ofac', version: 3, loaded_at: '2026-01-03T00:00:00Z' },
    { dataset: 'un', version: 1, loaded_at: '2026-01-01T00:00:00Z' },
  ]);
  assert.deepEqual(
    screenedLists(catalog, new Set(['un'])).map((l) => l.dataset),
    ['un'],
  );
});
