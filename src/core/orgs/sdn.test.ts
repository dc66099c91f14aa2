/**
 * Legal-form extraction over every entity name in OFAC's sdn.csv: coverage and speed, reported
 * as diagnostics. Many entities (armed groups, ministries, cartels) have no legal form at all.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { testData } from '../../testing/data.js';
import { canonicalGenericName, extractLegalForms } from './index.js';

const rows: string[][] = parse(readFileSync(testData('ofac', 'sdn.csv')), {
  relax_quotes: true,
  relax_column_count: true,
});
const entities = rows.filter((row) => row[2]?.trim() === '-0-').map((row) => row[1] ?? '');

test('sdn.csv: Kupol', () => {
  const kupol = entities.find((n) => n.includes('IZHEVSK ELECTROMECHANICAL PLANT KUPOL'));
  assert.ok(kupol);
  const result = extractLegalForms(kupol);
  assert.equal(result.name, 'izhevsk electromechanical plant kupol');
  assert.deepEqual(
    result.forms.map((f) => f.class),
    ['jsc'],
  );
});

test('sdn.csv: most entity names have a recognised legal form', (t) => {
  const start = performance.now();
  const results = entities.map(extractLegalForms);
  const elapsed = performance.now() - start;
  const withForm = results.filter((r) => r.forms.length > 0).length;
  const rate = withForm / entities.length;
  t.diagnostic(
    `${withForm}/${entities.length} entity names (${(rate * 100).toFixed(1)}%) have a legal form; ` +
      `extracted in ${elapsed.toFixed(0)} ms including the one-off table compilation`,
  );
  assert.ok(entities.length > 5000);
  assert.ok(rate > 0.7, `${rate}`);
  // No name loses all its words.
  assert.ok(results.every((r, i) => r.name !== '' || entities[i]?.trim() === ''));
});

test('sdn.csv: steady-state speed, legal forms and generic words', (t) => {
  canonicalGenericName('warm up: compile the generic-word table');
  for (const name of entities) extractLegalForms(name);
  const start = performance.now();
  for (const name of entities) canonicalGenericName(extractLegalForms(name).name);
  const elapsed = performance.now() - start;
  const perName = (elapsed * 1000) / entities.length;
  t.diagnostic(
    `${entities.length} names in ${elapsed.toFixed(0)} ms (${perName.toFixed(1)} µs/name)`,
  );
  assert.ok(perName < 200, `${perName} µs per name`);
});
