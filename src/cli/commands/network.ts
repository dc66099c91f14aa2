/**
 * `dossier network [<id>]`: what the network holds. Without an id, the counts of nodes and of
 * edges by type; with one, the node's neighbours grouped by relation type, each group capped
 * ("and 240 more") rather than dumped, every edge with its share and its source.
 */
import type { Command } from 'commander';
import { networkCounts, networkOf } from '../../app/network/index.js';
import type { GraphEdge, Neighbour } from '../../store/graph/index.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import { formatCount, printJson } from '../output.js';

function shareText(edge: GraphEdge): string {
  if (edge.percentage !== null) return `${edge.percentage}%`;
  const [low, high] = [edge.percentageLow, edge.percentageHigh];
  if (low !== null || high !== null) {
    const above = edge.properties.shareExclusiveMinimum ? '>' : '>=';
    const below = edge.properties.shareExclusiveMaximum ? '<' : '<=';
    if (high === 100 || high === null) return `${above}${low ?? 0}%`;
    if (low === 0 || low === null) return `${below}${high}%`;
    return `${low}-${high}%`;
  }
  return edge.type === 'ownership' ? 'share unknown' : '';
}

function sourceText(edge: GraphEdge): string {
  const p = edge.provenance;
  return p.kind === 'statement'
    ? `${p.dataset} ${p.statementId}`
    : `${p.caseName}/${p.documentId} ${p.mentionId}`;
}

function line(n: Neighbour): string {
  const arrow = n.direction === 'out' ? '->' : '<-';
  const e = n.edge;
  const facts = [
    shareText(e),
    e.amount !== null ? `${e.amount} ${e.currency ?? ''}`.trim() : '',
    e.type === 'payment'
      ? (e.startDate ?? '')
      : e.startDate || e.endDate
        ? `${e.startDate ?? '?'} to ${e.endDate ?? 'now'}`
        : '',
    e.properties.control ? `control (${e.properties.interests?.join(', ')})` : '',
    e.properties.role?.join(', ') ?? '',
  ].filter(Boolean);
  const listed = n.node.dataset ? ` [${n.node.dataset}]` : '';
  return `  ${arrow} ${n.node.caption} (${n.node.id}${listed})${facts.length ? `: ${facts.join('; ')}` : ''}  source: ${sourceText(e)}\n`;
}

export function registerNetwork(program: Command, ctx: CommandContext) {
  program
    .command('network')
    .description("what the network holds: its counts, or a party's neighbours by relation type")
    .argument(
      '[id]',
      'a node id: a list entity id such as ofac-46431, or an id a network file gave',
    )
    .option('--limit <n>', 'neighbours shown per relation type', '20')
    .option('--json', 'print JSON')
    .action(async (id: string | undefined, options: { limit: string; json?: boolean }) => {
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 0) {
        throw new UsageError(`--limit is a whole number of 0 or more, not "${options.limit}"`);
      }
      const graph = ctx.dossier().graph;
      if (id === undefined) {
        const counts = await networkCounts(graph);
        if (options.json) return printJson(ctx.io, counts);
        ctx.io.out.write(
          `${formatCount(counts.nodes)} nodes, ${formatCount(counts.edges)} edges\n`,
        );
        for (const [type, n] of Object.entries(counts.byType)) {
          ctx.io.out.write(`  ${type}: ${formatCount(n ?? 0)}\n`);
        }
        return;
      }
      const view = await networkOf(graph, id, { limit });
      if (options.json) return printJson(ctx.io, view);
      const { node } = view;
      ctx.io.out.write(
        `${node.caption} (${node.schema}, ${node.id}${node.dataset ? `, listed in ${node.dataset}` : ''})\n`,
      );
      if (view.groups.length === 0) ctx.io.out.write('no relations\n');
      for (const group of view.groups) {
        ctx.io.out.write(`${group.type} (${formatCount(group.total)})\n`);
        for (const n of group.neighbours) ctx.io.out.write(line(n));
        const more = group.total - group.neighbours.length;
        if (more > 0) ctx.io.out.write(`  and ${formatCount(more)} more\n`);
      }
    });
}
