/**
 * `GET /entities/{id}`: one entity as FollowTheMoney JSON, assembled across datasets; with
 * `nested=true` (the default, as in yente) its adjacent entities are inlined (see nested.ts).
 */
import type { Handler } from '../context.js';
import { NotFound } from '../errors.js';
import { json } from '../http.js';
import { parseParams } from '../params.js';
import { entityJson } from '../../app/matching/index.js';
import { ENTITY_QUERY } from '../schemas/index.js';
import { nestedEntity } from './nested.js';

export const entityRoute: Handler = async (deps, ctx) => {
  const { nested } = parseParams(ctx.query, ENTITY_QUERY);
  const id = ctx.captures[0]!;
  const entity = await deps.store.entity(id);
  if (!entity) throw new NotFound(`no entity with ID ${id}`);
  if (!nested) return json(entityJson(entity));
  return json(await nestedEntity(deps.store, deps.service.references, entity));
};
