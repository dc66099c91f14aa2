/**
 * A portfolio row that says nothing of its kind is screened against every kind of listed party:
 * a vessel, a person and a company are each found from their name alone, and each candidate is
 * scored as its own kind (issue 10: no hidden schema trap). On OFAC's edition of 2024-02-20.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { screenFile } from './screen-service.js';
import {
  type Fixture,
  jsonLines,
  OFAC_BEFORE,
  screeningFixture,
  writeCsv,
} from './screening-fixture.js';

let fx: Fixture;
before(async () => {
  fx = await screeningFixture(OFAC_BEFORE);
});
after(() => fx.close());

type Line = { key: string | null; entity_id: string; schema?: string; score: number };

test('rows without a type find a listed vessel, person and company by name alone', async () => {
  const input = writeCsv(
    join(fx.dir, 'untyped.csv'),
    ['Customer ID', 'Name'],
    [
      ['V-1', 'ADRIAN DARYA 1'],
      ['P-1', 'Vladimir Vladimirovich Putin'],
    ],
  );
  const output = join(fx.dir, 'untyped.jsonl');
  await screenFile(fx, { input, output, dataset: 'ofac', actor: 't' });
  const hits = jsonLines(output) as Line[];
  const best = (key: string) =>
    hits.filter((h) => h.key === key).sort((a, b) => b.score - a.score)[0]?.entity_id;
  // Screened as a LegalEntity before, the tanker (a Vessel, not a legal entity) was never a candidate.
  assert.equal(best('V-1'), 'ofac-27304');
  // And a person's name keeps the person reading: PUTIN, Vladimir Vladimirovich.
  assert.equal(best('P-1'), 'ofac-35096');
});
