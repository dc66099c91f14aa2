/**
 * HM Treasury's (OFSI) Consolidated List of Financial Sanctions Targets, CSV (ConList.csv):
 * one row per name, grouped into parties by Group ID.
 *
 * @example
 * for await (const draft of ukHmtCsv.read(['ConList.csv'], ctx)) store.add(draft);
 */
import { dayOfSlashed, LinkResolver, mentionedRefs, ownUnRef } from '../common/index.js';
import { checkFile } from '../io/index.js';
import type { ReadContext, Source, SourceRecord } from '../types.js';
import { readHmtGroups } from './group.js';
import { mapGroup, schemaOf } from './map.js';
import type { HmtRow } from './read.js';

/** The list has been about 4 to 15 MB; a file fifty times that is not it. */
const MAX_BYTES = 500_000_000;

/** Register the group's own UN reference and link it to the parties its remarks cite. */
function noteRefs(links: LinkResolver, id: string, rows: HmtRow[]): void {
  for (const info of new Set(rows.map((r) => r.otherInformation))) {
    const own = ownUnRef(info);
    if (own) links.register(LinkResolver.key('ref', own), id);
    for (const { ref, sentence } of mentionedRefs(info)) {
      links.mention(id, LinkResolver.key('ref', ref), sentence);
    }
  }
}

async function* readHmt(files: string[], ctx: ReadContext): AsyncIterable<SourceRecord> {
  const links = new LinkResolver();
  for (const file of files) {
    checkFile(file, MAX_BYTES);
    for await (const rows of readHmtGroups(file, ctx.progress)) {
      const first = rows[0]!;
      let schema = schemaOf(first.groupType);
      if (!schema) {
        ctx.warn(
          `${file}: line ${first.line}: Group Type "${first.groupType}" read as a legal entity`,
        );
        schema = 'LegalEntity';
      }
      const drafts = mapGroup(rows, schema);
      noteRefs(links, drafts[0]!.id, rows);
      yield* drafts;
    }
  }
  const { links: resolved, unresolved } = links.resolve();
  if (unresolved > 0) ctx.warn(`${unresolved} cited UN references are not parties of this list`);
  yield* resolved;
}

export const ukHmtCsv: Source = {
  format: 'uk-hmt-csv',
  description: 'UK HM Treasury (OFSI) consolidated list of financial sanctions targets (CSV)',
  maxBytes: MAX_BYTES,
  sniff(head: string): boolean {
    return (
      /(^|\n)[^\n]{0,8}"?Name 6"?,"?Name 1"?,"?Name 2"?,/.test(head) && head.includes('Group ID')
    );
  },
  // The first line: `Last Updated,13/04/2018` (day first), before the header.
  published(head: string): string | null {
    const m = /^(?:\u00ef\u00bb\u00bf)?"?Last Updated"?,"?([\d/]{8,10})"?/.exec(head);
    return m ? dayOfSlashed(m[1], 'dmy') : null;
  },
  read: readHmt,
};
