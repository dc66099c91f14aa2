/**
 * The UN Security Council consolidated sanctions list, as the UN publishes it in XML
 * (CONSOLIDATED_LIST with INDIVIDUALS and ENTITIES).
 *
 * @example
 * for await (const draft of unSc.read(['consolidated.xml'], ctx)) store.add(draft);
 */
import { dayOfIso, LinkResolver, mentionedRefs, tagAttribute } from '../common/index.js';
import { checkFile, xmlRoot } from '../io/index.js';
import type { ReadContext, Source, SourceRecord } from '../types.js';
import { mapEntry } from './map.js';
import { readUnEntries } from './read.js';

/** The full list is about 2 MB; fifty times that is not a UN list. */
const MAX_BYTES = 100_000_000;

async function* readUn(files: string[], ctx: ReadContext): AsyncIterable<SourceRecord> {
  const links = new LinkResolver();
  const seen = new Set<string>();
  for (const file of files) {
    checkFile(file, MAX_BYTES);
    for await (const entry of readUnEntries(file, ctx.progress)) {
      const drafts = mapEntry(entry);
      const id = drafts[0]!.id;
      if (seen.has(id)) ctx.warn(`${file}: line ${entry.line}: DATAID ${entry.dataId} repeated`);
      seen.add(id);
      if (entry.referenceNumber) links.register(LinkResolver.key('ref', entry.referenceNumber), id);
      // Remarks cite related entries by reference: "Associated with Mokhtar Belmokhtar (QDi.136)".
      for (const { ref, sentence } of mentionedRefs(entry.comments)) {
        links.mention(id, LinkResolver.key('ref', ref), sentence);
      }
      yield* drafts;
    }
  }
  const { links: resolved, unresolved } = links.resolve();
  if (unresolved > 0) ctx.warn(`${unresolved} cited UN references are not entries of this list`);
  yield* resolved;
}

export const unSc: Source = {
  format: 'un-xml',
  description: 'UN Security Council consolidated sanctions list (XML)',
  maxBytes: MAX_BYTES,
  sniff(head: string): boolean {
    return /<CONSOLIDATED_LIST[\s>]/.test(head) && /<(INDIVIDUALS|ENTITIES)[\s/>]/.test(head);
  },
  published(head: string): string | null {
    const root = xmlRoot(head);
    return root ? dayOfIso(tagAttribute(root.tag, 'dateGenerated')) : null;
  },
  read: readUn,
};
