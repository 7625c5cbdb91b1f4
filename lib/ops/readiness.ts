import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { now } from "@/lib/clock";
import { isShuttingDown } from "./lifecycle";
import { schemaStatus } from "./schema-status";
import { checkDatabaseNow, noticeDatabaseError, recordDatabaseCheck } from "./database-watch";

// GET /api/health/ready: may this instance take traffic? Three cheap queries, answered within
// a few seconds even when the database hangs. No configuration or secrets in the answer.

const TIMEOUT_MS = 3000;

type Check = { ok: boolean; [detail: string]: unknown };
export type Readiness = { status: "ok" | "fail" | "stopping"; checks: Record<string, Check> };

function withTimeout<T>(work: Promise<T>) {
  return Promise.race([
    work,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`timed out after ${TIMEOUT_MS} ms`)), TIMEOUT_MS).unref(),
    ),
  ]);
}

async function databaseAndSchema(): Promise<Record<string, Check>> {
  const started = performance.now();
  try {
    const schema = await withTimeout(schemaStatus());
    const latencyMs = Math.round(performance.now() - started);
    recordDatabaseCheck(true);
    return {
      database: { ok: true, latencyMs },
      schema: { ok: schema.current, pending: schema.pending, unfinished: schema.unfinished },
    };
  } catch (e) {
    // Load balancers poll this every few seconds: a failure here is often the first sign of an
    // outage. A timeout is no proof: the watch's own probe decides that one.
    noticeDatabaseError(e);
    void checkDatabaseNow();
    return { database: { ok: false, error: "unreachable" }, schema: { ok: false, error: "unknown" } };
  }
}

/** Counts due, unsent e-mails up to the limit only, so a huge backlog costs no more to check. */
async function outbox(): Promise<Check> {
  const max = env.HEALTH_OUTBOX_BACKLOG_MAX;
  if (max === 0) return { ok: true, checked: false };
  try {
    const [row] = await withTimeout(
      db.$queryRaw<{ due: bigint }[]>`
        SELECT count(*) AS "due" FROM (
          SELECT 1 FROM "EmailOutbox"
           WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now()}
           LIMIT ${max + 1}) AS d`,
    );
    const due = Number(row?.due ?? 0);
    return { ok: due <= max, due, max };
  } catch {
    return { ok: false, error: "unknown" };
  }
}

export async function readiness(): Promise<Readiness> {
  if (isShuttingDown()) return { status: "stopping", checks: {} };
  const [core, mail] = await Promise.all([databaseAndSchema(), outbox()]);
  const checks = { ...core, outbox: mail };
  return { status: Object.values(checks).every((c) => c.ok) ? "ok" : "fail", checks };
}
