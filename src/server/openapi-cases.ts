/**
 * The OpenAPI description of cases and their documents (issue 11), kept apart from openapi.ts so
 * that each file stays readable; parameters are filled in from their schemas there.
 */
import { ACCESS_ERRORS } from './openapi-reconcile.js';

const errorBody = {
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};
export const errors = (entries: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(entries).map(([code, d]) => [code, { description: d, ...errorBody }]),
  );
export const json = (schema: object, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});
export const text = { type: 'string' };
export const nullable = (type: string) => ({ type: [type, 'null'] });
const stringList = { type: 'array', items: text };
const span = { type: 'array', items: { type: 'integer' }, minItems: 2, maxItems: 2 };
const unknownCase = errors({ '404': 'No such case (the nearest name is suggested)' });

const Document = {
  type: 'object',
  properties: {
    id: { ...text, description: 'The SHA-256 of the bytes' },
    file_name: text,
    media_type: text,
    size: { type: 'integer' },
    status: { type: 'string', enum: ['pending', 'processed', 'failed'] },
    failure: {
      type: ['object', 'null'],
      description: 'Why a failed document failed: the step, a short reason and a message',
      properties: { stage: text, reason: nullable('string'), message: text },
    },
    pages: { type: 'integer' },
    properties: { type: 'object', additionalProperties: stringList },
    added_at: text,
    tags: { ...stringList, description: "Reporters' tags, in code-unit order" },
  },
};

const PageText = {
  type: 'object',
  properties: {
    page: { type: 'integer' },
    method: { type: 'string', enum: ['text', 'ocr'] },
    language: nullable('string'),
    confidence: nullable('number'),
    width: { ...nullable('number'), description: 'In PDF points, when the source has a size' },
    height: nullable('number'),
    text,
  },
};

const Mention = {
  type: 'object',
  properties: {
    id: text,
    document_id: text,
    file_name: text,
    page: { type: 'integer' },
    start: { type: 'integer', description: "UTF-16 offset into the page's text" },
    end: { type: 'integer', description: 'End exclusive' },
    kind: text,
    text,
    value: text,
    extractor: text,
    confidence: nullable('number'),
    box: {
      type: ['array', 'null'],
      items: { type: 'number' },
      description: 'x0, y0, x1, y1 in PDF points from the top-left',
    },
    link: { type: ['object', 'null'], properties: { entity_id: text, score: { type: 'number' } } },
  },
};

const Claim = {
  type: 'object',
  properties: {
    id: text,
    kind: text,
    subject: text,
    object: nullable('string'),
    properties: { type: 'object', additionalProperties: stringList },
    status: { type: 'string', enum: ['extracted', 'confirmed', 'disputed'] },
    note: nullable('string'),
    reviewed_at: nullable('string'),
    evidence: {
      type: 'array',
      items: { type: 'object', properties: { document_id: text, mention_id: text } },
    },
  },
};

export const CASE_PATHS = {
  '/cases': {
    get: {
      summary: 'The cases, oldest first',
      responses: {
        '200': json({
          type: 'object',
          properties: {
            cases: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  name: text,
                  title: nullable('string'),
                  created_at: text,
                  documents: { type: 'integer' },
                  processed: { type: 'integer' },
                  pending: { type: 'integer' },
                  failed: { type: 'integer' },
                  pages: { type: 'integer' },
                  claims: { type: 'integer' },
                  notes: { type: 'integer', description: 'Notes not retracted' },
                  last_added_at: {
                    ...nullable('string'),
                    description: 'The latest document added',
                  },
                },
              },
            },
          },
        }),
        ...ACCESS_ERRORS,
      },
    },
  },
  '/cases/{case}/documents': {
    get: {
      summary: "A case's documents with their status; `status=failed` lists each failure's reason",
      responses: {
        '200': json({
          type: 'object',
          properties: {
            case: text,
            counts: { type: 'object', additionalProperties: { type: 'integer' } },
            documents: { type: 'array', items: Document },
          },
        }),
        ...errors({ '400': 'An unknown parameter or value' }),
        ...unknownCase,
        ...ACCESS_ERRORS,
      },
    },
  },
  '/cases/{case}/documents/{document_id}': {
    get: {
      summary: 'One document: metadata, every place it was found, what it contains, each page',
      responses: {
        '200': json({
          allOf: [
            Document,
            {
              type: 'object',
              properties: {
                places: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: { path: text, parent_id: nullable('string'), found_at: text },
                  },
                },
                children: { type: 'array', items: { type: 'object' } },
                page_texts: { type: 'array', items: PageText },
              },
            },
          ],
        }),
        ...errors({
          '400': 'An ID prefix shorter than 6 characters, or shared by several documents',
          '404': 'No such case or document',
        }),
        ...ACCESS_ERRORS,
      },
    },
  },
  '/cases/{case}/documents/{document_id}/pages/{page}/image': {
    get: {
      summary:
        "A page's picture: a PDF page rendered on the server as PNG (144 dpi: two pixels a " +
        'point, so that mention boxes scale by 2), or a PNG or JPEG scan as stored',
      responses: {
        '200': {
          description: 'The image, with X-Content-Type-Options: nosniff',
          content: { 'image/png': {}, 'image/jpeg': {} },
        },
        ...errors({
          '400': 'A page that is not a whole number from 1',
          '404': 'No such case, document or page, or a document without pictures (text, mail...)',
          '503': 'pdftoppm (poppler-utils) is not installed',
        }),
        ...ACCESS_ERRORS,
      },
    },
  },
  '/cases/{case}/search': {
    get: {
      summary: 'Pages holding the query, best first, with the spans and snippets to highlight',
      responses: {
        '200': json({
          type: 'object',
          properties: {
            case: text,
            query: text,
            results: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  document_id: text,
                  file_name: text,
                  page: { type: 'integer' },
                  spans: { type: 'array', items: span },
                  snippets: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: {
                        text,
                        start: { type: 'integer' },
                        end: { type: 'integer' },
                        highlights: { type: 'array', items: span },
                      },
                    },
                  },
                },
              },
            },
          },
        }),
        ...errors({ '400': 'No query, or fewer than three letters or digits' }),
        ...unknownCase,
        ...ACCESS_ERRORS,
      },
    },
  },
  '/cases/{case}/mentions': {
    get: {
      summary: 'What the extractors found: identifiers, money, dates, parties, each at its span',
      responses: {
        '200': json({
          type: 'object',
          properties: { case: text, mentions: { type: 'array', items: Mention } },
        }),
        ...errors({ '400': 'An unknown kind' }),
        ...errors({ '404': 'No such case or document' }),
        ...ACCESS_ERRORS,
      },
    },
  },
  '/cases/{case}/claims': {
    get: {
      summary: 'What the documents assert (payments, supplies, directorships), with evidence',
      responses: {
        '200': json({
          type: 'object',
          properties: { case: text, claims: { type: 'array', items: Claim } },
        }),
        ...errors({ '400': 'An unknown parameter or status' }),
        ...unknownCase,
        ...ACCESS_ERRORS,
      },
    },
  },
};
