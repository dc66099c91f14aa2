/**
 * Document readers (issue 11): one folder per family of formats, each exporting a DocumentReader.
 * `readers` lists them in the order they are asked; the first that accepts a file reads it.
 */
import { htmlReader } from './html/index.js';
import { emlReader, mboxReader } from './mail/index.js';
import { csvReader, docxReader, xlsxReader } from './office/index.js';
import type { DocumentReader } from './types.js';
import { zipReader } from './zip/index.js';

export type { DocumentReader, ReadInput } from './types.js';

export const readers: readonly DocumentReader[] = [
  // DOCX and XLSX are ZIP packages: they are asked before the ZIP reader.
  docxReader,
  xlsxReader,
  csvReader,
  emlReader,
  mboxReader,
  htmlReader,
  zipReader,
];

export function readerFor(mediaType: string, fileName: string): DocumentReader | null {
  return readers.find((reader) => reader.accepts(mediaType, fileName)) ?? null;
}
