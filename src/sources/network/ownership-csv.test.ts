import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CsvRow } from '../io/index.js';
import { parseOwnershipCsv } from './ownership-csv.js';

const rows = (...lines: string[][]): CsvRow[] =>
  lines.map((fields, i) => ({ line: i + 1, fields }));
const HEADER = [
  'owner_id',
  'owner_name',
  'owned_id',
  'owned_name',
  'percent',
  'start_date',
  'end_date',
  'source',
];

test('ownership rows: shares, dates and source; bad rows reported by line with the reason', async () => {
  const parsed = await parseOwnershipCsv(
    rows(
      HEADER,
      ['ofac-16865', '', 'ofac-46431', '', '>50%', '', '', 'register extract'],
      ['p1', 'Ivan', 'c1', 'Firm', '25-50%', '2022-03', '2024', ''],
      ['p1', 'Ivan', 'c2', 'Other', '', '', '', ''],
      ['p1', '', 'c1', '', '120', '', '', ''],
      ['p1', '', 'c1', '', '10', '2022-02-30', '', ''],
      ['p1', '', 'c1', '', '10', '2024', '2020', ''],
      ['', '', 'c1', '', '10', '', '', ''],
      ['c1', '', 'c1', '', '10', '', '', ''],
    ),
    'owners.csv',
  );
  assert.deepEqual(
    parsed.problems.map((p) => p.where),
    ['line 5', 'line 6', 'line 7', 'line 8', 'line 9'],
  );
  assert.match(parsed.problems[0]!.reason, /percent over 100/);
  assert.match(parsed.problems[1]!.reason, /start_date: not a date/);
  assert.match(parsed.problems[2]!.reason, /before start_date/);
  assert.match(parsed.problems[3]!.reason, /no owner_id/);
  assert.match(parsed.problems[4]!.reason, /cannot own itself/);
  const [kupol, range, unknown] = parsed.relations;
  assert.equal(kupol!.source.id, 'ofac-16865');
  assert.equal(kupol!.source.name, null);
  assert.deepEqual(kupol!.share, {
    percentage: null,
    low: 50,
    high: 100,
    lowExclusive: true,
    highExclusive: false,
  });
  assert.deepEqual(kupol!.properties, {
    shareExclusiveMinimum: ['true'],
    percentText: ['>50%'],
    source: ['register extract'],
  });
  assert.equal(kupol!.statementId, 'owners.csv:2');
  assert.deepEqual([range!.startDate, range!.endDate], ['2022-03', '2024']);
  assert.deepEqual([range!.share.low, range!.share.high], [25, 50]);
  assert.equal(unknown!.share.percentage, null);
  assert.equal(unknown!.share.low, null);
  assert.deepEqual(parsed.notes, []);
});

test('columns are found by name in any order; a header without the ids is refused', async () => {
  const parsed = await parseOwnershipCsv(
    rows(['percent', 'owned_id', 'OWNER_ID'], ['40', 'b', 'a']),
    'x.csv',
  );
  assert.deepEqual(
    parsed.relations.map((r) => [r.source.id, r.target.id, r.share.percentage]),
    [['a', 'b', 40]],
  );
  await assert.rejects(
    parseOwnershipCsv(rows(['owner', 'owned', 'percent']), 'x.csv'),
    /x\.csv: line 1: the header names no owner_id or owned_id column/,
  );
  await assert.rejects(parseOwnershipCsv([], 'x.csv'), /no header row/);
});

test('a table of fractions gets a note: shares are percentages', async () => {
  const parsed = await parseOwnershipCsv(
    rows(['owner_id', 'owned_id', 'percent'], ['a', 'b', '0.5'], ['a', 'c', '0.25']),
    'x.csv',
  );
  assert.equal(parsed.relations[0]!.share.percentage, 0.5);
  assert.match(parsed.notes[0]!, /read as percentages/);
});
