/**
 * The OpenAPI description of batch jobs, decisions and the audit trail, kept apart from
 * openapi.ts so that each file stays readable. Merged into the served description there, where
 * the parameters and the decision's body are filled in from their schemas.
 */
import { DECISION_KINDS } from '../core/screening/decisions.js';
import { ACCESS_ERRORS } from './openapi-reconcile.js';

const errorBody = {
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};
const errors = (entries: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(entries).map(([code, d]) => [code, { description: d, ...errorBody }]),
  );
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const text = { type: 'string' };
const nullableText = { type: ['string', 'null'] };
const count = { type: 'integer', minimum: 0 };

const Job = {
  type: 'object',
  properties: {
    id: text,
    kind: { type: 'string', enum: ['screen', 'rescreen'] },
    status: {
      type: 'string',
      enum: ['queued', 'running', 'finished', 'failed', 'cancelled', 'interrupted'],
    },
    by: { type: 'string', description: "The API key's name and id, or `anonymous`" },
    via: { type: 'string', enum: ['api', 'cli'] },
    input_format: nullableText,
    input_sha256: nullableText,
    started_at: nullableText,
    finished_at: nullableText,
    rows_done: count,
    hits: count,
    suppressed: { ...count, description: 'Hits held back by false-positive decisions' },
    issues: { ...count, description: 'Rows with a problem (not screened, or a value left out)' },
    list_versions: { type: 'object', additionalProperties: { type: 'integer' } },
    dataset: text,
    algorithm: text,
    threshold: { type: 'number' },
    limit: { type: 'integer' },
    columns: { type: ['object', 'null'], additionalProperties: text },
    ignored_columns: { type: ['array', 'null'], items: text },
    error: { ...nullableText, description: 'Why a failed job failed' },
    input_removed: {
      type: 'boolean',
      description: 'Whether its uploaded file was deleted (`DELETE`); its results stay',
    },
    links: {
      type: 'object',
      properties: { self: text, results: text, report: text },
    },
    problems: {
      type: 'array',
      description: 'In `GET /screen/jobs/{job_id}` only: the first 1,000 rows with a problem',
      items: {
        type: 'object',
        properties: { row: { type: 'integer' }, message: text, screened: { type: 'boolean' } },
      },
    },
  },
};

const Decision = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    run_id: text,
    row: { type: 'integer' },
    entity_id: text,
    decision: { type: 'string', enum: [...DECISION_KINDS] },
    reason: text,
    by: text,
    decided_at: text,
    party: { type: 'string', description: "SHA-256 key of the screened party's content" },
    entity_digest: { type: 'string', description: "SHA-256 of the entity's content then" },
  },
};

const AuditCheck = {
  type: 'object',
  required: ['ok'],
  properties: {
    ok: { type: 'boolean' },
    records: count,
    head: { type: ['object', 'null'], properties: { seq: { type: 'integer' }, hash: text } },
    broken_at: {
      type: 'integer',
      description:
        'The first record changed or missing (absent when a run or decision lacks its records)',
    },
    problem: text,
    detail: text,
  },
};

const uploadTypes = Object.fromEntries(
  [
    'text/csv',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/x-ndjson',
  ].map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
);

const notFound = errors({ '404': "No job with this ID, or another key's job (screen keys)" });
const notReady = errors({ '409': 'The job has not finished (or was cancelled)' });

export const SCREENING_PATHS = {
  '/screen/jobs': {
    post: {
      summary: 'Screen a portfolio file (the raw body) in the background; answers 202',
      requestBody: { required: true, content: uploadTypes },
      responses: {
        '202': json(ref('Job'), 'Accepted: the job, with a Location header'),
        ...errors({
          '400': 'Bad settings, an unreadable file or no column for the name',
          '413': 'The file is larger than the upload limit (200 MiB unless configured)',
          '415': 'Neither ?format= nor a known Content-Type',
          '503': 'No list is loaded to screen against',
        }),
        ...ACCESS_ERRORS,
        ...errors({
          '429':
            'Too many requests from this key (retry after Retry-After seconds), or the key ' +
            '(every caller without one, together) has its fill of jobs waiting: 10 unless ' +
            'configured (--max-queued-per-key)',
        }),
      },
    },
    get: {
      summary:
        "The runs the caller may see: a screen key's own jobs; for admin keys (and an open " +
        "server's anonymous callers) every run, the command line's too",
      responses: {
        '200': json(
          { type: 'object', properties: { jobs: { type: 'array', items: ref('Job') } } },
          'OK',
        ),
        ...ACCESS_ERRORS,
      },
    },
  },
  '/screen/jobs/{job_id}': {
    get: {
      summary: "A job's status and progress, with the rows it could not screen",
      responses: { '200': json(ref('Job'), 'OK'), ...notFound, ...ACCESS_ERRORS },
    },
    delete: {
      summary:
        'Cancel a job that has not ended (a queued one never starts; a running one stops at its ' +
        'last commit and is never resumed), then delete its uploaded file; the run, its hits, ' +
        'decisions and audit records stay',
      responses: {
        '200': json(
          ref('Job'),
          'The job, `cancelled` (or as it ended, if it ended first), with `input_removed: true`',
        ),
        ...notFound,
        ...errors({
          '409':
            "A run of the command line (its input is the user's own file, never deleted), or a " +
            'job at work in another server process',
        }),
        ...ACCESS_ERRORS,
      },
    },
  },
  '/screen/jobs/{job_id}/results': {
    get: {
      summary:
        "A finished job's hits, streamed: JSON lines or CSV, as `dossier screen` writes them",
      responses: {
        '200': {
          description: 'One hit a line: row, entity_id, caption, score, explanations, datasets',
          content: { 'application/x-ndjson': {}, 'text/csv': {} },
        },
        ...errors({ '400': 'Unknown format' }),
        ...notFound,
        ...notReady,
        ...ACCESS_ERRORS,
      },
    },
  },
  '/screen/jobs/{job_id}/report': {
    get: {
      summary: "A finished job's HTML report for reviewers",
      responses: {
        '200': { description: 'Self-contained HTML', content: { 'text/html': {} } },
        ...notFound,
        ...notReady,
        ...ACCESS_ERRORS,
      },
    },
  },
  '/decisions': {
    post: {
      summary: "Record a reviewer's decision on a hit; later screenings of the party heed it",
      responses: {
        '201': json(ref('Decision'), 'Recorded'),
        ...errors({
          '400': 'A malformed decision',
          '404': 'No such run, or no such hit in it',
          '413': 'The body is too large',
        }),
        ...ACCESS_ERRORS,
      },
    },
    get: {
      summary: "Every decision, or one run's",
      responses: {
        '200': json(
          { type: 'object', properties: { decisions: { type: 'array', items: ref('Decision') } } },
          'OK',
        ),
        ...errors({ '404': 'No such run' }),
        ...ACCESS_ERRORS,
      },
    },
  },
  '/audit/export': {
    get: {
      summary: 'Every audit record, streamed (admin): JSON lines or CSV',
      responses: {
        '200': {
          description: 'seq, at, kind, actor, payload, prev, hash',
          content: { 'application/x-ndjson': {}, 'text/csv': {} },
        },
        ...errors({ '400': 'Unknown format' }),
        ...ACCESS_ERRORS,
      },
    },
  },
  '/audit/verify': {
    get: {
      summary:
        'Check every hash and link of the audit trail, and that every run and decision has its ' +
        'records (admin)',
      responses: {
        '200': json(ref('AuditCheck'), 'The result, intact or not'),
        ...errors({ '400': 'An expect_head that is not <seq>:<hash>' }),
        ...ACCESS_ERRORS,
      },
    },
  },
};

export const SCREENING_SCHEMAS = { Job, Decision, AuditCheck };
