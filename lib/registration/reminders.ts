import "server-only";
import { db } from "@/lib/db";
import { now, DAY } from "@/lib/clock";
import { audit } from "@/lib/audit";
import { issueToken } from "@/lib/tokens";
import { enqueueEmail } from "@/lib/email/outbox";
import { registrationReminderEmail } from "@/lib/email/templates/registration-reminder-email";

export const REMINDER_DAYS = [7, 13] as const;
const SENT = "registration.reminder_sent";

/**
 * Reminds unconfirmed registrations on day 7 and day 13 (hourly job). Each reminder is sent once:
 * the user row is locked while deciding and the audit log records what was sent, so any number
 * of instances running this at the same time send one e-mail. After an outage only the latest due
 * reminder goes out. Returns how many were sent.
 */
export async function sendRegistrationReminders({ batch = 100 } = {}) {
  const at = now();
  const due = await db.user.findMany({
    where: {
      status: "PENDING_EMAIL",
      deletedAt: null,
      createdAt: { lte: new Date(at.getTime() - REMINDER_DAYS[0] * DAY) },
      tokens: { some: { purpose: "EMAIL_VERIFICATION", usedAt: null, expiresAt: { gt: at } } },
    },
    select: { id: true, createdAt: true },
    orderBy: { createdAt: "asc" },
    take: batch,
  });
  let sent = 0;
  for (const user of due) {
    const ageDays = (at.getTime() - user.createdAt.getTime()) / DAY;
    const day = [...REMINDER_DAYS].reverse().find((d) => ageDays >= d);
    if (day && (await remind(user.id, day))) sent++;
  }
  return sent;
}

async function remind(userId: string, day: number) {
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "User" WHERE "id" = ${userId} AND "status" = 'PENDING_EMAIL'
      FOR UPDATE SKIP LOCKED`;
    if (locked.length === 0) return false;
    const already = await tx.auditLog.findFirst({
      where: { action: SENT, targetId: userId, details: { path: ["day"], gte: day } },
      select: { id: true },
    });
    if (already) return false;
    const at = now();
    const live = await tx.oneTimeToken.findFirst({
      where: { userId, purpose: "EMAIL_VERIFICATION", usedAt: null, expiresAt: { gt: at } },
      orderBy: { expiresAt: "desc" },
      select: { expiresAt: true },
    });
    if (!live) return false;
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { email: true, username: true, firstName: true, locale: true },
    });
    // A fresh link (only hashes are stored) with the same deadline; the earlier link keeps working.
    const { token, expiresAt } = await issueToken(tx, {
      userId,
      purpose: "EMAIL_VERIFICATION",
      ttlMs: live.expiresAt.getTime() - at.getTime(),
      keepOlder: true,
    });
    await enqueueEmail(tx, {
      to: user.email,
      locale: user.locale,
      template: registrationReminderEmail,
      props: { name: user.firstName, username: user.username, token, expiresAt: expiresAt.toISOString() },
    });
    await audit({ action: SENT, targetId: userId, details: { day } }, tx);
    return true;
  });
}
