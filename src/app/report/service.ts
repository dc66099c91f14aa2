/**
 * `dossier report`: a case gathered, its pages pictured, rendered and written to one HTML file
 * (images inside it as data URIs), or to a file and a folder of images beside it when asked or
 * when the images would make the file too heavy to open comfortably.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import type { BlobStore } from '../../store/cases/index.js';
import { type GatherOptions, gatherReport, type ReportSources } from './gather.js';
import { addPageImages, type ImageMode } from './images.js';
import { renderReport, renderReportWithPolicy } from './render.js';

export interface ReportOptions extends GatherOptions {
  out: string;
  blobs: BlobStore;
  /** The page image cache (`pageCacheDir(db)`). */
  cacheDir: string;
  /** Write the images to this folder rather than into the HTML. */
  images?: string;
  /** Put the images into the HTML however heavy it gets. */
  embed?: boolean;
  maxImages?: number;
}

export interface ReportSummary {
  path: string;
  bytes: number;
  pages: number;
  images: number;
  /** Where the images went when not into the HTML. */
  imageFolder: string | null;
  parties: number;
  /** Parties with a list match; null when the parties were not screened. */
  matched: number | null;
  claims: number;
  timeline: number;
}

/** Rendered pages are cached beside the database, as its blobs are: `cases.db.pages/`. */
export function pageCacheDir(location: string): string {
  return `${location}.pages`;
}

/** A folder's address relative to the report, each segment URL-encoded. */
function hrefOf(out: string, folder: string): string {
  const rel = relative(dirname(resolve(out)), resolve(folder));
  return rel.split(sep).map(encodeURIComponent).join('/') || '.';
}

function modeOf(options: ReportOptions): ImageMode {
  if (options.embed) return { kind: 'embed' };
  const folder =
    options.images ??
    join(dirname(options.out), `${basename(options.out, extname(options.out))}-images`);
  const href = hrefOf(options.out, folder);
  return options.images ? { kind: 'folder', folder, href } : { kind: 'auto', folder, href };
}

export async function writeReport(
  sources: ReportSources,
  caseName: string,
  options: ReportOptions,
): Promise<ReportSummary> {
  const data = await gatherReport(sources, caseName, options);
  const pictured = await addPageImages(data, {
    blobs: options.blobs,
    cacheDir: options.cacheDir,
    mode: modeOf(options),
    maxImages: options.maxImages,
  });
  const text = renderReport(data);
  await mkdir(dirname(resolve(options.out)), { recursive: true });
  await writeFile(options.out, text);
  return {
    path: options.out,
    bytes: Buffer.byteLength(text),
    pages: data.pages.length,
    images: pictured.images,
    imageFolder: pictured.folder,
    parties: data.parties.length,
    matched: data.screening.screened
      ? data.parties.filter((p) => (p.matches?.length ?? 0) > 0).length
      : null,
    claims: data.claims.length,
    timeline: data.timeline.entries.length,
  };
}

/**
 * The report as one self-contained HTML text with every page image inside, and its CSP, for a
 * server to send as a download (GET /cases/{case}/report).
 */
export async function reportDownload(
  sources: ReportSources,
  caseName: string,
  options: GatherOptions & { blobs: BlobStore; cacheDir: string; maxImages?: number },
): Promise<{ html: string; policy: string }> {
  const data = await gatherReport(sources, caseName, options);
  await addPageImages(data, {
    blobs: options.blobs,
    cacheDir: options.cacheDir,
    mode: { kind: 'embed' },
    maxImages: options.maxImages,
  });
  return renderReportWithPolicy(data);
}
