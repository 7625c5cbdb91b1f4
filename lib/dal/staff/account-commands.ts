import "server-only";
import { now, DAY } from "@/lib/clock";
import { issueToken } from "@/lib/tokens";
import { enqueueEmail } from "@/lib/email/outbox";
import { staffConfirmEmail } from "@/lib/email/templates/staff-confirm-email";
import type { Role } from "@/lib/generated/prisma/client";
import { assertAdmin, StaffError } from "./actor";
import { endAllSessions, expireOpenTokens } from "./end-sessions";
import { supportCommand, type SupportInput } from "./support-command";

export const CONFIRMATION_TTL_MS = 14 * DAY; // FAQ 1.5: 14 days to confirm

/** FAQ 1.6: a new confirmation link to the registered address; earlier links stop working. */
export async function resendConfirmationEmail(input: SupportInput) {
  return supportCommand(input, {
    action: "staff.user.confirmation_resent",
    run: async (tx, user) => {
      if (user.status !== "PENDING_EMAIL") throw new StaffError("wrongStatus");
      const { token, expiresAt } = await issueToken(tx, {
        userId: user.id,
        purpose: "EMAIL_VERIFICATION",
        ttlMs: CONFIRMATION_TTL_MS,
      });
      await enqueueEmail(tx, {
        to: user.email,
        locale: user.locale,
        template: staffConfirmEmail,
        props: { name: user.firstName, token },
      });
      return { result: { expiresAt }, details: { to: user.email } };
    },
  });
}

/**
 * FAQ 1.6 when the e-mail never arrives: customer care confirms the address by hand. The account
 * then waits in the verification queue, where a reviewer decides as for any other registration.
 */
export async function confirmEmailByHand(input: SupportInput) {
  return supportCommand(input, {
    action: "staff.user.email_confirmed",
    run: async (tx, user) => {
      if (user.status !== "PENDING_EMAIL") throw new StaffError("wrongStatus");
      const at = now();
      await tx.user.update({
        where: { id: user.id },
        data: {
          emailVerified: at,
          status: "PENDING_REVIEW",
          statusChangedAt: at,
          reviewReason: "email_confirmed_by_staff",
        },
      });
      await expireOpenTokens(tx, user.id, ["EMAIL_VERIFICATION"]);
      return { result: { status: "PENDING_REVIEW" as const } };
    },
  });
}

/** Blocks the account and ends its sessions; re-enabling restores access. */
export async function disableUser(input: SupportInput) {
  return supportCommand(input, {
    action: "staff.user.disabled",
    notOnSelf: true,
    run: async (tx, user) => {
      if (user.status === "DISABLED") throw new StaffError("wrongStatus");
      await tx.user.update({ where: { id: user.id }, data: { status: "DISABLED", statusChangedAt: now() } });
      await endAllSessions(tx, user.id);
      return { result: { status: "DISABLED" as const }, details: { previousStatus: user.status } };
    },
  });
}

export async function enableUser(input: SupportInput) {
  return supportCommand(input, {
    action: "staff.user.enabled",
    notOnSelf: true,
    run: async (tx, user) => {
      if (user.status !== "DISABLED") throw new StaffError("wrongStatus");
      // An address nobody confirmed stays unconfirmed: re-enabling is no verification.
      const status = user.emailVerified ? "ACTIVE" : "PENDING_EMAIL";
      const at = now();
      await tx.user.update({
        where: { id: user.id },
        data: { status, statusChangedAt: at, ...(status === "ACTIVE" && { activatedAt: at }) },
      });
      return { result: { status } };
    },
  });
}

/** Ends every session, e.g. after a lost laptop. */
export async function signOutEverywhere(input: SupportInput) {
  return supportCommand(input, {
    action: "staff.user.signed_out",
    run: async (tx, user) => {
      const revoked = await endAllSessions(tx, user.id);
      return { result: { revoked }, details: { revoked } };
    },
  });
}

/** Admins only; nobody changes their own role (the last admin cannot demote themselves away). */
export async function changeUserRole(input: SupportInput & { role: Role }) {
  assertAdmin(input.actor);
  return supportCommand(input, {
    action: "staff.user.role_changed",
    notOnSelf: true,
    run: async (tx, user) => {
      if (user.role === input.role) throw new StaffError("wrongStatus");
      await tx.user.update({ where: { id: user.id }, data: { role: input.role } });
      // The role travels in the session: the next request must see the new one.
      await endAllSessions(tx, user.id);
      return { result: { role: input.role }, details: { from: user.role, to: input.role } };
    },
  });
}
