import "server-only";
import { db } from "@/lib/db";
import { endSession } from "@/lib/security/sessions";
import { removeAllFactors } from "@/lib/security/remove-factors";
import { assertMayManage, StaffError } from "./actor";
import { supportCommand, type SupportInput } from "./support-command";

/** Ends one signed-in browser of the account, e.g. one the customer does not recognise. */
export async function endUserSession(input: SupportInput & { sessionId: string }) {
  return supportCommand(input, {
    action: "staff.user.session_ended",
    run: async (_tx, user) => {
      const ended = await endSession(
        { actorId: input.actor.id, userId: user.id, ip: input.ip ?? undefined },
        input.sessionId,
      );
      // Already signed out (or someone else's session id): nothing changed, nothing to record.
      if (!ended) throw new StaffError("notFound");
      return { result: { ended }, details: { sessionId: input.sessionId } };
    },
  });
}

/**
 * FAQ "lost second factor": removes every factor, ends the sessions and e-mails the user.
 * removeAllFactors runs its own transaction and writes the audit row (with the reason) itself,
 * so only the access rules of the console are checked here. Nobody strips their own account.
 */
export async function removeUserFactors({ actor, userId, reason, ip }: SupportInput) {
  const target = await db.user.findFirst({ where: { id: userId, deletedAt: null }, select: { role: true } });
  if (!target) throw new StaffError("notFound");
  assertMayManage(actor, target);
  if (actor.id === userId) throw new StaffError("self");
  await removeAllFactors({ staffId: actor.id, userId, ip: ip ?? undefined, reason });
  return { removed: true };
}
