import "server-only";
import { sql, type Db, type Tx } from "@/lib/db";
import { now } from "@/lib/clock";

// Throttling counters live in PostgreSQL (table "ratelimit"."limits", created by a migration), so
// every instance counts in the same rows. Fixed windows: the first attempt opens a window of
// `durationSec`; attempts within it add up; the one that goes over `points` may block the key for
// `blockSec` from that moment. Windows follow lib/clock.ts, so tests move time instead of waiting.
// The rules of a window are the database functions "ratelimit"."hit" and "ratelimit"."peek"
// (migration rate_limit_functions), so a statement that needs a counter on its way (the sign-in
// look-up, lib/auth/sign-in-lookup.ts) counts exactly like these. One statement per call, on the
// app's own connection pool, without the ORM (lib/db.ts `sql`).
// A statement that only counts does not wait for the disk when it commits
// (`set_config('synchronous_commit', 'off', true)`, for its own transaction): a PostgreSQL crash
// may forget the attempts of its last moments, which costs an attacker nothing and saves every
// throttled request a disk flush.

export type LimitRule = { points: number; durationSec: number; blockSec?: number };

export type LimitResult =
  { ok: true; remaining: number; consumed: number } | { ok: false; retryAfterMs: number; consumed: number };

/** A counter as the functions return it (bigint arrives as a string). */
export type Counter = { consumed: number; ends: string };

/** The row key of `key`'s counter under `name`. */
export const storeKey = (name: string, key: string) => `${name}:${key}`;

/** The arguments of "ratelimit"."hit" after the key and cost: budget, window and block (ms). */
export function ruleArgs(rule: LimitRule) {
  return [rule.points, rule.durationSec * 1000, (rule.blockSec ?? 0) * 1000] as const;
}

/** What a counter means for `rule` at `at` (epoch ms). */
function limitResult(counter: Counter, rule: LimitRule, at: number): LimitResult {
  const { consumed, retryAfterMs } = peekResult(counter, at);
  if (consumed <= rule.points) return { ok: true, remaining: rule.points - consumed, consumed };
  return { ok: false, retryAfterMs, consumed };
}

/** Counts `points` attempts for `key` under `name`; ok: false once the rule's budget is spent. */
export async function hit(name: string, key: string, rule: LimitRule, points = 1): Promise<LimitResult> {
  const at = now().getTime();
  const [budget, windowMs, blockMs] = ruleArgs(rule);
  const [counter] = await sql<Counter>`
    SELECT consumed, ends, set_config('synchronous_commit', 'off', true) AS durability
    FROM "ratelimit"."hit"(${storeKey(name, key)}, ${points}::int, ${budget}::int,
      ${windowMs}::bigint, ${blockMs}::bigint, ${at}::bigint)`;
  return limitResult(counter!, rule, at);
}

/** How many attempts `key` has used in the current window, without counting one. */
export async function peek(name: string, key: string) {
  const at = now().getTime();
  const [counter] = await sql<Counter>`
    SELECT consumed, ends FROM "ratelimit"."peek"(${storeKey(name, key)}, ${at}::bigint)`;
  return peekResult(counter!, at);
}

/** A peeked counter as attempts used and the time until its window (or block) ends. */
export function peekResult(counter: Counter, at: number) {
  return { consumed: counter.consumed, retryAfterMs: Math.max(0, Number(counter.ends) - at) };
}

/** Clears the count (e.g. after a successful sign-in, or when support unlocks an account). */
export async function reset(name: string, key: string) {
  await sql`DELETE FROM "ratelimit"."limits" WHERE key = ${storeKey(name, key)}`;
}

/** Counters whose window ended more than `graceMs` ago (the hourly cleanup). */
export function deleteExpiredCounters(client: Tx | Db, at: Date, graceMs: number) {
  return client.$executeRaw`
    DELETE FROM "ratelimit"."limits" WHERE expire < ${at.getTime() - graceMs}::bigint`;
}
