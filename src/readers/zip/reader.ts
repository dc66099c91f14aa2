/**
 * ZIP archives: every file entry becomes a child at its path inside the archive (folders are kept
 * in the paths, not as entries), and the pipeline reads each child in turn, archives in archives
 * included, one level deeper. An archive gives no page of its own.
 *
 * An entry that cannot be read (encrypted, damaged, an unknown packing method) and a directory
 * that breaks off do not lose the rest: the outcome is `failed`, with the reason and every entry
 * at fault in its message, and still carries the children that could be read. A limit passed
 * (entries, unpacked bytes, ratio, depth) stops the archive there, reason `archive-limits`.
 */
import type { ChildFile, ReadOutcome } from '../../core/documents/index.js';
import { failed, ReadProblem, readSafely } from '../read-problem.js';
import type { DocumentReader, ReadInput } from '../types.js';
import { Archive } from './archive.js';

const ZIP_TYPES = new Set(['application/zip', 'application/x-zip-compressed']);

/** The first few entries at fault, named in the failure's message. */
const NAMED_PROBLEMS = 5;

export function checkDepth(input: ReadInput, what: string): void {
  if (input.depth >= input.limits.maxDepth) {
    const problem = `${what} nested ${input.depth} levels deep is not opened; the limit is ${input.limits.maxDepth}`;
    throw new ReadProblem('unpack', 'archive-limits', `${problem} (maxDepth)`);
  }
}

async function readZip(input: ReadInput): Promise<ReadOutcome> {
  checkDepth(input, 'an archive');
  const archive = await Archive.open(input.bytes, input.limits);
  const children: ChildFile[] = [];
  const problems: ReadProblem[] = [];
  const properties: Record<string, string[]> = {
    entries: [String(archive.entries.length)],
    ...(archive.nameEncoding ? { nameEncoding: [archive.nameEncoding] } : {}),
  };
  const renamed = archive.entries.filter((e) => !e.folder && e.path !== e.name);
  if (renamed.length > 0) properties.renamedEntries = renamed.map((e) => `${e.name} -> ${e.path}`);
  try {
    for (const entry of archive.entries) {
      if (entry.folder) continue;
      try {
        children.push({ path: entry.path, bytes: await archive.unpack(entry, input.signal) });
      } catch (error) {
        if (!(error instanceof ReadProblem)) throw error;
        if (error.reason === 'archive-limits') return failed(error.failure, children, properties);
        problems.push(error);
      }
    }
  } finally {
    archive.close();
  }
  if (archive.damage) problems.push(new ReadProblem('unpack', 'corrupt', archive.damage));
  if (problems.length === 0) return { status: 'processed', properties, pages: [], children };
  // Encryption is named first: it is the one a reader can do something about (ask for the key).
  const first = problems.find((p) => p.reason === 'encrypted') ?? problems[0]!;
  const named = problems.slice(0, NAMED_PROBLEMS).map((p) => p.message);
  const more =
    problems.length > NAMED_PROBLEMS ? `; and ${problems.length - NAMED_PROBLEMS} more` : '';
  const message = `${problems.length} part(s) of the archive could not be read (${children.length} file(s) were): ${named.join('; ')}${more}`;
  return failed({ stage: 'unpack', reason: first.reason, message }, children, properties);
}

export const zipReader: DocumentReader = {
  name: 'zip',
  accepts(mediaType, fileName) {
    return ZIP_TYPES.has(mediaType) || /\.zip$/i.test(fileName);
  },
  read(input) {
    return readSafely('unpack', () => readZip(input));
  },
};
