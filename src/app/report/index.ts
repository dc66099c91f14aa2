/**
 * The case report (issue 11): an offline HTML file with the case's header, a timeline of dated
 * claims (dated mentions until claims exist), the parties and their list matches, the claims and
 * mentions, and every page they rest on, pictured, with each span boxed and marked in the text.
 * Rendering is pure (plain data in, HTML out); gathering reads the stores through their
 * interfaces and screens through the documents service's `xref`.
 *
 * @example
 * ```ts
 * const dossier = openDossier({ db: 'garpiya.db' });
 * const summary = await writeReport(
 *   { cases: dossier.cases, documents: dossier.documents, matchIndex: async () => null },
 *   'garpiya',
 *   { out: 'garpiya.html', blobs: dossier.blobs, cacheDir: pageCacheDir('garpiya.db') },
 * );
 * ```
 */
export { pageAnchor, spanAnchor } from './anchors.js';
export { evidenceLink, type GatherOptions, gatherReport, type ReportSources } from './gather.js';
export { escapeHtml, Html, html } from './html.js';
export { markPieces, percentBox, spanBoxes } from './highlight.js';
export {
  addPageImages,
  EMBED_LIMIT,
  type ImageMode,
  type ImageOptions,
  MAX_IMAGES,
} from './images.js';
export { contentPolicy, renderReport, renderReportWithPolicy } from './render.js';
export {
  pageCacheDir,
  reportDownload,
  type ReportOptions,
  type ReportSummary,
  writeReport,
} from './service.js';
export { buildTimeline, otherReadings, type TimelineInput } from './timeline.js';
export type * from './types.js';
