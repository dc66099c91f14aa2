/**
 * The UK Sanctions List (FCDO), XML: every UK designation of persons, entities and ships, the
 * single UK list since the HM Treasury consolidated list closed.
 *
 * @example
 * for await (const draft of ukFcdoXml.read(['UK-Sanctions-List.xml'], ctx)) store.add(draft);
 */
import type { EntityDraft } from '../../core/model/index.js';
import { dayOfSlashed, headElementText, LinkResolver, mentionedRefs } from '../common/index.js';
import { checkFile } from '../io/index.js';
import type { ReadContext, Source, SourceRecord } from '../types.js';
import { mapDesignation, schemaOf } from './map.js';
import { type FcdoDesignation, readDesignations } from './read.js';

/** The full list is some tens of MB. */
const MAX_BYTES = 1_000_000_000;

/** Register what designates this party, and note the parties its remarks and details cite. */
function noteLinks(
  links: LinkResolver,
  d: FcdoDesignation,
  target: EntityDraft,
  mentions: { name: string; role: string }[],
): void {
  const id = target.id;
  if (d.unReferenceNumber) links.register(LinkResolver.key('ref', d.unReferenceNumber), id);
  for (const name of [...target.get('name'), ...target.get('alias')]) {
    links.register(LinkResolver.key('name', name), id);
  }
  for (const text of [d.otherInformation, d.statementOfReasons]) {
    for (const { ref, sentence } of mentionedRefs(text)) {
      links.mention(id, LinkResolver.key('ref', ref), sentence);
    }
  }
  for (const { name, role } of mentions) links.mention(id, LinkResolver.key('name', name), role);
}

async function* readFcdo(files: string[], ctx: ReadContext): AsyncIterable<SourceRecord> {
  const links = new LinkResolver();
  const seen = new Set<string>();
  for (const file of files) {
    checkFile(file, MAX_BYTES);
    for await (const d of readDesignations(file, ctx.progress)) {
      let schema = schemaOf(d.kind);
      if (!schema) {
        ctx.warn(
          `${file}: line ${d.line}: IndividualEntityShip "${d.kind}" read as a legal entity`,
        );
        schema = 'LegalEntity';
      }
      const { drafts, mentions } = mapDesignation(d, schema);
      const target = drafts[0]!;
      if (seen.has(target.id)) ctx.warn(`${file}: line ${d.line}: UniqueID ${d.uniqueId} repeated`);
      seen.add(target.id);
      noteLinks(links, d, target, mentions);
      yield* drafts;
    }
  }
  const { links: resolved, unresolved } = links.resolve();
  if (unresolved > 0) ctx.warn(`${unresolved} cited parties are not designations of this list`);
  yield* resolved;
}

export const ukFcdoXml: Source = {
  format: 'uk-fcdo-xml',
  description: 'UK Sanctions List of the Foreign, Commonwealth and Development Office (XML)',
  maxBytes: MAX_BYTES,
  sniff(head: string): boolean {
    return /<Designations[\s>]/.test(head) && /<Designation[\s>]/.test(head);
  },
  // <DateGenerated>10/09/2026</DateGenerated>: day first.
  published: (head) => dayOfSlashed(headElementText(head, 'DateGenerated'), 'dmy'),
  read: readFcdo,
};
