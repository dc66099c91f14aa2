/**
 * `dossier paths <from> [<to>]` and `dossier neighbours <entity>`: how parties connect, each edge
 * with its source, and a party's neighbourhood by relation type (docs/network.md).
 */
import type { Command } from 'commander';
import { findPaths, type PathJson, neighbourhood } from '../../app/network/index.js';
import { EDGE_TYPES, type EdgeType } from '../../store/graph/index.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import { printJson } from '../output.js';

function pathLine(path: PathJson): string {
  let line = path.nodes[0]!.caption;
  path.edges.forEach((edge, i) => {
    const forward = edge.source === path.nodes[i]!.id;
    const pct = edge.percentage !== null ? ` ${edge.percentage}%` : '';
    line += forward ? ` -[${edge.type}${pct}]-> ` : ` <-[${edge.type}${pct}]- `;
    line += path.nodes[i + 1]!.caption + (path.nodes[i + 1]!.listed ? ' (listed)' : '');
  });
  return line;
}

function wholeNumber(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`${flag} must be a whole number of 1 or more`);
  return n;
}

export function registerPaths(program: Command, ctx: CommandContext) {
  program
    .command('paths')
    .description('paths between two parties, or from a party to every listed party within reach')
    .argument('<from>', 'a node id or list entity id')
    .argument('[to]', 'the other party; without it, paths to listed parties')
    .option('--hops <n>', 'at most this many edges (1-6)', '3')
    .option('--json', 'print JSON')
    .action(
      async (
        from: string,
        to: string | undefined,
        options: { hops: string; json?: boolean },
        command: Command,
      ) => {
        const dossier = ctx.dossier(command);
        const hops = Number(options.hops);
        const report = await findPaths(dossier.network(), dossier.graph, { from, to, hops });
        if (options.json) return printJson(ctx.io, report);
        const out = ctx.io.out;
        if (report.paths.length === 0) {
          out.write(`no path within ${report.hops} hops\n`);
          return;
        }
        if (report.shortest)
          out.write(`shortest (${report.shortest.hops} hops): ${pathLine(report.shortest)}\n`);
        out.write(to ? 'all paths:\n' : 'listed parties within reach:\n');
        for (const path of report.paths) out.write(`  ${pathLine(path)}\n`);
        if (report.truncated) out.write('  (more paths not shown)\n');
      },
    );
  program
    .command('neighbours')
    .description("a party's neighbours by relation type; large groups summarised")
    .argument('<entity>', 'a node id or list entity id')
    .option('--type <types>', `relation types, comma-separated (${EDGE_TYPES.join(', ')})`)
    .option('--limit <n>', 'at most this many shown per relation type', '20')
    .option('--json', 'print JSON')
    .action(
      async (
        entity: string,
        options: { type?: string; limit: string; json?: boolean },
        command: Command,
      ) => {
        const types = options.type?.split(',').map((t) => t.trim()) as EdgeType[] | undefined;
        for (const type of types ?? []) {
          if (!EDGE_TYPES.includes(type)) throw new UsageError(`unknown relation type "${type}"`);
        }
        const limit = wholeNumber(options.limit, '--limit');
        const dossier = ctx.dossier(command);
        const found = await neighbourhood(dossier.network(), dossier.graph, entity, {
          types,
          limit,
        });
        if (options.json) return printJson(ctx.io, found);
        const out = ctx.io.out;
        out.write(`${found.node.caption} (${found.node.id})\n`);
        for (const group of found.groups) {
          out.write(`  ${group.type} (${group.total}):\n`);
          for (const n of group.neighbours) {
            const arrow = n.direction === 'out' ? '->' : '<-';
            const pct = n.edge.percentage !== null ? ` ${n.edge.percentage}%` : '';
            out.write(
              `    ${arrow} ${n.node.caption} (${n.node.id})${pct}${n.node.listed ? ' listed' : ''}\n`,
            );
          }
          if (group.more > 0) out.write(`    and ${group.more} more\n`);
        }
      },
    );
}
