/** Polls until `done()` holds (conditions, not sleeps), failing after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | false>, timeoutMs = 60_000, what = "condition") {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
