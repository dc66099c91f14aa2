/**
 * The EU consolidated list of persons, groups and entities subject to financial sanctions, in the
 * Financial Sanctions Files XML format 1.1 (`export` root, one `sanctionEntity` per party).
 *
 * Entries without any name are skipped with a warning naming the record: they cannot be screened,
 * and one such record should not stop the whole list from loading. An entry without a `logicalId`
 * (its ID) stops the load with a SourceError.
 *
 * @example
 * for await (const record of euFsf.read(['eu.xml'], ctx)) store(record);
 */
import { dayOfIso, tagAttribute } from '../common/index.js';
import { checkFile, xmlRoot } from '../io/index.js';
import type { ReadContext, Source, SourceRecord } from '../types.js';
import { mapEntity } from './map.js';
import { readEuFile } from './read.js';

/** The root element `export` in the FSF namespace, whatever prefix it is written with. */
const ROOT =
  /<(?:[\w.-]+:)?export\b[^>]*\bxmlns(?::[\w.-]+)?\s*=\s*["']http:\/\/eu\.europa\.ec\/fpi\/fsd\/export["']/;

async function* read(files: string[], ctx: ReadContext): AsyncIterable<SourceRecord> {
  for (const file of files) checkFile(file, euFsf.maxBytes);
  for (const file of files) {
    for await (const entry of readEuFile(file, ctx.progress)) {
      const drafts = mapEntity(entry);
      if (drafts === null) {
        ctx.warn(
          `${file}: line ${entry.line}: sanctionEntity ${entry.logicalId} has no name; skipped`,
        );
        continue;
      }
      yield* drafts;
    }
  }
}

export const euFsf: Source = {
  format: 'eu-fsf',
  description: 'EU Financial Sanctions Files consolidated list (XML 1.1)',
  maxBytes: 512 * 1024 * 1024,
  sniff: (head) => ROOT.test(head),
  published(head: string): string | null {
    const root = xmlRoot(head);
    return root ? dayOfIso(tagAttribute(root.tag, 'generationDate')) : null;
  },
  read,
};
