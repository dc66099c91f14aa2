/**
 * Who is signed in: the API key (kept in sessionStorage, so it goes with the tab) and the role
 * the server gives it. Views ask `can(role)` before offering an action the role may not do.
 */
import { createContext, useContext } from 'react';
import type { Role, SessionAnswer } from '../api/types.js';

const STORAGE_KEY = 'dossier.apiKey';
const ROLES: readonly Role[] = ['read', 'screen', 'admin'];

/** Whether a caller holding `held` may do what needs `needed` (as src/auth/roles.ts decides). */
export function roleAllows(held: Role, needed: Role): boolean {
  return ROLES.indexOf(held) >= ROLES.indexOf(needed);
}

export interface Session extends SessionAnswer {
  signOut(): void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside of a signed-in workbench');
  return session;
}

/** Whether the signed-in caller may do what needs `needed`. */
export function useCan(needed: Role): boolean {
  return roleAllows(useSession().role, needed);
}

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null; // storage disabled: the key lasts as long as the page
  }
}

export function storedKey(): string | null {
  return storage()?.getItem(STORAGE_KEY) ?? null;
}

export function storeKey(key: string | null): void {
  const s = storage();
  if (!s) return;
  if (key === null) s.removeItem(STORAGE_KEY);
  else s.setItem(STORAGE_KEY, key);
}
