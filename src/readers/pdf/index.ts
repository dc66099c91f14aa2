/**
 * PDFs: the text layer with word boxes (pdfjs-dist's legacy build, character maps from its
 * package), OCR for pages without usable text, and page images for the viewer (pdftoppm, cached).
 */
export { readMetadata } from './metadata.js';
export { type PageImageOptions, pageImage } from './page-image.js';
export { POPPLER_MISSING, type RenderOptions, renderPdfPage } from './render.js';
export { createPdfReader, type PdfReaderOptions } from './reader.js';
export { type FontStyle, hasUsableText, layoutText, type PageText, type TextRun } from './text.js';
