/**
 * At most `limit` calls of the wrapped function run at once; the others wait in arrival order.
 * Returns the wrapper and a view of how many run and wait (for tests and metrics).
 */
export function concurrencyLimit(limit: number) {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`limit must be a positive integer: ${limit}`);
  let running = 0;
  const waiting: Array<() => void> = [];

  const release = () => {
    const next = waiting.shift();
    // The slot passes straight to the next caller, so `running` never dips below the limit while
    // callers wait (no barging by a caller that arrives in between).
    if (next) next();
    else running--;
  };

  async function run<T>(work: () => Promise<T>): Promise<T> {
    if (running < limit) running++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await work();
    } finally {
      release();
    }
  }

  return { run, stats: () => ({ running, waiting: waiting.length }) };
}
