/**
 * Documents as read, before they are stored: pages with text and word boxes, child files, failures
 * and the limits that bound reading (issue 11). Pure types and rules; the readers that do I/O live
 * in src/readers. Search folding keeps offsets (fold.ts); the shadow finds text across scripts
 * (shadow.ts).
 */
export * from './types.js';
export { foldedIdeograph, foldIdeographs, ideographFoldCount } from './ideographs.js';
export { foldQuery, foldText } from './fold.js';
export {
  mergeSpans,
  queryForms,
  querySpans,
  type Snippet,
  searchable,
  snippets,
  spanBox,
} from './search.js';
export { type Shadow, shadowOf, shadowSpans, shadowText } from './shadow.js';
