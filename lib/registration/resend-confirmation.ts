import "server-only";
import type { $ZodError } from "zod/v4/core";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { hit } from "@/lib/rate-limit";
import { issueToken } from "@/lib/tokens";
import { enqueueEmail } from "@/lib/email/outbox";
import { emailField } from "@/lib/validations/fields";
import { registrationConfirmEmail } from "@/lib/email/templates/registration-confirm-email";
import { CONFIRMATION_TTL_MS } from "./register-user";
import { LIMITS } from "./limits";

export type ResendOutcome =
  { ok: true } | { ok: false; invalid: $ZodError } | { ok: false; retryAfterMs: number };

/**
 * "Send the confirmation e-mail again" (FAQ 1.6). Answers the same for every address; only an
 * unconfirmed registration gets a new link, and the new link makes the older ones stop working.
 */
export async function resendConfirmation(raw: unknown, ctx: { ip: string }): Promise<ResendOutcome> {
  const parsed = emailField.safeParse(raw);
  if (!parsed.success) return { ok: false, invalid: parsed.error };
  const email = parsed.data;

  const perIp = await hit(LIMITS.resendPerIp.name, ctx.ip, LIMITS.resendPerIp.rule);
  if (!perIp.ok) return { ok: false, retryAfterMs: perIp.retryAfterMs };
  // Over the per-address budget: the same answer, no e-mail (this tells nothing about the address).
  const perEmail = await hit(LIMITS.resendPerEmail.name, email, LIMITS.resendPerEmail.rule);
  if (!perEmail.ok) return { ok: true };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, username: true, firstName: true, locale: true, status: true, deletedAt: true },
  });
  if (!user || user.status !== "PENDING_EMAIL" || user.deletedAt) return { ok: true };

  await db.$transaction(async (tx) => {
    const { token, expiresAt } = await issueToken(tx, {
      userId: user.id,
      purpose: "EMAIL_VERIFICATION",
      ttlMs: CONFIRMATION_TTL_MS,
    });
    await enqueueEmail(tx, {
      to: email,
      locale: user.locale,
      template: registrationConfirmEmail,
      props: { name: user.firstName, username: user.username, token, expiresAt: expiresAt.toISOString() },
    });
    await audit({ action: "registration.confirmation_resent", targetId: user.id, ip: ctx.ip }, tx);
  });
  return { ok: true };
}
