/**
 * `dossier paths <from> [<to>]`: how parties connect, each edge with its source (docs/network.md).
 * A party's neighbourhood is `dossier network <id>` (alias `dossier neighbours`).
 */
import type { Command } from 'commander';
import { findPaths, type PathJson } from '../../app/network/index.js';
import type { CommandContext } from '../context.js';
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
}
