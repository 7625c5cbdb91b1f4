import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { enqueueEmail } from "@/lib/email/outbox";
import { forgetCachedSessions } from "@/lib/auth/session-state";
import { accountDeletedEmail } from "@/lib/email/templates/account-emails";
import { confirmPassword } from "./password-check";

export type DeleteOutcome = { ok: true } | { ok: false; problem: "currentPasswordWrong" };

/**
 * Deletes the user's own account. The user row goes, and with it (cascading) devices, interests,
 * tokens, sessions and second factors; so do the linked legacy record and delivered e-mails to the
 * address. The audit log is append-only and holds only ids, so its trail stays, pseudonymous.
 * The notice is enqueued in the same transaction, before the address is gone.
 */
export async function deleteAccount(
  userId: string,
  password: string,
  ip?: string | null,
): Promise<DeleteOutcome> {
  if (!(await confirmPassword(userId, password, "account.delete", ip))) {
    return { ok: false, problem: "currentPasswordWrong" };
  }
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { email: true, username: true, firstName: true, locale: true },
    });
    await tx.emailOutbox.deleteMany({ where: { to: user.email, status: { not: "PENDING" } } });
    await enqueueEmail(tx, {
      to: user.email,
      locale: user.locale,
      template: accountDeletedEmail,
      props: { name: user.firstName, username: user.username },
    });
    await tx.legacyAccount.deleteMany({ where: { userId } });
    await tx.user.delete({ where: { id: userId } });
    await audit({ action: "account.deleted", actorId: userId, targetId: userId, ip }, tx);
  });
  forgetCachedSessions(userId);
  return { ok: true };
}
