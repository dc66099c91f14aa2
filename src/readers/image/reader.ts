/**
 * Images (PNG, JPEG, TIFF with all its pages) read through OCR. The size is taken from the header
 * and checked against the limits before Tesseract decodes a single pixel.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReadOutcome } from '../../core/documents/index.js';
import {
  DEFAULT_OCR_LANGUAGES,
  failed,
  failureOutcome,
  type OcrEngine,
  withTempDir,
} from '../ocr/index.js';
import type { DocumentReader, ReadInput } from '../types.js';
import { imageFormat, imageSizes } from './dimensions.js';

const MEDIA_TYPES = new Set(['image/png', 'image/jpeg', 'image/tiff']);
const EXTENSIONS = /\.(png|jpe?g|tiff?)$/i;

export function createImageReader(options: { ocr: OcrEngine }): DocumentReader {
  return {
    name: 'ocr-image',
    accepts: (mediaType, fileName) =>
      MEDIA_TYPES.has(mediaType) ||
      (mediaType === 'application/octet-stream' && EXTENSIONS.test(fileName)),
    read: (input) => readImage(input, options.ocr),
  };
}

async function readImage(input: ReadInput, ocr: OcrEngine): Promise<ReadOutcome> {
  const { bytes, limits } = input;
  if (bytes.length === 0) return failed('detect', 'empty', 'The file is empty.');
  if (bytes.length > limits.maxFileBytes) {
    return failed(
      'detect',
      'too-large',
      `The image is ${bytes.length} bytes, over the limit of ${limits.maxFileBytes}.`,
    );
  }
  const format = imageFormat(bytes);
  const sizes = imageSizes(bytes);
  if (!format || !sizes)
    return failed('detect', 'corrupt', 'Not a readable PNG, JPEG or TIFF: its header is damaged.');
  if (sizes.length > limits.maxPages) {
    return failed(
      'detect',
      'too-large',
      `The TIFF has ${sizes.length} pages, over the limit of ${limits.maxPages}.`,
    );
  }
  for (const [i, { width, height }] of sizes.entries()) {
    if (width === 0 || height === 0)
      return failed('detect', 'corrupt', `Page ${i + 1} of the image has no pixels.`);
    if (width * height > limits.maxImagePixels) {
      return failed(
        'detect',
        'too-large',
        `The image is ${width} x ${height} pixels, over the limit of ${limits.maxImagePixels} pixels.`,
      );
    }
  }
  const properties: Record<string, string[]> = {
    pageCount: [String(sizes.length)],
    imageSize: sizes.map(({ width, height }) => `${width}x${height}`),
  };
  const languages = input.ocrLanguages || DEFAULT_OCR_LANGUAGES;
  const missing = await ocr.check(languages);
  if (missing) return { status: 'failed', failure: missing, properties };
  try {
    const results = await withTempDir('image-ocr', async (dir) => {
      const file = join(dir, `image.${format === 'jpeg' ? 'jpg' : format}`);
      await writeFile(file, bytes);
      return ocr.recognise(file, { languages, signal: input.signal });
    });
    const pages = results.map((result) => ({
      page: result.page,
      text: result.text,
      method: 'ocr' as const,
      language: languages,
      confidence: result.confidence,
      width: result.width,
      height: result.height,
      words: result.words,
    }));
    return { status: 'processed', properties, pages, children: [] };
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    return failureOutcome(error, {
      stage: 'ocr',
      reason: 'corrupt',
      message: `OCR failed: ${(error as Error).message}`,
    });
  }
}
