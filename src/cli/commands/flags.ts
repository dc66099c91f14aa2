/**
 * `dossier flags <dataset|case> [--case|--dataset] [--json] [--chpl <file>]`: the red flags of a
 * trade dataset's records or of a case's supply and payment claims, each with the records (or
 * claims, with their document and page) it rests on, and the risk per party and per route.
 */
import type { Command } from 'commander';
import {
  type CaseFlagsReport,
  flagsByName,
  tradeDepsOf,
  type TradeFlagsReport,
} from '../../app/trade/index.js';
import type { FlagCode } from '../../core/trade/index.js';
import { readChplFile } from '../../sources/trade/index.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import { printJson, printTable } from '../output.js';

function counts(flags: Partial<Record<FlagCode, number>>): string {
  const parts = Object.entries(flags).map(([code, n]) => (n === 1 ? code : `${code} ×${n}`));
  return parts.length ? parts.join(', ') : '-';
}

function money(value: Record<string, number>): string {
  const parts = Object.entries(value).map(([cur, n]) => `${n.toLocaleString('en-US')} ${cur}`);
  return parts.length ? parts.join(', ') : '-';
}

export function flagsJson(report: TradeFlagsReport) {
  return {
    dataset: report.dataset.dataset,
    source_file: report.dataset.sourceFile,
    records: report.dataset.records,
    chpl: report.chpl,
    flags: report.flags,
    parties: report.summary.parties,
    routes: report.summary.routes,
    notes: report.notes,
  };
}

export function caseFlagsJson(report: CaseFlagsReport) {
  const linkOf = (id: string) => {
    const l = report.links[id];
    return {
      record: id,
      claim: l?.claim ?? id,
      kind: l?.kind ?? null,
      status: l?.status ?? null,
      document_id: l?.documentId ?? null,
      file_name: l?.fileName ?? null,
      page: l?.page ?? null,
    };
  };
  return {
    case: report.caseName,
    claims: report.claims,
    records: report.records,
    chpl: report.chpl,
    flags: report.flags.map((f) => ({ ...f, claims: f.records.map(linkOf) })),
    parties: report.summary.parties,
    routes: report.summary.routes,
    notes: report.notes,
  };
}

/** "7bf079957e29-payment-p1-297 (payments.csv p1)" */
function claimsOf(report: CaseFlagsReport, records: string[]): string {
  return records
    .map((id) => {
      const l = report.links[id];
      return l?.fileName ? `${id} (${l.fileName} p${l.page})` : id;
    })
    .join(' ');
}

function printReport(
  ctx: CommandContext,
  report: TradeFlagsReport | CaseFlagsReport,
  headline: string,
  recordsOf: (records: string[]) => string,
) {
  const { flags, summary } = report;
  const out = ctx.io.out;
  out.write(`${headline}; ${flags.length} flag(s) (CHPL of ${report.chpl})\n\n`);
  if (flags.length > 0) {
    printTable(
      ctx.io,
      ['SEVERITY', 'FLAG', 'RECORDS', 'EXPLANATION'],
      flags.map((f) => [f.severity, f.code, recordsOf(f.records), f.explanation]),
    );
    out.write('\n');
  }
  out.write('Risk by party\n');
  printTable(
    ctx.io,
    ['SCORE', 'PARTY', 'ROLES', 'SHIPMENTS', 'FLAGS'],
    summary.parties.map((p) => [
      String(p.score),
      p.party,
      p.roles.join(', '),
      String(p.shipments),
      counts(p.flags),
    ]),
  );
  out.write('\nRisk by route\n');
  printTable(
    ctx.io,
    ['SCORE', 'ROUTE', 'SHIPMENTS', 'VALUE', 'FLAGS'],
    summary.routes.map((r) => [
      String(r.score),
      r.route,
      String(r.shipments),
      money(r.value),
      counts(r.flags),
    ]),
  );
  for (const note of report.notes) ctx.io.err.write(`note: ${note}\n`);
}

export function registerFlags(program: Command, ctx: CommandContext) {
  program
    .command('flags')
    .description('red flags of a trade dataset or a case, with the risk per party and per route')
    .argument(
      '<name>',
      'a trade dataset (dossier ingest <file> --format trade-csv) or a case (its supply and payment claims)',
    )
    .option('--case', 'the name is a case (when it is also a trade dataset)')
    .option('--dataset', 'the name is a trade dataset (when it is also a case)')
    .option('--json', 'print JSON')
    .option('--chpl <file>', 'a newer Common High Priority List (hs6,tier CSV or BIS JSON)')
    .action(
      async (
        name: string,
        options: { json?: boolean; chpl?: string; case?: boolean; dataset?: boolean },
      ) => {
        if (options.case && options.dataset) {
          throw new UsageError('give --case or --dataset, not both');
        }
        const chpl = options.chpl ? readChplFile(options.chpl) : undefined;
        const as = options.case ? 'case' : options.dataset ? 'dataset' : undefined;
        const report = await flagsByName(tradeDepsOf(ctx.dossier()), name, { chpl, as });
        if (report.source === 'case') {
          if (options.json) printJson(ctx.io, caseFlagsJson(report));
          else {
            const headline =
              `Case ${report.caseName}: ${report.records} records from ` +
              `${report.claims} supply and payment claims`;
            printReport(ctx, report, headline, (r) => claimsOf(report, r));
          }
        } else if (options.json) printJson(ctx.io, flagsJson(report));
        else {
          const { dataset } = report;
          const headline = `Trade dataset ${dataset.dataset}: ${dataset.records} shipments from ${dataset.sourceFile}`;
          printReport(ctx, report, headline, (r) => r.join(' '));
        }
      },
    );
}
