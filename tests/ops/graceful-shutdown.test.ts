import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type AppInstance } from "../support/app-instances";
import { eventually } from "../support/eventually";
import { startFakeResend } from "../support/fake-resend";
import { freshDatabase, type TestDatabase } from "../support/ops-database";
import { insertOutboxEmails, outboxCounts } from "../support/outbox-rows";

// SIGTERM in the middle of a burst of deliveries: the instance claims nothing more, finishes what
// it is sending, exits 0; the next instance sends the rest. Every e-mail arrives exactly once.

let database: TestDatabase;
let resend: Awaited<ReturnType<typeof startFakeResend>>;
const started: AppInstance[] = [];

beforeAll(async () => {
  database = await freshDatabase("shutdown");
  // Slow answers keep a batch of 20 in flight for a while.
  resend = await startFakeResend({ delayMs: 300 });
});
afterAll(async () => {
  await Promise.all(started.map((i) => i.stop("SIGKILL")));
  await resend?.close();
  await database?.drop();
});

async function start(name: string) {
  const app = await startApp({
    name,
    databaseUrl: database.url,
    env: {
      RESEND_API_KEY: `re_${name}_key_000`,
      RESEND_BASE_URL: resend.url,
      OUTBOX_WORKER: "on",
      OUTBOX_POLL_MS: "100",
      SHUTDOWN_DELAY_MS: "600",
      SHUTDOWN_GRACE_MS: "20000",
    },
  });
  started.push(app);
  return app;
}

describe("SIGTERM during a burst of e-mail deliveries", () => {
  it("loses nothing and sends nothing twice across the restart", async () => {
    const ids = await insertOutboxEmails(database.pool, 100, "burst");
    const first = await start("first");
    await eventually(async () => resend.received.length >= 20, 60_000, "the burst to be under way");

    first.process.kill("SIGTERM");
    await first.logs.waitFor((e) => e.msg === "shutting down: no new e-mails or jobs claimed");
    // Draining: still answering, but no longer ready, so the load balancer stops sending traffic.
    const ready = await first.fetch("/api/health/ready");
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: "stopping" });
    expect((await first.fetch("/api/health/live")).status).toBe(200);

    expect(await first.exited).toBe(0);
    const atExit = await outboxCounts(database.pool, ids);
    // Every delivery the first instance started was finished and recorded before it exited.
    expect(atExit.claimedUnfinished).toBe(0);
    expect(atExit.sent).toBe(resend.received.length);
    expect(atExit.sent).toBeLessThan(100);
    const messages = first.logs.entries().map((e) => e.msg);
    expect(messages.at(-1)).toBe("stopped");
    expect(messages).not.toContain("grace period over; exiting with work in flight");

    await start("second");
    await eventually(
      async () => (await outboxCounts(database.pool, ids)).sent === 100,
      90_000,
      "all 100 e-mails sent",
    );
    const keys = resend.received.map((r) => r.idempotencyKey);
    expect(keys).toHaveLength(100);
    expect(new Set(keys).size).toBe(100);
    expect([...keys].sort()).toEqual([...ids].sort());
  });
});
