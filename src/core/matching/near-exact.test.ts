import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { testData } from '../../testing/data.js';
import { compareNames, mayAlignAtLeast } from './align.js';
import { makeNameForms } from './name-forms.js';
import { defaultTools } from './tools.js';

const tools = defaultTools();

test('names that could align near-exactly are never ruled out, on the labelled pairs', () => {
  const rows = parse(readFileSync(testData('name_pairs', 'nomenklatura', 'cases.csv')), {
    columns: true,
  }) as { schema: string; name1: string; name2: string }[];
  // Each labelled pair, and each first name against a far row's second name (mostly unlike:
  // neighbouring rows are variants of one name).
  const pairs = rows.flatMap((row, k) => {
    const next = rows[(k + Math.floor(rows.length / 2)) % rows.length]!;
    return [
      { ...row, unlike: false },
      { schema: row.schema, name1: row.name1, name2: next.name2, unlike: true },
    ];
  });
  let unlike = 0;
  let unlikeRuledOut = 0;
  let nearExact = 0;
  for (const pair of pairs) {
    const isPerson = pair.schema === 'Person';
    const a = makeNameForms(pair.name1, isPerson, tools.names);
    const b = makeNameForms(pair.name2, isPerson, tools.names);
    const score = compareNames(a, b)?.score ?? 0;
    if (score >= 0.95) nearExact++;
    for (const least of [0.9, 0.95, 0.99]) {
      if (mayAlignAtLeast(a, b, least)) continue;
      assert.ok(score < least, `${pair.name1} | ${pair.name2}: ${score}, ruled out below ${least}`);
    }
    if (pair.unlike) {
      unlike++;
      if (!mayAlignAtLeast(a, b, 0.95)) unlikeRuledOut++;
    }
  }
  // Worth having only if it rules out most unlike pairs, while it keeps every close one.
  assert.ok(nearExact > 100, `${nearExact} near-exact pairs`);
  assert.ok(
    unlikeRuledOut > unlike * 0.85,
    `${unlikeRuledOut} of ${unlike} unlike pairs ruled out`,
  );
});

test('equal tokens, a joined run or a shared compact key keep a pair in', () => {
  const forms = (name: string) => makeNameForms(name, true, tools.names);
  assert.equal(mayAlignAtLeast(forms('Ivan Petrov'), forms('Sergei Ivanov'), 0.95), false);
  assert.equal(mayAlignAtLeast(forms('Ivan Petrov'), forms('Petrov'), 0.95), true);
  assert.equal(mayAlignAtLeast(forms('Kim Jong Un'), forms('Jongun'), 0.95), true);
  assert.equal(mayAlignAtLeast(forms('Abu Bakr'), forms('Abubakr'), 0.95), true);
});
