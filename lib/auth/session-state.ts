import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { MINUTE, now } from "@/lib/clock";
import type { UserStatus } from "@/lib/generated/prisma/client";
import type { SessionClaims } from "./claims";

// Every authenticated request checks its session against the database: the SignInSession row
// (revoked? expired? idle?) and the user's sessionVersion and status. Rows are cached per
// instance for CACHE_MS, so a revocation takes effect everywhere within that time (at once on
// the instance that revoked, which drops its cache entries).
const CACHE_MS = 3_000;
const MAX_CACHED = 5_000;
// lastSeenAt is written at most once a minute per session.
const TOUCH_EVERY_MS = MINUTE;

export type SessionState = {
  userId: string;
  remember: boolean;
  expiresAt: Date;
  revokedAt: Date | null;
  lastSeenAt: Date;
  sessionVersion: number;
  status: UserStatus;
  deleted: boolean;
};

const cache = new Map<string, { state: SessionState | null; at: number }>();

async function fetchState(sid: string): Promise<SessionState | null> {
  const row = await db.signInSession.findUnique({
    where: { id: sid },
    select: {
      userId: true,
      remember: true,
      expiresAt: true,
      revokedAt: true,
      lastSeenAt: true,
      user: { select: { sessionVersion: true, status: true, deletedAt: true } },
    },
  });
  if (!row) return null;
  const { user, ...rest } = row;
  return { ...rest, sessionVersion: user.sessionVersion, status: user.status, deleted: !!user.deletedAt };
}

export async function loadSessionState(sid: string) {
  const hit = cache.get(sid);
  const t = now().getTime();
  if (hit && t - hit.at >= 0 && t - hit.at < CACHE_MS) return hit.state;
  const state = await fetchState(sid);
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(sid, { state, at: t });
  return state;
}

/** Drops this instance's cached state of a user's sessions (after revoking them). */
export function forgetCachedSessions(userId: string) {
  for (const [sid, entry] of cache) if (!entry.state || entry.state.userId === userId) cache.delete(sid);
}

export function idleLimitMs() {
  return env.SESSION_IDLE_MINUTES * MINUTE;
}

export type SessionProblem = "missing" | "revoked" | "expired" | "idle" | "version" | "inactive";

/** Why a session may not be used at `at`, or null when it may. */
export function sessionProblem(
  state: SessionState | null,
  claims: SessionClaims,
  at: Date = now(),
): SessionProblem | null {
  if (!state || state.userId !== claims.sub) return "missing";
  if (state.revokedAt) return "revoked";
  const t = at.getTime();
  if (t >= claims.absExp || t >= state.expiresAt.getTime()) return "expired";
  if (!state.remember && t - state.lastSeenAt.getTime() >= idleLimitMs()) return "idle";
  if (state.sessionVersion !== claims.sv) return "version";
  if (state.status !== "ACTIVE" || state.deleted) return "inactive";
  return null;
}

/** Records activity (for the idle limit), at most once a minute. */
export async function touchSession(sid: string, state: SessionState, at: Date = now()) {
  if (at.getTime() - state.lastSeenAt.getTime() < TOUCH_EVERY_MS) return;
  state.lastSeenAt = at;
  await db.signInSession.updateMany({ where: { id: sid, revokedAt: null }, data: { lastSeenAt: at } });
}

/** Checks a session on a request; returns the problem or null, recording activity when fine. */
export async function validateSession(claims: SessionClaims): Promise<SessionProblem | null> {
  const state = await loadSessionState(claims.sid);
  const problem = sessionProblem(state, claims);
  if (problem === "idle" || problem === "expired") {
    // End it for good, so winding the clock back (or a late request) cannot revive it.
    await db.signInSession.updateMany({
      where: { id: claims.sid, revokedAt: null },
      data: { revokedAt: now() },
    });
    cache.delete(claims.sid);
  }
  if (!problem && state) await touchSession(claims.sid, state);
  return problem;
}
