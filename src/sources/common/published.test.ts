/**
 * Each source reads the publication date its files state, from the head it sniffs, on the real
 * files and the publishers' own excerpts; formats that state none say so with null or nothing.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testData } from '../../testing/data.js';
import { readHead } from '../io/index.js';
import { detectSource } from '../registry.js';
import { calendarDay, dayOfIso, dayOfSlashed } from './published.js';

const CASES: [string[], string, string | null][] = [
  [['ofac', 'consolidated_non_sdn', 'consolidated_2018-04-06.xml'], 'ofac-xml', '2018-04-06'],
  [['excerpts', 'jaggeman__us_sample.xml'], 'ofac-xml', '2026-08-07'],
  [['excerpts', 'GSmiguel__sample_sdn_advanced.xml'], 'ofac-advanced', '2026-09-09'],
  [['un', 'consolidated.xml'], 'un-xml', '2026-02-27'],
  [['un', 'history', 'consolidated_2018-10-29.xml'], 'un-xml', '2018-10-29'],
  [['excerpts', 'GSmiguel__sample_eu_fsf.xml'], 'eu-fsf', '2026-08-05'],
  [['excerpts', 'GSmiguel__sample_uk_sanctions.xml'], 'uk-fcdo-xml', '2026-09-10'],
  [['uk_ofsi', 'ConList_2018-04-13.csv'], 'uk-hmt-csv', '2018-04-13'],
  [['ofac', 'sdn.csv'], 'ofac-csv', null],
  [['us_bis_dpl', 'dpl_2022-09.txt'], 'bis-dpl', null],
  [['opensanctions_ftm', 'yente_fixtures', 'entities.ftm.json'], 'ftm', null],
];

for (const [parts, format, day] of CASES) {
  test(`${format}: ${parts.at(-1)} was published on ${day ?? 'no stated day'}`, () => {
    const path = testData(...parts);
    const source = detectSource(path);
    assert.equal(source.format, format);
    assert.equal(source.published?.(readHead(path)) ?? null, day);
  });
}

test('days are checked as dates, and slashed dates read in the order the publisher writes', () => {
  assert.equal(calendarDay(2024, 2, 30), null);
  assert.equal(calendarDay(2024, 2, 29), '2024-02-29');
  assert.equal(dayOfSlashed('02/03/2024', 'mdy'), '2024-02-03');
  assert.equal(dayOfSlashed('02/03/2024', 'dmy'), '2024-03-02');
  assert.equal(dayOfSlashed('13/04/2018', 'mdy'), null);
  // A time stamp is taken at the day it states, in its own zone.
  assert.equal(dayOfIso('2018-10-29T23:09:49.856-04:00'), '2018-10-29');
  assert.equal(dayOfIso('29 October 2018'), null);
});
