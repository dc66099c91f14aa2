/**
 * OFAC's advanced XML (sdn_advanced.xml, cons_advanced.xml): the same parties as SDN.XML with
 * names in their original scripts, structured dates, locations and relationships. Each file
 * is read twice: first its tables, then its parties, streamed (see read.ts).
 *
 * @example
 * for await (const record of ofacAdvanced.read(['sdn_advanced.xml'], ctx)) store.put(record);
 */
import { basename } from 'node:path';
import { calendarDay } from '../common/index.js';
import { LinkBook } from '../common/ofac/index.js';
import { checkFile, SourceError, xmlRoot } from '../io/index.js';
import type { ReadContext, Source, SourceRecord } from '../types.js';
import { mapParty, relationshipDrafts } from './map.js';
import { readParties } from './parties.js';
import { readTables } from './read.js';

const MAX_BYTES = 1_500_000_000;

/**
 * Progress for a file read twice: each pass reports half of what it reads, so that the two
 * passes add up to the file's size.
 */
function halfProgress(progress: (bytes: number) => void, first: boolean) {
  return (bytes: number) => progress(first ? Math.floor(bytes / 2) : bytes - Math.floor(bytes / 2));
}

async function* readFile(
  file: string,
  ctx: ReadContext,
  links: LinkBook,
): AsyncIterable<SourceRecord> {
  const tables = await readTables(file, halfProgress(ctx.progress, true));
  const profiles = new Map<string, string>();
  const held = new Set<string>();
  const pctx = { tables, links, file: basename(file), path: file, warn: ctx.warn };
  for await (const party of readParties(file, halfProgress(ctx.progress, false))) {
    const { drafts, identities } = mapParty(party, pctx);
    profiles.set(party.profileId, `ofac-${party.fixedRef}`);
    for (const id of identities) held.add(id);
    yield* drafts;
  }
  if (profiles.size === 0)
    throw new SourceError(file, null, 'no DistinctParty: not an OFAC advanced XML file');
  yield* relationshipDrafts(tables, profiles, (m) => ctx.warn(`${file}: ${m}`));
  const orphans = [...tables.documents.keys()].filter((id) => !held.has(id));
  if (orphans.length > 0) {
    ctx.warn(
      `${file}: documents of ${orphans.length} identities that no party has (e.g. ${orphans[0]})`,
    );
  }
}

async function* readFiles(files: string[], ctx: ReadContext): AsyncIterable<SourceRecord> {
  for (const file of files) checkFile(file, MAX_BYTES);
  const links = new LinkBook();
  for (const file of files) yield* readFile(file, ctx, links);
  yield* links.settle(ctx.warn);
}

/**
 * The root is `Sanctions`, in OFAC's ADVANCED_XML namespace (or the UN data model namespace
 * OFAC used before), with its ReferenceValueSets near the start.
 */
/** `<DateOfIssue><Year>2026</Year><Month>9</Month><Day>9</Day></DateOfIssue>`, near the top. */
function published(head: string): string | null {
  const part = (name: string) =>
    `<(?:[\\w.-]+:)?${name}>\\s*(\\d{1,4})\\s*</(?:[\\w.-]+:)?${name}>\\s*`;
  const m = new RegExp(
    `<(?:[\\w.-]+:)?DateOfIssue\\b[^>]*>\\s*${part('Year')}${part('Month')}${part('Day')}`,
  ).exec(head);
  return m ? calendarDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

function sniff(head: string): boolean {
  const root = xmlRoot(head);
  if (root?.name !== 'Sanctions') return false;
  return (
    /ADVANCED_XML|www\.un\.org\/sanctions\/1\.0/.test(root.tag) ||
    /<(\w+:)?ReferenceValueSets[\s>]/.test(head)
  );
}

export const ofacAdvanced: Source = {
  format: 'ofac-advanced',
  description: 'OFAC sdn_advanced.xml or cons_advanced.xml (the advanced sanctions data model)',
  maxBytes: MAX_BYTES,
  sniff,
  published,
  read: readFiles,
};
