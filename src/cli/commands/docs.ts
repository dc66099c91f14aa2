/**
 * `dossier docs <case>` (every document with its status, and why it failed) and
 * `dossier doc <case> <id>` (one document: metadata, places, each page's text).
 */
import type { Command } from 'commander';
import type { DocumentInfo, DocumentRecord, Page } from '../../store/cases/index.js';
import type { CommandContext } from '../context.js';
import { printJson, printTable } from '../output.js';

function documentJson(d: DocumentInfo) {
  return {
    id: d.id,
    file_name: d.fileName,
    media_type: d.mediaType,
    size: d.size,
    status: d.status,
    failure: d.failure,
    pages: d.pageCount,
    properties: d.properties,
    added_at: d.addedAt,
    tags: d.tags,
  };
}

function pageJson(p: Page) {
  return {
    page: p.page,
    method: p.method,
    language: p.language,
    confidence: p.confidence,
    width: p.width,
    height: p.height,
    text: p.text,
  };
}

function reasonOf(d: DocumentInfo): string {
  if (!d.failure) return '';
  return `${d.failure.reason ?? d.failure.stage}: ${d.failure.message}`;
}

function printDocument(
  ctx: CommandContext,
  d: DocumentRecord,
  pages: Page[],
  children: DocumentInfo[],
) {
  const out = ctx.io.out;
  out.write(`${d.fileName} (${d.id})\n`);
  out.write(`type: ${d.mediaType}, ${d.size} bytes, ${d.pageCount} pages, ${d.status}\n`);
  if (d.failure) out.write(`failed: ${reasonOf(d)} (at ${d.failure.stage})\n`);
  for (const [name, values] of Object.entries(d.properties)) {
    out.write(`${name}: ${values.join('; ')}\n`);
  }
  for (const place of d.places) {
    const inside = place.parentId ? ` inside ${place.parentId.slice(0, 12)}` : '';
    out.write(`found at: ${place.path}${inside}\n`);
  }
  for (const child of children) out.write(`contains: ${child.id.slice(0, 12)} ${child.fileName}\n`);
  for (const page of pages) {
    const how =
      page.method === 'ocr'
        ? `OCR ${page.language ?? ''}${page.confidence === null ? '' : ` ${page.confidence.toFixed(2)}`}`
        : 'text';
    out.write(`\n--- page ${page.page} (${how}) ---\n${page.text}\n`);
  }
}

export function registerDocs(program: Command, ctx: CommandContext) {
  program
    .command('docs')
    .description("list a case's documents with their status, and the reason each failed one failed")
    .argument('<case>', 'the case')
    .option('--failed', 'only the documents that could not be read')
    .option('--tag <tag>', 'only the documents with this tag (dossier tag)')
    .option('--json', 'print JSON')
    .action(
      async (
        caseName: string,
        options: { failed?: boolean; tag?: string; json?: boolean },
        command: Command,
      ) => {
        const service = ctx.dossier(command).documents;
        const { documents, counts } = await service.documents(caseName, {
          failed: options.failed,
          ...(options.tag === undefined ? {} : { tag: options.tag }),
        });
        if (options.json) {
          return printJson(ctx.io, {
            case: caseName,
            counts,
            documents: documents.map(documentJson),
          });
        }
        if (documents.length === 0) {
          ctx.io.out.write(
            options.tag !== undefined
              ? `No documents tagged ${options.tag} in case ${caseName}\n`
              : options.failed
                ? `No failed documents in case ${caseName}\n`
                : `No documents in case ${caseName} yet: try dossier add ${caseName} <path>\n`,
          );
          return;
        }
        // A TAGS column only once a document has a tag, so that untagged cases print as before.
        const tagged = documents.some((d) => d.tags.length > 0);
        printTable(
          ctx.io,
          ['ID', 'STATUS', 'PAGES', 'TYPE', 'NAME', ...(tagged ? ['TAGS'] : []), 'REASON'],
          documents.map((d) => [
            d.id.slice(0, 12),
            d.status,
            String(d.pageCount),
            d.mediaType,
            d.fileName,
            ...(tagged ? [d.tags.join(',')] : []),
            reasonOf(d),
          ]),
        );
        ctx.io.out.write(
          `${counts.total} documents: ${counts.processed} processed, ${counts.failed} failed, ` +
            `${counts.pending} pending\n`,
        );
      },
    );

  program
    .command('doc')
    .description("show a document: its metadata, every place it was found, and each page's text")
    .argument('<case>', 'the case')
    .argument('<id>', "the document's SHA-256, or its first 6 characters or more")
    .option('--json', 'print JSON')
    .action(async (caseName: string, id: string, options: { json?: boolean }, command: Command) => {
      const service = ctx.dossier(command).documents;
      const { document, pages, children } = await service.document(caseName, id);
      if (options.json) {
        return printJson(ctx.io, {
          ...documentJson(document),
          places: document.places.map((p) => ({
            path: p.path,
            parent_id: p.parentId,
            found_at: p.foundAt,
          })),
          children: children.map((c) => ({ id: c.id, file_name: c.fileName, status: c.status })),
          page_texts: pages.map(pageJson),
        });
      }
      printDocument(ctx, document, pages, children);
    });
}
