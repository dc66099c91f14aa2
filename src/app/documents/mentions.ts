/**
 * Every mention of a case, across its documents: what `dossier mentions` lists and what `xref`
 * screens. Read document by document through the store's interface, so that a PostgreSQL store
 * needs no new method.
 */
import type { CaseStore, Mention } from '../../store/cases/index.js';

/** A mention with the name of the file it is in, for a reader to find it. */
export interface CaseMention extends Mention {
  fileName: string;
}

export interface MentionQuery {
  /** Only these kinds (`inn`, `money`, `org`...); every kind when empty or absent. */
  kinds?: readonly string[];
  /** Only this document (its full SHA-256). */
  documentId?: string;
}

/** By document (in the order added), then page, then start offset. */
export async function caseMentions(
  cases: CaseStore,
  caseName: string,
  query: MentionQuery = {},
): Promise<CaseMention[]> {
  const kinds = query.kinds && query.kinds.length > 0 ? [...new Set(query.kinds)] : null;
  const documents = (await cases.listDocuments(caseName)).filter(
    (d) => query.documentId === undefined || d.id === query.documentId,
  );
  const found: CaseMention[] = [];
  for (const document of documents) {
    // One kind is filtered by the store; several are read once and filtered here.
    const filter = kinds?.length === 1 ? { kind: kinds[0]! } : {};
    const mentions = await cases.mentionsOf(caseName, document.id, filter);
    for (const m of mentions) {
      if (kinds && !kinds.includes(m.kind)) continue;
      found.push({ ...m, fileName: document.fileName });
    }
  }
  return found;
}
