/**
 * Width and height of PNG, JPEG and TIFF images read from their headers, so that an image too large
 * to decode safely is refused before anything decodes it (a 100,000 x 100,000 PNG of a few KB
 * would take 40 GB as pixels). Formats: PNG's IHDR chunk (ISO/IEC 15948), JPEG's start-of-frame
 * marker (ITU T.81 B.2.2), TIFF's ImageWidth/ImageLength tags in every IFD (TIFF 6.0 section 2).
 */

export type ImageFormat = 'png' | 'jpeg' | 'tiff';

export interface ImageSize {
  width: number;
  height: number;
}

export function imageFormat(bytes: Uint8Array): ImageFormat | null {
  if (
    bytes.length >= 8 &&
    bytes[0] === 0x89 &&
    bytes[1] === 0x50 &&
    bytes[2] === 0x4e &&
    bytes[3] === 0x47
  ) {
    return 'png';
  }
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
    return 'jpeg';
  const tag = String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0);
  if (
    (tag === 'II' && bytes[2] === 42 && bytes[3] === 0) ||
    (tag === 'MM' && bytes[2] === 0 && bytes[3] === 42)
  ) {
    return 'tiff';
  }
  return null;
}

/** The size of each page (one for PNG and JPEG, one per IFD for TIFF); null when the header is damaged. */
export function imageSizes(bytes: Uint8Array): ImageSize[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    switch (imageFormat(bytes)) {
      case 'png':
        return pngSize(bytes, view);
      case 'jpeg':
        return jpegSize(view);
      case 'tiff':
        return tiffSizes(view);
      default:
        return null;
    }
  } catch {
    // A header cut short reads past the end: a damaged file.
    return null;
  }
}

function pngSize(bytes: Uint8Array, view: DataView): ImageSize[] | null {
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
  return [{ width: view.getUint32(16), height: view.getUint32(20) }];
}

function jpegSize(view: DataView): ImageSize[] | null {
  let at = 2;
  while (at + 4 <= view.byteLength) {
    if (view.getUint8(at) !== 0xff) return null;
    const marker = view.getUint8(at + 1);
    // Fill bytes and markers without a length (RSTn, TEM).
    if (marker === 0xff) {
      at++;
      continue;
    }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2;
      continue;
    }
    const length = view.getUint16(at + 2);
    // SOF0-SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return [{ height: view.getUint16(at + 5), width: view.getUint16(at + 7) }];
    }
    if (marker === 0xda || length < 2) return null;
    at += 2 + length;
  }
  return null;
}

function tiffSizes(view: DataView): ImageSize[] | null {
  const little = view.getUint8(0) === 0x49;
  const u16 = (at: number) => view.getUint16(at, little);
  const u32 = (at: number) => view.getUint32(at, little);
  const sizes: ImageSize[] = [];
  const seen = new Set<number>();
  for (let ifd = u32(4); ifd !== 0; ) {
    // A loop of IFDs would never end: a damaged (or hostile) file.
    if (seen.has(ifd) || seen.size > 10_000) return null;
    seen.add(ifd);
    const count = u16(ifd);
    let width = -1;
    let height = -1;
    for (let i = 0; i < count; i++) {
      const entry = ifd + 2 + i * 12;
      const tag = u16(entry);
      if (tag !== 256 && tag !== 257) continue;
      const value = u16(entry + 2) === 3 ? u16(entry + 8) : u32(entry + 8);
      if (tag === 256) width = value;
      else height = value;
    }
    if (width < 0 || height < 0) return null;
    sizes.push({ width, height });
    ifd = u32(ifd + 2 + count * 12);
  }
  return sizes.length > 0 ? sizes : null;
}
