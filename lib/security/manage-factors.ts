import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { verifyPassword } from "@/lib/auth/password";
import { clearFailures, failureKey, failureState, recordFailure } from "@/lib/auth/signin-throttle";
import { acceptTotpCode } from "./totp";
import { replaceRecoveryCodes } from "./recovery-codes";
import { notifySecurityEvent } from "./notify";

type Actor = { userId: string; sessionId: string; ip: string };

const recipient = (userId: string) =>
  db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, locale: true, firstName: true },
  });

/**
 * Confirms the pending authenticator with one valid code. It then counts as a factor, the
 * browser that confirmed it counts as signed in with two factors, and the first recovery codes
 * are created (returned once). Null when the code is wrong.
 */
export async function confirmTotp({ userId, sessionId, ip }: Actor, code: string): Promise<string[] | null> {
  if (!(await acceptTotpCode(userId, code, { confirmed: false }))) {
    await audit({ action: "mfa.totp_confirm_failed", actorId: userId, targetId: userId, ip });
    return null;
  }
  const user = await recipient(userId);
  return db.$transaction(async (tx) => {
    await tx.signInSession.updateMany({ where: { id: sessionId, userId }, data: { mfa: true } });
    const codes = await replaceRecoveryCodes(tx, userId);
    await notifySecurityEvent(tx, user, "totpAdded");
    await audit({ action: "mfa.totp_added", actorId: userId, targetId: userId, ip }, tx);
    await audit({ action: "mfa.recovery_codes_created", actorId: userId, targetId: userId, ip }, tx);
    return codes;
  });
}

/** Re-authentication before removing a factor; wrong passwords count like failed sign-ins. */
export async function verifyCurrentPassword(
  userId: string,
  password: string,
  ip: string,
  failAction: string,
) {
  const key = failureKey(userId, "");
  const row = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  const locked = (await failureState(key)).locked;
  const ok = !locked && !!row.passwordHash && (await verifyPassword(row.passwordHash, password));
  if (!ok) {
    if (!locked) await recordFailure(key);
    await audit({ action: failAction, actorId: userId, targetId: userId, ip, details: { locked } });
    return false;
  }
  await clearFailures(key);
  return true;
}

/**
 * Removes the authenticator after the current password (re-authentication); wrong passwords
 * count like failed sign-ins. Recovery codes go with it when no other factor remains.
 */
export async function removeTotp({ userId, ip }: Actor, password: string): Promise<boolean> {
  const key = failureKey(userId, "");
  const row = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  const locked = (await failureState(key)).locked;
  const ok = !locked && !!row.passwordHash && (await verifyPassword(row.passwordHash, password));
  if (!ok) {
    if (!locked) await recordFailure(key);
    await audit({
      action: "mfa.totp_remove_failed",
      actorId: userId,
      targetId: userId,
      ip,
      details: { locked },
    });
    return false;
  }
  await clearFailures(key);
  const user = await recipient(userId);
  await db.$transaction(async (tx) => {
    await tx.totpFactor.deleteMany({ where: { userId } });
    if ((await tx.passkey.count({ where: { userId } })) === 0)
      await tx.recoveryCode.deleteMany({ where: { userId } });
    await notifySecurityEvent(tx, user, "totpRemoved");
    await audit({ action: "mfa.totp_removed", actorId: userId, targetId: userId, ip }, tx);
  });
  return true;
}

/** A new set of recovery codes (the old set stops working); returned once. */
export async function regenerateRecoveryCodes({ userId, ip }: Actor): Promise<string[]> {
  const user = await recipient(userId);
  return db.$transaction(async (tx) => {
    const codes = await replaceRecoveryCodes(tx, userId);
    await notifySecurityEvent(tx, user, "recoveryRegenerated");
    await audit({ action: "mfa.recovery_codes_regenerated", actorId: userId, targetId: userId, ip }, tx);
    return codes;
  });
}
