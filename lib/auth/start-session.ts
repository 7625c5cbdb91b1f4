import "server-only";
import type { User } from "next-auth";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { countSignIn } from "@/lib/observability/metrics";
import { HOUR, now } from "@/lib/clock";
import { notifyIfNewBrowser } from "@/lib/security/new-browser";

/** Every sign-in ends 12 hours after it began, remembered or not (FAQ 2.7). */
export const SESSION_LIFETIME_MS = 12 * HOUR;

type Start = {
  userId: string;
  sessionVersion: number;
  remember: boolean;
  ip: string;
  userAgent: string;
  /** Signed in with a second factor (or a passkey, which is one on its own). */
  mfa: boolean;
  method: "password" | "totp" | "recovery_code" | "passkey";
};

/**
 * The one place a sign-in becomes a session: the SignInSession row (whose id the JWT carries),
 * the audit entry and the new-browser notice. Returns the user object Auth.js turns into the JWT.
 */
export async function startSession(s: Start): Promise<User> {
  const at = now();
  const expiresAt = new Date(at.getTime() + SESSION_LIFETIME_MS);
  const session = await db.$transaction(async (tx) => {
    await notifyIfNewBrowser(tx, s.userId, s.userAgent, s.ip);
    const row = await tx.signInSession.create({
      data: {
        userId: s.userId,
        remember: s.remember,
        mfa: s.mfa,
        ip: s.ip,
        userAgent: s.userAgent,
        createdAt: at,
        lastSeenAt: at,
        expiresAt,
      },
      select: { id: true },
    });
    await tx.user.update({ where: { id: s.userId }, data: { lastSignInAt: at } });
    await audit(
      {
        action: "signin.success",
        actorId: s.userId,
        targetId: s.userId,
        ip: s.ip,
        details: { remember: s.remember, method: s.method, mfa: s.mfa },
      },
      tx,
    );
    return row;
  });
  countSignIn("success");
  return {
    id: s.userId,
    sid: session.id,
    sv: s.sessionVersion,
    remember: s.remember,
    absExp: expiresAt.getTime(),
  };
}
