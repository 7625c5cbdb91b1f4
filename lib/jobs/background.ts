import "server-only";
import { env } from "@/lib/env";
import { now } from "@/lib/clock";
import { deliverDueEmails } from "@/lib/email/worker";
import { log } from "@/lib/observability/logger";
import { metrics } from "@/lib/observability/metrics";
import { runIfDue, slotOf, type ScheduledJob } from "./scheduler";
import { scheduledJobs } from "./scheduled-jobs";

// The background work of one instance: the outbox worker (every instance claims e-mails with
// SKIP LOCKED) and the scheduler tick (each job runs once per period across all instances).
// Nothing here holds state another instance needs.

type Loop = { name: string; everyMs: () => number; run: (signal: AbortSignal) => Promise<unknown> };

const stop = new AbortController();
const timers = new Set<NodeJS.Timeout>();
const running = new Set<Promise<unknown>>();
const doneSlot = new Map<string, number>();

async function tickScheduler(signal: AbortSignal) {
  for (const job of scheduledJobs) {
    if (signal.aborted) return;
    await runJob(job);
  }
}

async function runJob(job: ScheduledJob) {
  const slot = slotOf(job, now());
  if (doneSlot.get(job.name) === slot) return; // known done: no query
  try {
    const outcome = await runIfDue(job);
    if (outcome !== "busy") doneSlot.set(job.name, slot);
    if (outcome !== "ran") log("jobs").debug({ job: job.name, slot, outcome }, "scheduled job not run here");
  } catch (e) {
    metrics.scheduledJobRunsTotal.inc({ job: job.name, result: "failed" });
    log("jobs").error({ job: job.name, err: e }, "scheduled job failed; retried at the next tick");
  }
}

const loops: Loop[] = [];
if (env.OUTBOX_WORKER === "on") {
  loops.push({
    name: "outbox",
    everyMs: () => env.OUTBOX_POLL_MS,
    run: (signal) => deliverDueEmails({ signal }),
  });
}
if (env.SCHEDULED_JOBS === "on") {
  // ±10 % jitter so instances started together do not all check at the same moment.
  loops.push({
    name: "scheduler",
    everyMs: () => env.SCHEDULER_TICK_MS * (0.9 + Math.random() * 0.2),
    run: tickScheduler,
  });
}

function schedule(loop: Loop, delay: number) {
  if (stop.signal.aborted) return;
  const timer = setTimeout(async () => {
    timers.delete(timer);
    const run = loop
      .run(stop.signal)
      .catch((e) => log("jobs").error({ loop: loop.name, err: e }, "background work failed"));
    running.add(run);
    await run;
    running.delete(run);
    schedule(loop, loop.everyMs());
  }, delay);
  timer.unref();
  timers.add(timer);
}

/** Starts this instance's background work; safe with any number of instances. */
export function startBackgroundJobs() {
  // Deliver what an earlier process committed but did not send, right away.
  for (const loop of loops) schedule(loop, 0);
}

/** Stops claiming new work at once; resolves when the work in flight has finished. */
export async function stopBackgroundJobs() {
  stop.abort();
  for (const t of timers) clearTimeout(t);
  await Promise.allSettled([...running]);
}
