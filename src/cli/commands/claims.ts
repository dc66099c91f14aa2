/**
 * `dossier claims <case>`: what the case's documents assert (payments, supplies, directorships,
 * guarantees, contracts), each with the document and page it rests on; `--refresh` reads them
 * again. `dossier claim <case> <id> --confirm|--dispute`: a reviewer's call, in the audit trail.
 */
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { Command } from 'commander';
import { type CaseClaim, caseEntities, reviewCaseClaim } from '../../app/documents/index.js';
import { CLAIM_KINDS } from '../../core/extraction/claims/index.js';
import { unknownNameMessage } from '../../core/suggest/index.js';
import type { ClaimStatus } from '../../store/cases/index.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import { printJson, printTable } from '../output.js';
import { actorOf } from './screening-common.js';

const STATUSES: readonly ClaimStatus[] = ['extracted', 'confirmed', 'disputed'];

export function claimJson(c: CaseClaim) {
  return {
    id: c.id,
    kind: c.kind,
    subject: c.subject,
    object: c.object,
    properties: c.properties,
    status: c.status,
    note: c.note,
    reviewed_at: c.reviewedAt,
    evidence: c.places.map((p) => ({
      document_id: p.documentId,
      file_name: p.fileName,
      mention_id: p.mentionId,
      page: p.page,
      start: p.start,
      end: p.end,
      kind: p.kind,
      text: p.text,
    })),
  };
}

/** "4200000.00 CNY 2024-03-20", "HS 8806, 8473", "генеральный директор", "№ ТСК-14/2024". */
function factsOf(c: CaseClaim): string {
  const p = c.properties;
  const parts = [
    p.amount && `${p.amount.join('/')} ${p.currency?.join('/') ?? ''}`.trim(),
    p.contract && `№ ${p.contract.join(', ')}`,
    p.date?.join(', '),
    p.hsCode && `HS ${p.hsCode.join(', ')}`,
    p.role?.join(', '),
  ];
  return parts.filter(Boolean).join(' ');
}

function checked<T extends string>(what: string, value: string | undefined, known: readonly T[]) {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  if (!(known as readonly string[]).includes(v)) {
    throw new UsageError(unknownNameMessage(what, v, known, `${what}s`));
  }
  return v as T;
}

export function registerClaims(program: Command, ctx: CommandContext) {
  program
    .command('claims')
    .description('list what the documents of a case assert: payments, supplies, directorships...')
    .argument('<case>', 'the case')
    .option('--kind <kind>', `only this kind: ${CLAIM_KINDS.join(', ')}`)
    .option('--status <status>', `only this status: ${STATUSES.join(', ')}`)
    .option('--entity <id>', 'only claims whose subject or object is this entity or party')
    .option('--refresh', 'read every document again first (reviews are kept)')
    .option('--json', 'print JSON')
    .action(
      async (
        caseName: string,
        options: {
          kind?: string;
          status?: string;
          entity?: string;
          refresh?: boolean;
          json?: boolean;
        },
        command: Command,
      ) => {
        const kind = checked('claim kind', options.kind, CLAIM_KINDS);
        const status = checked('claim status', options.status, STATUSES);
        const service = ctx.dossier(command).documents;
        if (options.refresh) {
          const { documents, claims } = await service.refreshClaims(caseName);
          ctx.io.err.write(`Read ${claims} claims from ${documents} documents\n`);
        }
        const filter = {
          ...(kind ? { kind } : {}),
          ...(status ? { status } : {}),
          ...(options.entity ? { entity: options.entity } : {}),
        };
        const claims = await service.claims(caseName, filter);
        if (options.json) return printJson(ctx.io, claims.map(claimJson));
        if (claims.length === 0) {
          ctx.io.out.write(`No claims in case ${caseName}\n`);
          return;
        }
        printTable(
          ctx.io,
          ['ID', 'KIND', 'SUBJECT', 'OBJECT', 'FACTS', 'STATUS', 'DOC', 'FILE', 'PAGE'],
          claims.map((c) => {
            const first = c.places[0];
            return [
              c.id,
              c.kind,
              c.properties.subjectName?.[0] ?? c.subject,
              c.properties.objectName?.[0] ?? c.object ?? '',
              factsOf(c),
              c.status,
              first?.documentId.slice(0, 12) ?? '',
              first?.fileName ?? '',
              first ? String(first.page) : '',
            ];
          }),
        );
        ctx.io.out.write(`${claims.length} claims\n`);
      },
    );

  program
    .command('claim')
    .description('confirm or dispute a claim; the review is kept in the audit trail')
    .argument('<case>', 'the case')
    .argument('<claim-id>', 'the claim, as dossier claims lists it')
    .option('--confirm', 'the claim holds')
    .option('--dispute', 'the claim does not hold')
    .option('--reset', 'back to extracted (unreviewed)')
    .option('--note <text>', "the reviewer's note")
    .option('--by <name>', 'who reviews (default: the user name)')
    .option('--json', 'print JSON')
    .action(
      async (
        caseName: string,
        claimId: string,
        options: {
          confirm?: boolean;
          dispute?: boolean;
          reset?: boolean;
          note?: string;
          by?: string;
          json?: boolean;
        },
        command: Command,
      ) => {
        const chosen = (['confirm', 'dispute', 'reset'] as const).filter((o) => options[o]);
        if (chosen.length !== 1)
          throw new UsageError('give one of --confirm, --dispute or --reset');
        const status: ClaimStatus =
          chosen[0] === 'confirm'
            ? 'confirmed'
            : chosen[0] === 'dispute'
              ? 'disputed'
              : 'extracted';
        const dossier = ctx.dossier(command);
        await dossier.documents.requireCase(caseName);
        const claim = await reviewCaseClaim(
          { cases: dossier.cases, audit: dossier.screening },
          { caseName, claimId, status, note: options.note ?? null, actor: actorOf(options.by) },
        );
        if (options.json) {
          const [full] = (await dossier.documents.claims(caseName)).filter(
            (c) => c.id === claim.id,
          );
          return printJson(ctx.io, claimJson(full!));
        }
        ctx.io.out.write(
          `Claim ${claim.id} is ${claim.status}${claim.note ? `: ${claim.note}` : ''}\n`,
        );
      },
    );
}

/**
 * `dossier case export <case> [--format ftm] [--out file]`: the case's documents, parties and
 * claims as FollowTheMoney JSON lines (`dossier export` writes a loaded list's entities). Put
 * under the `case` group that `case create` made, or a new one.
 */
export function registerCaseExport(program: Command, ctx: CommandContext) {
  const group =
    program.commands.find((c) => c.name() === 'case') ??
    program.command('case').description('create a case to add documents to');
  group
    .command('export')
    .description("write a case's documents, parties and claims as FollowTheMoney JSON lines")
    .argument('<case>', 'the case')
    .option('--format <format>', 'output format (ftm)', 'ftm')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(
      async (caseName: string, options: { format: string; out?: string }, command: Command) => {
        if (options.format !== 'ftm') {
          throw new UsageError(`unknown export format "${options.format}"; use ftm`);
        }
        const dossier = ctx.dossier(command);
        await dossier.documents.requireCase(caseName);
        const entities = await caseEntities(dossier.cases, caseName);
        const out = options.out ? createWriteStream(options.out) : ctx.io.out;
        for (const e of entities) {
          if (!out.write(`${JSON.stringify(e)}\n`))
            await new Promise<void>((r) => out.once('drain', () => r()));
        }
        if (options.out) {
          out.end();
          await finished(out);
          ctx.io.err.write(`Wrote ${entities.length} entities to ${options.out}\n`);
        }
      },
    );
  group.commands.at(-1)?.exitOverride();
}
