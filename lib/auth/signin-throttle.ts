import "server-only";
import { createHash } from "node:crypto";
import { hit, peek, reset, type LimitRule } from "@/lib/rate-limit";

// Every throttling number of sign-in and password recovery, in one place (README "Throttling").
// Counters live in PostgreSQL (lib/rate-limit.ts), so they hold across instances.

/** Consecutive failures before each further attempt on that account is slowed down. */
export const DELAY_AFTER_FAILURES = 5;
/** Failures within 15 minutes after which the account is blocked for 15 minutes. */
export const LOCK_AFTER_FAILURES = 10;
const DELAY_BASE_MS = 250;
const DELAY_MAX_MS = 2_000;

// The 10th failure crosses `points` and blocks the key for blockSec from that moment.
const ACCOUNT_FAILURES: LimitRule = {
  points: LOCK_AFTER_FAILURES - 1,
  durationSec: 15 * 60,
  blockSec: 15 * 60,
};
// Per client address: all sign-in attempts, and failed ones (credential stuffing across accounts).
// Generous, because a company's staff often share one address behind a NAT.
export const IP_ATTEMPTS: LimitRule = { points: 100, durationSec: 15 * 60 };
export const IP_FAILURES: LimitRule = { points: 30, durationSec: 15 * 60, blockSec: 15 * 60 };
// Password-reset requests: per address 1 a minute and 5 an hour, per client address 20 an hour.
const RESET_ADDRESS_MINUTE: LimitRule = { points: 1, durationSec: 60 };
const RESET_ADDRESS_HOUR: LimitRule = { points: 5, durationSec: 60 * 60 };
const RESET_IP: LimitRule = { points: 20, durationSec: 60 * 60 };

/** failureKey of an account: this prefix and its id. */
export const ACCOUNT_KEY_PREFIX = "user:";

/**
 * The counter a sign-in failure counts against: the account when the identifier names one
 * (username and e-mail share it), otherwise a hash of the identifier, so unknown identifiers are
 * slowed down and blocked exactly like real ones and the behaviour reveals nothing.
 */
export function failureKey(userId: string | null, identifier: string) {
  if (userId) return `${ACCOUNT_KEY_PREFIX}${userId}`;
  return `id:${createHash("sha256").update(identifier).digest("hex").slice(0, 32)}`;
}

/** Counter names (lib/rate-limit.ts) of the sign-in budgets. */
export const SIGN_IN_COUNTERS = {
  attemptsPerIp: "signin-ip",
  failuresPerIp: "signin-ip-fail",
  failuresPerAccount: "signin-fail",
} as const;

/** A key's recent failures as a sign-in reads them: the count and whether the key is blocked now. */
export function failureStateOf({ consumed, retryAfterMs }: { consumed: number; retryAfterMs: number }) {
  return { failures: consumed, locked: consumed >= LOCK_AFTER_FAILURES, retryAfterMs };
}

/** How many recent failures a key has and whether it is blocked now. */
export async function failureState(key: string) {
  return failureStateOf(await peek(SIGN_IN_COUNTERS.failuresPerAccount, key));
}

/** Counts a failure; `lockedNow` is true for the failure that blocks the key. */
export async function recordFailure(key: string) {
  const r = await hit(SIGN_IN_COUNTERS.failuresPerAccount, key, ACCOUNT_FAILURES);
  return { failures: r.consumed, lockedNow: !r.ok && r.consumed === LOCK_AFTER_FAILURES };
}

export async function clearFailures(key: string) {
  await reset(SIGN_IN_COUNTERS.failuresPerAccount, key);
}

/** Lifts a sign-in block (staff "unlock account"; also done by a password reset). */
export function unlockAccount(userId: string) {
  return clearFailures(failureKey(userId, ""));
}

/** Wait before answering the attempt after `failures` consecutive failures: 0.25 s doubling to 2 s. */
export function failureDelayMs(failures: number) {
  if (failures < DELAY_AFTER_FAILURES) return 0;
  return Math.min(DELAY_BASE_MS * 2 ** (failures - DELAY_AFTER_FAILURES), DELAY_MAX_MS);
}

export async function recordIpFailure(ip: string) {
  await hit(SIGN_IN_COUNTERS.failuresPerIp, ip, IP_FAILURES);
}

/** Whether a reset e-mail may be sent now: "address" and "ip" name the budget that is spent. */
export async function allowResetRequest(email: string, ip: string): Promise<"ok" | "address" | "ip"> {
  if (!(await hit("reset-ip", ip, RESET_IP)).ok) return "ip";
  const key = createHash("sha256").update(email).digest("hex").slice(0, 32);
  const minute = await hit("reset-addr-min", key, RESET_ADDRESS_MINUTE);
  if (!minute.ok) return "address";
  if (!(await hit("reset-addr-hour", key, RESET_ADDRESS_HOUR)).ok) return "address";
  return "ok";
}
