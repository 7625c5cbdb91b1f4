import "server-only";
import { HOUR } from "@/lib/clock";
import { sendRegistrationReminders } from "@/lib/registration/reminders";
import { removeExpiredRegistrations } from "@/lib/registration/remove-expired-registrations";
import { cleanupJob } from "./cleanup-job";
import type { ScheduledJob } from "./scheduler";

// The registration jobs lock their own rows and are idempotent, so they work in transactions of
// their own; the scheduler's marker only keeps other instances from repeating the slot.
const registrationReminders: ScheduledJob = {
  name: "registration-reminders",
  everyMs: HOUR,
  run: async () => ({ sent: await sendRegistrationReminders() }),
};

const registrationCleanup: ScheduledJob = {
  name: "registration-cleanup",
  everyMs: HOUR,
  run: async () => ({ removed: await removeExpiredRegistrations() }),
};

// Every scheduled job of the portal; each runs once per period across all instances
// (lib/jobs/scheduler.ts).
export const scheduledJobs: ScheduledJob[] = [cleanupJob, registrationReminders, registrationCleanup];
