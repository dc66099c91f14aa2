/**
 * The index snapshot for screening's worker threads, read once into shared memory so that every
 * worker reads one copy of the index.
 */
import { type MatcherTools, snapshotKey } from '../../core/matching/index.js';
import type { Store } from '../../store/index.js';
import { MatchService } from './service.js';
import { readSnapshotFile, snapshotKeyFor, snapshotPath } from './snapshot-file.js';

/**
 * The snapshot of the store's current index, read into a SharedArrayBuffer for worker threads
 * (`MatchService.adopt`): built and saved first if there is none for these lists. Null where the
 * database has no snapshot file (in memory), or it could not be saved: the workers build then.
 */
export async function sharedSnapshot(
  store: Store,
  tools: MatcherTools,
  db: string,
): Promise<Uint8Array | null> {
  const path = snapshotPath(db);
  if (!path) return null;
  const key = snapshotKeyFor(await store.datasets());
  let bytes = readSnapshotFile(path, { shared: true, key });
  if (!bytes || snapshotKey(bytes) !== key) {
    await new MatchService(store, tools, { snapshot: path }).refresh();
    bytes = readSnapshotFile(path, { shared: true, key });
  }
  return bytes && snapshotKey(bytes) === key ? bytes : null;
}
