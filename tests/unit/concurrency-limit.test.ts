import { describe, expect, it } from "vitest";
import { concurrencyLimit } from "@/lib/concurrency-limit";

/** A task that finishes when told to, recording the order in which tasks started. */
function gate() {
  const started: number[] = [];
  const finish = new Map<number, () => void>();
  const task = (id: number) => () =>
    new Promise<number>((resolve) => {
      started.push(id);
      finish.set(id, () => resolve(id));
    });
  return { started, finish: (id: number) => finish.get(id)!(), task };
}

const settle = () => new Promise((r) => setImmediate(r));

describe("concurrencyLimit", () => {
  it("runs at most `limit` tasks at once and starts the waiting ones in arrival order", async () => {
    const { run, stats } = concurrencyLimit(2);
    const g = gate();
    const results = [1, 2, 3, 4, 5].map((id) => run(g.task(id)));
    await settle();
    expect(g.started).toEqual([1, 2]);
    expect(stats()).toEqual({ running: 2, waiting: 3 });

    g.finish(2);
    await settle();
    expect(g.started).toEqual([1, 2, 3]);
    g.finish(1);
    g.finish(3);
    await settle();
    expect(g.started).toEqual([1, 2, 3, 4, 5]);
    expect(stats()).toEqual({ running: 2, waiting: 0 });

    g.finish(4);
    g.finish(5);
    expect(await Promise.all(results)).toEqual([1, 2, 3, 4, 5]);
    expect(stats()).toEqual({ running: 0, waiting: 0 });
  });

  it("frees the slot of a task that fails and passes the failure to its caller", async () => {
    const { run, stats } = concurrencyLimit(1);
    const failing = run(() => Promise.reject(new Error("boom")));
    const next = run(async () => "next");
    await expect(failing).rejects.toThrow("boom");
    expect(await next).toBe("next");
    expect(stats()).toEqual({ running: 0, waiting: 0 });
  });

  it("refuses a limit that is not a positive integer", () => {
    expect(() => concurrencyLimit(0)).toThrow(RangeError);
    expect(() => concurrencyLimit(1.5)).toThrow(RangeError);
  });
});
