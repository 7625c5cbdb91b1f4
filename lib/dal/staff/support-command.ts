import "server-only";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { forgetCachedSessions } from "@/lib/auth/session-state";
import type { Prisma, Role, UserStatus } from "@/lib/generated/prisma/client";
import { assertMayManage, StaffError, type StaffActor } from "./actor";

export type SupportInput = { actor: StaffActor; userId: string; reason: string; ip?: string | null };

export type Target = {
  id: string;
  email: string;
  username: string;
  firstName: string;
  locale: string;
  role: Role;
  status: UserStatus;
  emailVerified: Date | null;
};

type Options<T> = {
  action: string; // audit action, e.g. "staff.user.disabled"
  /** Commands that could lock a staff member out of the console refuse to run on themselves. */
  notOnSelf?: boolean;
  run: (tx: Tx, target: Target) => Promise<{ result: T; details?: Prisma.InputJsonObject }>;
};

/**
 * The frame of every support action on an account: check the actor may act on it, run the change,
 * and write the audit row (who, whom, why, from where) in the same transaction.
 */
export async function supportCommand<T>(input: SupportInput, { action, notOnSelf, run }: Options<T>) {
  const { actor, userId, reason, ip } = input;
  const result = await db.$transaction(async (tx) => {
    const target = await tx.user.findFirst({
      where: { id: userId, deletedAt: null },
      select: {
        id: true,
        email: true,
        username: true,
        firstName: true,
        locale: true,
        role: true,
        status: true,
        emailVerified: true,
      },
    });
    if (!target) throw new StaffError("notFound");
    assertMayManage(actor, target);
    if (notOnSelf && target.id === actor.id) throw new StaffError("self");
    const { result, details } = await run(tx, target);
    await audit({ action, actorId: actor.id, targetId: target.id, ip, details: { reason, ...details } }, tx);
    return result;
  });
  // Sessions this instance has cached must not outlive a revocation by its cache time.
  forgetCachedSessions(userId);
  return result;
}
