/**
 * A matching worker thread: builds its own index from the store (indexes cannot be shared
 * between threads), says which list versions it holds, then matches the chunks it is sent.
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
}

const { db, settings } = workerData as WorkerInput;
const dossier = openDossier({ db });
const service = await dossier.matching();
await service.refresh();
await dossier.close();
const options = runMatchOptions(settings, service.catalog!);
const digest = digestCache();
parentPort!.on('message', (message: { id: number; examples: [] }) => {
  const results = message.examples.map((e) => matchOne(service.matcher, options, e, digest));
  parentPort!.postMessage({ id: message.id, results });
});
parentPort!.postMessage({ ready: true, versions: service.catalog!.indexed });
