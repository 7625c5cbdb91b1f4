import "server-only";
import { env } from "@/lib/env";
import { HOUR } from "@/lib/clock";
import { deliverDueEmails } from "@/lib/email/worker";
import { sendRegistrationReminders } from "@/lib/registration/reminders";
import { removeExpiredRegistrations } from "@/lib/registration/remove-expired-registrations";

type Job = { name: string; everyMs: number; run: () => Promise<unknown> };

const jobs: Job[] = [
  { name: "outbox", everyMs: env.OUTBOX_POLL_MS, run: () => deliverDueEmails() },
  { name: "registration-reminders", everyMs: HOUR, run: () => sendRegistrationReminders() },
  { name: "registration-cleanup", everyMs: HOUR, run: () => removeExpiredRegistrations() },
];

let stopping = false;
const timers = new Set<NodeJS.Timeout>();
const running = new Set<Promise<unknown>>();

function schedule(job: Job, delay: number) {
  if (stopping) return;
  const timer = setTimeout(async () => {
    timers.delete(timer);
    const run = job.run().catch((e) => console.error(`[jobs] ${job.name} failed:`, e));
    running.add(run);
    await run;
    running.delete(run);
    schedule(job, job.everyMs);
  }, delay);
  timer.unref();
  timers.add(timer);
}

/** Starts the periodic jobs of this instance (outbox delivery); safe with any number of instances. */
export function startBackgroundJobs() {
  if (env.OUTBOX_WORKER === "off") return;
  // Deliver what an earlier process committed but did not send, right away.
  for (const job of jobs) schedule(job, 0);
}

/** Stops claiming new work and waits for what is in flight. */
export async function stopBackgroundJobs() {
  stopping = true;
  for (const t of timers) clearTimeout(t);
  await Promise.allSettled([...running]);
}
