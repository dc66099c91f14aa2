/**
 * `dossier flags <dataset> [--json] [--chpl <file>]`: the red flags of a trade dataset's records,
 * each with the records it rests on, and the risk per party and per route.
 */
import type { Command } from 'commander';
import { tradeDepsOf, tradeFlags, type TradeFlagsReport } from '../../app/trade/index.js';
import type { FlagCode } from '../../core/trade/index.js';
import { readChplFile } from '../../sources/trade/index.js';
import type { CommandContext } from '../context.js';
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

function printReport(ctx: CommandContext, report: TradeFlagsReport) {
  const { dataset, flags, summary } = report;
  const out = ctx.io.out;
  out.write(
    `Trade dataset ${dataset.dataset}: ${dataset.records} shipments from ${dataset.sourceFile}; ` +
      `${flags.length} flag(s) (CHPL of ${report.chpl})\n\n`,
  );
  if (flags.length > 0) {
    printTable(
      ctx.io,
      ['SEVERITY', 'FLAG', 'RECORDS', 'EXPLANATION'],
      flags.map((f) => [f.severity, f.code, f.records.join(' '), f.explanation]),
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
    .description('red flags of a trade dataset, with the risk per party and per route')
    .argument('<dataset>', 'a trade dataset (dossier ingest <file> --format trade-csv)')
    .option('--json', 'print JSON')
    .option('--chpl <file>', 'a newer Common High Priority List (hs6,tier CSV or BIS JSON)')
    .action(async (name: string, options: { json?: boolean; chpl?: string }) => {
      const chpl = options.chpl ? readChplFile(options.chpl) : undefined;
      const report = await tradeFlags(tradeDepsOf(ctx.dossier()), name, { chpl });
      if (options.json) printJson(ctx.io, flagsJson(report));
      else printReport(ctx, report);
    });
}
