/** The designations domain's versioned layout: reviewers' splits of merged designations. */
import type { DomainSchema } from '../sqlite/index.js';

export const DESIGNATIONS_SCHEMA: DomainSchema = {
  domain: 'designations',
  migrations: [
    {
      version: 1,
      description: 'designation_splits: pairs of entries a reviewer says are not one designation',
      up(db) {
        db.exec(`CREATE TABLE designation_splits (
          entity_a TEXT NOT NULL,
          entity_b TEXT NOT NULL,
          actor TEXT NOT NULL,
          reason TEXT NOT NULL,
          decided_at TEXT NOT NULL,
          PRIMARY KEY (entity_a, entity_b),
          CHECK (entity_a < entity_b)
        )`);
      },
    },
  ],
};
