/**
 * The Passport or Identification entity an identity document becomes. Sources differ in what
 * they know of a document, but all name it the same way: by its holder, its kind as the list
 * writes it, and its number, so that the same document listed twice on an entry is one entity.
 */
import { derivedId, EntityDraft } from '../../core/model/index.js';

export type DocumentSchema = 'Passport' | 'Identification';

/** The ID of the document of kind `kind` (as the source names kinds) numbered `number`. */
export function documentId(holderId: string, kind: string, number: string): string {
  return derivedId(holderId, 'id', kind, number);
}

/**
 * A document of `holder` with its number or numbers (the first names it; a document may be
 * written in two scripts), each with `original` as its source text when given. The caller adds
 * what else the list says (type, country, dates) to the returned draft.
 */
export function identityDocument(
  holder: EntityDraft,
  schema: DocumentSchema,
  kind: string,
  numbers: string | readonly string[],
  original?: string,
): EntityDraft {
  const all = typeof numbers === 'string' ? [numbers] : numbers;
  const first = all[0];
  if (first === undefined) throw new Error(`a ${schema} of ${holder.id} without a number`);
  const doc = new EntityDraft(schema, documentId(holder.id, kind, first));
  doc.add('holder', holder.id);
  for (const number of all) doc.add('number', number, { original });
  return doc;
}
