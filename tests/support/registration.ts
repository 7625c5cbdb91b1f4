// Shared helpers for the registration integration tests.
import { db } from "@/lib/db";

export { PASSWORD, registration } from "./registration-input";

/** The raw token from the newest outbox e-mail of a template to an address (only its hash is stored). */
export async function tokenFromEmail(to: string, template: string) {
  const mail = await db.emailOutbox.findFirstOrThrow({
    where: { to, template },
    orderBy: { createdAt: "desc" },
  });
  const token = mail.text.match(/verify-email\?token=([A-Za-z0-9_-]{43})/)?.[1];
  if (!token) throw new Error(`no confirmation link in: ${mail.text}`);
  return token;
}

/** Counts of everything a registration writes, to prove that rejected input wrote nothing. */
export async function footprint() {
  const [users, tokens, outbox, audit, devices, interests] = await Promise.all([
    db.user.count(),
    db.oneTimeToken.count(),
    db.emailOutbox.count(),
    db.auditLog.count(),
    db.userDevice.count(),
    db.userInterest.count(),
  ]);
  return { users, tokens, outbox, audit, devices, interests };
}
