import "server-only";
import type { User } from "next-auth";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { clientIpFrom, userAgentFrom } from "@/lib/request-info";
import { acceptTotpCode } from "@/lib/security/totp";
import { acceptRecoveryCode } from "@/lib/security/recovery-codes";
import { notifySecurityEvent } from "@/lib/security/notify";
import { clearFailures, failureDelayMs, failureKey, failureState, recordFailure } from "./signin-throttle";
import { consumePendingSignIn, readPendingSignIn } from "./pending-sign-in";
import { startSession } from "./start-session";
import { SignInFailure } from "./sign-in-failure";

type Credentials = Partial<Record<string, unknown>>;

const pause = (ms: number) => (ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve());

/**
 * The second step's Credentials provider: a code from the authenticator app or a recovery code,
 * for the user named by the pending-sign-in cookie. Wrong codes count against the same
 * per-account budget as wrong passwords, with the same audit events.
 */
export async function authorizeSecondFactor(credentials: Credentials, request: Request): Promise<User> {
  const ip = clientIpFrom(request.headers);
  const code = typeof credentials.code === "string" ? credentials.code.trim().slice(0, 64) : "";
  const pending = await readPendingSignIn();
  if (!pending) {
    await audit({ action: "signin.second_step_expired", ip });
    throw new SignInFailure("pending_expired");
  }
  const user = await db.user.findUnique({
    where: { id: pending.userId },
    select: {
      id: true,
      email: true,
      locale: true,
      firstName: true,
      status: true,
      deletedAt: true,
      sessionVersion: true,
    },
  });
  if (!user || user.status !== "ACTIVE" || user.deletedAt) throw new SignInFailure("pending_expired");

  const key = failureKey(user.id, "");
  const before = await failureState(key);
  if (before.locked) {
    await audit({ action: "signin.blocked", targetId: user.id, ip, details: { failures: before.failures } });
    throw new SignInFailure("invalid_code");
  }
  await pause(failureDelayMs(before.failures));

  const isTotp = /^\d{6}$/.test(code.replace(/\s/g, ""));
  const ok = isTotp
    ? await acceptTotpCode(user.id, code)
    : await db.$transaction(async (tx) => {
        if (!(await acceptRecoveryCode(tx, user.id, code))) return false;
        await notifySecurityEvent(tx, user, "recoveryUsed");
        await audit({ action: "mfa.recovery_code_used", actorId: user.id, targetId: user.id, ip }, tx);
        return true;
      });
  if (!ok) {
    const { failures, lockedNow } = await recordFailure(key);
    await audit({
      action: "signin.failure",
      targetId: user.id,
      ip,
      details: { reason: "wrong_code", failures },
    });
    if (lockedNow) await audit({ action: "signin.locked", targetId: user.id, ip, details: { failures } });
    throw new SignInFailure("invalid_code");
  }
  await clearFailures(key);
  if (!(await consumePendingSignIn(pending))) throw new SignInFailure("pending_expired");

  return startSession({
    userId: user.id,
    sessionVersion: user.sessionVersion,
    remember: pending.remember,
    ip,
    userAgent: userAgentFrom(request.headers),
    mfa: true,
    method: isTotp ? "totp" : "recovery_code",
  });
}
