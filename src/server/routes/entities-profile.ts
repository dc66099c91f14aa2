/**
 * What the entity page needs beside `GET /entities/{id}` (issue 13), each a read of the services
 * in src/app/entities:
 * - `/entities/{id}/history`: first and last seen (list versions) and the changes between versions;
 * - `/entities/{id}/exposure`: exposure under the US, EU and UK rules with chains, or why none is
 *   given (no ownership data loaded, or the entity is no party of the network);
 * - `/entities/{id}/relations`: the network's relations per type, the first few with the count;
 * - `/entities/{id}/decisions`: screening decisions on hits whose candidate is the entity (screen
 *   role: a read key sees no screening).
 */
import {
  entityDecisions,
  entityExposure,
  entityHistory,
  entityRelations,
} from '../../app/entities/index.js';
import type { Handler } from '../context.js';
import { NotFound } from '../errors.js';
import { json } from '../http.js';
import { parseParams } from '../params.js';
import { NO_QUERY } from '../schemas/index.js';

function entityId(ctx: Parameters<Handler>[1]): string {
  parseParams(ctx.query, NO_QUERY);
  return ctx.captures[0]!;
}

export const entityHistoryRoute: Handler = async (deps, ctx) =>
  json(await entityHistory(deps.store, entityId(ctx)));

export const entityExposureRoute: Handler = async (deps, ctx) => {
  const id = entityId(ctx);
  const answer = await entityExposure(deps.network, id);
  // A node of the network needs no list entry (a company named only by ownership data).
  if (answer.state !== 'computed' && !(await deps.store.entity(id))) {
    throw new NotFound(`no entity with ID ${id}`);
  }
  return json(answer);
};

export const entityRelationsRoute: Handler = async (deps, ctx) => {
  const id = entityId(ctx);
  const answer = await entityRelations(deps.network, id);
  if (answer.node === null && !(await deps.store.entity(id))) {
    throw new NotFound(`no entity with ID ${id}`);
  }
  return json(answer);
};

export const entityDecisionsRoute: Handler = async (deps, ctx) => {
  const id = entityId(ctx);
  // A server started without screening runs has no decisions to show: an empty list, said so.
  if (!deps.screening) return json({ entity: id, screening: false, decisions: [] });
  const decisions = await entityDecisions(deps.screening.repo, id);
  return json({ entity: id, screening: true, decisions });
};
