/**
 * API roles, each allowed what the one below it may do and more: `read` looks things up (search,
 * entities, catalog, algorithms), `screen` also matches (`/match`, `/reconcile`), `admin` may do
 * everything, including the administrative endpoints to come.
 */
import { DossierError } from '../core/errors/index.js';

export const ROLES = ['read', 'screen', 'admin'] as const;

export type Role = (typeof ROLES)[number];

/** A role name the user got wrong (`dossier keys create --role`). */
export class UnknownRole extends DossierError {
  override readonly name = 'UnknownRole';
  readonly code = 'invalid_input';
  constructor(role: string) {
    super(`unknown role "${role}"; use one of: ${ROLES.join(', ')}`);
  }
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function parseRole(value: string): Role {
  if (!isRole(value)) throw new UnknownRole(value);
  return value;
}

/** Whether a key with role `held` may do what needs role `needed`. */
export function roleAllows(held: Role, needed: Role): boolean {
  return ROLES.indexOf(held) >= ROLES.indexOf(needed);
}
