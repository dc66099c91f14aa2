/**
 * Picks up datasets ingested by another process: every few seconds the service compares the
 * store's versions with the index and rebuilds when they differ (in a worker thread, swapped in
 * whole: requests meanwhile are answered from the old index). Polls never overlap, and `stop`
 * waits for a running one so that the store is not closed under it. A build that fails is not
 * tried again until the lists change, so that its error is logged once per version.
 */
import type { MatchService } from '../app/matching/index.js';

export interface Poller {
  stop(): Promise<void>;
}

export function startPoller(
  service: MatchService,
  seconds: number,
  log: (line: string) => void,
): Poller {
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    const started = performance.now();
    running = service
      .refreshIfStale()
      .then((rebuilt) => {
        if (!rebuilt) return;
        const ms = Math.round(performance.now() - started);
        log(`index rebuilt: ${service.catalog?.entities ?? 0} entities in ${ms} ms`);
      })
      .catch((error: Error) => {
        const kept = service.catalog ? 'the previous index stays in use' : 'no index yet';
        log(`index refresh failed: ${error.message} (${kept}; tried again when the lists change)`);
      })
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, seconds * 1000);
  // The timer alone must not keep a process alive: the server's socket does that.
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
