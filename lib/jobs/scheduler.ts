import "server-only";
import { db, type Tx } from "@/lib/db";
import { now } from "@/lib/clock";
import { audit } from "@/lib/audit";
import { log } from "@/lib/observability/logger";
import { metrics } from "@/lib/observability/metrics";

/**
 * A job that runs once per period across all instances. Time is cut into slots of `everyMs`
 * (aligned to the epoch, so daily jobs belong to UTC days); every instance checks regularly
 * whether the current slot has run, and the first to find it open runs it.
 */
export type ScheduledJob = {
  /** Stable name: the lock key and the marker in the audit log. */
  name: string;
  everyMs: number;
  /** Transaction time limit (default 60 s); keep jobs short or let them work in batches. */
  timeoutMs?: number;
  /**
   * Runs inside one transaction with the run's marker: what it changes (deletions, queued
   * e-mails) commits exactly when the run is recorded, or not at all. Returns counts to record.
   */
  run: (tx: Tx, ctx: { now: Date; slotStart: Date }) => Promise<Record<string, number> | void>;
};

export type RunOutcome = "ran" | "done" | "busy";

export const JOB_RUN_ACTION = "system.job.run";

export function slotOf(job: ScheduledJob, at: Date) {
  return Math.floor(at.getTime() / job.everyMs);
}

/**
 * Runs the job for the current slot unless some instance already did. A transaction-scoped
 * advisory lock lets one instance at a time decide (others answer "busy" at once); the marker
 * row, committed with the job's work, tells later ones the slot is done. Both work through
 * PgBouncer in transaction mode, unlike session locks or a long-lived leader connection, and a
 * crash mid-run rolls everything back so the next check runs the slot again.
 */
export async function runIfDue(job: ScheduledJob): Promise<RunOutcome> {
  const at = now();
  const slot = slotOf(job, at);
  const outcome = await db.$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`
        SELECT pg_try_advisory_xact_lock(hashtext(${`portal.job.${job.name}`})) AS "locked"`;
      if (!lock?.locked) return "busy" as const;
      // Markers of the current slot are at most one period old (database time); the bound
      // keeps the lookup on the (action, at) index.
      const done = await tx.$queryRaw<unknown[]>`
        SELECT 1 FROM "AuditLog"
         WHERE "action" = ${JOB_RUN_ACTION}
           AND "at" > now() - make_interval(secs => ${(2 * job.everyMs) / 1000}::float8)
           AND "details"->>'job' = ${job.name}
           AND "details"->>'slot' = ${String(slot)}
         LIMIT 1`;
      if (done.length > 0) return "done" as const;
      const counts = (await job.run(tx, { now: at, slotStart: new Date(slot * job.everyMs) })) ?? {};
      await audit({ action: JOB_RUN_ACTION, details: { job: job.name, slot: String(slot), ...counts } }, tx);
      log("jobs").info({ job: job.name, slot, ...counts }, "scheduled job ran");
      return "ran" as const;
    },
    { timeout: job.timeoutMs ?? 60_000, maxWait: 10_000 },
  );
  if (outcome === "ran") metrics.scheduledJobRunsTotal.inc({ job: job.name, result: "ran" });
  return outcome;
}
