/** What changed between two versions of a dataset, written to the `changes` table at load time. */
import type Database from 'better-sqlite3';

interface EntityPair {
  entity_id: string;
  old_schema: string | null;
  new_schema: string | null;
  old_digest: string | null;
  new_digest: string | null;
}

function valueKeys(db: Database.Database, dataset: string, version: number, id: string) {
  const rows = db
    .prepare(
      `SELECT prop, value, lang FROM statements
       WHERE entity_id = ? AND dataset = ? AND version = ?`,
    )
    .all(id, dataset, version) as { prop: string; value: string; lang: string | null }[];
  return rows.map((r) => ({ prop: r.prop, key: `${r.prop}\u0000${r.value}\u0000${r.lang ?? ''}` }));
}

/** The properties whose set of values differs between the two versions of one entity. */
function changedProps(
  db: Database.Database,
  dataset: string,
  from: number,
  to: number,
  id: string,
): string[] {
  const before = valueKeys(db, dataset, from, id);
  const after = valueKeys(db, dataset, to, id);
  const beforeKeys = new Set(before.map((v) => v.key));
  const afterKeys = new Set(after.map((v) => v.key));
  const props = new Set<string>();
  for (const v of before) if (!afterKeys.has(v.key)) props.add(v.prop);
  for (const v of after) if (!beforeKeys.has(v.key)) props.add(v.prop);
  return [...props].sort();
}

export function recordChanges(db: Database.Database, dataset: string, from: number, to: number) {
  // A full outer join of the two versions' entity lists, written as two left joins.
  const pairs = db
    .prepare(
      `SELECT n.entity_id, o.schema AS old_schema, n.schema AS new_schema,
              o.digest AS old_digest, n.digest AS new_digest
       FROM entities n LEFT JOIN entities o
         ON o.dataset = n.dataset AND o.version = :from AND o.entity_id = n.entity_id
       WHERE n.dataset = :dataset AND n.version = :to
         AND (o.digest IS NULL OR o.digest != n.digest)
       UNION ALL
       SELECT o.entity_id, o.schema, NULL, o.digest, NULL
       FROM entities o LEFT JOIN entities n
         ON n.dataset = o.dataset AND n.version = :to AND n.entity_id = o.entity_id
       WHERE o.dataset = :dataset AND o.version = :from AND n.entity_id IS NULL`,
    )
    .all({ dataset, from, to }) as EntityPair[];
  const insert = db.prepare(
    `INSERT INTO changes (dataset, version, previous, entity_id, schema, change, props)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const pair of pairs) {
    const schema = (pair.new_schema ?? pair.old_schema)!;
    if (pair.old_digest === null) {
      insert.run(dataset, to, from, pair.entity_id, schema, 'added', '[]');
    } else if (pair.new_digest === null) {
      insert.run(dataset, to, from, pair.entity_id, schema, 'removed', '[]');
    } else {
      const props = changedProps(db, dataset, from, to, pair.entity_id);
      if (pair.old_schema !== pair.new_schema) props.unshift('schema');
      insert.run(dataset, to, from, pair.entity_id, schema, 'modified', JSON.stringify(props));
    }
  }
}
