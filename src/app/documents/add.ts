/**
 * `add`: files and folders into a case. Each file's bytes are stored once by SHA-256 (never
 * changed), each place it was found is recorded, and it is read by the reader for its media type;
 * what comes out of it (ZIP entries, attachments) goes through the same steps one level deeper.
 *
 * Resuming: a document is recorded `pending` before it is read and saved `processed` or `failed`
 * after; a container is saved only after its children, so that an `add` killed half-way through
 * a ZIP leaves the ZIP pending and the next run opens it again. Known places are not recorded
 * twice and documents already read are not read again. One file that fails to read fails alone.
 */
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { DEFAULT_READ_LIMITS, type ReadLimits } from '../../core/documents/index.js';
import type { Extractor } from '../../core/extraction/index.js';
import type { DocumentReader } from '../../readers/index.js';
import type { BlobStore, CaseStore, DocumentStatus } from '../../store/cases/index.js';
import { saveDocumentClaims } from './claims.js';
import type { MatchIndex } from '../matching/index.js';
import type { InTextSearch } from './in-text.js';
import { detectMediaType } from './media-type.js';
import { readDocument, refused, resultOf } from './read.js';
import { checkPaths, type WalkProblem, walkFiles } from './walk.js';

export interface AddDeps {
  cases: CaseStore;
  blobs: BlobStore;
  readerFor: (mediaType: string, fileName: string) => DocumentReader | null;
  extractors: readonly Extractor[];
  /** The in-text list search, when lists are loaded: list entities named in each page. */
  inText?: InTextSearch | undefined;
}

export interface AddProgress {
  /** The place of the document just handled. */
  path: string;
  /** Files given or found in folders handled so far (not counting what was inside them). */
  files: number;
  /** Documents read in this run, and how many of them failed. */
  read: number;
  failed: number;
}

export interface AddOptions {
  /** Tesseract languages for pages that need OCR; `rus+chi_sim+eng` by default. */
  ocrLanguages?: string;
  limits?: Partial<ReadLimits>;
  onProgress?: (progress: AddProgress) => void;
  /** Stops between documents; what is not read yet stays pending for the next run. */
  signal?: AbortSignal;
  /** The match index over the loaded lists: list entities named in the pages are found too. */
  index?: MatchIndex;
}

export interface AddSummary {
  /** Files given or found in the folders given. */
  files: number;
  /** Documents new to the case (top-level and inside others). */
  added: number;
  /** Places seen again or added to a document the case already had. */
  known: number;
  read: number;
  processed: number;
  failed: number;
  /** Files or folders that could not be looked at, and faults that did not stop the batch. */
  problems: string[];
}

export const DEFAULT_OCR_LANGUAGES = 'rus+chi_sim+eng';

interface Found {
  id: string;
  size: number;
  fileName: string;
  mediaType: string;
  path: string;
  parentId: string | null;
  bytes: Uint8Array;
}

class AddRun {
  readonly summary: AddSummary = {
    files: 0,
    added: 0,
    known: 0,
    read: 0,
    processed: 0,
    failed: 0,
    problems: [],
  };
  private readonly limits: ReadLimits;
  private readonly ocrLanguages: string;
  /** Documents being read, outermost first: a ZIP inside itself is recorded, not re-entered. */
  private readonly open = new Set<string>();

  constructor(
    private readonly deps: AddDeps,
    private readonly caseName: string,
    private readonly options: AddOptions,
  ) {
    this.limits = { ...DEFAULT_READ_LIMITS, ...options.limits };
    this.ocrLanguages = options.ocrLanguages ?? DEFAULT_OCR_LANGUAGES;
  }

  private progress(path: string): void {
    const { files, read, failed } = this.summary;
    this.options.onProgress?.({ path, files, read, failed });
  }

  /** Records the place; reads the document if it has not been read yet. */
  async place(found: Found, depth: number): Promise<void> {
    const { cases } = this.deps;
    const { bytes, parentId, ...doc } = found;
    const { created } = await cases.addDocument(this.caseName, { ...doc, parentId });
    if (created) this.summary.added++;
    else this.summary.known++;
    if (!created) {
      const status: DocumentStatus | undefined = (await cases.getDocument(this.caseName, found.id))
        ?.status;
      if (status !== 'pending') return;
    }
    if (this.open.has(found.id)) return;
    await this.read(found, depth);
  }

  async read(found: Found, depth: number): Promise<void> {
    const { cases, blobs } = this.deps;
    const { outcome, reader } = await readDocument(
      {
        bytes: found.bytes,
        size: found.size,
        fileName: found.fileName,
        mediaType: found.mediaType,
        depth,
        limits: this.limits,
        ocrLanguages: this.ocrLanguages,
        ...(this.options.signal ? { signal: this.options.signal } : {}),
      },
      this.deps.readerFor,
    );
    const children = outcome.children ?? [];
    this.open.add(found.id);
    try {
      for (let i = 0; i < children.length; i++) {
        this.options.signal?.throwIfAborted();
        const child = children[i]!;
        children[i] = { path: child.path, bytes: new Uint8Array(0) }; // let the bytes go
        try {
          const { sha256, size } = await blobs.put(child.bytes);
          const fileName = basename(child.path) || child.path;
          await this.place(
            {
              id: sha256,
              size,
              fileName,
              mediaType: await detectMediaType(child.bytes, fileName),
              path: child.path,
              parentId: found.id,
              bytes: child.bytes,
            },
            depth + 1,
          );
        } catch (error) {
          if (this.options.signal?.aborted) throw error;
          this.summary.problems.push(`${found.path} > ${child.path}: ${(error as Error).message}`);
        }
      }
    } finally {
      this.open.delete(found.id);
    }
    const problems: string[] = [];
    let result = resultOf(outcome, reader, this.deps.extractors, problems);
    const inText = this.deps.inText;
    if (inText && result.status === 'processed') {
      const { pages, mentions } = result;
      for (const page of pages) mentions.push(...inText.find(page.page, page.text, mentions));
    }
    for (const problem of problems) this.summary.problems.push(`${found.path}: ${problem}`);
    try {
      await cases.saveResult(this.caseName, found.id, result);
    } catch (error) {
      result = refused(error);
      await cases.saveResult(this.caseName, found.id, result);
    }
    if (result.status === 'processed' && this.deps.extractors.length > 0) {
      // After the mentions are saved: claims cite them by their stored ids.
      try {
        await saveDocumentClaims(cases, this.caseName, found.id);
      } catch (error) {
        this.summary.problems.push(`${found.path}: claims: ${(error as Error).message}`);
      }
    }
    this.summary.read++;
    if (result.status === 'processed') this.summary.processed++;
    else this.summary.failed++;
    this.progress(found.path);
  }

  async file(file: string, place: string): Promise<void> {
    const { cases, blobs } = this.deps;
    const { sha256, size } = await blobs.putFile(file);
    const fileName = basename(file);
    // Known and read already: record the place, without loading the bytes again.
    const known = await cases.getDocument(this.caseName, sha256);
    if (known && known.status !== 'pending') {
      const doc = { id: sha256, size, fileName, mediaType: known.mediaType, path: place };
      await cases.addDocument(this.caseName, doc);
      this.summary.known++;
      return;
    }
    const bytes = await this.bytesOf(sha256, size);
    const mediaType = await detectMediaType(bytes, fileName);
    const found = { id: sha256, size, fileName, mediaType, path: place, parentId: null, bytes };
    await this.place(found, 0);
  }

  /** The bytes to read; only the first 64 KB (for the media type) of a file over the limit. */
  private async bytesOf(sha256: string, size: number): Promise<Uint8Array> {
    if (size <= this.limits.maxFileBytes) return (await this.deps.blobs.get(sha256))!;
    const handle = await open((await this.deps.blobs.localPath(sha256))!, 'r');
    try {
      const head = new Uint8Array(64 * 1024);
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      return head.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  }

  /**
   * Documents a killed run left pending, wherever they were added from: top-level ones first
   * (reading them reaches their children), then any left over.
   */
  async pending(): Promise<void> {
    const { cases, blobs } = this.deps;
    for (const pass of ['top', 'rest'] as const) {
      const pending = await cases.listDocuments(this.caseName, { status: 'pending' });
      for (const info of pending) {
        this.options.signal?.throwIfAborted();
        const record = await cases.getDocument(this.caseName, info.id);
        if (record?.status !== 'pending') continue;
        const top = record.places.find((p) => p.parentId === null);
        if (pass === 'top' && !top) continue;
        const place = top ?? record.places[0]!;
        const bytes = (await blobs.has(info.id)) ? await this.bytesOf(info.id, info.size) : null;
        if (!bytes) {
          const failure = { stage: 'detect', reason: 'missing', message: 'the bytes are gone' };
          await cases.saveResult(this.caseName, info.id, { status: 'failed', failure });
          continue;
        }
        const found = { ...info, path: place.path, parentId: place.parentId, bytes };
        await this.read(found, top ? 0 : 1);
      }
    }
  }
}

/**
 * Adds files and folders to a case and reads them; see the module comment. Refuses the whole run
 * (adding nothing) when a path given does not exist.
 */
export async function addToCase(
  deps: AddDeps,
  caseName: string,
  paths: readonly string[],
  options: AddOptions = {},
): Promise<AddSummary> {
  await checkPaths(paths);
  const run = new AddRun(deps, caseName, options);
  const walkProblems: WalkProblem[] = [];
  for await (const { file, place } of walkFiles(paths, walkProblems)) {
    options.signal?.throwIfAborted();
    run.summary.files++;
    try {
      await run.file(file, place);
    } catch (error) {
      if (options.signal?.aborted) throw error;
      run.summary.problems.push(`${place}: ${(error as Error).message}`);
    }
  }
  await run.pending();
  for (const problem of walkProblems)
    run.summary.problems.push(`${problem.path}: ${problem.message}`);
  return run.summary;
}
