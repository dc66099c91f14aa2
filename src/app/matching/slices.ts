/**
 * Long synchronous work cut into slices: `maybeYield()` gives the event loop a turn once the
 * current slice has run for `budgetMs`, so that timers and requests wait at most about that long.
 * Cut by time rather than by count, since what one entity costs varies tenfold (an alias list).
 */
export function slicer(budgetMs: number) {
  let sliceStart = performance.now();
  let slices = 1;
  return {
    /** Resolves at once within the budget; after a turn of the event loop once it is spent. */
    async maybeYield(): Promise<void> {
      if (performance.now() - sliceStart < budgetMs) return;
      // setImmediate, not a resolved promise: timers and I/O run before it fires.
      await new Promise((resolve) => setImmediate(resolve));
      slices++;
      sliceStart = performance.now();
    },
    get slices(): number {
      return slices;
    },
  };
}
