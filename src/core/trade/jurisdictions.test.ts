/**
 * The transshipment table against its sources: the eighteen jurisdictions of FinCEN/BIS alert
 * FIN-2022-Alert003 (28 June 2022) as its list is quoted, plus Hong Kong and Macau from the
 * tri-seal note of 2 March 2023; every entry names the documents that list it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tradeCountry } from './countries.js';
import { TRANSSHIPMENT_JURISDICTIONS } from './jurisdictions.js';

// The alert's list in its own order, as quoted by the reports of July 2022.
const ALERT_2022 = [
  'Georgia',
  'Armenia',
  'Brazil',
  'China',
  'India',
  'Israel',
  'Kazakhstan',
  'Kyrgyzstan',
  'Mexico',
  'Nicaragua',
  'Serbia',
  'Singapore',
  'South Africa',
  'Taiwan',
  'Tajikistan',
  'Turkey',
  'United Arab Emirates',
  'Uzbekistan',
];

const byCode = new Map(TRANSSHIPMENT_JURISDICTIONS.map((j) => [j.code, j]));

test('every jurisdiction of FIN-2022-Alert003 is in the table and cites the alert', () => {
  for (const name of ALERT_2022) {
    const code = tradeCountry(name);
    assert.ok(code, name);
    const entry = byCode.get(code);
    assert.ok(entry, `${name} (${code}) is missing`);
    assert.match(entry.source, /FIN-2022-Alert003 \(2022-06-28\)/, name);
  }
});

test('the tri-seal note adds Hong Kong and Macau, and cites nothing the alert alone names', () => {
  for (const code of ['hk', 'mo']) {
    assert.equal(byCode.get(code)?.source, 'the tri-seal compliance note of 2023-03-02');
  }
  for (const code of ['cn', 'am', 'tr', 'uz']) assert.match(byCode.get(code)!.source, /tri-seal/);
  assert.doesNotMatch(byCode.get('kz')!.source, /tri-seal/);
  // Nothing beyond the two documents, and no code twice.
  assert.equal(TRANSSHIPMENT_JURISDICTIONS.length, ALERT_2022.length + 2);
  assert.equal(byCode.size, TRANSSHIPMENT_JURISDICTIONS.length);
  // Every entry says which document, by number or date: no unsourced row.
  for (const j of TRANSSHIPMENT_JURISDICTIONS) assert.match(j.source, /\d{4}-\d{2}-\d{2}/);
});

test('Macau as trade files write it is the code the table uses', () => {
  for (const raw of ['Macau', 'Macao', 'MO', '澳门', 'Макао'])
    assert.equal(tradeCountry(raw), 'mo');
});
