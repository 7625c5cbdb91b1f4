import "server-only";
import pg from "pg";
import { env } from "@/lib/env";
import { log } from "@/lib/observability/logger";
import { isDatabaseUnreachable } from "./database-errors";
import { databaseOutage, noteDatabaseReachable, noteDatabaseUnreachable } from "./database-outage";
import { noteRequestMetOutage } from "./outage-answers";
import { poolSettings } from "./pool-settings";

// Notices that PostgreSQL went away and that it came back, per instance, without user traffic
// having to find out: a failed query that says "unreachable" (lib/db.ts, lib/rate-limit.ts,
// instrumentation.ts) or a failed readiness check starts the outage and a probe; while the
// database is down the probe repeats every PROBE_EVERY_MS, and its first success ends the outage
// (proxy.ts serves normally again).
//
// The probe opens its own connection instead of borrowing one from the app's pool: a pool that is
// merely busy (every connection in use, "timeout exceeded when trying to connect") must not look
// like an outage, and a connection that works proves the server is back.

const PROBE_EVERY_MS = 2000;
const PROBE_TIMEOUT_MS = 3000;

type Watch = { probing: Promise<boolean> | null; timer: NodeJS.Timeout | null };
const globalForWatch = globalThis as unknown as { portalDatabaseWatch?: Watch };
const watch: Watch = (globalForWatch.portalDatabaseWatch ??= { probing: null, timer: null });

async function probe(): Promise<boolean> {
  // Both steps bounded: a hung server (connections accepted, nothing answered) fails the probe
  // within twice this, and client.end() then drops the socket instead of waiting for an answer.
  const timeout = Math.min(env.DATABASE_CONNECT_TIMEOUT_MS, PROBE_TIMEOUT_MS);
  const client = new pg.Client({
    ...poolSettings(),
    connectionTimeoutMillis: timeout,
    query_timeout: timeout,
  });
  // A connection that breaks after connect() reports here; without a listener it would crash.
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    client.end().catch(() => {});
  }
}

function scheduleNext() {
  if (watch.timer) return;
  watch.timer = setTimeout(() => {
    watch.timer = null;
    void checkDatabaseNow();
  }, PROBE_EVERY_MS);
  watch.timer.unref();
}

/** Records what a check of the database found: starts or ends an outage. */
export function recordDatabaseCheck(reachable: boolean) {
  if (reachable) {
    const lasted = noteDatabaseReachable();
    if (lasted !== null) log("database").info({ outageMs: lasted }, "database reachable again; serving");
    return;
  }
  if (noteDatabaseUnreachable()) {
    log("database").error("database unreachable: answering 503 until it is back");
  }
  scheduleNext();
}

/** Probes the database now (one probe at a time); resolves with whether it answered. */
export function checkDatabaseNow(): Promise<boolean> {
  watch.probing ??= probe()
    .then((reachable) => {
      recordDatabaseCheck(reachable);
      return reachable;
    })
    .finally(() => {
      watch.probing = null;
    });
  return watch.probing;
}

// pg says this both when the server does not answer and when every pooled connection is busy.
const POOL_TIMEOUT = /timeout exceeded when trying to connect/i;

/**
 * Hands any database error over. One that says "unreachable" starts the outage at once, so the
 * requests right behind it already get the 503 answer, and a probe confirms it straight away (a
 * single connection killed on the server, with the server answering, ends it within
 * milliseconds). A pool timeout may only mean "busy": that one the probe decides.
 */
export function noticeDatabaseError(error: unknown) {
  if (!isDatabaseUnreachable(error)) return;
  // The request this happened in answers 503 as well if the outage holds when it answers.
  noteRequestMetOutage();
  // Already known down: the probe loop is running.
  if (databaseOutage()) return;
  const message = error instanceof Error ? error.message : String(error);
  if (!POOL_TIMEOUT.test(message)) recordDatabaseCheck(false);
  void checkDatabaseNow();
}

/**
 * noticeDatabaseError, then, when the error left the question open (a pool timeout: busy or
 * down?), waits for the probe's answer (a few seconds at most). The database client hands the
 * error on after this, so the request that met it answers as the instance decided: a 503 if the
 * database is down (lib/ops/outage-answers.ts), its own error handling if not.
 */
export async function settleDatabaseError(error: unknown) {
  noticeDatabaseError(error);
  if (watch.probing && !databaseOutage() && isDatabaseUnreachable(error)) await watch.probing;
}
