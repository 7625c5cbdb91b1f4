import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { closeDatabase } from "@/lib/db";
import { env } from "@/lib/env";
import { stopBackgroundJobs } from "@/lib/jobs/background";
import { getLogger, log } from "@/lib/observability/logger";
import { httpServers, inFlightRequests } from "@/lib/observability/request-log";
import { isShuttingDown, markShuttingDown } from "./lifecycle";

// SIGTERM (or SIGINT): stop claiming e-mails and jobs at once and report "not ready"; keep serving
// for SHUTDOWN_DELAY_MS while the load balancer notices; then stop accepting connections, let
// in-flight requests and deliveries finish within SHUTDOWN_GRACE_MS, close the pools, exit 0.

async function until(done: () => boolean, deadline: number) {
  while (!done()) {
    if (Date.now() >= deadline) return false;
    await sleep(25);
  }
  return true;
}

async function shutdown(signal: NodeJS.Signals) {
  if (isShuttingDown()) return;
  markShuttingDown();
  const logger = log("lifecycle");
  logger.info(
    { signal, delayMs: env.SHUTDOWN_DELAY_MS, graceMs: env.SHUTDOWN_GRACE_MS },
    "shutting down: no new e-mails or jobs claimed",
  );
  let jobsDone = false;
  void stopBackgroundJobs().then(() => (jobsDone = true));

  await sleep(env.SHUTDOWN_DELAY_MS);
  const servers = httpServers();
  for (const server of servers) {
    server.close();
    server.closeIdleConnections();
  }
  const deadline = Date.now() + env.SHUTDOWN_GRACE_MS;
  const finished = await until(() => jobsDone && inFlightRequests() === 0, deadline);
  if (!finished) {
    // Rows being delivered stay leased and are retried by another instance with the same
    // idempotency key, so a cut-off delivery is neither lost nor sent twice.
    logger.warn(
      { requests: inFlightRequests(), backgroundWorkDone: jobsDone },
      "grace period over; exiting with work in flight",
    );
  }
  for (const server of servers) server.closeAllConnections();
  await Promise.race([closeDatabase().catch(() => {}), sleep(2000)]);
  logger.info("stopped");
  getLogger().flush();
  process.exit(0);
}

/**
 * Installs the handlers. `takeOver` removes Next.js's own SIGTERM/SIGINT handlers first: they
 * close the server and exit (code 143) at once, without waiting for background work.
 */
export function handleShutdownSignals({ takeOver }: { takeOver: boolean }) {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    if (takeOver) process.removeAllListeners(signal);
    // `on`, not `once`: a second signal (Ctrl-C reaches both a wrapper and the server) must not
    // fall back to the default action and kill the process mid-shutdown.
    process.on(signal, () => void shutdown(signal));
  }
}
