/**
 * `dossier exposure <entity>` and `dossier exposed`: sanctions exposure through ownership and
 * control under the US, EU and UK rules, with the chain of sourced edges behind each finding
 * (docs/network.md).
 */
import type { Command } from 'commander';
import { checkJurisdiction, type ExposureReport } from '../../app/network/index.js';
import type { CommandContext } from '../context.js';
import { printJson, printTable } from '../output.js';

const verdict = (exposed: boolean | null, status: string) =>
  exposed === true
    ? status === 'listed'
      ? 'listed'
      : 'EXPOSED'
    : exposed === false
      ? 'not exposed'
      : status;

// Shares come as fractions of one; people read percentages.
const percent = (fraction: number) => `${Math.round(fraction * 10000) / 100}%`;

const share = (r: { share: number | null; range?: { low: number; high: number } }) =>
  r.share !== null
    ? percent(r.share)
    : r.range
      ? `${percent(r.range.low)}-${percent(r.range.high)}`
      : '?';

function printReport(ctx: CommandContext, report: ExposureReport) {
  const out = ctx.io.out;
  out.write(`${report.caption} (${report.node}), ${report.jurisdiction.toUpperCase()} rule: `);
  out.write(
    `${verdict(report.exposed, report.status)}, share held by listed owners ${share(report)}`,
  );
  out.write(report.controlled ? ', controlled by a listed party\n' : '\n');
  report.chains.forEach((chain, i) => {
    out.write(`  chain ${i + 1}:\n`);
    for (const edge of chain.edges) {
      const pct =
        edge.percentage !== null
          ? `${edge.percentage}%`
          : edge.percentageLow !== null || edge.percentageHigh !== null
            ? `${edge.percentageLow ?? '?'}-${edge.percentageHigh ?? '?'}%`
            : 'share unknown';
      const source =
        edge.provenance.kind === 'statement'
          ? `${edge.provenance.dataset} ${edge.provenance.statementId}`
          : `${edge.provenance.caseName} ${edge.provenance.documentId} ${edge.provenance.mentionId}`;
      out.write(
        `    ${edge.sourceCaption} -[${edge.type} ${edge.type === 'ownership' ? pct : ''}]-> ${edge.targetCaption}  (${source})\n`,
      );
    }
  });
}

export function registerExposure(program: Command, ctx: CommandContext) {
  program
    .command('exposure')
    .description(
      'whether a party is exposed to sanctions through ownership or control, with the chains',
    )
    .argument('<entity>', 'a node id of the network or a list entity id, e.g. ofac-46431')
    .option('--jurisdiction <j>', 'us (OFAC 50% rule), eu or uk', 'us')
    .option('--json', 'print JSON')
    .action(
      async (
        entity: string,
        options: { jurisdiction: string; json?: boolean },
        command: Command,
      ) => {
        const jurisdiction = checkJurisdiction(options.jurisdiction);
        const report = await ctx.dossier(command).network().exposure(entity, jurisdiction);
        if (options.json) return printJson(ctx.io, report);
        printReport(ctx, report);
      },
    );
  program
    .command('exposed')
    .description('every party exposed through ownership or control (listed parties left out)')
    .option('--jurisdiction <j>', 'us (OFAC 50% rule), eu or uk', 'us')
    .option('--possible', 'also parties that missing or ranged shares leave undecided')
    .option('--json', 'print JSON')
    .action(
      async (
        options: { jurisdiction: string; possible?: boolean; json?: boolean },
        command: Command,
      ) => {
        const jurisdiction = checkJurisdiction(options.jurisdiction);
        const found = await ctx
          .dossier(command)
          .network()
          .exposed(jurisdiction, { possible: options.possible });
        if (options.json) return printJson(ctx.io, found);
        printTable(
          ctx.io,
          ['ENTITY', 'NAME', 'FINDING', 'SHARE'],
          found.map((f) => [
            f.entity,
            f.caption,
            f.exposed === true ? 'exposed' : f.controlled ? 'controlled' : f.status,
            share(f),
          ]),
        );
      },
    );
}
