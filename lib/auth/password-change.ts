import "server-only";
import { db } from "@/lib/db";
import { verifyPassword } from "./password";
import { applyNewPassword, newPasswordProblem, PASSWORD_OWNER_SELECT } from "./new-password";
import { forgetCachedSessions } from "./session-state";
import { readSessionCookie, writeSessionCookie } from "./session-cookie";
import { clearFailures, failureKey, failureState, recordFailure } from "./signin-throttle";
import { audit } from "@/lib/audit";

type Change = { userId: string; sessionId: string; password: string; ip?: string };

export type ChangeOutcome =
  | { ok: true }
  | {
      ok: false;
      problem: NonNullable<Awaited<ReturnType<typeof newPasswordProblem>>> | "currentPasswordWrong";
    };

/**
 * Stores the new password and keeps only the browser that made the change signed in: its cookie
 * is re-issued with the new session version (server actions only).
 */
async function commit({ userId, sessionId, password, ip }: Change, action: string): Promise<ChangeOutcome> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: PASSWORD_OWNER_SELECT });
  const problem = await newPasswordProblem(user, password);
  if (problem) return { ok: false, problem };
  const sessionVersion = await db.$transaction((tx) =>
    applyNewPassword(tx, { user, password, action, ip, keepSessionId: sessionId }),
  );
  forgetCachedSessions(userId);
  const claims = await readSessionCookie();
  if (claims?.sid === sessionId) await writeSessionCookie({ ...claims, sv: sessionVersion });
  return { ok: true };
}

/**
 * Account page: current + new password. Wrong current passwords count like failed sign-ins, so a
 * stolen session cannot be used to guess the password.
 */
export async function changePassword(change: Change & { current: string }): Promise<ChangeOutcome> {
  const key = failureKey(change.userId, "");
  const user = await db.user.findUniqueOrThrow({
    where: { id: change.userId },
    select: { passwordHash: true },
  });
  const locked = (await failureState(key)).locked;
  const ok = !locked && !!user.passwordHash && (await verifyPassword(user.passwordHash, change.current));
  if (!ok) {
    if (!locked) await recordFailure(key);
    await audit({
      action: "password.change_failed",
      actorId: change.userId,
      targetId: change.userId,
      ip: change.ip,
      details: { locked },
    });
    return { ok: false, problem: "currentPasswordWrong" };
  }
  await clearFailures(key);
  return commit(change, "password.changed");
}

/** After signing in with a temporary password from customer care (FAQ 2.5). */
export function replaceTemporaryPassword(change: Change): Promise<ChangeOutcome> {
  return commit(change, "password.temporary_replaced");
}
