import "server-only";
import type { Tx } from "@/lib/db";

/**
 * Links a legacy account to the user who confirmed its address. Conditional on the row still being
 * free, and LegacyAccount.userId is unique: of two attempts (concurrent or repeated) exactly one
 * wins, so a legacy account is never migrated twice. Returns whether this call linked it.
 */
export async function linkLegacyAccount(tx: Tx, legacyId: string, userId: string, at: Date) {
  const { count } = await tx.legacyAccount.updateMany({
    where: { id: legacyId, userId: null, migratedAt: null },
    data: { userId, migratedAt: at },
  });
  return count === 1;
}

/** A legacy account with this address that nobody has taken over yet. */
export function unmigratedLegacyAccount(tx: Tx, email: string) {
  return tx.legacyAccount.findFirst({
    where: { email, migratedAt: null, userId: null },
    select: { id: true },
  });
}
