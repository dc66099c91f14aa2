import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isMatchableSchema, lastScreened, planDelta } from './delta.js';
import type { RunInfo } from './types.js';

test('the diff is used when it starts at the version last screened', () => {
  assert.equal(planDelta('ofac', 2, 1, 1).mode, 'diff');
  assert.equal(planDelta('ofac', 2, 1, 2).mode, 'none');
  // Older than the diff the store keeps: everything must be compared.
  assert.equal(planDelta('ofac', 3, 2, 1).mode, 'all');
  // Never screened against this dataset.
  assert.deepEqual(planDelta('un', 1, null, undefined), {
    dataset: 'un',
    from: null,
    to: 1,
    mode: 'all',
  });
});

test('the version last screened comes from finished runs only', () => {
  const run = (status: RunInfo['status'], versions: Record<string, number>) =>
    ({ status, versions }) as RunInfo;
  const runs = [
    run('finished', { ofac: 1, un: 3 }),
    run('failed', { ofac: 2 }),
    run('finished', { ofac: 1 }),
  ];
  assert.deepEqual(
    lastScreened(runs),
    new Map([
      ['ofac', 1],
      ['un', 3],
    ]),
  );
  // A dataset may be named "constructor": it is not taken for Object.prototype's member.
  assert.deepEqual(
    lastScreened([run('finished', { constructor: 2 })]),
    new Map([['constructor', 2]]),
  );
});

test('parties are matchable, their addresses and sanctions are not', () => {
  assert.ok(isMatchableSchema('Person'));
  assert.ok(isMatchableSchema('Vessel'));
  assert.ok(!isMatchableSchema('Sanction'));
  assert.ok(!isMatchableSchema('Address'));
});
