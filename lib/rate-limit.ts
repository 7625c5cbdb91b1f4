import "server-only";
import { sql, type Db, type Tx } from "@/lib/db";
import { now } from "@/lib/clock";

// Throttling counters live in PostgreSQL (table "ratelimit"."limits", created by a migration), so
// every instance counts in the same rows. Fixed windows: the first attempt opens a window of
// `durationSec`; attempts within it add up; the one that goes over `points` may block the key for
// `blockSec` from that moment. Windows follow lib/clock.ts, so tests move time instead of waiting.
// One statement per call, on the app's own connection pool, without the ORM (lib/db.ts `sql`):
// every sign-in counts three times.

export type LimitRule = { points: number; durationSec: number; blockSec?: number };

export type LimitResult =
  { ok: true; remaining: number; consumed: number } | { ok: false; retryAfterMs: number; consumed: number };

type Row = { points: number; expire: string | null };

const storeKey = (name: string, key: string) => `${name}:${key}`;

/** Counts `points` attempts for `key` under `name`; ok: false once the rule's budget is spent. */
export async function hit(name: string, key: string, rule: LimitRule, points = 1): Promise<LimitResult> {
  const at = now().getTime();
  const windowEnd = at + rule.durationSec * 1000;
  const blockEnd = at + (rule.blockSec ?? 0) * 1000;
  const blocks = (rule.blockSec ?? 0) > 0;
  // An expired (or never expiring, from older data) row starts a new window. The attempt that
  // crosses the budget moves the end of the window to the end of the block.
  const [row] = await sql<Row>`
    INSERT INTO "ratelimit"."limits" AS l (key, points, expire)
    VALUES (${storeKey(name, key)}, ${points}::int,
      CASE WHEN ${blocks} AND ${points}::int > ${rule.points}::int THEN ${blockEnd}::bigint ELSE ${windowEnd}::bigint END)
    ON CONFLICT (key) DO UPDATE SET
      points = CASE WHEN l.expire IS NULL OR l.expire <= ${at}::bigint
        THEN EXCLUDED.points ELSE l.points + EXCLUDED.points END,
      expire = CASE
        WHEN l.expire IS NULL OR l.expire <= ${at}::bigint THEN EXCLUDED.expire
        WHEN ${blocks} AND l.points <= ${rule.points}::int AND l.points + EXCLUDED.points > ${rule.points}::int
          THEN ${blockEnd}::bigint
        ELSE l.expire END
    RETURNING points, expire`;
  const consumed = row!.points;
  if (consumed <= rule.points) return { ok: true, remaining: rule.points - consumed, consumed };
  return { ok: false, retryAfterMs: Math.max(0, Number(row!.expire) - at), consumed };
}

/** How many attempts `key` has used in the current window, without counting one. */
export async function peek(name: string, key: string) {
  const at = now().getTime();
  const [row] = await sql<Row>`
    SELECT points, expire FROM "ratelimit"."limits"
     WHERE key = ${storeKey(name, key)} AND expire > ${at}::bigint`;
  return { consumed: row?.points ?? 0, retryAfterMs: row ? Math.max(0, Number(row.expire) - at) : 0 };
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
