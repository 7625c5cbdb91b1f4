import "server-only";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { audit } from "@/lib/audit";
import { enqueueEmail } from "@/lib/email/outbox";
import { registrationApprovedEmail } from "@/lib/email/templates/staff-registration-approved";
import { registrationRejectedEmail } from "@/lib/email/templates/staff-registration-rejected";
import type { RejectionReason } from "@/lib/validations/staff";
import { assertStaff, type StaffActor } from "./actor";
import { forgetCachedSessions } from "@/lib/auth/session-state";
import { endAllSessions } from "./end-sessions";

type Decision = { actor: StaffActor; userIds: string[]; ip?: string | null };

export type DecisionResult = { done: string[]; skipped: string[] };

/**
 * Approves accounts waiting for review; from the user page also one rejected earlier (staff may
 * change their mind). Each account in its own transaction: the conditional update makes two
 * reviewers deciding at the same moment count once, and the e-mail and audit row commit with it.
 */
export async function approveRegistrations({
  actor,
  userIds,
  ip,
  includeRejected = false,
}: Decision & { includeRejected?: boolean }): Promise<DecisionResult> {
  assertStaff(actor);
  const result: DecisionResult = { done: [], skipped: [] };
  for (const userId of new Set(userIds)) {
    const approved = await db.$transaction(async (tx) => {
      const at = now();
      const { count } = await tx.user.updateMany({
        where: {
          id: userId,
          role: "CUSTOMER",
          deletedAt: null,
          status: { in: includeRejected ? ["PENDING_REVIEW", "REJECTED"] : ["PENDING_REVIEW"] },
        },
        data: {
          status: "ACTIVE",
          activatedAt: at,
          statusChangedAt: at,
          rejectionReason: null,
          rejectionNote: null,
        },
      });
      if (count === 0) return false;
      const user = await tx.user.findUniqueOrThrow({
        where: { id: userId },
        select: { email: true, username: true, firstName: true, locale: true, reviewReason: true },
      });
      await enqueueEmail(tx, {
        to: user.email,
        locale: user.locale,
        template: registrationApprovedEmail,
        props: { name: user.firstName, username: user.username },
      });
      await audit(
        {
          action: "staff.registration.approved",
          actorId: actor.id,
          targetId: userId,
          ip,
          details: { reviewReason: user.reviewReason, bulk: userIds.length > 1, reopened: includeRejected },
        },
        tx,
      );
      return true;
    });
    result[approved ? "done" : "skipped"].push(userId);
  }
  return result;
}

/** Rejects accounts waiting for review with a reason from the list and an optional note. */
export async function rejectRegistrations({
  actor,
  userIds,
  reason,
  note,
  ip,
}: Decision & { reason: RejectionReason; note?: string | null }): Promise<DecisionResult> {
  assertStaff(actor);
  const result: DecisionResult = { done: [], skipped: [] };
  const text = note?.trim() || null;
  for (const userId of new Set(userIds)) {
    const rejected = await db.$transaction(async (tx) => {
      const { count } = await tx.user.updateMany({
        where: { id: userId, role: "CUSTOMER", deletedAt: null, status: "PENDING_REVIEW" },
        data: { status: "REJECTED", statusChangedAt: now(), rejectionReason: reason, rejectionNote: text },
      });
      if (count === 0) return false;
      await endAllSessions(tx, userId);
      const user = await tx.user.findUniqueOrThrow({
        where: { id: userId },
        select: { email: true, firstName: true, locale: true, reviewReason: true },
      });
      await enqueueEmail(tx, {
        to: user.email,
        locale: user.locale,
        template: registrationRejectedEmail,
        props: { name: user.firstName, reason, note: text },
      });
      await audit(
        {
          action: "staff.registration.rejected",
          actorId: actor.id,
          targetId: userId,
          ip,
          details: { reason, note: text, reviewReason: user.reviewReason, bulk: userIds.length > 1 },
        },
        tx,
      );
      return true;
    });
    if (rejected) forgetCachedSessions(userId);
    result[rejected ? "done" : "skipped"].push(userId);
  }
  return result;
}
