/**
 * The contract every list source implements: `sniff` recognises its files from their first bytes,
 * `read` parses them and maps each record to FollowTheMoney entity drafts, streaming.
 */
import type { EntityDraft } from '../core/model/index.js';

/** A delta file's instruction to remove an entity from the dataset. */
export class Deletion {
  constructor(readonly id: string) {}
}

export type SourceRecord = EntityDraft | Deletion;

export interface ReadContext {
  /** Called with the number of bytes just consumed from the input, for the progress display. */
  progress(bytes: number): void;
  /** A problem that does not stop the load (an unresolvable cross-reference, say). */
  warn(message: string): void;
}

export interface Source {
  /** The name users give to `--format`. */
  readonly format: string;
  /** One line for `dossier ingest --help`. */
  readonly description: string;
  /** Largest input file accepted, in bytes: a larger one is refused as not of this kind. */
  readonly maxBytes: number;
  /**
   * True when a delta: records modify the dataset's previous version instead of replacing it.
   */
  readonly incremental?: boolean;
  /**
   * The files to read when the user names some of a set: OFAC's sdn.csv brings add.csv,
   * alt.csv and sdn_comments.csv from beside it.
   */
  companions?(files: string[]): string[];
  /** Whether this source reads the file, judged from its first bytes (latin1-decoded) and name. */
  sniff(head: string, fileName: string): boolean;
  /**
   * The day the file says it was published (YYYY-MM-DD), from the same first bytes; null when
   * it says none. Absent for formats that never state one (OFAC's CSV, FtM exports).
   */
  published?(head: string): string | null;
  /**
   * Parse and map the files (one source may take several, like OFAC's sdn.csv with add.csv).
   * Throws a SourceError naming the file and the line or record on malformed input.
   */
  read(files: string[], ctx: ReadContext): AsyncIterable<SourceRecord>;
}
