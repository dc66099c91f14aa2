/**
 * The picture of one page, for the viewer and the report: a PDF page rendered by pdftoppm on the
 * server (cached by the file's hash, page and resolution; src/readers/pdf/page-image.ts), so that
 * a browser never parses an untrusted PDF; a scan stored as PNG or JPEG is its own single page and
 * is served as stored, after its signature is checked. Other images (TIFF, GIF...) have no picture
 * here: browsers do not all show them and nothing on this machine re-encodes them safely.
 */
import { readFile } from 'node:fs/promises';
import { ReadFailureError } from '../../readers/ocr/index.js';
import { pageImage } from '../../readers/pdf/index.js';
import type { BlobStore, DocumentRecord } from '../../store/cases/index.js';
import { DocumentNotFoundError, PageImageUnavailableError } from './errors.js';

export interface PageImage {
  contentType: 'image/png' | 'image/jpeg';
  bytes: Uint8Array;
}

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

/** PNG or JPEG by the bytes' own signature, whatever the file was called. */
export function imageTypeOf(bytes: Uint8Array): PageImage['contentType'] | null {
  if (startsWith(bytes, PNG)) return 'image/png';
  if (startsWith(bytes, JPEG)) return 'image/jpeg';
  return null;
}

/** What `pageImage` needs from the composition root. */
export interface PageImageDeps {
  blobs: BlobStore;
  /** Where rendered pages are kept (`<db>.pages`). */
  cacheDir: string;
}

function noPage(document: DocumentRecord, page: number): DocumentNotFoundError {
  return new DocumentNotFoundError(
    `document ${document.id.slice(0, 12)} (${document.fileName}) has no page ${page}`,
  );
}

/** The image of page `page` (1-based) of a stored document. */
export async function documentPageImage(
  deps: PageImageDeps,
  document: DocumentRecord,
  page: number,
): Promise<PageImage> {
  if (document.pageCount > 0 && page > document.pageCount) throw noPage(document, page);
  if (document.mediaType === 'application/pdf') return pdfPage(deps, document, page);
  if (document.mediaType.startsWith('image/')) {
    if (page !== 1) throw noPage(document, page);
    const bytes = await deps.blobs.get(document.id);
    if (!bytes) throw new DocumentNotFoundError(`the bytes of ${document.id} are not stored`);
    const contentType = imageTypeOf(bytes);
    if (contentType) return { contentType, bytes };
  }
  throw new DocumentNotFoundError(
    `${document.fileName} (${document.mediaType}) has no page image: only PDFs and PNG or JPEG ` +
      "scans are shown as pictures; its text is in the document's pages",
  );
}

async function pdfPage(
  deps: PageImageDeps,
  document: DocumentRecord,
  page: number,
): Promise<PageImage> {
  const file = await deps.blobs.localPath(document.id);
  if (!file) throw new DocumentNotFoundError(`the bytes of ${document.id} are not stored`);
  try {
    const path = await pageImage({ file }, { cacheDir: deps.cacheDir, sha256: document.id, page });
    return { contentType: 'image/png', bytes: await readFile(path) };
  } catch (error) {
    if (!(error instanceof ReadFailureError)) throw error;
    const { reason, message } = error.failure;
    if (reason === 'ocr-missing') throw new PageImageUnavailableError(message);
    if (reason === 'no-such-page') throw noPage(document, page);
    throw new DocumentNotFoundError(`page ${page} could not be rendered: ${message}`);
  }
}
