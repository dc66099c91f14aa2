/**
 * Adding a value only where the schema has the property. Lists sometimes give a detail that the
 * party's schema cannot hold (a title on an organisation): it is left out rather than thrown on.
 */
import type { AddOptions, EntityDraft } from '../../core/model/index.js';

/** Whether the draft's schema has the property (the core caches the answer). */
export function hasProp(draft: EntityDraft, prop: string): boolean {
  return draft.accepts(prop);
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
