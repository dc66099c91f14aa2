import { createHash } from 'node:crypto';

/**
 * One value of one property of one entity, with where it came from: OpenSanctions' statement model.
 * `value` is cleaned for its property type; `originalValue` keeps the source text when cleaning changed it.
 */
export interface Statement {
  entityId: string;
  schema: string;
  prop: string;
  value: string;
  dataset: string;
  lang: string | null;
  originalValue: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
}

/** The property name of the base statement that every entity has: its value is the entity ID. */
export const BASE_PROP = 'id';

/** A statement's ID as in FollowTheMoney: SHA1 of "dataset.entity.prop.value", "@lang" appended when set. */
export function statementId(
  s: Pick<Statement, 'dataset' | 'entityId' | 'prop' | 'value' | 'lang'>,
) {
  let key = `${s.dataset}.${s.entityId}.${s.prop}.${s.value}`;
  if (s.lang) key += `@${s.lang}`;
  return createHash('sha1').update(key).digest('hex');
}
