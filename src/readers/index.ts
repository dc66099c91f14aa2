/**
 * Document readers (issue 11): one folder per family of formats, each exporting a DocumentReader.
 * `readers` lists them in the order they are asked; the first that accepts a file reads it.
 */
import { htmlReader } from './html/index.js';
import { emlReader, mboxReader } from './mail/index.js';
import { csvReader, docxReader, xlsxReader } from './office/index.js';
import { createImageReader } from './image/index.js';
import { createOcrEngine } from './ocr/index.js';
import { createPdfReader } from './pdf/index.js';
import { textReader } from './text/index.js';
import type { DocumentReader } from './types.js';
import { zipReader } from './zip/index.js';

export type { DocumentReader, ReadInput } from './types.js';

// One OCR engine for every reader: its pool bounds Tesseract to one process per core in all.
// Creating it starts nothing; the first scan asks `tesseract --list-langs`.
const ocr = createOcrEngine();

export const readers: readonly DocumentReader[] = [
  createPdfReader({ ocr }),
  createImageReader({ ocr }),
  // DOCX and XLSX are ZIP packages: they are asked before the ZIP reader.
  docxReader,
  xlsxReader,
  csvReader,
  emlReader,
  mboxReader,
  htmlReader,
  zipReader,
  // Keep last: the fallback for any text/* type no reader above claims (CSV, HTML have their own).
  textReader,
];

export function readerFor(mediaType: string, fileName: string): DocumentReader | null {
  return readers.find((reader) => reader.accepts(mediaType, fileName)) ?? null;
}
