/**
 * Documents as read, before they are stored: pages with text and word boxes, child files, failures
 * and the limits that bound reading (issue 11). Pure types and rules; the readers that do I/O live
 * in src/readers.
 */
export * from './types.js';
export { foldedIdeograph, foldIdeographs, ideographFoldCount } from './ideographs.js';
