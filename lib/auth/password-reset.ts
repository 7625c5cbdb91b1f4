import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { MINUTE } from "@/lib/clock";
import { audit } from "@/lib/audit";
import { absoluteUrl } from "@/lib/config";
import { issueToken } from "@/lib/tokens";
import { enqueueEmail } from "@/lib/email/outbox";
import { passwordResetEmail } from "@/lib/email/templates/password-reset";
import { isLocale } from "@/lib/i18n/routing";
import { newPasswordFromLink, type LinkOutcome } from "./new-password";
import { unlockAccount } from "./signin-throttle";

export function resetTtlMinutes() {
  return env.PASSWORD_RESET_TTL_MINUTES;
}

/**
 * Sends a reset link if `email` belongs to an account that may sign in at some point; does
 * nothing otherwise. Callers answer the same either way (and run this after responding, so the
 * response time does not tell either).
 */
export async function sendPasswordResetLink(email: string, ip?: string) {
  const user = await db.user.findFirst({
    where: { email, deletedAt: null, status: { notIn: ["REJECTED", "DISABLED"] } },
    select: { id: true, email: true, username: true, firstName: true, locale: true },
  });
  if (!user) return false;
  const minutes = resetTtlMinutes();
  await db.$transaction(async (tx) => {
    const { token, expiresAt } = await issueToken(tx, {
      userId: user.id,
      purpose: "PASSWORD_RESET",
      ttlMs: minutes * MINUTE,
    });
    const locale = isLocale(user.locale) ? user.locale : "en";
    await enqueueEmail(tx, {
      to: user.email,
      locale,
      template: passwordResetEmail,
      props: {
        name: user.firstName,
        username: user.username,
        url: absoluteUrl(`/${locale}/reset-password?token=${token}`),
        expiresAt,
        minutes,
      },
    });
    await audit({ action: "password.reset_requested", targetId: user.id, ip }, tx);
  });
  return true;
}

export type ResetOutcome = { ok: true } | Exclude<LinkOutcome, { ok: true }>;

/**
 * Sets a new password through a reset link: single use, all sessions end, no sign-in follows,
 * and a sign-in block on the account is lifted.
 */
export async function resetPasswordWithToken(
  token: string,
  password: string,
  ip?: string,
): Promise<ResetOutcome> {
  const outcome = await newPasswordFromLink(token, password, {
    purpose: "PASSWORD_RESET",
    action: "password.reset",
    ip,
  });
  if (!outcome.ok) return outcome;
  await unlockAccount(outcome.userId);
  return { ok: true };
}
