import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { verifyPassword } from "@/lib/auth/password";
import { clearFailures, failureKey, failureState, recordFailure } from "@/lib/auth/signin-throttle";

/**
 * Re-entering the password before a sensitive change (e-mail, deletion). Wrong passwords count
 * like failed sign-ins, so a stolen session cannot be used to guess the password.
 */
export async function confirmPassword(userId: string, password: string, action: string, ip?: string | null) {
  const key = failureKey(userId, "");
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  const locked = (await failureState(key)).locked;
  const ok = !locked && !!user.passwordHash && (await verifyPassword(user.passwordHash, password));
  if (ok) {
    await clearFailures(key);
    return true;
  }
  if (!locked) await recordFailure(key);
  await audit({
    action: `${action}_password_wrong`,
    actorId: userId,
    targetId: userId,
    ip,
    details: { locked },
  });
  return false;
}
