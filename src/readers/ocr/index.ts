/**
 * OCR with Debian's Tesseract: an engine that runs one single-threaded process per core and turns
 * its TSV into page text with word boxes (UTF-16 offsets) and confidences 0-1.
 */
export {
  createOcrEngine,
  type OcrEngine,
  type OcrOptions,
  type RecogniseOptions,
} from './engine.js';
export { failed, failureOutcome, ReadFailureError } from './failure.js';
export {
  DEFAULT_OCR_LANGUAGES,
  debianPackage,
  missingLanguagesMessage,
  missingTesseractMessage,
} from './install.js';
export { Pool } from './pool.js';
export { type OcrPage, parseTesseractTsv } from './tsv.js';
export { withTempDir } from './temp.js';
