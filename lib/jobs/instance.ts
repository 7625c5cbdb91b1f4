import "server-only";
import { startBackgroundJobs, stopBackgroundJobs } from "./background";

export async function startInstance() {
  await import("@/lib/env");
  startBackgroundJobs();
  // Stop claiming work and let in-flight deliveries finish before the process goes.
  process.once("SIGTERM", async () => {
    await stopBackgroundJobs();
    process.exit(0);
  });
}
