/**
 * The OpenAPI description of what the workbench's review views read beside the rest: a job's
 * held-back hits and audit records, and the search across every case's documents. Kept apart
 * from the other openapi-*.ts files; parameters are filled in from their schemas in openapi.ts.
 */
import { ACCESS_ERRORS } from './openapi-reconcile.js';

const errorBody = {
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};
const errors = (entries: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(entries).map(([code, d]) => [code, { description: d, ...errorBody }]),
  );
const json = (schema: object, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});
const text = { type: 'string' };
const integer = { type: 'integer' };
const span = { type: 'array', items: integer, minItems: 2, maxItems: 2 };
const noJob = errors({ '404': 'No such job, or one submitted by another key' });

const HeldHit = {
  type: 'object',
  description: 'A hit as `GET /screen/jobs/{job_id}/results` gives it, with what held it back',
  properties: {
    row: integer,
    key: { type: ['string', 'null'] },
    entity_id: text,
    caption: text,
    score: { type: 'number' },
    explanations: { type: 'object' },
    datasets: { type: 'array', items: text },
    held_by: { $ref: '#/components/schemas/Decision' },
  },
};

const JobAuditRecord = {
  type: 'object',
  properties: {
    seq: integer,
    at: text,
    kind: { ...text, description: 'screen.start, screen.batch, screen.finish, decision...' },
    actor: text,
    prev: text,
    hash: text,
    pruned: { type: 'boolean' },
    payload: {
      description:
        "The record's payload; for a batch, its counts (rows, hits, held_back, issues) instead " +
        'of its rows (the export has them); null once pruned',
    },
  },
};

export const REVIEW_PATHS = {
  '/screen/jobs/{job_id}/held': {
    get: {
      summary: 'The hits held back by earlier false-positive decisions, each with its decision',
      description:
        'Reopen one by recording a new decision on it (`POST /decisions` with its row and ' +
        'entity): the latest decision on a party and entity is the one later screenings heed.',
      responses: {
        '200': json({
          type: 'object',
          properties: {
            job: text,
            held: { type: 'array', items: HeldHit },
            truncated: { type: 'boolean', description: 'More than 5,000: the report has all' },
          },
        }),
        ...noJob,
        ...ACCESS_ERRORS,
      },
    },
  },
  '/screen/jobs/{job_id}/audit': {
    get: {
      summary: 'The audit records that name the job: its start, batches, finish and decisions',
      responses: {
        '200': json({
          type: 'object',
          properties: { job: text, records: { type: 'array', items: JobAuditRecord } },
        }),
        ...noJob,
        ...ACCESS_ERRORS,
      },
    },
  },
  '/search/documents': {
    get: {
      summary: "Pages holding the query across every case's documents, with a count per case",
      responses: {
        '200': json({
          type: 'object',
          properties: {
            query: text,
            limit: integer,
            results: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  case: text,
                  document_id: text,
                  file_name: text,
                  page: integer,
                  spans: {
                    type: 'array',
                    items: span,
                    description: "Offsets into the page's stored text, end exclusive",
                  },
                  snippets: { type: 'array', items: { type: 'object' } },
                },
              },
            },
            facets: { type: 'object' },
          },
        }),
        ...errors({
          '400': 'A query of fewer than three letters or digits',
          '404': 'A case named that does not exist, or a server without cases',
        }),
        ...ACCESS_ERRORS,
      },
    },
  },
};
