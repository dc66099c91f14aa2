/**
 * The jobs waiting for the server's one job slot, taken in turns across their submitters (the
 * run's actor: an API key's name and id, or `anonymous` for every caller of an open loopback
 * server). With one first-come queue, a key that queues ten jobs makes everyone else's job wait
 * for all ten; here the next job is the oldest of the submitter served least recently, so each
 * submitter with a job waiting gets one job started before any gets a second.
 *
 * @example
 * ```ts
 * const queue = new FairQueue();
 * for (const id of ['a1', 'a2', 'a3']) queue.push('key a', id);
 * queue.push('key b', 'b1');
 * [queue.shift(), queue.shift(), queue.shift(), queue.shift()]; // a1, b1, a2, a3
 * ```
 */
export class FairQueue {
  /** Each submitter's waiting jobs, oldest first. */
  private readonly waiting = new Map<string, string[]>();
  /** The submitter of each waiting job. */
  private readonly owner = new Map<string, string>();
  /** When each submitter last had a job taken, as a count of jobs taken; never: absent. */
  private readonly served = new Map<string, number>();
  /** The order jobs arrived in, to break ties between submitters never served (or equally). */
  private readonly arrival = new Map<string, number>();
  private taken = 0;
  private arrived = 0;

  get size(): number {
    return this.owner.size;
  }

  has(id: string): boolean {
    return this.owner.has(id);
  }

  /** How many of the submitter's jobs are waiting. */
  count(submitter: string): number {
    return this.waiting.get(submitter)?.length ?? 0;
  }

  /** Queue a job behind the submitter's own; a job already waiting stays where it is. */
  push(submitter: string, id: string): void {
    if (this.owner.has(id)) return;
    const jobs = this.waiting.get(submitter) ?? [];
    jobs.push(id);
    this.waiting.set(submitter, jobs);
    this.owner.set(id, submitter);
    this.arrival.set(id, this.arrived++);
  }

  /** Take a job out of the queue (it was cancelled); false if it was not waiting. */
  remove(id: string): boolean {
    const submitter = this.owner.get(id);
    if (submitter === undefined) return false;
    const jobs = this.waiting.get(submitter)!;
    jobs.splice(jobs.indexOf(id), 1);
    if (jobs.length === 0) this.waiting.delete(submitter);
    this.owner.delete(id);
    this.arrival.delete(id);
    return true;
  }

  /** The next job to start: the oldest job of the submitter whose turn it is. */
  shift(): string | undefined {
    let next: { submitter: string; served: number; arrival: number } | null = null;
    for (const [submitter, jobs] of this.waiting) {
      const served = this.served.get(submitter) ?? -1;
      const arrival = this.arrival.get(jobs[0]!)!;
      if (
        next === null ||
        served < next.served ||
        (served === next.served && arrival < next.arrival)
      ) {
        next = { submitter, served, arrival };
      }
    }
    if (next === null) return undefined;
    const id = this.waiting.get(next.submitter)![0]!;
    this.remove(id);
    this.served.set(next.submitter, this.taken++);
    return id;
  }

  clear(): void {
    this.waiting.clear();
    this.owner.clear();
    this.arrival.clear();
  }
}
