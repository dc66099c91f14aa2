/**
 * `dossier network [<id>]` (alias `dossier neighbours`): what the network holds. Without an id,
 * the counts of nodes and of edges by type; with one (a node id or a list entity id), the party's
 * neighbourhood by relation type, each group capped ("and 240 more") rather than dumped, every
 * edge with its share and its source. One command, one implementation (app/network's networkOf).
 */
import type { Command } from 'commander';
import { NodeNotFound, networkCounts, networkOf } from '../../app/network/index.js';
import type { Dossier } from '../../app/dossier/index.js';
import {
  EDGE_TYPES,
  type EdgeType,
  type GraphEdge,
  type Neighbour,
} from '../../store/graph/index.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import { formatCount, printJson } from '../output.js';

interface NetworkOptions {
  type?: string;
  limit: string;
  json?: boolean;
}

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

function typesOf(option: string | undefined): EdgeType[] | undefined {
  if (option === undefined) return undefined;
  const types = option.split(',').map((t) => t.trim()) as EdgeType[];
  for (const type of types) {
    if (!EDGE_TYPES.includes(type)) {
      throw new UsageError(`unknown relation type "${type}" (one of ${EDGE_TYPES.join(', ')})`);
    }
  }
  return types;
}

/**
 * The party's neighbourhood by its node id, or by the list entity id a node stands for (a node
 * made from a network file before the list was loaded has its own id). The whole-graph snapshot
 * is built only for that second look-up.
 */
async function viewOf(dossier: Dossier, id: string, options: Parameters<typeof networkOf>[2]) {
  try {
    return await networkOf(dossier.graph, id, options);
  } catch (error) {
    if (!(error instanceof NodeNotFound)) throw error;
    const network = dossier.network();
    const snapshot = await network.snapshot();
    const node = snapshot.byEntity.get(id);
    if (node === undefined) throw error;
    return networkOf(dossier.graph, snapshot.graph.nodeIds[node]!, options);
  }
}

export function registerNetwork(program: Command, ctx: CommandContext) {
  program
    .command('network')
    .alias('neighbours')
    .description("what the network holds: its counts, or a party's neighbours by relation type")
    .argument('[id]', 'a node id or a list entity id such as ofac-46431 (without it: the counts)')
    .option('--type <types>', `relation types, comma-separated (${EDGE_TYPES.join(', ')})`)
    .option('--limit <n>', 'neighbours shown per relation type', '20')
    .option('--json', 'print JSON')
    .action(async (id: string | undefined, options: NetworkOptions) => {
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 0) {
        throw new UsageError(`--limit is a whole number of 0 or more, not "${options.limit}"`);
      }
      const types = typesOf(options.type);
      const dossier = ctx.dossier();
      const graph = dossier.graph;
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
      const view = await viewOf(dossier, id, { limit, ...(types ? { types } : {}) });
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
