/**
 * `dossier mentions <case>`: everything the extractors found, each with its document, page and
 * span, so that a reader can open the page and see the very characters it came from.
 */
import type { Command } from 'commander';
import { type CaseMention, MENTION_KINDS } from '../../app/documents/index.js';
import { unknownNameMessage } from '../../core/suggest/index.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import { printJson, printTable } from '../output.js';

/**
 * `--kind inn --kind money` or `--kind inn,money`, each checked. `party` (the word) is
 * every kind that names one: organisations and persons as well.
 */
function kindsOf(raw: readonly string[]): string[] {
  const kinds = raw.flatMap((k) => k.split(',')).map((k) => k.trim().toLowerCase());
  for (const kind of kinds) {
    if (!(MENTION_KINDS as readonly string[]).includes(kind)) {
      throw new UsageError(unknownNameMessage('mention kind', kind, MENTION_KINDS, 'kinds'));
    }
  }
  return kinds.flatMap((k) => (k === 'party' ? ['org', 'person', 'party'] : [k]));
}

export function mentionJson(m: CaseMention) {
  return {
    id: m.id,
    document_id: m.documentId,
    file_name: m.fileName,
    page: m.page,
    start: m.start,
    end: m.end,
    kind: m.kind,
    text: m.text,
    value: m.value,
    extractor: m.extractor,
    confidence: m.confidence,
    box: m.box,
    link: m.link ? { entity_id: m.link.entityId, score: m.link.score } : null,
  };
}

export function registerMentions(program: Command, ctx: CommandContext) {
  program
    .command('mentions')
    .description("list what was found in a case's pages: identifiers, money, dates, parties")
    .argument('<case>', 'the case')
    .option(
      '--kind <kind>',
      `only this kind (repeatable, or comma-separated): ${MENTION_KINDS.join(', ')}`,
      (v: string, all: string[]) => [...all, v],
      [] as string[],
    )
    .option('--doc <id>', 'only this document (its SHA-256, or its first 6 characters or more)')
    .option('--json', 'print JSON')
    .action(
      async (
        caseName: string,
        options: { kind: string[]; doc?: string; json?: boolean },
        command: Command,
      ) => {
        const kinds = kindsOf(options.kind);
        const service = ctx.dossier(command).documents;
        const mentions = await service.mentions(caseName, { kinds, documentId: options.doc });
        if (options.json) return printJson(ctx.io, mentions.map(mentionJson));
        if (mentions.length === 0) {
          ctx.io.out.write(`No mentions found in case ${caseName}\n`);
          return;
        }
        printTable(
          ctx.io,
          ['DOC', 'FILE', 'PAGE', 'SPAN', 'KIND', 'VALUE', 'CONF', 'EXTRACTOR', 'TEXT'],
          mentions.map((m) => [
            m.documentId.slice(0, 12),
            m.fileName,
            String(m.page),
            `${m.start}-${m.end}`,
            m.kind,
            m.value,
            m.confidence === null ? '' : m.confidence.toFixed(2),
            m.extractor,
            m.text.replace(/\s+/g, ' '),
          ]),
        );
        ctx.io.out.write(`${mentions.length} mentions\n`);
      },
    );
}
