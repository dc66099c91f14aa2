/**
 * Debian's `tesseract` run as a child process: one single-threaded process per core
 * (`OMP_THREAD_LIMIT=1`; with its default threads a page took 30 times longer on a busy machine),
 * TSV output parsed into words with boxes and confidences. Missing programs and language packs are
 * found before any page is read and reported with the package to install.
 */
import { execFile } from 'node:child_process';
import { availableParallelism } from 'node:os';
import type { ReadFailure } from '../../core/documents/index.js';
import { ReadFailureError } from './failure.js';
import { missingLanguagesMessage, missingTesseractMessage } from './install.js';
import { Pool } from './pool.js';
import { type OcrPage, parseTesseractTsv } from './tsv.js';

export interface OcrOptions {
  /** Tesseract processes at once; the number of cores by default. */
  workers?: number;
  /** The program to run; `tesseract` from PATH by default. */
  command?: string;
  /** The environment the programs run in (and PATH is searched in); the process's by default. */
  env?: NodeJS.ProcessEnv;
  /** Longest one page may take, in ms. */
  timeoutMs?: number;
}

export interface RecogniseOptions {
  /** Tesseract language names joined with `+`: `rus+chi_sim+eng`. */
  languages: string;
  /** The image's resolution when known (a rendered PDF page); Tesseract guesses otherwise. */
  dpi?: number;
  /** Multiplies boxes and page sizes: 72/dpi for PDF points, 1 for image pixels. */
  scale?: number;
  signal?: AbortSignal;
}

export interface OcrEngine {
  /** The pool that bounds OCR (and page renders) to one process per worker. */
  readonly pool: Pool;
  /** The environment child processes run in, shared with the page renderer. */
  readonly env: NodeJS.ProcessEnv;
  /** Why OCR in these languages cannot run here (`ocr-missing`), or null when it can. */
  check(languages: string): Promise<ReadFailure | null>;
  /** OCR an image file now, outside the pool: for a task already running in it. */
  recogniseNow(file: string, options: RecogniseOptions): Promise<OcrPage[]>;
  /** OCR an image file in the pool. */
  recognise(file: string, options: RecogniseOptions): Promise<OcrPage[]>;
}

const LANGUAGE = /^[A-Za-z0-9_]+$/;

export function createOcrEngine(options: OcrOptions = {}): OcrEngine {
  const command = options.command ?? 'tesseract';
  const env = { ...(options.env ?? process.env), OMP_THREAD_LIMIT: '1' };
  const pool = new Pool(options.workers ?? availableParallelism());
  const timeout = options.timeoutMs ?? 10 * 60_000;
  // Asked once per engine: the installed languages do not change while Dossier runs.
  let installed: Promise<Set<string> | null> | null = null;

  const run = (args: string[], signal?: AbortSignal) =>
    new Promise<string>((resolve, reject) => {
      execFile(
        command,
        args,
        { env, timeout, signal, maxBuffer: 256 * 1024 * 1024 },
        (error, stdout, stderr) => {
          if (error) reject(Object.assign(error, { stderr }));
          else resolve(stdout);
        },
      );
    });

  const listLanguages = async (): Promise<Set<string> | null> => {
    try {
      const out = await run(['--list-langs']);
      return new Set(
        out
          .split('\n')
          .slice(1)
          .map((line) => line.trim())
          .filter(Boolean),
      );
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  };

  const check = async (languages: string): Promise<ReadFailure | null> => {
    installed ??= listLanguages();
    let have: Set<string> | null;
    try {
      have = await installed;
    } catch (error) {
      // Tesseract is there but failed to answer: ask again next time rather than remember it.
      installed = null;
      const detail = String(
        (error as { stderr?: string }).stderr ?? (error as Error).message,
      ).trim();
      return {
        stage: 'ocr',
        reason: 'ocr-missing',
        message: `Tesseract did not list its languages: ${detail}`,
      };
    }
    if (!have) return { stage: 'ocr', reason: 'ocr-missing', message: missingTesseractMessage() };
    const wanted = languages.split('+').filter(Boolean);
    const missing = wanted.filter((name) => !LANGUAGE.test(name) || !have.has(name));
    if (wanted.length === 0 || missing.length > 0) {
      return {
        stage: 'ocr',
        reason: 'ocr-missing',
        message: missingLanguagesMessage(missing, [...have]),
      };
    }
    return null;
  };

  const recogniseNow = async (file: string, opts: RecogniseOptions): Promise<OcrPage[]> => {
    const failure = await check(opts.languages);
    if (failure) throw new ReadFailureError(failure);
    const args = [file, 'stdout', '-l', opts.languages, '--psm', '3'];
    if (opts.dpi) args.push('--dpi', String(opts.dpi));
    args.push('-c', 'preserve_interword_spaces=1', 'tsv');
    try {
      return parseTesseractTsv(await run(args, opts.signal), opts.scale ?? 1);
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      const stderr = String((error as { stderr?: string }).stderr ?? '')
        .trim()
        .split('\n')
        .slice(-2)
        .join(' ');
      throw new ReadFailureError({
        stage: 'ocr',
        reason: 'corrupt',
        message: `Tesseract could not read the image: ${stderr || (error as Error).message}`,
      });
    }
  };

  return {
    pool,
    env,
    check,
    recogniseNow,
    recognise: (file, opts) => pool.run(() => recogniseNow(file, opts)),
  };
}
