import "server-only";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { noticeDatabaseError } from "@/lib/ops/database-watch";
import { poolSettings } from "@/lib/ops/pool-settings";

// Throttling counters live in PostgreSQL (schema "ratelimit", created by a migration), so every
// instance shares them. One small pool for all limiters.
const globalForPool = globalThis as unknown as { rateLimitPool?: pg.Pool };
function pool() {
  if (!globalForPool.rateLimitPool) {
    const created = new pg.Pool({
      // Fail a throttled request rather than wait forever for a server that does not answer.
      ...poolSettings(),
      max: 4,
      allowExitOnIdle: true,
    });
    // An idle connection the server closed (PostgreSQL stopping): without a listener the pool's
    // "error" event would end the process.
    created.on("error", noticeDatabaseError);
    globalForPool.rateLimitPool = created;
  }
  return globalForPool.rateLimitPool;
}

/** Ends the throttling store's connections (graceful shutdown). */
export async function closeThrottleStore() {
  const pool = globalForPool.rateLimitPool;
  globalForPool.rateLimitPool = undefined;
  await pool?.end();
}

export type LimitRule = { points: number; durationSec: number; blockSec?: number };

const limiters = new Map<string, RateLimiterPostgres>();

function limiter(name: string, rule: LimitRule) {
  const id = `${name}:${rule.points}/${rule.durationSec}`;
  let l = limiters.get(id);
  if (!l) {
    l = new RateLimiterPostgres({
      storeClient: pool(),
      storeType: "pool",
      schemaName: "ratelimit",
      tableName: "limits",
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix: name,
      points: rule.points,
      duration: rule.durationSec,
      blockDuration: rule.blockSec ?? 0,
    });
    limiters.set(id, l);
  }
  return l;
}

export type LimitResult =
  { ok: true; remaining: number; consumed: number } | { ok: false; retryAfterMs: number; consumed: number };

/** Counts one attempt for `key` under `name`; ok: false once the rule's budget is spent. */
export async function hit(name: string, key: string, rule: LimitRule, points = 1): Promise<LimitResult> {
  try {
    const res = await limiter(name, rule).consume(key, points);
    return { ok: true, remaining: res.remainingPoints, consumed: res.consumedPoints };
  } catch (e) {
    if (e instanceof RateLimiterRes)
      return { ok: false, retryAfterMs: e.msBeforeNext, consumed: e.consumedPoints };
    noticeDatabaseError(e);
    throw e;
  }
}

/** How many attempts `key` has used in the current window, without counting one. */
export async function peek(name: string, key: string, rule: LimitRule) {
  const res = await limiter(name, rule).get(key);
  return { consumed: res?.consumedPoints ?? 0, retryAfterMs: res?.msBeforeNext ?? 0 };
}

/** Clears the count (e.g. after a successful sign-in, or when support unlocks an account). */
export async function reset(name: string, key: string, rule: LimitRule) {
  await limiter(name, rule).delete(key);
}
