import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { forgetCachedSessions } from "@/lib/auth/session-state";
import { describeUserAgent, type DeviceInfo } from "./user-agent";

export type ActiveSession = {
  id: string;
  device: DeviceInfo;
  ip: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  mfa: boolean;
};

/**
 * The user's live sessions, most recently active first. Location: no IP database ships with the
 * portal, so the address itself is shown.
 */
export async function listActiveSessions(userId: string): Promise<ActiveSession[]> {
  const rows = await db.signInSession.findMany({
    where: { userId, revokedAt: null, expiresAt: { gt: now() } },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, userAgent: true, ip: true, createdAt: true, lastSeenAt: true, mfa: true },
  });
  return rows.map(({ userAgent, ...r }) => ({ ...r, device: describeUserAgent(userAgent) }));
}

type End = { actorId: string; userId: string; ip?: string };

/** Ends one of `userId`'s sessions (by the user or by staff); false when there was none. */
export async function endSession({ actorId, userId, ip }: End, sessionId: string) {
  const { count } = await db.signInSession.updateMany({
    where: { id: sessionId, userId, revokedAt: null },
    data: { revokedAt: now() },
  });
  forgetCachedSessions(userId);
  if (count) await audit({ action: "session.ended", actorId, targetId: userId, ip, details: { sessionId } });
  return count === 1;
}

/** Ends every session of the user but `keep` (this browser). */
export async function endOtherSessions({ actorId, userId, ip }: End, keep: string) {
  const { count } = await db.signInSession.updateMany({
    where: { userId, revokedAt: null, expiresAt: { gt: now() }, id: { not: keep } },
    data: { revokedAt: now() },
  });
  forgetCachedSessions(userId);
  await audit({ action: "session.others_ended", actorId, targetId: userId, ip, details: { count } });
  return count;
}
