/**
 * The list sources: one folder per official list format, each a `Source` that sniffs, reads and
 * maps its files to entity drafts. `detectSource` picks one from a file's content,
 * `sourceByFormat` by name.
 */
export { detectSource, SOURCES, sourceByFormat } from './registry.js';
export { Deletion, type ReadContext, type Source, type SourceRecord } from './types.js';
