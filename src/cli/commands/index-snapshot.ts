/**
 * After `ingest` or `update` has loaded lists, the match index is built and its snapshot saved
 * beside the database (`<db>.index`), so that the first `dossier match` or `serve` after it loads
 * the index in a fraction of a second instead of building it. `--no-index` skips this (a script
 * that loads several lists in a row builds once, after the last).
 */
import { snapshotPath, writeIndexSnapshot } from '../../app/matching/index.js';
import type { CommandContext } from '../context.js';

export const NO_INDEX_HELP = 'do not build the match index after loading (the first match will)';

/** Build and save the index of the lists now loaded; a failure is reported, not fatal. */
export async function saveIndexAfterLoad(ctx: CommandContext): Promise<void> {
  const dossier = ctx.dossier(undefined, { create: true });
  const path = snapshotPath(dossier.location);
  if (!path) return;
  const progress = (line: string) => ctx.io.err.write(`${line}\n`);
  try {
    await writeIndexSnapshot(dossier.lists, await dossier.tools(), path, progress);
  } catch (error) {
    // The lists are loaded whatever happens here: the first match tries the build again.
    progress(`warning: the match index was not built: ${(error as Error).message}`);
  }
}
