import "server-only";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { metrics } from "./metrics";

type Sample = {
  queue: bigint;
  queueOldest: Date | null;
  backlog: bigint;
  due: bigint;
  oldest: Date | null;
  failed: bigint;
};

const ageSeconds = (at: Date, since: Date | null) =>
  since ? Math.max(0, (at.getTime() - since.getTime()) / 1000) : 0;

/** Reads the shared state the gauges show (one round trip, index-backed); called per scrape. */
export async function sampleDatabaseGauges() {
  const at = now();
  try {
    const [s] = await db.$queryRaw<Sample[]>`
      SELECT
        (SELECT count(*) FROM "User" WHERE "status" = 'PENDING_REVIEW' AND "deletedAt" IS NULL) AS "queue",
        (SELECT min("statusChangedAt") FROM "User"
          WHERE "status" = 'PENDING_REVIEW' AND "deletedAt" IS NULL) AS "queueOldest",
        (SELECT count(*) FROM "EmailOutbox" WHERE "status" = 'PENDING') AS "backlog",
        (SELECT count(*) FROM "EmailOutbox"
          WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${at}) AS "due",
        (SELECT min("createdAt") FROM "EmailOutbox" WHERE "status" = 'PENDING') AS "oldest",
        (SELECT count(*) FROM "EmailOutbox" WHERE "status" = 'FAILED') AS "failed"`;
    if (!s) throw new Error("no row");
    metrics.verificationQueueSize.set(Number(s.queue));
    metrics.verificationQueueOldestAge.set(ageSeconds(at, s.queueOldest));
    metrics.outboxBacklog.set(Number(s.backlog));
    metrics.outboxDue.set(Number(s.due));
    metrics.outboxOldestAge.set(ageSeconds(at, s.oldest));
    metrics.outboxFailed.set(Number(s.failed));
    metrics.databaseUp.set(1);
  } catch {
    // The scrape still answers (process metrics, counters); the alert is on portal_database_up.
    metrics.databaseUp.set(0);
  }
}
