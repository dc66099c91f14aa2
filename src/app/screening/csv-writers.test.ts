/**
 * Issue 14, finding 6, for the hits files the command line writes: `dossier screen --out x.csv`
 * (LineOutput, batch by batch) and the hits written to stdout (writeHits). No text cell may start
 * a formula, whatever a list or a portfolio put there; removing one apostrophe gives it back.
 * (The server's downloads are tested in src/server/csv-formulas.test.ts, the audit CSV in
 * audit-csv.test.ts.)
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { type Hit, restoreFormula } from '../../core/screening/index.js';
import { LineOutput, writeHits } from './output.js';

const TEXTS = ["=cmd|' /C calc'!A0", '+1', '-2', '@SUM(A1)', '\tx', '\ry', "'quoted"];

const hits: Hit[] = TEXTS.map((text, i) => ({
  row: i + 2,
  key: text,
  partyKey: 'p',
  entityId: text,
  caption: text,
  schema: 'Person',
  score: 0.9,
  explanations: {},
  datasets: [text],
  entityDigest: 'd',
}));

function check(csv: string): void {
  const rows: string[][] = parse(csv, { relax_quotes: true });
  assert.equal(rows.length, hits.length + 1);
  for (const [i, row] of rows.slice(1).entries()) {
    const [, key, id, caption, , , datasets] = row;
    for (const cell of [key, id, caption, datasets]) {
      assert.doesNotMatch(cell!, /^[=+\-@\t\r]/);
      assert.equal(restoreFormula(cell!), TEXTS[i]);
    }
  }
}

test('dossier screen --out hits.csv: no cell starts a formula', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'dossier-csv-')), 'hits.csv');
  const output = await LineOutput.open(path, 'csv', 0, async function* () {});
  output.append(hits);
  output.close();
  check(readFileSync(path, 'utf8'));
});

test('hits written to stdout as CSV: no cell starts a formula', async () => {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  await writeHits(
    stream,
    'csv',
    (async function* () {
      yield* hits;
    })(),
  );
  check(text);
});
