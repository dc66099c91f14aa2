/**
 * `dossier add <case> <file|folder>...`: store, read and index documents. Files that fail to read
 * are recorded with their reason (`dossier docs <case> --failed`) and do not stop the others; a
 * killed run is resumed by running it again.
 */
import type { Command } from 'commander';
import type { MatchIndex } from '../../app/matching/index.js';
import { type AddProgress, DEFAULT_OCR_LANGUAGES } from '../../app/documents/index.js';
import type { CommandContext } from '../context.js';
import type { Io } from '../output.js';
import { printJson } from '../output.js';

/** One line redrawn in place on a terminal; nothing elsewhere. */
function progressLine(io: Io, caseName: string) {
  let last = 0;
  let drawn = false;
  return {
    update(p: AddProgress) {
      if (!io.interactive) return;
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      drawn = true;
      const path = p.path.length > 50 ? `...${p.path.slice(-47)}` : p.path;
      io.err.write(
        `\r\x1b[Kadd ${caseName}: ${p.files} files, ${p.read} read, ${p.failed} failed  ${path}`,
      );
    },
    clear() {
      if (drawn) io.err.write('\r\x1b[K');
    },
  };
}

interface AddFlags {
  ocrLang: string;
  json?: boolean;
}

export function registerAdd(program: Command, ctx: CommandContext) {
  program
    .command('add')
    .description('add files and folders to a case: store, read (OCR where needed) and index them')
    .argument('<case>', 'the case, made with dossier case create')
    .argument('<paths...>', 'files and folders (folders are walked; archives and e-mails opened)')
    .option(
      '--ocr-lang <langs>',
      'Tesseract languages for scans, joined by +',
      DEFAULT_OCR_LANGUAGES,
    )
    .option('--json', 'print the summary as JSON')
    .action(async (caseName: string, paths: string[], options: AddFlags, command: Command) => {
      const dossier = ctx.dossier(command);
      const documents = dossier.documents;
      await documents.requireCase(caseName);
      // With lists loaded, the list entities named in the pages are found as they are read.
      let index: MatchIndex | undefined;
      if ((await dossier.lists.datasets()).length > 0) {
        const service = await dossier.matching();
        service.progress = (line) => ctx.io.err.write(`${line}\n`);
        await service.refresh();
        index = { matcher: service.matcher, catalog: service.catalog! };
      }
      const progress = progressLine(ctx.io, caseName);
      let summary: Awaited<ReturnType<typeof documents.add>>;
      try {
        summary = await documents.add(caseName, paths, {
          ocrLanguages: options.ocrLang,
          onProgress: progress.update,
          ...(index ? { index } : {}),
        });
      } finally {
        progress.clear();
      }
      if (options.json) return printJson(ctx.io, summary);
      const { files, added, known, read, processed, failed, problems } = summary;
      ctx.io.out.write(
        `Added ${files} files to case ${caseName}: ${added} new documents, ${known} already known; ` +
          `read ${read}: ${processed} processed, ${failed} failed\n`,
      );
      if (failed > 0) ctx.io.out.write(`See why with: dossier docs ${caseName} --failed\n`);
      for (const problem of problems) ctx.io.err.write(`warning: ${problem}\n`);
    });
}
