/**
 * Page images for the report. PDF pages are rendered with pdftoppm through the readers' cached
 * `pageImage` (the same picture the viewer shows); a PNG or JPEG document is its own image. The
 * pictures go into the HTML as data URIs, so that the report is one file that can be mailed and
 * opened offline, unless they would make it too heavy: then they are written to a folder beside
 * it. Pages cited by the timeline, the claims and the parties are pictured first.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pageImage } from '../../readers/pdf/index.js';
import type { BlobStore } from '../../store/cases/index.js';
import type { EvidencePage, ReportData } from './types.js';

/** Above this many bytes of images, `auto` writes them to a folder rather than into the HTML. */
export const EMBED_LIMIT = 32 * 1024 * 1024;
/** At most this many page images: a large case's report shows the other pages as text. */
export const MAX_IMAGES = 300;

export type ImageMode =
  | { kind: 'auto'; folder: string; href: string }
  | { kind: 'embed' }
  | { kind: 'folder'; folder: string; href: string };

export interface ImageOptions {
  blobs: BlobStore;
  /** Where rendered pages are cached across runs. */
  cacheDir: string;
  mode: ImageMode;
  maxImages?: number;
  /** EMBED_LIMIT unless given. */
  embedLimit?: number;
  dpi?: number;
}

export interface ImageSummary {
  images: number;
  bytes: number;
  /** The folder the images went to; null when they are inside the HTML. */
  folder: string | null;
}

interface Picture {
  page: EvidencePage;
  bytes: Uint8Array;
  type: 'png' | 'jpeg';
}

const IMAGE_TYPES: Record<string, 'png' | 'jpeg'> = { 'image/png': 'png', 'image/jpeg': 'jpeg' };

/** Pages in the order their pictures are wanted: cited by a statement first, then the rest. */
function byPriority(data: ReportData): EvidencePage[] {
  const cited = new Set<string>();
  const links = [
    ...data.timeline.entries.flatMap((e) => e.evidence),
    ...data.claims.flatMap((c) => c.evidence),
    ...data.parties.flatMap((p) => p.mentions),
  ];
  for (const l of links) cited.add(`${l.documentId}:${l.page}`);
  const first = data.pages.filter((p) => cited.has(`${p.documentId}:${p.page}`));
  const rest = data.pages.filter((p) => !cited.has(`${p.documentId}:${p.page}`));
  return [...first, ...rest];
}

async function pictureOf(page: EvidencePage, options: ImageOptions): Promise<Picture | null> {
  const { blobs } = options;
  if (page.mediaType === 'application/pdf') {
    const file = await blobs.localPath(page.documentId);
    if (!file) return null;
    const path = await pageImage(
      { file },
      { cacheDir: options.cacheDir, sha256: page.documentId, page: page.page, dpi: options.dpi },
    );
    return { page, bytes: new Uint8Array(await readFile(path)), type: 'png' };
  }
  const type = IMAGE_TYPES[page.mediaType];
  if (type && page.page === 1) {
    const bytes = await blobs.get(page.documentId);
    return bytes ? { page, bytes, type } : null;
  }
  return null;
}

/** Adds an image (or a note saying why there is none) to the report's pages. */
export async function addPageImages(
  data: ReportData,
  options: ImageOptions,
): Promise<ImageSummary> {
  const max = options.maxImages ?? MAX_IMAGES;
  const pictures: Picture[] = [];
  let skipped = 0;
  for (const page of byPriority(data)) {
    if (page.mediaType === 'image/tiff') {
      page.imageNote =
        'TIFF pages cannot be shown by a browser: the page is shown as its OCR text.';
      continue;
    }
    if (pictures.length >= max) {
      if (page.mediaType === 'application/pdf' || IMAGE_TYPES[page.mediaType]) {
        page.imageNote = `Not pictured: the report holds at most ${max} page images.`;
        skipped++;
      }
      continue;
    }
    try {
      const picture = await pictureOf(page, options);
      if (picture) pictures.push(picture);
    } catch (error) {
      // pdftoppm missing or a page it cannot draw: the text still stands as evidence.
      page.imageNote = `No image: ${(error as Error).message}`;
    }
  }
  if (skipped > 0) {
    data.notes.push(
      `${skipped} pages are shown as text only: the report pictures at most ${max} pages, those cited by the timeline, claims and parties first.`,
    );
  }
  const bytes = pictures.reduce((n, p) => n + p.bytes.byteLength, 0);
  const { mode } = options;
  if (
    mode.kind === 'embed' ||
    (mode.kind === 'auto' && bytes <= (options.embedLimit ?? EMBED_LIMIT))
  ) {
    for (const p of pictures) {
      p.page.image = {
        src: `data:image/${p.type};base64,${Buffer.from(p.bytes).toString('base64')}`,
      };
    }
    return { images: pictures.length, bytes, folder: null };
  }
  await mkdir(mode.folder, { recursive: true });
  for (const p of pictures) {
    const name = `${p.page.documentId.slice(0, 16)}-p${p.page.page}.${p.type === 'png' ? 'png' : 'jpg'}`;
    await writeFile(join(mode.folder, name), p.bytes);
    p.page.image = { src: `${mode.href}/${encodeURIComponent(name)}` };
  }
  return { images: pictures.length, bytes, folder: mode.folder };
}
