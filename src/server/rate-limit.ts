/**
 * A token bucket per caller: each holds up to `burst` tokens, refilled at `rate` per second, and a
 * request takes one. An empty bucket answers with the seconds until the next token. Full buckets are
 * forgotten now and then, so that many one-off clients do not grow the map without bound.
 */

interface Bucket {
  tokens: number;
  /** Seconds, on the limiter's clock. */
  at: number;
}

/** Past this many buckets, the full ones are dropped (they are the same as a new bucket). */
const SWEEP_AT = 10_000;

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    readonly rate: number,
    readonly burst: number,
    private readonly now: () => number = () => performance.now() / 1000,
  ) {}

  /** Take a token for `caller`: 0 if granted, else whole seconds to wait (at least 1). */
  take(caller: string): number {
    if (this.rate <= 0) return 0;
    const now = this.now();
    const bucket = this.buckets.get(caller) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + (now - bucket.at) * this.rate);
    bucket.at = now;
    if (!this.buckets.has(caller)) {
      if (this.buckets.size >= SWEEP_AT) this.sweep(now);
      this.buckets.set(caller, bucket);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.rate));
  }

  get size(): number {
    return this.buckets.size;
  }

  private sweep(now: number) {
    for (const [caller, b] of this.buckets) {
      if (b.tokens + (now - b.at) * this.rate >= this.burst) this.buckets.delete(caller);
    }
  }
}
