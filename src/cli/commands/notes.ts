/**
 * `dossier note <case> "text" [--doc <id> --page N]` writes a reporter's note (or retracts one
 * with `--retract <id>`), `dossier notes <case>` lists them, and `dossier tag <case> <doc-id>
 * <tag> [--remove]` tags a document. Each write is kept in the audit trail (docs/cases.md).
 */
import type { Command } from 'commander';
import { noteJson } from '../../app/documents/index.js';
import type { CaseNote } from '../../store/cases/index.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import { printJson, printTable } from '../output.js';
import { actorOf } from './screening-common.js';

function wholeNumber(flag: string, text: string | undefined, min: number): number | null {
  if (text === undefined) return null;
  if (!/^\d{1,9}$/.test(text.trim()) || Number(text) < min) {
    throw new UsageError(`${flag} must be a whole number from ${min}, not "${text}"`);
  }
  return Number(text);
}

function whereOf(n: CaseNote): string {
  if (!n.documentId) return '';
  const page = n.page === null ? '' : ` p.${n.page}`;
  const span = n.start === null ? '' : ` [${n.start},${n.end})`;
  return `${n.documentId.slice(0, 12)}${page}${span}`;
}

interface NoteFlags {
  doc?: string;
  page?: string;
  start?: string;
  end?: string;
  retract?: string;
  by?: string;
  json?: boolean;
}

export function registerNotes(program: Command, ctx: CommandContext) {
  program
    .command('note')
    .description("write a note on a case, or a document's page or span; kept in the audit trail")
    .argument('<case>', 'the case')
    .argument('[text]', 'the note')
    .option('--doc <id>', 'the document it is about (its ID or 6 hex digits or more of it)')
    .option('--page <n>', 'the page of that document, from 1')
    .option('--start <offset>', "where the span starts in the page's text")
    .option('--end <offset>', 'where the span ends (exclusive)')
    .option('--retract <note-id>', 'retract a note (kept, marked retracted) instead of writing one')
    .option('--by <name>', 'who writes (default: the user name)')
    .option('--json', 'print JSON')
    .action(async (caseName: string, text: string | undefined, flags: NoteFlags, command) => {
      const notes = ctx.dossier(command).documents.notes;
      const actor = actorOf(flags.by);
      if (flags.retract !== undefined) {
        if (text !== undefined) throw new UsageError('give a note to write or --retract, not both');
        const id = wholeNumber('--retract', flags.retract, 1)!;
        const note = await notes.retract(caseName, id, actor);
        if (flags.json) return printJson(ctx.io, noteJson(note));
        ctx.io.out.write(`Retracted note ${note.id} (kept in the case, marked retracted)\n`);
        return;
      }
      if (text === undefined)
        throw new UsageError('give the note\'s text: dossier note <case> "text"');
      const note = await notes.add(caseName, {
        text,
        documentId: flags.doc ?? null,
        page: wholeNumber('--page', flags.page, 1),
        start: wholeNumber('--start', flags.start, 0),
        end: wholeNumber('--end', flags.end, 1),
        actor,
      });
      if (flags.json) return printJson(ctx.io, noteJson(note));
      const where = whereOf(note);
      ctx.io.out.write(`Note ${note.id} on case ${caseName}${where ? ` (${where})` : ''}\n`);
    });

  program
    .command('notes')
    .description("list a case's notes, oldest first, retracted ones marked")
    .argument('<case>', 'the case')
    .option('--doc <id>', 'only the notes on this document')
    .option('--active', 'leave out retracted notes')
    .option('--json', 'print JSON')
    .action(
      async (
        caseName: string,
        flags: { doc?: string; active?: boolean; json?: boolean },
        command: Command,
      ) => {
        const list = await ctx.dossier(command).documents.notes.list(caseName, {
          ...(flags.doc === undefined ? {} : { documentId: flags.doc }),
          ...(flags.active ? { retracted: false } : {}),
        });
        if (flags.json) return printJson(ctx.io, { case: caseName, notes: list.map(noteJson) });
        if (list.length === 0) {
          ctx.io.out.write(
            `No notes on case ${caseName}: write one with dossier note ${caseName} "text"\n`,
          );
          return;
        }
        printTable(
          ctx.io,
          ['ID', 'BY', 'WRITTEN', 'STATUS', 'ON', 'NOTE'],
          list.map((n) => [String(n.id), n.actor, n.createdAt, n.status, whereOf(n), n.text]),
        );
      },
    );

  program
    .command('tag')
    .description('tag a document of a case (contract, key, to-check...); kept in the audit trail')
    .argument('<case>', 'the case')
    .argument('<doc-id>', 'the document (its ID or 6 hex digits or more of it)')
    .argument('<tag>', 'a word: letters, digits, ".", "_" or "-"')
    .option('--remove', 'take the tag off')
    .option('--by <name>', 'who tags (default: the user name)')
    .option('--json', 'print JSON')
    .action(
      async (
        caseName: string,
        id: string,
        tag: string,
        flags: { remove?: boolean; by?: string; json?: boolean },
        command: Command,
      ) => {
        const notes = ctx.dossier(command).documents.notes;
        const change = await notes.tag(caseName, id, tag, actorOf(flags.by), {
          remove: flags.remove === true,
        });
        if (flags.json) {
          return printJson(ctx.io, {
            document_id: change.documentId,
            tag: change.tag,
            changed: change.changed,
            tags: change.tags,
          });
        }
        const short = change.documentId.slice(0, 12);
        const { tag: t, changed } = change;
        const said = flags.remove
          ? changed
            ? `Removed tag ${t} from ${short}`
            : `Document ${short} has no tag ${t}`
          : changed
            ? `Tagged ${short} ${t}`
            : `Document ${short} already has tag ${t}`;
        const tags = change.tags.length > 0 ? change.tags.join(', ') : 'none';
        ctx.io.out.write(`${said}; its tags: ${tags}\n`);
      },
    );
}
