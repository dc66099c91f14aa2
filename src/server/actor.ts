/**
 * Who a request acts as, for the audit trail and for decisions: the API key's name with its id
 * (names need not be unique; ids are), or "anonymous" on an open server. An admin key may record
 * a decision for a reviewer (`by`): the reviewer is named, and the key still shows.
 */
import { PermissionError, roleAllows, type StoredKey } from '../auth/index.js';
import { BadRequest } from './errors.js';

export const ANONYMOUS = 'anonymous';

/** The longest `by` accepted: a name, not a document. */
const MAX_BY = 200;

export function actorOf(key: StoredKey | null, by: string | null = null): string {
  let label = by?.trim() ?? null;
  if (by !== null) {
    if (label === '' || label!.length > MAX_BY) {
      throw new BadRequest(`"by" must name someone in 1 to ${MAX_BY} characters`);
    }
    if (key && !roleAllows(key.role, 'admin')) {
      throw new PermissionError(
        `the API key ${key.id} has role "${key.role}"; only an admin key may act for someone ` +
          'else ("by")',
      );
    }
  }
  if (!key) return label ?? ANONYMOUS;
  label ??= key.name;
  return label ? `${label} (key ${key.id})` : `key ${key.id}`;
}
