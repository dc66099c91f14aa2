/**
 * The PDF reader: the text layer of each page with word boxes (pdfjs), and OCR (pdftoppm, then
 * Tesseract) for pages whose text layer is missing or unusable. A PDF that needs a password fails
 * as `encrypted`; one pdfjs cannot parse as `corrupt`. Without Tesseract, the pages that have text
 * are still read and the document says which pages were skipped.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReadOutcome, ReadPage } from '../../core/documents/index.js';
import {
  DEFAULT_OCR_LANGUAGES,
  failed,
  failureOutcome,
  type OcrEngine,
  withTempDir,
} from '../ocr/index.js';
import type { DocumentReader, ReadInput } from '../types.js';
import { readMetadata } from './metadata.js';
import { openPdf, type PdfDocument } from './pdfjs.js';
import { renderPdfPage } from './render.js';
import { type FontStyle, hasUsableText, layoutText, type TextRun } from './text.js';

export interface PdfReaderOptions {
  ocr: OcrEngine;
  /** Resolution pages are rendered at for OCR: 300 dpi is what Tesseract is trained for. */
  ocrDpi?: number;
}

export function createPdfReader(options: PdfReaderOptions): DocumentReader {
  const dpi = options.ocrDpi ?? 300;
  return {
    name: 'pdf',
    accepts: (mediaType, fileName) =>
      mediaType === 'application/pdf' ||
      (mediaType === 'application/octet-stream' && /\.pdf$/i.test(fileName)),
    read: (input) => readPdf(input, options.ocr, dpi),
  };
}

async function openOrFail(bytes: Uint8Array): Promise<PdfDocument | ReadOutcome> {
  try {
    return await openPdf(bytes);
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') {
      return failed(
        'open',
        'encrypted',
        'The PDF is protected by a password: it cannot be read without it.',
      );
    }
    return failed('open', 'corrupt', `The PDF cannot be parsed: ${(error as Error).message}`);
  }
}

async function readPdf(input: ReadInput, ocr: OcrEngine, dpi: number): Promise<ReadOutcome> {
  const { bytes, limits } = input;
  if (bytes.length === 0) return failed('open', 'empty', 'The file is empty.');
  if (bytes.length > limits.maxFileBytes) {
    return failed(
      'open',
      'too-large',
      `The PDF is ${bytes.length} bytes, over the limit of ${limits.maxFileBytes}.`,
    );
  }
  const opened = await openOrFail(bytes);
  if ('status' in opened) return opened;
  const doc = opened;
  try {
    if (doc.numPages === 0) return failed('open', 'empty', 'The PDF has no pages.');
    if (doc.numPages > limits.maxPages) {
      return failed(
        'open',
        'too-large',
        `The PDF has ${doc.numPages} pages, over the limit of ${limits.maxPages}.`,
      );
    }
    const properties = await readMetadata(doc);
    const pages: ReadPage[] = [];
    const scans: number[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      input.signal?.throwIfAborted();
      const page = await textPage(doc, n);
      pages.push(page);
      if (!hasUsableText(page.text)) scans.push(n);
    }
    if (scans.length === 0) return { status: 'processed', properties, pages, children: [] };
    const languages = input.ocrLanguages || DEFAULT_OCR_LANGUAGES;
    const missing = await ocr.check(languages);
    if (missing) {
      // Text documents still work: keep the pages that have text, say which were not OCR'd.
      if (scans.length === pages.length) return { status: 'failed', failure: missing, properties };
      properties.ocrSkippedPages = scans.map(String);
      properties.warnings = [missing.message];
      return { status: 'processed', properties, pages, children: [] };
    }
    await ocrPages(bytes, pages, scans, ocr, { languages, dpi, signal: input.signal });
    return { status: 'processed', properties, pages, children: [] };
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    return failureOutcome(error, {
      stage: 'text',
      reason: 'corrupt',
      message: `The PDF could not be read: ${(error as Error).message}`,
    });
  } finally {
    await doc.destroy();
  }
}

async function textPage(doc: PdfDocument, n: number): Promise<ReadPage> {
  const page = await doc.getPage(n);
  const viewport = page.getViewport({ scale: 1 });
  const base = {
    page: n,
    width: viewport.width,
    height: viewport.height,
    language: null,
    confidence: null,
  };
  try {
    const content = await page.getTextContent();
    const runs: TextRun[] = [];
    for (const item of content.items) if ('str' in item) runs.push(item);
    const { text, words } = layoutText(
      runs,
      viewport.transform,
      content.styles as Record<string, FontStyle>,
    );
    return { ...base, text, method: 'text', words };
  } catch {
    // A page whose content stream pdfjs cannot parse may still render: it goes to OCR.
    return { ...base, text: '', method: 'text', words: [] };
  } finally {
    page.cleanup();
  }
}

async function ocrPages(
  bytes: Uint8Array,
  pages: ReadPage[],
  scans: number[],
  ocr: OcrEngine,
  opts: { languages: string; dpi: number; signal: AbortSignal | undefined },
): Promise<void> {
  await withTempDir('pdf-ocr', async (dir) => {
    const file = join(dir, 'document.pdf');
    await writeFile(file, bytes);
    await Promise.all(
      scans.map((n) =>
        // Render and OCR in one pool slot: one process per core, whichever of the two is running.
        ocr.pool.run(async () => {
          const png = await renderPdfPage(file, n, join(dir, `page-${n}`), {
            dpi: opts.dpi,
            gray: true,
            env: ocr.env,
            signal: opts.signal,
          });
          const [result] = await ocr.recogniseNow(png, {
            languages: opts.languages,
            dpi: opts.dpi,
            scale: 72 / opts.dpi,
            signal: opts.signal,
          });
          const page = pages[n - 1]!;
          pages[n - 1] = {
            ...page,
            text: result?.text ?? '',
            method: 'ocr',
            language: opts.languages,
            confidence: result?.confidence ?? null,
            words: result?.words ?? [],
          };
        }),
      ),
    );
  });
}
