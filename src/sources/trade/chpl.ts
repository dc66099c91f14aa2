/**
 * A Common High Priority List file, for a list newer than the one Dossier carries: the CSV form
 * (`hs6,tier` under a header; its publication day taken from a `YYYY-MM-DD` in the file name) or
 * the JSON form (`publication_date`, `tiers.<tier>.hs6`).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { type ChplTable, readChplCsv, readChplJson } from '../../core/trade/index.js';

export function readChplFile(path: string): ChplTable {
  const text = readFileSync(path, 'utf8');
  if (path.toLowerCase().endsWith('.json')) return readChplJson(text);
  const day = /\d{4}-\d{2}-\d{2}/.exec(basename(path))?.[0] ?? 'unknown';
  return readChplCsv(text, day);
}
