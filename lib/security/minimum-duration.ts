/**
 * Runs `work` and answers no sooner than `ms` after it began: for answers whose timing would
 * otherwise tell whether an account exists (a new registration writes and renders an e-mail; a
 * taken address only looks it up). The floor must lie above the slow path's usual duration.
 */
export async function withMinimumDuration<T>(ms: number, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    const wait = ms - (performance.now() - started);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
}
