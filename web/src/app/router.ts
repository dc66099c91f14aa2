/**
 * A small router over the History API: the workbench lives under /app/, and each view is a
 * pattern in ROUTES (app/routes.tsx). No library: the views need paths and a query, nothing more.
 */
import { useEffect, useState } from 'react';

export const BASE = '/app';

export interface Location {
  /** The path inside the workbench, from "/" (without /app). */
  path: string;
  query: URLSearchParams;
}

export function parseLocation(pathname: string, search: string): Location {
  const inner = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname;
  return { path: inner === '' ? '/' : inner, query: new URLSearchParams(search) };
}

/** The URL of a workbench path, with an optional query. */
export function href(path: string, query?: Record<string, string | string[] | undefined>) {
  const qs = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    for (const v of Array.isArray(value) ? value : [value]) if (v) qs.append(name, v);
  }
  const s = qs.toString();
  return `${BASE}${path}${s ? `?${s}` : ''}`;
}

const listeners = new Set<() => void>();

export function navigate(url: string, replace = false): void {
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  for (const listener of listeners) listener();
}

function current(): Location {
  return parseLocation(window.location.pathname, window.location.search);
}

export function useLocation(): Location {
  const [location, setLocation] = useState(current);
  useEffect(() => {
    const update = () => setLocation(current());
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return location;
}

/** Match a path against a pattern such as "/entities/:id"; captures are decoded. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const got = path.split('/').filter(Boolean);
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const g = got[i]!;
    if (w.startsWith(':')) {
      try {
        params[w.slice(1)] = decodeURIComponent(g);
      } catch {
        return null;
      }
    } else if (w !== g) return null;
  }
  return params;
}
