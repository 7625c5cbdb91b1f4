import "server-only";
import { db, type Tx } from "@/lib/db";
import { now } from "@/lib/clock";
import { forgetCachedSessions } from "./session-state";

/**
 * Ends every session of a user: raises sessionVersion (which every JWT is checked against) and
 * marks the SignInSession rows revoked. `keep` spares one session (the browser that changed the
 * password); the caller re-issues its cookie with the returned version.
 * Call `forgetCachedSessions(userId)` after the transaction commits (or use `revokeAllSessions`).
 */
export async function revokeSessionsInTx(tx: Tx, userId: string, keep?: string) {
  const { sessionVersion } = await tx.user.update({
    where: { id: userId },
    data: { sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  await tx.signInSession.updateMany({
    where: { userId, revokedAt: null, ...(keep ? { id: { not: keep } } : {}) },
    data: { revokedAt: now() },
  });
  return sessionVersion;
}

/** "Sign out everywhere", disabling an account, an e-mail change by staff, … */
export async function revokeAllSessions(userId: string) {
  const version = await db.$transaction((tx) => revokeSessionsInTx(tx, userId));
  forgetCachedSessions(userId);
  return version;
}

/** Ends one session (sign-out). */
export async function revokeSession(sid: string) {
  const row = await db.signInSession.findUnique({ where: { id: sid }, select: { userId: true } });
  await db.signInSession.updateMany({ where: { id: sid, revokedAt: null }, data: { revokedAt: now() } });
  if (row) forgetCachedSessions(row.userId);
}
