/**
 * The validators against every identifier of the types they cover in OFAC's sdn.csv. The list has
 * typos and mislabelled values, so the bar is "most", and the rates are reported as diagnostics.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { testData } from '../../testing/data.js';
import { IDENTIFIER_FORMATS, type IdentifierType, imoKind } from './index.js';

const rows: string[][] = parse(readFileSync(testData('ofac', 'sdn.csv')), {
  relax_quotes: true,
  relax_column_count: true,
});
const remarks = rows.map((row) => row[11] ?? '');

/** A value must be followed by a terminator: remarks are cut at 1,000 characters mid-value. */
const PATTERNS: readonly [string, IdentifierType, RegExp, number][] = [
  ['IMO (vessels)', 'imo', /Vessel Registration Identification IMO\s+(\d+)\s*[;.(]/g, 0.99],
  ['IMO (companies)', 'imo', /(?:Identification|Company) Number IMO\s+(\d+)\s*[;.(]/g, 0.95],
  ['INN (Tax ID No., Russia)', 'inn', /Tax ID No\. (\S+) \(Russia\)/g, 0.95],
  ['OGRN (Registration Number, Russia)', 'ogrn', /Registration Number (\S+) \(Russia\)/g, 0.95],
  ['BIC', 'bic', /SWIFT\/BIC (\S+?)\s*[;.(]/g, 0.99],
  ['USCC', 'uscc', /Unified Social Credit Code \(USCC\) (\S+?)\s*[;.(]/g, 0.99],
  ['LEI', 'lei', /Legal Entity Number (\S+?)\s*[;.(]/g, 0.85],
  ['ISIN', 'isin', /ISIN:? ([A-Z]{2}\S+?)\s*[;.(]/g, 0.99],
  ['MMSI', 'mmsi', /MMSI (\S+?)\s*[;.(]/g, 0.99],
];

function valuesOf(pattern: RegExp): string[] {
  return remarks.flatMap((text) => [...text.matchAll(pattern)].map((m) => m[1] ?? ''));
}

for (const [label, type, pattern, minimum] of PATTERNS) {
  test(`sdn.csv ${label}: most values are valid`, (t) => {
    const format = IDENTIFIER_FORMATS[type];
    const values = valuesOf(pattern);
    const valid = values.filter((raw) => {
      const value = format.normalize(raw);
      return value !== null && format.isValid(value);
    });
    const rate = valid.length / values.length;
    t.diagnostic(`${label}: ${valid.length}/${values.length} valid (${(rate * 100).toFixed(1)}%)`);
    assert.ok(values.length > 0);
    assert.ok(rate >= minimum, `${label}: ${rate}`);
  });
}

test('sdn.csv: a corrupted check digit always fails', () => {
  const cases: [IdentifierType, RegExp][] = [
    ['inn', PATTERNS[2]![2]],
    ['ogrn', PATTERNS[3]![2]],
    ['uscc', PATTERNS[5]![2]],
    ['lei', PATTERNS[6]![2]],
  ];
  for (const [type, pattern] of cases) {
    const format = IDENTIFIER_FORMATS[type];
    for (const raw of valuesOf(pattern)) {
      const value = format.normalize(raw);
      if (value === null || !format.isValid(value)) continue;
      const last = value.length - 1;
      const bumped = /\d/.test(value[last]!) ? String((Number(value[last]) + 1) % 10) : '0';
      assert.ok(!format.isValid(value.slice(0, last) + bumped), `${type} ${value}`);
    }
  }
});

test('sdn.csv: one changed digit fails in nearly all places', (t) => {
  for (const [type, pattern] of [
    ['inn', PATTERNS[2]![2]],
    ['ogrn', PATTERNS[3]![2]],
    ['imo', PATTERNS[0]![2]],
  ] as const) {
    const format = IDENTIFIER_FORMATS[type];
    let tried = 0;
    let caught = 0;
    for (const raw of valuesOf(pattern)) {
      const value = format.normalize(raw);
      if (value === null || !format.isValid(value)) continue;
      for (let i = 0; i < value.length; i++) {
        tried++;
        const changed = `${value.slice(0, i)}${(Number(value[i]) + 1) % 10}${value.slice(i + 1)}`;
        // A corrupted ship number may pass the company check; it must not pass as a ship.
        const passes =
          type === 'imo' ? imoKind(changed)?.startsWith('ship') : format.isValid(changed);
        if (!passes) caught++;
      }
    }
    t.diagnostic(`${type}: ${caught}/${tried} single-digit changes caught`);
    assert.ok(caught / tried > 0.9);
  }
});

test('sdn.csv: non-Russian registration numbers rarely look like OGRN or INN', (t) => {
  const values = valuesOf(/(?:Registration Number|Tax ID No\.) (\S+) \((?!Russia)[^)]+\)/g);
  const ogrn = values.filter((v) => IDENTIFIER_FORMATS.ogrn.isValid(v)).length;
  const inn = values.filter((v) => IDENTIFIER_FORMATS.inn.isValid(v)).length;
  t.diagnostic(`non-Russian: ${values.length} values, ${ogrn} pass OGRN, ${inn} pass INN`);
  assert.ok(ogrn + inn < values.length * 0.1);
});
