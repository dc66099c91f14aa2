/**
 * Pages rendered with poppler's `pdftoppm`: for OCR (grey, 300 dpi) and for the viewer (colour,
 * 144 dpi). A separate program, so that a hostile PDF's rendering runs outside Dossier's process.
 */
import { execFile } from 'node:child_process';
import { ReadFailureError } from '../ocr/index.js';

export interface RenderOptions {
  dpi: number;
  gray?: boolean;
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  timeoutMs?: number;
}

export const POPPLER_MISSING =
  'pdftoppm is not installed, so PDF pages cannot be rendered for OCR or viewing: install it with `apt-get install poppler-utils`.';

/** Render page `page` of the PDF at `file` to `<prefix>.png` and return that path. */
export function renderPdfPage(
  file: string,
  page: number,
  prefix: string,
  options: RenderOptions,
): Promise<string> {
  const args = [
    '-png',
    '-r',
    String(options.dpi),
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
  ];
  if (options.gray) args.push('-gray');
  args.push(file, prefix);
  return new Promise((resolve, reject) => {
    const timeout = options.timeoutMs ?? 5 * 60_000;
    execFile(
      'pdftoppm',
      args,
      { env: options.env, signal: options.signal, timeout },
      (error, _out, stderr) => {
        if (!error) return resolve(`${prefix}.png`);
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          return reject(
            new ReadFailureError({
              stage: 'render',
              reason: 'ocr-missing',
              message: POPPLER_MISSING,
            }),
          );
        }
        if (error.name === 'AbortError') return reject(error);
        const detail = String(stderr).trim().split('\n').slice(-1)[0] || error.message;
        const reason = /wrong page range/i.test(detail) ? 'no-such-page' : 'corrupt';
        reject(
          new ReadFailureError({
            stage: 'render',
            reason,
            message: `pdftoppm could not render page ${page}: ${detail}`,
          }),
        );
      },
    );
  });
}
