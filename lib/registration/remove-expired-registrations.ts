import "server-only";
import { db } from "@/lib/db";
import { now, DAY } from "@/lib/clock";
import { CONFIRMATION_TTL_MS } from "./register-user";

/**
 * Removes registrations whose address was not confirmed within 14 days (and that hold no live
 * link, e.g. one requested again on day 13), so the address can be registered anew (hourly job).
 * The audit trail keeps only the account id. Idempotent: concurrent runs delete each row once.
 */
export async function removeExpiredRegistrations({ batch = 200 } = {}) {
  const at = now();
  const stale = await db.user.findMany({
    where: {
      status: "PENDING_EMAIL",
      emailVerified: null,
      createdAt: { lte: new Date(at.getTime() - CONFIRMATION_TTL_MS) },
      tokens: { none: { purpose: "EMAIL_VERIFICATION", usedAt: null, expiresAt: { gt: at } } },
    },
    select: { id: true },
    take: batch,
  });
  if (stale.length === 0) return 0;
  const ids = stale.map((u) => u.id);
  return db.$transaction(async (tx) => {
    const removed = await tx.$queryRaw<{ id: string; createdAt: Date }[]>`
      DELETE FROM "User" WHERE "id" = ANY(${ids}) AND "status" = 'PENDING_EMAIL'
      RETURNING "id", "createdAt"`;
    if (removed.length > 0) {
      await tx.auditLog.createMany({
        data: removed.map((u) => ({
          action: "registration.removed_unconfirmed",
          targetId: u.id,
          details: {
            registeredAt: u.createdAt.toISOString(),
            ageDays: Math.floor((at.getTime() - u.createdAt.getTime()) / DAY),
          },
        })),
      });
    }
    return removed.length;
  });
}
