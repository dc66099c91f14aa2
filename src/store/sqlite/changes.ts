/** What changed between two versions of a dataset, written to the `changes` table at load time. */
import type Database from 'better-sqlite3';
import { type PackedStatement, valueKey } from './rows.js';

interface EntityPair {
  entity_id: string;
  old_schema: string | null;
  new_schema: string | null;
  old_statements: string | null;
  new_statements: string | null;
}

/** The properties whose set of values differs between two versions of one entity. */
function changedProps(before: string, after: string): string[] {
  const keys = (json: string) =>
    (JSON.parse(json) as PackedStatement[]).map((p) => ({
      prop: p[0],
      key: valueKey(p[0], p[1], p[2]),
    }));
  const [a, b] = [keys(before), keys(after)];
  const [aKeys, bKeys] = [new Set(a.map((v) => v.key)), new Set(b.map((v) => v.key))];
  const props = new Set<string>();
  for (const v of a) if (!bKeys.has(v.key)) props.add(v.prop);
  for (const v of b) if (!aKeys.has(v.key)) props.add(v.prop);
  return [...props].sort();
}

export function recordChanges(db: Database.Database, dataset: string, from: number, to: number) {
  // A full outer join of the two versions' entities (as two left joins), skipping equal digests.
  const pairs = db
    .prepare(
      `SELECT n.entity_id, o.schema AS old_schema, n.schema AS new_schema,
              o.statements AS old_statements, n.statements AS new_statements
       FROM entities n LEFT JOIN entities o
         ON o.dataset = n.dataset AND o.version = :from AND o.entity_id = n.entity_id
       WHERE n.dataset = :dataset AND n.version = :to
         AND (o.digest IS NULL OR o.digest != n.digest)
       UNION ALL
       SELECT o.entity_id, o.schema, NULL, o.statements, NULL
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
    if (pair.old_statements === null) {
      insert.run(dataset, to, from, pair.entity_id, schema, 'added', '[]');
    } else if (pair.new_statements === null) {
      insert.run(dataset, to, from, pair.entity_id, schema, 'removed', '[]');
    } else {
      const props = changedProps(pair.old_statements, pair.new_statements);
      if (pair.old_schema !== pair.new_schema) props.unshift('schema');
      insert.run(dataset, to, from, pair.entity_id, schema, 'modified', JSON.stringify(props));
    }
  }
}
