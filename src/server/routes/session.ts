/**
 * `GET /session`: who the caller is to this server, so that a client (the workbench) offers only
 * what the caller may do. An anonymous caller of an open server may do everything (see
 * access.ts), so its role is admin; with a key, the key's role. A wrong key is a 401 before this.
 */
import type { Handler } from '../context.js';
import { json } from '../http.js';
import { parseParams } from '../params.js';
import { NO_QUERY } from '../schemas/index.js';

export const sessionRoute: Handler = (deps, ctx) => {
  parseParams(ctx.query, NO_QUERY);
  const { key } = ctx;
  return json({
    role: key ? key.role : 'admin',
    key: key ? { id: key.id, name: key.name } : null,
    require_keys: deps.config.requireKeys,
  });
};
