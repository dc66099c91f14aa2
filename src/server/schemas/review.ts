/**
 * The query of the search across every case's documents (`GET /search/documents`), defined once:
 * the route parses requests with it, openapi-review.ts documents it.
 */
import { Type } from 'typebox';
import { list, query } from './query.js';

export const DOCUMENT_SEARCH_QUERY = query({
  q: Type.String({
    minLength: 1,
    maxLength: 500,
    description:
      'Three or more letters or digits, found anywhere in a page (no word breaks needed); a ' +
      'Latin query also finds Cyrillic and Chinese text.',
    'x-error': 'q is required: three to 500 characters',
  }),
  case: list('Only the documents of these cases (all cases when left out).', 100),
  limit: Type.Integer({
    minimum: 1,
    maximum: 200,
    default: 20,
    description: 'At most this many pages in all, and at most this many from each case.',
  }),
});
