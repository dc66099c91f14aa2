/**
 * `dossier find <case> <query>`: pages holding the query, with highlighted snippets. A Latin query
 * finds Cyrillic and Chinese text and the reverse (see docs/documents.md).
 */
import type { Command } from 'commander';
import type { Snippet } from '../../core/documents/index.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import { printJson } from '../output.js';

/** The snippet with its highlights in brackets, or in reverse video on a terminal. */
function marked(snippet: Snippet, terminal: boolean): string {
  const [open, close] = terminal ? ['\x1b[7m', '\x1b[0m'] : ['[', ']'];
  let out = '';
  let at = 0;
  for (const [start, end] of snippet.highlights) {
    out += `${snippet.text.slice(at, start)}${open}${snippet.text.slice(start, end)}${close}`;
    at = end;
  }
  return `${out}${snippet.text.slice(at)}`;
}

export function registerFind(program: Command, ctx: CommandContext) {
  program
    .command('find')
    .description("search a case's pages; a Latin query also finds Cyrillic and Chinese text")
    .argument('<case>', 'the case')
    .argument('<query>', 'three or more characters, found anywhere (no word breaks needed)')
    .option('--limit <n>', 'at most this many pages', '20')
    .option('--json', 'print JSON')
    .action(
      async (
        caseName: string,
        query: string,
        options: { limit: string; json?: boolean },
        command: Command,
      ) => {
        const limit = Number(options.limit);
        if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
          throw new UsageError('--limit must be a whole number from 1 to 1000');
        }
        const hits = await ctx.dossier(command).documents.find(caseName, query, { limit });
        if (options.json) {
          return printJson(
            ctx.io,
            hits.map((h) => ({
              document_id: h.documentId,
              file_name: h.fileName,
              page: h.page,
              spans: h.spans,
              snippets: h.snippets,
            })),
          );
        }
        if (hits.length === 0) {
          ctx.io.out.write(`Nothing found for "${query}" in case ${caseName}\n`);
          return;
        }
        const terminal = Boolean((ctx.io.out as { isTTY?: boolean }).isTTY);
        for (const hit of hits) {
          ctx.io.out.write(`${hit.documentId.slice(0, 12)}  ${hit.fileName}  page ${hit.page}\n`);
          for (const snippet of hit.snippets) ctx.io.out.write(`  ${marked(snippet, terminal)}\n`);
        }
      },
    );
}
