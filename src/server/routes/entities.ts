/** `GET /entities/{id}`: one entity as FollowTheMoney JSON, assembled across datasets. */
import type { Handler } from '../context.js';
import { NotFound } from '../errors.js';
import { json } from '../http.js';
import { parseParams } from '../params.js';
import { entityJson } from '../render.js';

/**
 * `nested` is accepted for yente's clients; adjacent entities are not inlined yet (the store has
 * no reverse-reference lookup), so the answer is the entity itself either way.
 */
const ENTITY_PARAMS = { nested: { kind: 'bool', default: true } } as const;

export const entityRoute: Handler = async (deps, ctx) => {
  parseParams(ctx.query, ENTITY_PARAMS);
  const id = ctx.captures[0]!;
  const entity = await deps.store.entity(id);
  if (!entity) throw new NotFound(`no entity with ID ${id}`);
  return json(entityJson(entity));
};
