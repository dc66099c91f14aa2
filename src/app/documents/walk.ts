/**
 * The files under the paths given to `add`, in a stable order (names sorted), each with the place
 * it is recorded at. A place is the path relative to the working folder when the file is inside
 * it (`leak/contracts/a.pdf`), else absolute, always with `/`, so that running the same `add`
 * again records the same places rather than new ones.
 */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { PathNotFoundError } from './errors.js';

export interface FoundFile {
  /** Where to read it. */
  file: string;
  /** Where it is recorded as found. */
  place: string;
}

export interface WalkProblem {
  path: string;
  message: string;
}

export function placeOf(file: string, cwd = process.cwd()): string {
  const absolute = resolve(cwd, file);
  const inside = relative(cwd, absolute);
  const place = inside === '' || inside.startsWith('..') || isAbsolute(inside) ? absolute : inside;
  return place.split(sep).join('/');
}

/** Refuses the whole command when a path given does not exist: a typo should add nothing. */
export async function checkPaths(paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    try {
      await stat(path);
    } catch {
      throw new PathNotFoundError(`no file or folder at ${path}`);
    }
  }
}

/**
 * Files under each path, depth first, names sorted. Symbolic links to files are followed; links to
 * folders are not (a link back up the tree would never end). A folder that cannot be listed is
 * reported and skipped.
 */
export async function* walkFiles(
  paths: readonly string[],
  problems: WalkProblem[],
): AsyncGenerator<FoundFile> {
  for (const path of paths) {
    const info = await stat(path);
    if (info.isDirectory()) yield* walkFolder(path, problems);
    else if (info.isFile()) yield { file: path, place: placeOf(path) };
    else problems.push({ path, message: 'not a regular file or folder' });
  }
}

async function* walkFolder(folder: string, problems: WalkProblem[]): AsyncGenerator<FoundFile> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    problems.push({ path: folder, message: (error as Error).message });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* walkFolder(path, problems);
    else if (entry.isFile()) yield { file: path, place: placeOf(path) };
    else if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => null);
      if (target?.isFile()) yield { file: path, place: placeOf(path) };
      else problems.push({ path, message: 'a link to a folder or to nothing: not followed' });
    }
  }
}
