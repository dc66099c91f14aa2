/**
 * A matching worker thread: takes the index from the snapshot the pool read into shared memory
 * (its typed arrays stay shared; entries are decoded here as candidates need them), or builds its
 * own from the store without one, says which list versions it holds, then matches the chunks it
 * is sent.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { digestCache } from '../../core/screening/index.js';
import { openDossier } from '../dossier/index.js';
import type { MatchSettings } from './matching.js';
import { runMatchOptions } from './matching.js';
import { matchOne } from './row-matcher.js';

export interface WorkerInput {
  db: string;
  settings: MatchSettings;
  /** The index snapshot's bytes in a SharedArrayBuffer, or null (then each worker builds). */
  snapshot: Uint8Array | null;
}

const { db, settings, snapshot } = workerData as WorkerInput;
const dossier = openDossier({ db });
const service = await dossier.matching();
if (snapshot) await service.adopt(snapshot);
else await service.refresh();
await dossier.close();
const options = runMatchOptions(settings, service.catalog!);
const digest = digestCache();
parentPort!.on('message', (message: { id: number; examples: [] }) => {
  const results = message.examples.map((e) => matchOne(service.matcher, options, e, digest));
  parentPort!.postMessage({ id: message.id, results });
});
parentPort!.postMessage({ ready: true, versions: service.catalog!.indexed });
