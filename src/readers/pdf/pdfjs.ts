/**
 * pdfjs-dist opened the way Node 20 needs: the legacy build (the modern one needs DOMMatrix), the
 * character maps and standard fonts from its own package folder (a PDF with a non-embedded Chinese
 * font has no text without the maps; nothing is fetched from the network), no eval, no font faces.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
export type PdfDocument = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;

let loaded: Promise<Pdfjs> | null = null;
// Loaded on first use: importing pdfjs costs about 100 ms and most commands read no PDF.
const pdfjs = () => {
  loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return loaded;
};

const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

export async function openPdf(bytes: Uint8Array): Promise<PdfDocument> {
  const { getDocument } = await pdfjs();
  return getDocument({
    // pdfjs transfers the buffer it is given to its worker: a copy keeps the caller's bytes intact.
    data: new Uint8Array(bytes),
    cMapUrl: `${join(root, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(root, 'standard_fonts')}/`,
    wasmUrl: `${join(root, 'wasm')}/`,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
}

/** A PDF date (`D:20240314103000+03'00'`) as an ISO 8601 instant, or null. */
export async function pdfDate(value: unknown): Promise<string | null> {
  if (typeof value !== 'string' || !value) return null;
  const { PDFDateString } = await pdfjs();
  const date = PDFDateString.toDateObject(value);
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : null;
}
