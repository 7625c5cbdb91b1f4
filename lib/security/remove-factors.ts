import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { revokeSessionsInTx } from "@/lib/auth/revocation";
import { forgetCachedSessions } from "@/lib/auth/session-state";
import { notifySecurityEvent } from "./notify";

type Removal = { staffId: string; userId: string; ip?: string; reason?: string };

/**
 * Customer care, for someone who lost every second factor: removes the authenticator, passkeys
 * and recovery codes, ends the user's sessions, audits it and e-mails the user. The user then
 * signs in with the password alone and, where a factor is required, is asked to set one up.
 */
export async function removeAllFactors({ staffId, userId, ip, reason }: Removal) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, locale: true, firstName: true },
  });
  await db.$transaction(async (tx) => {
    const totp = await tx.totpFactor.deleteMany({ where: { userId } });
    const passkeys = await tx.passkey.deleteMany({ where: { userId } });
    const codes = await tx.recoveryCode.deleteMany({ where: { userId } });
    await revokeSessionsInTx(tx, userId);
    await notifySecurityEvent(tx, user, "factorsRemoved");
    await audit(
      {
        action: "mfa.factors_removed_by_staff",
        actorId: staffId,
        targetId: userId,
        ip,
        details: { totp: totp.count, passkeys: passkeys.count, recoveryCodes: codes.count, reason },
      },
      tx,
    );
  });
  forgetCachedSessions(userId);
}
