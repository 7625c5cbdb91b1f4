import { afterEach, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { MINUTE, now, setClockOffset } from "@/lib/clock";
import { db } from "@/lib/db";
import { deleteExpiredCounters, hit, peek, reset } from "@/lib/rate-limit";

// The shared throttling counters: fixed windows on the portal's clock, blocks, and exact counting
// when many requests (on any instance) hit one key at once.

afterEach(() => setClockOffset(0));

const WINDOW = { points: 3, durationSec: 60 };
const BLOCKING = { points: 3, durationSec: 60, blockSec: 15 * 60 };
const fresh = () => randomUUID();
// Real time passes between the calls too (the test clock is an offset): a second of slack.
const near = (expectedMs: number) => ({
  asymmetricMatch: (ms: number) => ms <= expectedMs && ms > expectedMs - 1000,
  toString: () => `about ${expectedMs} ms`,
});

describe("hit", () => {
  it("allows `points` attempts per window and refuses the next with the time until the window ends", async () => {
    const key = fresh();
    expect(await hit("t", key, WINDOW)).toEqual({ ok: true, remaining: 2, consumed: 1 });
    await hit("t", key, WINDOW);
    expect(await hit("t", key, WINDOW)).toEqual({ ok: true, remaining: 0, consumed: 3 });
    expect(await hit("t", key, WINDOW)).toEqual({ ok: false, consumed: 4, retryAfterMs: near(60_000) });
  });

  it("starts a new window once the old one has ended", async () => {
    const key = fresh();
    for (let i = 0; i < 4; i++) await hit("t", key, WINDOW);
    setClockOffset(MINUTE - 1000);
    expect((await hit("t", key, WINDOW)).ok).toBe(false);
    setClockOffset(MINUTE + 1);
    expect(await hit("t", key, WINDOW)).toEqual({ ok: true, remaining: 2, consumed: 1 });
  });

  it("blocks for blockSec from the attempt that goes over, however long the window was", async () => {
    const key = fresh();
    for (let i = 0; i < 3; i++) await hit("t", key, BLOCKING);
    setClockOffset(30_000);
    const over = await hit("t", key, BLOCKING);
    expect(over).toEqual({ ok: false, consumed: 4, retryAfterMs: near(15 * MINUTE) });
    // Past the minute of the window, still blocked; further attempts do not extend the block.
    setClockOffset(30_000 + 10 * MINUTE);
    expect(await hit("t", key, BLOCKING)).toEqual({ ok: false, consumed: 5, retryAfterMs: near(5 * MINUTE) });
    setClockOffset(30_000 + 15 * MINUTE);
    expect(await hit("t", key, BLOCKING)).toEqual({ ok: true, remaining: 2, consumed: 1 });
  });

  it("counts every one of many simultaneous attempts exactly once", async () => {
    const key = fresh();
    const rule = { points: 30, durationSec: 60 };
    const results = await Promise.all(Array.from({ length: 50 }, () => hit("t", key, rule)));
    expect(results.filter((r) => r.ok)).toHaveLength(30);
    expect(results.map((r) => r.consumed).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 50 }, (_, i) => i + 1),
    );
  });

  it("keeps names apart", async () => {
    const key = fresh();
    for (let i = 0; i < 4; i++) await hit("a", key, WINDOW);
    expect((await hit("b", key, WINDOW)).ok).toBe(true);
  });
});

describe("peek and reset", () => {
  it("peek reads the current window without counting; reset clears it", async () => {
    const key = fresh();
    expect(await peek("t", key)).toEqual({ consumed: 0, retryAfterMs: 0 });
    await hit("t", key, WINDOW);
    await hit("t", key, WINDOW);
    expect(await peek("t", key)).toEqual({ consumed: 2, retryAfterMs: near(60_000) });
    expect(await peek("t", key)).toMatchObject({ consumed: 2 });
    setClockOffset(MINUTE);
    expect(await peek("t", key)).toEqual({ consumed: 0, retryAfterMs: 0 });
    setClockOffset(0);
    await reset("t", key);
    expect(await peek("t", key)).toEqual({ consumed: 0, retryAfterMs: 0 });
  });
});

describe("deleteExpiredCounters", () => {
  it("removes counters whose window ended longer ago than the grace period, and no others", async () => {
    const [old, recent] = [fresh(), fresh()];
    await hit("t", old, WINDOW);
    setClockOffset(30 * MINUTE);
    await hit("t", recent, WINDOW);
    const keys = [`t:${old}`, `t:${recent}`];
    await deleteExpiredCounters(db, now(), 10 * MINUTE);
    const left = await db.$queryRaw<{ key: string }[]>`
      SELECT key FROM "ratelimit"."limits" WHERE key = ANY(${keys})`;
    expect(left.map((r) => r.key)).toEqual([`t:${recent}`]);
  });
});
