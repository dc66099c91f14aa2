/**
 * A document reader: bytes of one file in, pages and child files out (src/core/documents). Readers
 * may run processes (tesseract, pdftoppm) and unpack archives; they never touch the stores. The
 * pipeline in src/app/documents picks one by media type, stores the outcome, and feeds children
 * back in with their depth.
 */
import type { ReadLimits, ReadOutcome } from '../core/documents/index.js';

export interface ReadInput {
  bytes: Uint8Array;
  /** The file's own name (last path segment), for readers that go by extension. */
  fileName: string;
  /** As detected from the bytes (file-type), else from the extension; `application/octet-stream` if neither knows. */
  mediaType: string;
  /** Nesting depth: 0 for a file the user added, 1 for an entry of that ZIP... */
  depth: number;
  limits: ReadLimits;
  /** Tesseract languages for pages that need OCR, e.g. `rus+chi_sim+eng`. */
  ocrLanguages: string;
  signal?: AbortSignal;
}

export interface DocumentReader {
  /** Stable short name recorded with the outcome (`pdf`, `ocr-image`, `zip`, `eml`...). */
  readonly name: string;
  accepts(mediaType: string, fileName: string): boolean;
  read(input: ReadInput): Promise<ReadOutcome>;
}
