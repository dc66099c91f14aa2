/**
 * The US Bureau of Industry and Security's Denied Persons List, as the tab-separated text file
 * BIS publishes (header `Name`, `Street_Address`, ... `FR_Citation`).
 *
 * @example
 * for await (const record of usBisDpl.read(['dpl.txt'], ctx)) store(record);
 */
import { checkFile } from '../io/index.js';
import type { ReadContext, Source, SourceRecord } from '../types.js';
import { mapParty } from './map.js';
import { COLUMNS, readDplParties, unquote } from './read.js';

/** The columns that make a header this list's, whatever the order. */
const SIGNATURE = [COLUMNS.name, COLUMNS.street, COLUMNS.effectiveDate, COLUMNS.citation];

function sniff(head: string): boolean {
  const firstLine = head.replace(/^\u00ef\u00bb\u00bf/, '').split(/\r?\n/, 1)[0] ?? '';
  if (!firstLine.includes('\t')) return false;
  const columns = firstLine.split('\t').map((f) => unquote(f));
  return SIGNATURE.every((c) => columns.includes(c));
}

async function* read(files: string[], ctx: ReadContext): AsyncIterable<SourceRecord> {
  for (const file of files) checkFile(file, usBisDpl.maxBytes);
  for (const file of files) {
    for await (const party of readDplParties(file, ctx.progress)) yield* mapParty(party);
  }
}

export const usBisDpl: Source = {
  format: 'bis-dpl',
  description: 'US BIS Denied Persons List (tab-separated text)',
  maxBytes: 64 * 1024 * 1024,
  sniff,
  read,
};
