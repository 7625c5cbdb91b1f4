import "server-only";
import type { Tx } from "@/lib/db";
import { now } from "@/lib/clock";
import { revokeSessionsInTx } from "@/lib/auth/revocation";

/**
 * Ends every session of a user (sessionVersion raised, SignInSession rows revoked). The caller
 * drops this instance's session cache after the transaction commits (supportCommand does).
 */
export async function endAllSessions(tx: Tx, userId: string) {
  const count = await tx.signInSession.count({ where: { userId, revokedAt: null } });
  await revokeSessionsInTx(tx, userId);
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
