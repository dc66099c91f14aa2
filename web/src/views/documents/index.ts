/** What other views use of the document viewer: the case search box and the viewer's address. */
export { CaseHits, CaseSearch } from './CaseSearch.js';
export { viewerHref } from './links.js';
