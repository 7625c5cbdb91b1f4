import "server-only";
import { db } from "@/lib/db";
import { HOUR, now } from "@/lib/clock";
import { audit } from "@/lib/audit";
import { consumeToken, issueToken, lookupToken } from "@/lib/tokens";
import { enqueueEmail } from "@/lib/email/outbox";
import { revokeSessionsInTx } from "@/lib/auth/revocation";
import { forgetCachedSessions } from "@/lib/auth/session-state";
import {
  emailChangeConfirmEmail,
  emailChangedEmail,
  emailChangeNoticeEmail,
} from "@/lib/email/templates/account-emails";
import { confirmPassword } from "./password-check";

export const EMAIL_CHANGE_TTL_MS = 24 * HOUR;

type Request = { userId: string; newEmail: string; password: string; ip?: string | null };
export type RequestOutcome = { ok: true } | { ok: false; problem: "currentPasswordWrong" | "emailUnchanged" };

/**
 * Starts a change of the user's own address: a link to the new address, a notice to the old one.
 * Nothing changes until the link is opened. An address that belongs to another account gets the
 * same answer (and no link), so the form cannot be used to find out who has an account.
 */
export async function requestEmailChange({
  userId,
  newEmail,
  password,
  ip,
}: Request): Promise<RequestOutcome> {
  if (!(await confirmPassword(userId, password, "account.email_change", ip))) {
    return { ok: false, problem: "currentPasswordWrong" };
  }
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, username: true, firstName: true, locale: true },
  });
  if (user.email === newEmail) return { ok: false, problem: "emailUnchanged" };
  const taken = !!(await db.user.findUnique({ where: { email: newEmail }, select: { id: true } }));
  await db.$transaction(async (tx) => {
    const props = { name: user.firstName, username: user.username };
    if (!taken) {
      const { token } = await issueToken(tx, {
        userId,
        purpose: "EMAIL_CHANGE",
        ttlMs: EMAIL_CHANGE_TTL_MS,
        data: { newEmail },
      });
      await enqueueEmail(tx, {
        to: newEmail,
        locale: user.locale,
        template: emailChangeConfirmEmail,
        props: { ...props, token },
      });
    }
    await enqueueEmail(tx, {
      to: user.email,
      locale: user.locale,
      template: emailChangeNoticeEmail,
      props: { ...props, newEmail },
    });
    await audit(
      { action: "account.email_change_requested", actorId: userId, targetId: userId, ip, details: { taken } },
      tx,
    );
  });
  return { ok: true };
}

export type ConfirmChangeOutcome = { ok: true; email: string } | { ok: false };

/**
 * Opens the link sent to the new address: the address changes, every session ends (the old
 * address may have been compromised or simply no longer signs in), the old address is told.
 */
export async function confirmEmailChange(raw: unknown, ip?: string | null): Promise<ConfirmChangeOutcome> {
  const found = await lookupToken(raw, "EMAIL_CHANGE");
  if (found.state !== "valid") return { ok: false };
  const data = found.data as { newEmail?: unknown } | null;
  const newEmail = typeof data?.newEmail === "string" ? data.newEmail : null;
  if (!newEmail) return { ok: false };
  try {
    const done = await db.$transaction(async (tx) => {
      if (!(await consumeToken(tx, found.id))) return false;
      const user = await tx.user.findUniqueOrThrow({
        where: { id: found.userId },
        select: { email: true, username: true, firstName: true, locale: true, status: true },
      });
      if (user.status !== "ACTIVE") return false;
      await tx.user.update({ where: { id: found.userId }, data: { email: newEmail, emailVerified: now() } });
      await revokeSessionsInTx(tx, found.userId);
      await enqueueEmail(tx, {
        to: user.email,
        locale: user.locale,
        template: emailChangedEmail,
        props: { name: user.firstName, username: user.username, newEmail },
      });
      await audit({ action: "account.email_changed", actorId: found.userId, targetId: found.userId, ip }, tx);
      return true;
    });
    if (!done) return { ok: false };
  } catch (e) {
    // The address was taken by another account after the link was sent.
    if ((e as { code?: string }).code === "P2002") return { ok: false };
    throw e;
  }
  forgetCachedSessions(found.userId);
  return { ok: true, email: newEmail };
}
