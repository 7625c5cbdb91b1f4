import "server-only";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { consumeToken, lookupToken } from "@/lib/tokens";
import { applyNewPassword, newPasswordProblem, PASSWORD_OWNER_SELECT } from "./new-password";
import type { ResetOutcome } from "./password-reset";
import { forgetCachedSessions } from "./session-state";

/**
 * Sets the first password of an account created without one (`npm run admin:create` e-mails the
 * link). Opening the link proves the address, so it is marked verified too. Single use, same
 * password rules as a reset, no sign-in follows.
 */
export async function setPasswordWithToken(
  token: string,
  password: string,
  ip?: string,
): Promise<ResetOutcome> {
  const found = await lookupToken(token, "SET_PASSWORD");
  if (found.state !== "valid") return { ok: false, link: found.state };
  const user = await db.user.findUniqueOrThrow({
    where: { id: found.userId },
    select: PASSWORD_OWNER_SELECT,
  });
  const problem = await newPasswordProblem(user, password);
  if (problem) return { ok: false, problem };

  const done = await db.$transaction(async (tx) => {
    if (!(await consumeToken(tx, found.id))) return false;
    await tx.user.updateMany({ where: { id: user.id, emailVerified: null }, data: { emailVerified: now() } });
    await applyNewPassword(tx, { user, password, action: "password.set", ip });
    return true;
  });
  if (!done) return { ok: false, link: "used" };
  forgetCachedSessions(user.id);
  return { ok: true };
}
