import "server-only";
import { now } from "@/lib/clock";
import { newPasswordFromLink } from "./new-password";
import type { ResetOutcome } from "./password-reset";

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
  const outcome = await newPasswordFromLink(token, password, {
    purpose: "SET_PASSWORD",
    action: "password.set",
    ip,
    also: (tx, userId) =>
      tx.user.updateMany({ where: { id: userId, emailVerified: null }, data: { emailVerified: now() } }),
  });
  return outcome.ok ? { ok: true } : outcome;
}
