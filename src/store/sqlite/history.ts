/**
 * An entity's history in SQLite, from the `changes` table (every version's changes are kept) and
 * the entity rows still kept (the current version and the one before). Whether the entity was in
 * an older version is worked back from the current one: a version that added it means it was
 * absent before; one that removed or modified it means it was present before.
 */
import type Database from 'better-sqlite3';
import type { ChangeKind, EntityHistory, EntityVersion, PropValue } from '../types.js';
import { type PackedStatement, valueKey } from './rows.js';

interface ChangeRow {
  dataset: string;
  version: number;
  change: ChangeKind;
  props: string;
}

interface KeptRow {
  dataset: string;
  version: number;
  statements: string;
}

interface VersionRow {
  version: number;
  loaded_at: string;
  published: string | null;
}

function valuesOf(json: string): Map<string, PropValue> {
  const out = new Map<string, PropValue>();
  for (const [prop, value, lang] of JSON.parse(json) as PackedStatement[]) {
    out.set(valueKey(prop, value, lang), { prop, value });
  }
  return out;
}

/** The values only `after` has (added) and only `before` has (removed). */
function valueChanges(before: string, after: string) {
  const [a, b] = [valuesOf(before), valuesOf(after)];
  const added = [...b].filter(([key]) => !a.has(key)).map(([, v]) => v);
  const removed = [...a].filter(([key]) => !b.has(key)).map(([, v]) => v);
  return { added, removed };
}

export function entityHistory(db: Database.Database, id: string): EntityHistory[] {
  const changes = db
    .prepare(
      `SELECT dataset, version, change, props FROM changes
       WHERE entity_id = ? ORDER BY dataset, version`,
    )
    .all(id) as ChangeRow[];
  const kept = db
    .prepare('SELECT dataset, version, statements FROM entities WHERE entity_id = ?')
    .all(id) as KeptRow[];
  const datasets = [...new Set([...changes, ...kept].map((r) => r.dataset))].sort();
  const versionsOf = db.prepare(
    'SELECT version, loaded_at, published FROM versions WHERE dataset = ? ORDER BY version',
  );
  return datasets.map((dataset) => {
    const versions = versionsOf.all(dataset) as VersionRow[];
    const changeAt = new Map(
      changes.filter((c) => c.dataset === dataset).map((c) => [c.version, c]),
    );
    const rowAt = new Map(kept.filter((r) => r.dataset === dataset).map((r) => [r.version, r]));
    const out: EntityVersion[] = [];
    let present = rowAt.has(versions.at(-1)?.version ?? -1);
    for (let i = versions.length - 1; i >= 0; i--) {
      const v = versions[i]!;
      const c = changeAt.get(v.version);
      const [now, before] = [rowAt.get(v.version), rowAt.get(versions[i - 1]?.version ?? -1)];
      const values =
        c?.change === 'modified' && now && before
          ? valueChanges(before.statements, now.statements)
          : null;
      out.push({
        version: v.version,
        loadedAt: v.loaded_at,
        published: v.published ?? null,
        present,
        change: c?.change ?? null,
        props: c ? (JSON.parse(c.props) as string[]) : [],
        values,
      });
      if (c) present = c.change !== 'added';
    }
    return { dataset, versions: out.reverse() };
  });
}
