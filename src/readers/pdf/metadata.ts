/**
 * A PDF's document information as Dossier's document properties, named as FollowTheMoney's
 * Document schema names them (title, author, keywords, generator, authoredAt, modifiedAt), with
 * the page count.
 */
import { foldIdeographs } from '../../core/documents/index.js';
import { type PdfDocument, pdfDate } from './pdfjs.js';

const TEXT_FIELDS: [string, string][] = [
  ['Title', 'title'],
  ['Author', 'author'],
  ['Subject', 'summary'],
  ['Keywords', 'keywords'],
  ['Creator', 'generator'],
  ['Producer', 'generator'],
];

export async function readMetadata(doc: PdfDocument): Promise<Record<string, string[]>> {
  const properties: Record<string, string[]> = { pageCount: [String(doc.numPages)] };
  const add = (name: string, value: string | null) => {
    const clean = value ? foldIdeographs(value).replace(/\0/g, '').trim() : '';
    if (!clean) return;
    properties[name] ??= [];
    if (!properties[name].includes(clean)) properties[name].push(clean);
  };
  const { info, metadata } = await doc.getMetadata().catch(() => ({ info: {}, metadata: null }));
  const fields = info as Record<string, unknown>;
  for (const [field, name] of TEXT_FIELDS) {
    if (typeof fields[field] === 'string') add(name, fields[field] as string);
  }
  // XMP, when present, often carries the title where the info dictionary does not.
  if (!properties.title && metadata) add('title', metadata.get('dc:title'));
  add('authoredAt', await pdfDate(fields.CreationDate));
  add('modifiedAt', await pdfDate(fields.ModDate));
  if (fields.IsEncrypted) add('encrypted', 'true');
  return properties;
}
