/**
 * Page images for the viewer: page N of a PDF rendered once with pdftoppm and cached by the
 * file's hash, page and resolution, so that what a reviewer sees is the same picture every time
 * and the browser never parses an untrusted PDF. Highlight boxes (PDF points from the top-left)
 * land on the image at dpi/72 pixels a point.
 */
import { randomUUID } from 'node:crypto';
import { access, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { withTempDir } from '../ocr/index.js';
import { renderPdfPage } from './render.js';

export interface PageImageOptions {
  /** Folder holding every rendered page; created when missing. */
  cacheDir: string;
  /** The PDF's SHA-256 in hex: the cache key, and a safe folder name. */
  sha256: string;
  /** 1-based. */
  page: number;
  /** 144 by default: sharp on screen, twice a PDF point. */
  dpi?: number;
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
}

/** The path of a PNG of the page, rendered now or found in the cache. */
export async function pageImage(
  source: { file: string } | { bytes: Uint8Array },
  options: PageImageOptions,
): Promise<string> {
  const dpi = options.dpi ?? 144;
  if (!/^[0-9a-f]{64}$/.test(options.sha256))
    throw new RangeError('sha256 must be 64 lower-case hex digits');
  if (!Number.isInteger(options.page) || options.page < 1)
    throw new RangeError(`no page ${options.page}`);
  if (!Number.isInteger(dpi) || dpi < 18 || dpi > 600)
    throw new RangeError(`dpi ${dpi} is out of 18-600`);
  const folder = join(options.cacheDir, options.sha256.slice(0, 2), options.sha256);
  const path = join(folder, `page-${options.page}-${dpi}.png`);
  if (await exists(path)) return path;
  await mkdir(folder, { recursive: true });
  // Rendered under a private name and renamed: two viewers asking at once never see half a file.
  const prefix = join(folder, `.render-${randomUUID()}`);
  const render = (file: string) =>
    renderPdfPage(file, options.page, prefix, { dpi, env: options.env, signal: options.signal });
  try {
    const rendered =
      'file' in source
        ? await render(source.file)
        : await withTempDir('page-image', async (dir) => {
            const file = join(dir, 'document.pdf');
            await writeFile(file, source.bytes);
            return render(file);
          });
    await rename(rendered, path);
  } finally {
    await rm(`${prefix}.png`, { force: true });
  }
  return path;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
