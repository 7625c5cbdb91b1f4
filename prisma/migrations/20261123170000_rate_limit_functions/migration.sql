-- The throttling counters' two operations as functions, so that one statement can count several
-- budgets and read other rows on the way (a sign-in checks and counts its client address, finds
-- the account and reads its failures in one round trip) while the rules of a window stay written
-- once. lib/rate-limit.ts describes the windows; times are epoch milliseconds on the portal's
-- clock, passed in by the caller. PL/pgSQL because it keeps its statements' plans for the whole
-- connection (an SQL function plans its body again in every statement that calls it).

CREATE TYPE "ratelimit"."counter" AS (consumed integer, ends bigint);

-- Counts `cost` attempts for `key`. An expired (or never expiring, from older data) row starts a
-- new window of `window_ms`. With `block_ms` > 0, the attempt that goes over `budget` moves the end
-- to `block_ms` from that moment; attempts within a block do not extend it.
CREATE FUNCTION "ratelimit"."hit"(
  key text, cost integer, budget integer, window_ms bigint, block_ms bigint, at bigint
) RETURNS "ratelimit"."counter" LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  counter "ratelimit"."counter";
BEGIN
  INSERT INTO "ratelimit"."limits" AS l (key, points, expire)
  VALUES (hit.key, hit.cost,
    CASE WHEN hit.block_ms > 0 AND hit.cost > hit.budget THEN hit.at + hit.block_ms ELSE hit.at + hit.window_ms END)
  ON CONFLICT ON CONSTRAINT limits_pkey DO UPDATE SET
    points = CASE WHEN l.expire IS NULL OR l.expire <= hit.at
      THEN EXCLUDED.points ELSE l.points + EXCLUDED.points END,
    expire = CASE
      WHEN l.expire IS NULL OR l.expire <= hit.at THEN EXCLUDED.expire
      WHEN hit.block_ms > 0 AND l.points <= hit.budget AND l.points + EXCLUDED.points > hit.budget
        THEN hit.at + hit.block_ms
      ELSE l.expire END
  RETURNING l.points, l.expire INTO counter.consumed, counter.ends;
  RETURN counter;
END $$;

-- Attempts counted for `key` in its current window (0 and end 0 when there is none).
CREATE FUNCTION "ratelimit"."peek"(key text, at bigint)
RETURNS "ratelimit"."counter" LANGUAGE plpgsql STABLE AS $$
DECLARE
  counter "ratelimit"."counter";
BEGIN
  SELECT COALESCE(max(l.points), 0), COALESCE(max(l.expire), 0) INTO counter.consumed, counter.ends
  FROM "ratelimit"."limits" l WHERE l.key = peek.key AND l.expire > peek.at;
  RETURN counter;
END $$;
