import "server-only";
import { env, isProduction } from "@/lib/env";
import { captureConsole, log, logFormat } from "@/lib/observability/logger";
import { startRequestLogging } from "@/lib/observability/request-log";
import { resolveClientAddresses } from "@/lib/security/client-address";
import { startOutageAnswers } from "@/lib/ops/outage-answers";
import { schemaStatus } from "@/lib/ops/schema-status";
import { warnAboutDemoAccounts } from "@/lib/ops/demo-accounts";
import { handleShutdownSignals } from "@/lib/ops/shutdown";
import { startBackgroundJobs } from "./background";

/** Production refuses to serve on an outdated schema; development only warns. */
async function checkSchema() {
  const logger = log("startup");
  try {
    const status = await schemaStatus();
    if (status.newer.length > 0) {
      logger.info({ newer: status.newer }, "database has migrations newer than this build");
    }
    if (status.current) return;
    const missing = [...new Set([...status.unfinished, ...status.pending])];
    const message =
      `Database schema is not current: ${missing.length} migration(s) not applied ` +
      `(${missing.join(", ")}). Run the release step \`npm run db:migrate\` once, then start instances.`;
    if (!isProduction) return logger.warn(message);
    logger.fatal({ pending: status.pending, unfinished: status.unfinished }, message);
  } catch (e) {
    const message = `Cannot read the database schema at start: ${e instanceof Error ? e.message : e}`;
    if (!isProduction) return logger.warn(message);
    logger.fatal(message);
  }
  process.exit(1);
}

/**
 * Starts one server instance: request log, outage answers, schema check, background work and
 * graceful shutdown.
 * `productionServer`: `next start` or the standalone server (not `next dev`).
 */
export async function startInstance({ productionServer }: { productionServer: boolean }) {
  if (logFormat() === "json") captureConsole();
  resolveClientAddresses(env.TRUSTED_PROXY_HOPS);
  startRequestLogging();
  startOutageAnswers();
  await checkSchema();
  if (isProduction) {
    await warnAboutDemoAccounts();
    if (!env.RESEND_API_KEY && env.OUTBOX_WORKER === "on") {
      log("startup").error(
        "RESEND_API_KEY is not set: e-mails go to the development mailbox only and reach nobody",
      );
    }
  }
  startBackgroundJobs();
  if (productionServer) handleShutdownSignals({ takeOver: true });
  log("startup").info(
    {
      appEnv: env.APP_ENV,
      poolSize: env.DATABASE_POOL_SIZE,
      outboxWorker: env.OUTBOX_WORKER,
      scheduledJobs: env.SCHEDULED_JOBS,
    },
    "instance started",
  );
}
