/**
 * The path and query parameters of the case endpoints (documents, pages, page images, search,
 * mentions, claims), defined once: routes parse requests with them, openapi-cases.ts documents
 * them.
 */
import { Type } from 'typebox';
import { MENTION_KINDS } from '../../app/documents/index.js';
import { query } from './query.js';

const caseName = Type.String({ description: 'The case, as `dossier case create` named it.' });
const documentId = Type.String({
  description: "The document's SHA-256, or its first 6 hex digits or more when they are unique.",
});

export const CASE_PATH = Type.Object({ case: caseName });
export const DOCUMENT_PATH = Type.Object({ case: caseName, document_id: documentId });
export const PAGE_PATH = Type.Object({
  case: caseName,
  document_id: documentId,
  page: Type.String({ pattern: '^[1-9][0-9]{0,5}$', description: 'The page number, from 1.' }),
});

export const DOCUMENTS_QUERY = query({
  status: Type.Optional(
    Type.Enum(['failed'], {
      type: 'string',
      description: 'Only the documents that could not be read, each with its reason.',
    }),
  ),
});

export const CASE_SEARCH_QUERY = query({
  q: Type.String({
    minLength: 1,
    maxLength: 500,
    description:
      'Three or more letters or digits, found anywhere in a page (no word breaks needed); a ' +
      'Latin query also finds Cyrillic and Chinese text.',
    'x-error': 'q is required: three to 500 characters',
  }),
  limit: Type.Integer({
    minimum: 1,
    maximum: 1000,
    default: 20,
    description: 'At most this many pages.',
  }),
});

const kinds = `Only mentions of these kinds: ${MENTION_KINDS.join(', ')} (\`party\`: organisations and persons too).`;

export const MENTIONS_QUERY = query({
  kind: Type.Array(Type.Enum([...MENTION_KINDS], { type: 'string' }), {
    description: `${kinds} Repeat the parameter for several values.`,
    default: [],
    maxItems: MENTION_KINDS.length,
    'x-error': `kind is one of ${MENTION_KINDS.join(', ')}`,
  }),
  document_id: Type.Optional(
    Type.String({ description: 'Only the mentions in this document (its ID or a prefix).' }),
  ),
});

export const CLAIMS_QUERY = query({
  kind: Type.Optional(
    Type.String({
      maxLength: 100,
      description: 'Only claims of this kind (`payment`, `supply`...).',
    }),
  ),
  status: Type.Optional(
    Type.Enum(['extracted', 'confirmed', 'disputed'], {
      type: 'string',
      description: 'Only claims with this review status.',
    }),
  ),
  entity: Type.Optional(
    Type.String({
      maxLength: 500,
      description: 'Only claims whose subject or object is this entity.',
    }),
  ),
});
