import "server-only";
import { cleanupJob } from "./cleanup-job";
import type { ScheduledJob } from "./scheduler";

// Every scheduled job of the portal; each runs once per period across all instances
// (lib/jobs/scheduler.ts). Add reminder and purge jobs here.
export const scheduledJobs: ScheduledJob[] = [cleanupJob];
