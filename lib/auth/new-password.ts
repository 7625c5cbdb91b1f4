import "server-only";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { enqueueEmail } from "@/lib/email/outbox";
import { passwordChangedEmail } from "@/lib/email/templates/password-changed";
import { hashPassword, verifyPassword } from "./password";
import { passwordProblem, type PasswordProblem } from "./password-policy";
import { consumeToken, lookupToken } from "@/lib/tokens";
import { revokeSessionsInTx } from "./revocation";
import { forgetCachedSessions } from "./session-state";

export type PasswordOwner = {
  id: string;
  email: string;
  username: string;
  firstName: string;
  lastName: string;
  locale: string;
  passwordHash: string | null;
};

export const PASSWORD_OWNER_SELECT = {
  id: true,
  email: true,
  username: true,
  firstName: true,
  lastName: true,
  locale: true,
  passwordHash: true,
} as const;

/** Why `password` may not become the user's new password (the registration's policy), or null. */
export async function newPasswordProblem(
  user: PasswordOwner,
  password: string,
): Promise<PasswordProblem | "passwordUnchanged" | null> {
  const problem = passwordProblem(password, {
    email: user.email,
    names: [user.firstName, user.lastName, user.username],
  });
  if (problem) return problem;
  if (user.passwordHash && (await verifyPassword(user.passwordHash, password))) return "passwordUnchanged";
  return null;
}

type Apply = {
  user: PasswordOwner;
  password: string;
  /** audit action, e.g. "password.reset" */
  action: string;
  ip?: string;
  /** The session that made the change and stays signed in (none after a reset). */
  keepSessionId?: string;
};

/**
 * Stores a new password inside the caller's transaction: clears "must change password", ends
 * every other session (session version + SignInSession rows), writes the audit entry and queues
 * the "your password was changed" e-mail. Returns the new session version.
 * After commit, call forgetCachedSessions(user.id).
 */
export async function applyNewPassword(tx: Tx, { user, password, action, ip, keepSessionId }: Apply) {
  const changedAt = now();
  await tx.user.update({
    where: { id: user.id },
    data: { passwordHash: await hashPassword(password), mustChangePassword: false },
  });
  const sessionVersion = await revokeSessionsInTx(tx, user.id, keepSessionId);
  await audit({ action, actorId: user.id, targetId: user.id, ip }, tx);
  await enqueueEmail(tx, {
    to: user.email,
    locale: user.locale,
    template: passwordChangedEmail,
    props: { name: user.firstName, username: user.username, changedAt },
  });
  return sessionVersion;
}

export type LinkOutcome =
  | { ok: true; userId: string }
  | { ok: false; link: "expired" | "used" | "unknown" }
  | { ok: false; problem: NonNullable<Awaited<ReturnType<typeof newPasswordProblem>>> };

type FromLink = {
  purpose: "PASSWORD_RESET" | "SET_PASSWORD";
  /** audit action, e.g. "password.reset" */
  action: string;
  ip?: string;
  /** More to write in the same transaction (e.g. the address counts as confirmed). */
  also?: (tx: Tx, userId: string) => Promise<unknown>;
};

/**
 * Sets a new password through an e-mailed link (reset or first password): the link works once,
 * the password rules apply, every session ends and no sign-in follows.
 */
export async function newPasswordFromLink(
  token: string,
  password: string,
  { purpose, action, ip, also }: FromLink,
): Promise<LinkOutcome> {
  const found = await lookupToken(token, purpose);
  if (found.state !== "valid") return { ok: false, link: found.state };
  const user = await db.user.findUniqueOrThrow({
    where: { id: found.userId },
    select: PASSWORD_OWNER_SELECT,
  });
  const problem = await newPasswordProblem(user, password);
  if (problem) return { ok: false, problem };

  const done = await db.$transaction(async (tx) => {
    if (!(await consumeToken(tx, found.id))) return false;
    await also?.(tx, user.id);
    await applyNewPassword(tx, { user, password, action, ip });
    return true;
  });
  if (!done) return { ok: false, link: "used" };
  forgetCachedSessions(user.id);
  return { ok: true, userId: user.id };
}
