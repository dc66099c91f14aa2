/**
 * The OpenAPI description of the case workspace's routes: notes, document tags and the report
 * download (docs/cases-api.md). Parameters and bodies are filled in from their schemas.
 */
// The helpers of the case routes' description: the same error body, JSON and nullable shapes.
import { errors, json, nullable, text } from './openapi-cases.js';
import { ACCESS_ERRORS } from './openapi-reconcile.js';

const Note = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    text,
    document_id: nullable('string'),
    page: nullable('integer'),
    start: nullable('integer'),
    end: nullable('integer'),
    by: { ...text, description: 'The author: the API key that wrote it' },
    created_at: text,
    status: { type: 'string', enum: ['active', 'retracted'] },
    retracted_at: nullable('string'),
    retracted_by: nullable('string'),
  },
};

const TagChange = json({
  type: 'object',
  properties: {
    document_id: text,
    tag: text,
    changed: { type: 'boolean', description: 'False when nothing changed (already so)' },
    tags: { type: 'array', items: text },
  },
});

const missing = errors({ '404': 'No such case, document or note' });
const invalid = errors({ '400': 'A bad note or tag (named in the message)' });
const writes = { ...ACCESS_ERRORS, ...missing, ...invalid };

export const NOTE_PATHS = {
  '/cases/{case}/notes': {
    get: {
      summary: "The case's notes, oldest first, retracted ones marked",
      responses: {
        '200': json({
          type: 'object',
          properties: { case: text, notes: { type: 'array', items: Note } },
        }),
        ...ACCESS_ERRORS,
        ...missing,
      },
    },
    post: {
      summary: 'Write a note on the case, a document, a page or a span (role screen; audited)',
      responses: { '201': json(Note, 'The note as kept'), ...writes },
    },
  },
  '/cases/{case}/notes/{note_id}/retract': {
    post: {
      summary: 'Retract a note: it is kept, marked retracted (role screen; audited)',
      responses: {
        '200': json(Note, 'The note, retracted'),
        ...writes,
        ...errors({ '409': 'The note was retracted already' }),
      },
    },
  },
  '/cases/{case}/documents/{document_id}/tags/{tag}': {
    put: {
      summary: 'Tag a document (role screen; audited when it changes)',
      responses: { '200': TagChange, ...writes },
    },
    delete: {
      summary: 'Take a tag off a document (role screen; audited when it changes)',
      responses: { '200': TagChange, ...writes },
    },
  },
  '/cases/{case}/report': {
    get: {
      summary: "The case's offline HTML report (as `dossier report` writes it), as a download",
      responses: {
        '200': {
          description: 'The report, page images inside, with its own Content-Security-Policy',
          content: { 'text/html': { schema: text } },
        },
        ...ACCESS_ERRORS,
        ...missing,
      },
    },
  },
};
