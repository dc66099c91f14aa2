/**
 * The network over HTTP, for the web workbench's network view: a party's neighbours by relation
 * type (capped, with how many more), paths between parties or to any listed party, and the
 * ownership tree above a party. Each answer comes from the network service the command line calls;
 * every node says whether it is listed and exposed, every edge where it was asserted.
 */
import {
  checkRelations,
  exploreNeighbours,
  findPaths,
  type NetworkService,
  ownersTree,
} from '../../app/network/index.js';
import type { Handler, ServerDeps } from '../context.js';
import { NotFound } from '../errors.js';
import { json } from '../http.js';
import { parseParams } from '../params.js';
import { NEIGHBOURS_QUERY, OWNERS_QUERY, PATHS_QUERY } from '../schemas/index.js';

/** The network service, or 404 on a server started without one (an embedding program). */
function networkOf(deps: ServerDeps): NetworkService {
  if (!deps.network) throw new NotFound('this server has no network (it was started without one)');
  return deps.network;
}

export const neighboursRoute: Handler = async (deps, ctx) => {
  const { relation, limit, at } = parseParams(ctx.query, NEIGHBOURS_QUERY);
  const types = checkRelations(relation);
  return json(await exploreNeighbours(networkOf(deps), ctx.captures[0]!, { types, limit, at }));
};

export const ownersRoute: Handler = async (deps, ctx) => {
  const { depth, at } = parseParams(ctx.query, OWNERS_QUERY);
  return json(await ownersTree(networkOf(deps), ctx.captures[0]!, { depth, at }));
};

export const pathsRoute: Handler = async (deps, ctx) => {
  const { from, to, hops } = parseParams(ctx.query, PATHS_QUERY);
  const network = networkOf(deps);
  return json(await findPaths(network, network.store, { from, to, hops }));
};
