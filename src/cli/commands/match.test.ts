/**
 * `dossier match` without `--schema` screens every kind of party: an organisation is found by its
 * name alone, and a person keeps the person features (birth dates). Each run builds the index,
 * so the runs are few.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { runCli } from '../run.js';
import { loadStore } from '../../testing/index.js';

let db: string;

before(async () => {
  const { store, path } = await loadStore('ofac');
  await store.close();
  db = path;
});

/** The rows of the table: [score, match, id, schema, ...]. */
function rows(out: string): string[][] {
  return out
    .split('\n')
    .slice(1)
    .filter((line) => /^\d\.\d\d\s/.test(line))
    .map((line) => line.split(/\s{2,}/));
}

test('without --schema, an organisation is found by name', async () => {
  const kupol = await runCli(['match', 'Izhevsk Electromechanical Plant Kupol', '--db', db]);
  assert.equal(kupol.code, 0, kupol.err);
  const [first] = rows(kupol.out);
  assert.deepEqual(first!.slice(0, 4), ['1.00', 'yes', 'ofac-46431', 'Organization']);
  assert.match(kupol.out, /1 match\(es\) at or above 0\.7\n$/);
});

test('without --schema, a person is scored as a person, birth date and all', async () => {
  const json = async (...args: string[]) => {
    const run = await runCli(['match', 'Vladimir Putin', '--json', '--db', db, ...args]);
    assert.equal(run.code, 0, run.err);
    return JSON.parse(run.out) as { results: { id: string; score: number }[] };
  };
  const any = await json();
  const person = await json('--schema', 'Person');
  assert.equal(any.results[0]!.id, 'ofac-35096');
  // The same score as a query that said Person: the name is read as a person's.
  assert.equal(any.results[0]!.score, person.results[0]!.score);
  // A birth date 25 years off lowers it, as it does for a Person query.
  const far = await json('--property', 'birthDate=1977-10-07');
  assert.ok(far.results.find((r) => r.id === 'ofac-35096')!.score < any.results[0]!.score);
});
