/**
 * Adding a value only where the schema has the property. Lists sometimes give a detail that the
 * party's schema cannot hold (a title on an organisation): it is left out rather than thrown on.
 */
import type { AddOptions, EntityDraft } from '../../core/model/index.js';

/** Schema and property → whether it exists. The model answers slowly and never changes. */
const known = new Map<string, boolean>();

export function hasProp(draft: EntityDraft, prop: string): boolean {
  const key = `${draft.schema.name}:${prop}`;
  let has = known.get(key);
  if (has === undefined) {
    has = draft.schema.hasProperty(prop);
    known.set(key, has);
  }
  return has;
}

/** Add the value when the draft's schema has the property; otherwise do nothing. */
export function addIf(
  draft: EntityDraft,
  prop: string,
  raw: string | null | undefined,
  options: AddOptions = {},
): void {
  if (hasProp(draft, prop)) draft.add(prop, raw, options);
}
