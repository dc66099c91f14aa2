/**
 * Telling OFAC's legacy CSV files apart: by their published names (sdn.csv, add.csv, alt.csv,
 * sdn_comments.csv and the cons_*.csv equivalents), or, for a renamed file, by the shape of its
 * first lines. The shape test is also what `sniff` uses, so it is deliberately strict.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { lookupTable } from '../../core/normalise/index.js';
import { readHead, SourceError } from '../io/index.js';

export type FileKind = 'primary' | 'address' | 'alias' | 'comment';

const NAMES = lookupTable<FileKind>({
  'sdn.csv': 'primary',
  'cons_prim.csv': 'primary',
  'add.csv': 'address',
  'cons_add.csv': 'address',
  'alt.csv': 'alias',
  'cons_alt.csv': 'alias',
  'sdn_comments.csv': 'comment',
  'cons_comments.csv': 'comment',
});

const SIBLINGS = lookupTable({
  'sdn.csv': ['add.csv', 'alt.csv', 'sdn_comments.csv'],
  'cons_prim.csv': ['cons_add.csv', 'cons_alt.csv', 'cons_comments.csv'],
});

/** The kind a file's published name says it is, or null for another name. */
export function kindByName(path: string): FileKind | null {
  return NAMES[basename(path).toLowerCase()] ?? null;
}

/**
 * The companion files (addresses, alternate names, remarks continuations) beside a primary
 * file, in that order, when they exist. Names are compared without regard to case, as OFAC
 * has published them both ways.
 */
export function siblingFiles(primaryPath: string): string[] {
  const wanted = SIBLINGS[basename(primaryPath).toLowerCase()];
  const dir = dirname(primaryPath);
  if (!wanted || !existsSync(dir)) return [];
  const present = new Map(readdirSync(dir).map((name) => [name.toLowerCase(), name]));
  return wanted.flatMap((name) => {
    const actual = present.get(name);
    return actual ? [join(dir, actual)] : [];
  });
}

/**
 * The given files plus the companions beside each primary file, unless a file of the same name
 * was given already (from another folder, say): the user's choice wins.
 */
export function withCompanions(files: string[]): string[] {
  const names = new Set(files.map((f) => basename(f).toLowerCase()));
  const all = [...files];
  for (const file of files) {
    for (const sibling of siblingFiles(file)) {
      const name = basename(sibling).toLowerCase();
      if (names.has(name)) continue;
      names.add(name);
      all.push(sibling);
    }
  }
  return all;
}

/** Split one CSV line into fields (double quotes, "" inside quotes); null if a quote is open. */
export function splitCsvLine(line: string): string[] | null {
  const fields: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        current += '"';
        i++;
      } else if (c === '"') quoted = false;
      else current += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(current);
      current = '';
    } else current += c;
  }
  if (quoted) return null;
  fields.push(current);
  return fields;
}

const NUMBER = /^\d+$/;
const isNull = (f: string | undefined) => f?.trim() === '-0-';

/** The kind of file a single line belongs to, judged from its fields alone. */
function kindOfLine(line: string, nameHint: FileKind | null): FileKind | null {
  const f = splitCsvLine(line);
  if (!f || !NUMBER.test(f[0] ?? '')) return null;
  const type = f[2]?.trim().toLowerCase() ?? '';
  if (f.length === 12 && ['-0-', 'individual', 'vessel', 'aircraft'].includes(type)) {
    // Every primary line has nulls: no entry fills all twelve fields.
    return f.some(isNull) ? 'primary' : null;
  }
  if (f.length === 6 && NUMBER.test(f[1] ?? '') && (f.some(isNull) || nameHint === 'address')) {
    return 'address';
  }
  if (f.length === 5 && NUMBER.test(f[1] ?? '') && ['aka', 'fka', 'nka'].includes(type)) {
    return 'alias';
  }
  // A comments line is just "number,text": too common a shape to claim without the name.
  if (f.length === 2 && nameHint === 'comment') return 'comment';
  return null;
}

/**
 * The kind of file the head of a file shows: its first complete lines (up to three) must all be
 * of the same kind. The last line of the head may be cut, so it is not judged.
 */
export function kindOfHead(head: string, fileName: string): FileKind | null {
  const hint = kindByName(fileName) ?? (/comments/i.test(basename(fileName)) ? 'comment' : null);
  // OFAC's files end with the DOS end-of-file byte (0x1A).
  const lines = head.replaceAll(String.fromCharCode(0x1a), '').split(/\r?\n/);
  const complete = lines.length > 1 ? lines.slice(0, -1) : lines;
  const sample = complete.filter((l) => l !== '').slice(0, 3);
  if (sample.length === 0) return null;
  const kinds = new Set(sample.map((l) => kindOfLine(l, hint)));
  const [kind] = kinds;
  return kinds.size === 1 && kind ? kind : null;
}

/** The kind of an input file: by its published name, else by its first lines. */
export function fileKind(path: string): FileKind {
  const byName = kindByName(path);
  if (byName) return byName;
  const kind = kindOfHead(readHead(path, 8192), path);
  if (!kind) {
    throw new SourceError(
      path,
      'line 1',
      'not an OFAC legacy CSV file (expected the layout of sdn.csv, add.csv, alt.csv or sdn_comments.csv)',
    );
  }
  return kind;
}
