/**
 * Prepared statements kept per connection: better-sqlite3 compiles a statement's SQL on every
 * `prepare`, which cost more than the insert itself on the paths that run per request (the audit
 * record of every /match).
 */
import type Database from 'better-sqlite3';

const prepared = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function statement(db: Database.Database, sql: string): Database.Statement {
  let byText = prepared.get(db);
  if (!byText) {
    byText = new Map();
    prepared.set(db, byText);
  }
  let found = byText.get(sql);
  if (!found) {
    found = db.prepare(sql);
    byText.set(sql, found);
  }
  return found;
}
