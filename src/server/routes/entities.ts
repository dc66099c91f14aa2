/**
 * `GET /entities/{id}`: one entity as FollowTheMoney JSON, assembled across datasets; with
 * `nested=true` (the default, as in yente) its adjacent entities are inlined (see nested.ts).
 * An entry that is one designation with entries of other lists keeps its own answer and adds
 * `referents` (the other entries' IDs, as yente names them) and `designation` (members, links,
 * every merged value with its lists): whichever member's ID is asked for.
 */
import type { Handler } from '../context.js';
import { NotFound } from '../errors.js';
import { json } from '../http.js';
import { parseParams } from '../params.js';
import { entityDesignation, entityJson } from '../../app/matching/index.js';
import { ENTITY_QUERY } from '../schemas/index.js';
import { nestedEntity } from './nested.js';

export const entityRoute: Handler = async (deps, ctx) => {
  const { nested } = parseParams(ctx.query, ENTITY_QUERY);
  const id = ctx.captures[0]!;
  const entity = await deps.store.entity(id);
  if (!entity) throw new NotFound(`no entity with ID ${id}`);
  const body = nested
    ? await nestedEntity(deps.store, deps.service.references, entity)
    : entityJson(entity);
  const designation = await entityDesignation(deps.store, deps.service.designations, entity);
  if (!designation) return json(body);
  const referents = designation.members.map((m) => m.id).filter((m) => m !== entity.id);
  return json({ ...body, referents, designation });
};
