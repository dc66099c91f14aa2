/** Images through OCR: PNG, JPEG and TIFF, refused by their header's size before decoding. */
export { type ImageFormat, type ImageSize, imageFormat, imageSizes } from './dimensions.js';
export { createImageReader } from './reader.js';
