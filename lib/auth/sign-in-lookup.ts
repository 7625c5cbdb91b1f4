import "server-only";
import { sql } from "@/lib/db";
import { now } from "@/lib/clock";
import { peekResult, ruleArgs, storeKey, type Counter } from "@/lib/rate-limit";
import {
  ACCOUNT_KEY_PREFIX,
  failureKey,
  failureStateOf,
  IP_ATTEMPTS,
  IP_FAILURES,
  SIGN_IN_COUNTERS,
} from "./signin-throttle";

export type Candidate = {
  id: string;
  passwordHash: string | null;
  status: string;
  sessionVersion: number;
  hasSecondFactor: boolean;
  browserSeen: boolean;
};

type Row = Partial<Candidate> & {
  allowed: boolean;
  failures: Counter["consumed"];
  failuresEnd: Counter["ends"];
};

/**
 * Everything a sign-in needs to know before its password hash, in one round trip (it is the
 * busiest statement of the portal):
 * - whether the client address may try: not over its failure budget, and then counted against its
 *   attempt budget (an address over the failure budget is not counted);
 * - the account named by `identifier` (username or e-mail, both stored lower-case), whether it has
 *   a second factor (a confirmed authenticator app or a passkey, as lib/security/factors.ts says)
 *   and whether this exact browser signed in to it before (then no new-browser check is needed);
 * - the recent failures counted against that account, or against the identifier when it names none
 *   (lib/auth/signin-throttle.ts `failureKey`).
 * Counting follows the same database functions as lib/rate-limit.ts.
 */
export async function signInLookup(ip: string, identifier: string | null, userAgent: string) {
  const at = now().getTime();
  const [budget, windowMs, blockMs] = ruleArgs(IP_ATTEMPTS);
  const unknownKey = storeKey(SIGN_IN_COUNTERS.failuresPerAccount, failureKey(null, identifier ?? ""));
  const [row] = await sql<Row>`
    WITH address AS MATERIALIZED (
      -- It writes only the attempt counter: no wait for the disk, as lib/rate-limit.ts explains.
      SELECT set_config('synchronous_commit', 'off', true) AS durability, CASE
        WHEN ("ratelimit"."peek"(${storeKey(SIGN_IN_COUNTERS.failuresPerIp, ip)}, ${at}::bigint)).consumed
          > ${IP_FAILURES.points}::int THEN false
        ELSE ("ratelimit"."hit"(${storeKey(SIGN_IN_COUNTERS.attemptsPerIp, ip)}, 1, ${budget}::int,
          ${windowMs}::bigint, ${blockMs}::bigint, ${at}::bigint)).consumed <= ${budget}::int
      END AS allowed
    ), account AS (
      SELECT u.id, u."passwordHash", u.status::text AS status, u."sessionVersion",
        (EXISTS (SELECT 1 FROM "TotpFactor" t WHERE t."userId" = u.id AND t."confirmedAt" IS NOT NULL)
          OR EXISTS (SELECT 1 FROM "Passkey" p WHERE p."userId" = u.id)) AS "hasSecondFactor",
        EXISTS (SELECT 1 FROM "SignInSession" s WHERE s."userId" = u.id AND s."userAgent" = ${userAgent})
          AS "browserSeen"
      FROM "User" u
      WHERE ${identifier}::text IS NOT NULL AND u."deletedAt" IS NULL
        AND (u.email = ${identifier} OR u.username = ${identifier})
      LIMIT 1
    )
    SELECT address.allowed, account.*, failures.consumed AS failures, failures.ends AS "failuresEnd"
    FROM address LEFT JOIN account ON true
    CROSS JOIN LATERAL "ratelimit"."peek"(
      COALESCE(${storeKey(SIGN_IN_COUNTERS.failuresPerAccount, ACCOUNT_KEY_PREFIX)} || account.id, ${unknownKey}),
      ${at}::bigint) AS failures`;
  const { allowed, failures, failuresEnd, ...account } = row!;
  return {
    allowed,
    user: account.id ? (account as Candidate) : null,
    failures: failureStateOf(peekResult({ consumed: failures, ends: failuresEnd }, at)),
  };
}

/** Counts a sign-in attempt from `ip` (without a password: a passkey); false when it may not try. */
export async function allowSignInFrom(ip: string) {
  return (await signInLookup(ip, null, "")).allowed;
}
