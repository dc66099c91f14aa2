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
  tag: Type.Optional(
    Type.String({ maxLength: 40, description: 'Only the documents with this tag.' }),
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

export const NOTE_PATH = Type.Object({
  case: caseName,
  note_id: Type.String({ pattern: '^[1-9][0-9]{0,14}$', description: 'The note, as listed.' }),
});
export const TAG_PATH = Type.Object({
  case: caseName,
  document_id: documentId,
  tag: Type.String({
    description: 'Up to 40 letters, digits, ".", "_" or "-" (folded to lower case).',
  }),
});

export const NOTES_QUERY = query({
  document_id: Type.Optional(
    Type.String({ description: 'Only the notes on this document (its ID or a prefix).' }),
  ),
  status: Type.Optional(
    Type.Enum(['active'], {
      type: 'string',
      description: 'Only the notes not retracted (retracted ones are listed unless given).',
    }),
  ),
});

const offset = (what: string) =>
  Type.Optional(
    Type.Union([Type.Integer({ minimum: 0, maximum: 100_000_000 }), Type.Null()], {
      description: what,
      'x-error': `"${what.split(' ')[0]!.toLowerCase()}" must be a whole number or null`,
    }),
  );

export const NOTE_BODY = Type.Object(
  {
    text: Type.String({
      pattern: '\\S',
      maxLength: 10_000,
      description: 'The note (it goes into the audit trail).',
      'x-error': '"text" must be a note of 1 to 10,000 characters',
    }),
    document_id: Type.Optional(
      Type.Union([Type.String({ minLength: 6 }), Type.Null()], {
        description: 'The document the note is about: its ID or 6 hex digits or more of it.',
        'x-error': '"document_id" must be a document ID (6 hex digits or more) or null',
      }),
    ),
    page: Type.Optional(
      Type.Union([Type.Integer({ minimum: 1, maximum: 1_000_000 }), Type.Null()], {
        description: 'Page of that document, from 1.',
        'x-error': '"page" must be a page number from 1, or null',
      }),
    ),
    start: offset("Start of a span in the page's text (UTF-16 offset)."),
    end: offset('End of the span, exclusive.'),
  },
  {
    additionalProperties: false,
    'x-error':
      'the body must be a JSON object with text, and optionally document_id, page, start, end',
    'x-unknown': 'unknown field "{key}"; accepted: {accepted}',
  },
);

export const REPORT_QUERY = query({
  threshold: Type.Number({
    minimum: 0,
    maximum: 1,
    default: 0.7,
    description: 'The score from which a list entity is a match for a party.',
  }),
});
