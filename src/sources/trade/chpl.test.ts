/**
 * The CHPL table Dossier carries, held to the published list under DOSSIER_TEST_DATA (both its
 * forms), and tiers looked up as a shipment's codes give them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CHPL_2024_02_23, chplMatch } from '../../core/trade/index.js';
import { testData } from '../../testing/index.js';
import { readChplFile } from './index.js';

const csv = () => readChplFile(testData('chpl', 'chpl_hs6_tiers_2024-02-23.csv'));
const json = () => readChplFile(testData('chpl', 'chpl-2024-02-23.json'));

test('the built-in CHPL is the published list of 2024-02-23, code for code and tier for tier', () => {
  for (const real of [csv(), json()]) {
    assert.equal(real.published, '2024-02-23');
    assert.equal(real.codes.size, 50);
    assert.deepEqual([...CHPL_2024_02_23.codes].sort(), [...real.codes].sort());
  }
});

test('CHPL tiers by HS-6 prefix against the real list', () => {
  const chpl = csv();
  const tierOf = (hs: string) => {
    const m = chplMatch(chpl, hs);
    return m?.kind === 'listed' ? m.tier : (m?.kind ?? null);
  };
  // Tier 1: processors and controllers; a national 10-digit code is matched by its first six.
  assert.equal(tierOf('854231'), '1');
  assert.equal(tierOf('8542319000'), '1');
  assert.equal(tierOf('851762'), '2');
  assert.equal(tierOf('850440'), '3.A');
  assert.equal(tierOf('880730'), '3.B');
  assert.equal(tierOf('903082'), '4.A');
  assert.equal(tierOf('845710'), '4.B');
  // Piston engines (8407) are not on the list; a heading holding CHPL codes is only a hint.
  assert.equal(tierOf('840710'), null);
  assert.equal(tierOf('8407'), null);
  assert.equal(tierOf('8542'), 'heading');
  const heading = chplMatch(chpl, '8542');
  assert.ok(heading?.kind === 'heading');
  assert.deepEqual(heading.codes.map((c) => c.hs6).sort(), [
    '854231',
    '854232',
    '854233',
    '854239',
  ]);
});

test('every tier of the real list has codes, and each code one tier', () => {
  const chpl = json();
  const byTier = new Map<string, number>();
  for (const tier of chpl.codes.values()) byTier.set(tier, (byTier.get(tier) ?? 0) + 1);
  assert.deepEqual(Object.fromEntries(byTier), {
    '1': 4,
    '2': 5,
    '3.A': 16,
    '3.B': 9,
    '4.A': 11,
    '4.B': 5,
  });
});
