/**
 * A counting semaphore: at most `size` tasks run at once, the rest wait in order. OCR runs one
 * single-threaded Tesseract (and its page render) per core; more processes only fight for the
 * cores and memory (rus+chi_sim+eng takes about 200 MB each).
 */
export class Pool {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly size: number) {
    if (!(size >= 1)) throw new RangeError(`a pool needs at least one worker, not ${size}`);
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    // A finishing task hands its slot straight to the next waiter, so that a caller arriving in
    // between cannot take it too.
    if (this.running >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
