/**
 * The trade.gov Consolidated Screening List (CSL) CSV: the export screening lists of the US
 * Departments of Commerce, State and the Treasury in one file, in either of its two layouts
 * (with or without the `_id` column).
 *
 * "(Linked To: NAME)" remarks become UnknownLink entities when NAME is the name or alias of a
 * party in the same file. They can point forward, so they are resolved after the last row,
 * keeping only names and IDs in memory; the others are reported in one warning per file.
 *
 * @example
 * for await (const record of usCsl.read(['consolidated.csv'], ctx)) store(record);
 */
import { lookupKey } from '../../core/normalise/index.js';
import { checkFile } from '../io/index.js';
import type { ReadContext, Source, SourceRecord } from '../types.js';
import { linkedNames, mapLink, mapRow } from './map.js';
import { REQUIRED, readCslRows } from './read.js';

interface PendingLink {
  subject: string;
  name: string;
  line: number;
}

/** "QASEMI, Rostam" also as "Rostam QASEMI": OFAC writes names both ways. */
function nameKeys(name: string): string[] {
  const comma = name.indexOf(', ');
  const keys = [lookupKey(name)];
  if (comma > 0) keys.push(lookupKey(`${name.slice(comma + 2)} ${name.slice(0, comma)}`));
  return keys;
}

function* resolveLinks(
  file: string,
  pending: PendingLink[],
  names: Map<string, string>,
  ctx: ReadContext,
): Iterable<SourceRecord> {
  const unresolved: PendingLink[] = [];
  for (const link of pending) {
    const object = nameKeys(link.name)
      .map((key) => names.get(key))
      .find((id) => id !== undefined);
    if (object && object !== link.subject) yield mapLink(link.subject, object);
    else if (!object) unresolved.push(link);
  }
  if (unresolved.length > 0) {
    const examples = unresolved.slice(0, 3).map((l) => `line ${l.line}: ${l.name}`);
    ctx.warn(
      `${file}: ${unresolved.length} "Linked To" remark(s) name no party in this file ` +
        `(${examples.join('; ')}${unresolved.length > 3 ? '; ...' : ''}); kept as notes only`,
    );
  }
}

async function* readFile(file: string, ctx: ReadContext): AsyncIterable<SourceRecord> {
  const names = new Map<string, string>();
  const pending: PendingLink[] = [];
  for await (const row of readCslRows(file, ctx.progress)) {
    const drafts = mapRow(row);
    const subject = drafts[0]!.id;
    for (const name of [row.name, ...row.altNames]) {
      for (const key of nameKeys(name)) if (!names.has(key)) names.set(key, subject);
    }
    for (const name of linkedNames(row)) pending.push({ subject, name, line: row.line });
    yield* drafts;
  }
  yield* resolveLinks(file, pending, names, ctx);
}

async function* read(files: string[], ctx: ReadContext): AsyncIterable<SourceRecord> {
  for (const file of files) checkFile(file, usCsl.maxBytes);
  for (const file of files) yield* readFile(file, ctx);
}

/** The header: comma-separated, with the CSL's own columns (`_id` first or not at all). */
function sniff(head: string): boolean {
  const firstLine = head.replace(/^\u00ef\u00bb\u00bf/, '').split(/\r?\n/, 1)[0] ?? '';
  const columns = firstLine.split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
  return REQUIRED.every((c) => columns.includes(c)) && columns.includes('entity_number');
}

export const usCsl: Source = {
  format: 'csl',
  description: 'US trade.gov Consolidated Screening List (CSV)',
  maxBytes: 256 * 1024 * 1024,
  sniff,
  read,
};
