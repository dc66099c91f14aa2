/**
 * Word documents (DOCX). Pages, in this order, each only when it has content:
 * 1. `body`: the text in reading order as the document now stands (tracked changes accepted);
 * 2. `tracked-changes`: every tracked insertion, deletion and move, one per entry, as
 *    `[deleted by <author>, <date>] <text>`: deleted text is found here and only here;
 * 3. `comments`: every comment, as `[comment <id> by <author>, <date>, on "<anchored text>"] <text>`;
 * 4. `notes`: footnotes and endnotes, in part order;
 * 5. `headers-footers`: page headers and footers (letterheads often carry a company's details),
 *    each distinct text once.
 * The property `pageRoles` names each page's role in page order; `trackedChanges` and `comments`
 * count them. Core and app properties (title, author, lastModifiedBy, created, modified, company...)
 * are properties too. Tracked changes inside notes, headers and footers are read as accepted.
 */
import type { ReadOutcome, ReadPage } from '../../core/documents/index.js';
import { ReadProblem, readSafely } from '../read-problem.js';
import type { DocumentReader, ReadInput } from '../types.js';
import { officeProperties } from './core-properties.js';
import { type Comment, docxBody, docxComments, type Revision } from './docx-text.js';
import { OfficePackage } from './package.js';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function label(what: string, author: string | null, date: string | null, extra = ''): string {
  return `[${[what + (author ? ` by ${author}` : ''), date, extra].filter(Boolean).join(', ')}]`;
}

export function revisionsText(revisions: readonly Revision[]): string {
  const lines = revisions.map((r) => `${label(r.kind, r.author, r.date)} ${r.text}`);
  return ['Tracked changes', ...lines].join('\n');
}

export function commentsText(comments: readonly Comment[], anchors: ReadonlyMap<string, string>) {
  const lines = comments.map((c) => {
    const anchor = anchors.get(c.id);
    const on = anchor ? `on "${anchor.replace(/\s+/g, ' ')}"` : '';
    return `${label(`comment ${c.id}`, c.author, c.date, on)} ${c.text}`;
  });
  return ['Comments', ...lines].join('\n');
}

/** The text of the parts a relationship type points to (notes, headers), each distinct text once. */
async function partsText(pkg: OfficePackage, main: string, types: string[]): Promise<string> {
  const rels = await pkg.relationships(main);
  const texts: string[] = [];
  for (const rel of rels.filter((r) => types.some((t) => r.type.endsWith(`/${t}`)))) {
    const part = docxBody();
    if (!(await pkg.xml(rel.part, part.handlers))) continue;
    const text = part.result().text.trim();
    if (text && !texts.includes(text)) texts.push(text);
  }
  return texts.join('\n');
}

function page(page: number, text: string): ReadPage {
  return {
    page,
    text,
    method: 'text',
    language: null,
    confidence: null,
    width: null,
    height: null,
  };
}

async function readDocx(input: ReadInput): Promise<ReadOutcome> {
  const pkg = await OfficePackage.open(input.bytes, input.limits, input.signal);
  try {
    const main = await pkg.related('', 'officeDocument', 'word/document.xml');
    if (main === null)
      throw new ReadProblem('text', 'corrupt', 'no main document part: not a DOCX');
    const body = docxBody();
    await pkg.xml(main, body.handlers);
    const { text, revisions, anchors } = body.result();
    const commentsPart = await pkg.related(main, 'comments', 'word/comments.xml');
    const comments = docxComments();
    if (commentsPart) await pkg.xml(commentsPart, comments.handlers);
    const properties = await officeProperties(pkg);

    const roles = ['body'];
    const pages = [page(1, text)];
    if (revisions.length > 0) {
      roles.push('tracked-changes');
      pages.push(page(pages.length + 1, revisionsText(revisions)));
    }
    const found = comments.result();
    if (found.length > 0) {
      roles.push('comments');
      pages.push(page(pages.length + 1, commentsText(found, anchors)));
    }
    const extra: [string, string[]][] = [
      ['notes', ['footnotes', 'endnotes']],
      ['headers-footers', ['header', 'footer']],
    ];
    for (const [role, types] of extra) {
      const text = await partsText(pkg, main, types);
      if (!text) continue;
      roles.push(role);
      pages.push(page(pages.length + 1, text));
    }
    properties.pageRoles = roles;
    properties.trackedChanges = [String(revisions.length)];
    properties.comments = [String(found.length)];
    return { status: 'processed', properties, pages, children: [] };
  } finally {
    pkg.close();
  }
}

export const docxReader: DocumentReader = {
  name: 'docx',
  accepts(mediaType, fileName) {
    return mediaType === DOCX_TYPE || /\.(docx|docm)$/i.test(fileName);
  },
  read(input) {
    return readSafely('text', () => readDocx(input));
  },
};
