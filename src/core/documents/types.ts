/**
 * What reading a document gives, before anything is stored (issue 11). Readers (src/readers) turn
 * bytes into pages and child files; extractors (src/core/extraction) turn a page's text into
 * mentions. Offsets are UTF-16 code units into the page's text, end exclusive, everywhere: that is
 * what lets a highlight in the viewer land on the very characters a claim rests on.
 */

/** A rectangle on the page in PDF points (or image pixels) from the top-left: x0, y0, x1, y1. */
export type PageBox = readonly [number, number, number, number];

/** A word's place on the page (OCR or a PDF text run), so that any span can be drawn. */
export interface PageWord {
  start: number;
  end: number;
  box: PageBox;
  /** OCR confidence 0-1; null for a text layer. */
  confidence: number | null;
}

/** One page as a reader saw it. A file with no pages (a CSV, an e-mail) has one page per unit. */
export interface ReadPage {
  /** 1-based. */
  page: number;
  text: string;
  method: 'text' | 'ocr';
  /** OCR languages as Tesseract names them (`rus+chi_sim+eng`); null for a text layer. */
  language: string | null;
  /** Mean OCR confidence 0-1; null for a text layer. */
  confidence: number | null;
  /** Page size in the unit of its boxes, when the source has one. */
  width: number | null;
  height: number | null;
  words?: readonly PageWord[];
}

/** A file found inside another (a ZIP entry, an e-mail attachment, an embedded message). */
export interface ChildFile {
  /** The path inside the parent, decoded (CP866 and GBK names included), `/`-separated. */
  path: string;
  bytes: Uint8Array;
}

/** Why a file could not be read: a short stable reason and a sentence for the reader. */
export interface ReadFailure {
  /** `detect`, `unpack`, `text`, `ocr`... */
  stage: string;
  /** `encrypted`, `corrupt`, `empty`, `unknown-type`, `too-large`, `archive-limits`, `ocr-missing`... */
  reason: string;
  message: string;
}

export type ReadOutcome =
  | {
      status: 'processed';
      /** Metadata by name (`title`, `author`, `from`, `to`, `date`, `subject`, `pageCount`). */
      properties: Record<string, string[]>;
      pages: ReadPage[];
      children: ChildFile[];
    }
  | {
      status: 'failed';
      failure: ReadFailure;
      properties?: Record<string, string[]>;
      /** What could be taken out before the failure (the readable entries of a damaged ZIP). */
      children?: ChildFile[];
    };

/**
 * Limits on what untrusted bytes may expand to. Every reader checks the ones that concern it and
 * fails the file (never the batch) with reason `too-large` or `archive-limits` when one is passed.
 */
export interface ReadLimits {
  /** Largest file read at all, in bytes. */
  maxFileBytes: number;
  maxPages: number;
  /** Largest image, in pixels (width x height), before OCR. */
  maxImagePixels: number;
  /** How deep archives and e-mails may nest. */
  maxDepth: number;
  /** Entries in one archive. */
  maxEntries: number;
  /** Unpacked bytes of one archive, all entries together. */
  maxUnpackedBytes: number;
  /** Unpacked size over packed size, per entry. */
  maxRatio: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxFileBytes: 512 * 1024 * 1024,
  maxPages: 5_000,
  maxImagePixels: 100_000_000,
  maxDepth: 8,
  maxEntries: 50_000,
  maxUnpackedBytes: 4 * 1024 * 1024 * 1024,
  maxRatio: 200,
};
