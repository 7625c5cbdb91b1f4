import "server-only";
import type { Tx } from "@/lib/db";
import { now } from "@/lib/clock";

/**
 * Ends every session of a user: raising sessionVersion invalidates every JWT issued before, and
 * the SignInSession rows are marked revoked so the account page lists no live sessions.
 */
export async function endAllSessions(tx: Tx, userId: string) {
  await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  const { count } = await tx.signInSession.updateMany({
    where: { userId, revokedAt: null },
    data: { revokedAt: now() },
  });
  return count;
}

/** Makes every unused link of a user stop working (after an e-mail change the old address had them). */
export async function expireOpenTokens(
  tx: Tx,
  userId: string,
  purposes?: ("EMAIL_VERIFICATION" | "PASSWORD_RESET" | "EMAIL_CHANGE" | "SET_PASSWORD")[],
) {
  const at = now();
  await tx.oneTimeToken.updateMany({
    where: { userId, usedAt: null, expiresAt: { gt: at }, ...(purposes && { purpose: { in: purposes } }) },
    data: { expiresAt: at },
  });
}
