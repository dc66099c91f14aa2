/**
 * What every designation store backend must do, as a suite that takes a factory giving a fresh,
 * empty store. SQLite runs it today; a PostgreSQL backend will run the same suite.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DesignationStore } from './types.js';

const split = (a: string, b: string, decidedAt: string, reason = 'different dates of birth') => ({
  entities: [a, b] as [string, string],
  actor: 'reviewer@example.org',
  reason,
  decidedAt,
});

export function designationStoreConformance(name: string, open: () => Promise<DesignationStore>) {
  test(`${name} designations: an empty store has no splits and withdraws nothing`, async () => {
    const store = await open();
    assert.deepEqual(await store.splits(), []);
    assert.equal(await store.removeSplit('a', 'b'), false);
    await store.close();
  });

  test(`${name} designations: a split comes back with its pair in order, oldest first`, async () => {
    const store = await open();
    await store.addSplit(split('unsc-2', 'gb-hmt-1', '2026-12-07T09:00:00Z'));
    await store.addSplit(split('ofac-9', 'gb-hmt-1', '2026-12-07T08:00:00Z'));
    assert.deepEqual(
      (await store.splits()).map((s) => s.entities),
      [
        ['gb-hmt-1', 'ofac-9'],
        ['gb-hmt-1', 'unsc-2'],
      ],
    );
    await store.close();
  });

  test(`${name} designations: deciding a pair again replaces the record, in either order`, async () => {
    const store = await open();
    await store.addSplit(split('a', 'b', '2026-12-07T08:00:00Z'));
    await store.addSplit(split('b', 'a', '2026-12-07T09:00:00Z', 'different people'));
    const all = await store.splits();
    assert.equal(all.length, 1);
    assert.deepEqual(all[0], {
      ...split('a', 'b', '2026-12-07T09:00:00Z', 'different people'),
    });
    assert.equal(await store.removeSplit('b', 'a'), true);
    assert.deepEqual(await store.splits(), []);
    await store.close();
  });
}
