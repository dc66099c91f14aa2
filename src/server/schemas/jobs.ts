/**
 * The query and path parameters of batch jobs, decisions and the audit trail, defined once:
 * routes parse requests with them, openapi-screening.ts documents them.
 */
import { Type } from 'typebox';
import { algorithm, list, query, threshold } from './query.js';

const downloadFormat = Type.Enum(['jsonl', 'csv'], { type: 'string', default: 'jsonl' });

export const JOB_PATH = Type.Object({
  job_id: Type.String({
    description:
      'The run ID `POST /screen/jobs` answered (any run `GET /screen/jobs` lists). A `screen` ' +
      "key reaches only the jobs it submitted: another key's job is a 404, as an unknown ID is.",
  }),
});

export const SUBMIT_QUERY = query({
  dataset: Type.String({ default: 'default', description: 'The dataset to screen against.' }),
  threshold: threshold(),
  algorithm,
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 5, description: 'Hits per row.' }),
  map: list('`column=property` (or `column=ignore`), as `--map`.', 500),
  id_column: Type.Optional(
    Type.String({
      maxLength: 500,
      description:
        "The column with the customer's own ID, as `--id-column`: it keys rows, hits and " +
        'decisions (default: detected from the header).',
    }),
  ),
  // No default: the Content-Type says it when this does not.
  format: Type.Optional(
    Type.Enum(['csv', 'xlsx', 'jsonl'], {
      type: 'string',
      description: 'The file kind, when the Content-Type does not say it.',
    }),
  ),
});

export const RESULTS_QUERY = query({ format: downloadFormat });

export const AUDIT_EXPORT_QUERY = query({ format: downloadFormat });

export const AUDIT_VERIFY_QUERY = query({
  expect_head: Type.Optional(
    Type.String({
      pattern: '^[0-9]+:[0-9a-fA-F]{64}$',
      description:
        'A head kept outside the database, `<seq>:<hash>` as `dossier audit head` prints it: ' +
        'the check fails unless the trail holds that record with that hash.',
    }),
  ),
});

export const DECISIONS_QUERY = query({
  run_id: Type.Optional(Type.String({ description: "Only this run's decisions." })),
});
